"""Founders: "The Foo Café was set up in 2019 by A and retired joiner B", "A and B
founded the Bar Club", "A co-founded it with her neighbour B": the people or
bodies who started one thing together worked together (COLLABORATES_WITH, as
"co-founded": corpus/GOLD.md; bodies on a page that calls their work a partnership
are partners). One founder named alone relates nobody; "co-founded" itself is read
by `collaboration` (`founders` cues), which steps over "her neighbour" with
`past_own_word`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.joint_clauses import relate_jointly
from collabgraph.extract.rules.partner_leads import ours_at, us_after
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels this family reads: none (it reads the founding verbs itself)."""

_FOUNDING = vocab.words("founding_verbs")
SET = frozenset({"set", "setting"})
"""The founding words counted only with "up" after them: "set up", "setting up"."""
_PARTIES = frozenset({"Person", "Organisation"})
_GAP = 6  # "set up in March 2019 by": words at most between the verb and "by"
_GAP_STOPS = frozenset({",", ";", ":", ".", "and", "which", "who", "with", "to", "for"})
_BEFORE_VERB = frozenset({"have", "has", "had", "jointly", "together", "first", "originally"})
_OWN_WORDS = frozenset({"her", "his", "their", "my", "our"})
_PERSON_OWN_WORDS = frozenset({"her", "his", "my"})
TOGETHER = ("COLLABORATES_WITH", "if a partnership")
_LAUNCHING = vocab.words("joint_launch_verbs")
_ACTIVE_TAGS = frozenset({"VBD", "VBN", "VBG"})  # "launched", "have launched", "are launching"
"""The relations of two who did a thing together: partners on a page calling it one."""
PASSIVE = lx.BE_FORMS
"""The words before a passive verb ("is run", "has been set up", "being founded")."""
_WITH_GAP = 8  # "set up the Fenby Seed Swap in 2019 with": words at most from the verb to "with"


def founded_by(reader: SentenceReader) -> None:
    """The kinds in the module docstring: founders after "by" (passive) or before
    the verb (active), two or more, each with each."""
    words, end = reader.words, reader.sent.end
    for v in range(reader.sent.start, end - 1):
        w = words[v]
        if w in _LAUNCHING:
            _launched_by(reader, v)
            continue
        if w not in _FOUNDING or (w in SET and words[v + 1] != "up"):
            continue
        after = v + 1 + (w in SET)
        going = w.endswith("ing")  # "A and B are setting up": a BE before is no passive
        founders = _after_by(reader, after)
        before = words[v - 1] if v - 1 >= reader.sent.start else None
        if not founders and before is not None and (going or before not in lx.BE_FORMS):
            founders = founders_before(reader, v)
        if len(founders) < 2:
            if going or before not in PASSIVE:
                _founded_with(reader, v, after)
            continue
        relate_jointly(reader, founders, partners=False, confidence=0.65)


def _launched_by(reader: SentenceReader, v: int) -> None:
    """ "A and B (have) launched the Kelby Job Club": two or more bodies as the subjects
    of an active verb of launching (`vocab/joint_launch_verbs.txt`), each with each;
    one launcher, "Kelby Hospice launched the home service with Fenby Health": the
    launcher and whom it launched the thing with (`_founded_with`)."""
    before = reader.words[v - 1] if v - 1 >= reader.sent.start else None
    if before in PASSIVE or reader.doc[v].tag_ not in _ACTIVE_TAGS or reader.in_quote(v):
        return
    if reader.words[v + 1] in _GAP_STOPS | {"by", "in", "on", "at"}:
        return  # "A and B launched in May": no thing launched named next
    launchers = founders_before(reader, v)
    if len(launchers) < 2:  # "A and the digital charity B launched": read from the parse
        launchers = _named_subjects(reader, reader.doc[v]) or launchers
    if len(launchers) < 2:
        if not any(c.start > v for c in reader.cues("partner_with")):  # read as partners
            _founded_with(reader, v, v + 1)
    elif all(reader.kind(m) == "Organisation" for m in launchers):
        relate_jointly(reader, launchers, partners=False, confidence=0.65)


def _named_subjects(reader: SentenceReader, verb) -> list:
    """The names of the verb's subject and those joined to it by "and", each the
    name its word is part of or the first name inside its phrase ("the digital
    charity Fenby Trust"); [] when one of them names nobody."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = []
    for tok in [subject, *subject.conjuncts] if subject is not None else ():
        m = reader.covering.get(tok.i) or next(
            (n for n in reader.ms if tok.left_edge.i <= n.start <= tok.right_edge.i), None
        )
        if m is None:
            return []
        if m not in found:
            found.append(m)
    return found


def _founded_with(reader: SentenceReader, v: int, k: int) -> None:
    """ "Jo Tern set up the Fenby Seed Swap with Orton Allotments Society", "a
    project she started with Fenby Academy Trust", "the drop-in he has set up with
    us": the founding verb's subject (a name, or the person, body or author its
    pronoun is) and who it founded the thing with, after a "with" a few words on
    from token k; [] when the verb has no object before "with" ("She started with
    Foo in 2015": a job begun, no founding) or no subject is found."""
    verb = reader.doc[v]
    gapped = verb.dep_ in {"relcl", "ccomp"}  # "a project she started with B": the object is before
    for j in range(k, min(k + _WITH_GAP, reader.sent.end - 1)):
        if reader.words[j] in _GAP_STOPS - {"with"}:
            return
        if reader.words[j] == "with" and (j > k or gapped):
            us = us_after(reader, j + 1)
            partners = (
                [us]
                if us is not None
                else reader.list_after(past_own_word(reader, j + 1), kinds=_PARTIES)
            )
            subject = subject_of(reader, verb)
            for p in partners if subject is not None else ():
                reader.relate(subject, TOGETHER, p, confidence=0.65)
            return


def subject_of(reader: SentenceReader, verb):
    """The person or body the verb's subject is: its name, or who its "he", "she",
    "I" or "we" is; None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    word = subject.lower_
    if word in {"he", "she"}:
        return reader.person_before(subject.i)
    if word == "i":
        return reader.i_person(subject.i)
    if word == "we":
        return ours_at(reader, subject.i)
    m = reader.covering.get(subject.i)
    return m if m is not None and reader.kind(m) in _PARTIES else None


def _after_by(reader: SentenceReader, k: int) -> list:
    """ "(set up) in 2019 by A and B": the people or bodies listed after a "by" a
    few words on from token k, with no clause break or name before it; []."""
    for j in range(k, min(k + _GAP, reader.sent.end - 1)):
        if j in reader.by_start or reader.words[j] in _GAP_STOPS:
            return []
        if reader.words[j] == "by":
            return _listed(reader, j + 1)
    return []


def _listed(reader: SentenceReader, k: int) -> list:
    """The people or bodies listed from token k, on past "and his neighbour B"
    (a list reading stops at "his")."""
    out = reader.list_after(past_own_word(reader, k), kinds=_PARTIES)
    last = out[-1].end if out else k
    if out and last + 1 < reader.sent.end and reader.words[last] in {"and", "&"}:
        more = reader.list_after(past_own_word(reader, last + 1), kinds=_PARTIES)
        out += [m for m in more if m not in out]
    return out


def founders_before(reader: SentenceReader, v: int) -> list:
    """ "A and B (have) set up", "A and B founded", "A and B are setting up": the
    verb's named subjects."""
    k = v
    steps = _BEFORE_VERB | (lx.BE_FORMS if reader.words[v].endswith("ing") else frozenset())
    while k - 1 > reader.sent.start and reader.words[k - 1] in steps:
        k -= 1
    if reader.words[v] == "started":
        return []  # "A and B started the race": not a founding
    if reader.words[v] == "founded" and reader.doc[v].tag_ != "VBD" and k == v:
        return []  # "the café, founded in 2016": a participle, no subject
    return reader.subjects_before(k, _PARTIES)


def past_own_word(reader: SentenceReader, k: int, *, people_only: bool = False) -> int:
    """Past "her", "his", "their" at token k when a lower-case noun and a name follow
    ("with her neighbour B", "by his colleague B"): where the list of names is read
    from (the noun is stepped over as a describing word); else k. With
    `people_only`, only a person's "her", "his", "my": a body's "their tutor B" is
    the body's own, no one it works with."""
    own = _PERSON_OWN_WORDS if people_only else _OWN_WORDS
    if k + 2 < reader.sent.end and reader.words[k] in own and reader.doc[k + 1].is_lower:
        return k + 1
    return k


__all__ = ["LABELS", "PASSIVE", "TOGETHER", "founded_by", "past_own_word", "subject_of"]
