"""What a passage is about: the event, report or project in focus in each section,
and what a sentence says a name is ("X is a community interest company").
"""

from __future__ import annotations

from itertools import pairwise

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.lexicon import ROLE_CORE
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.work_bodies import programme_subject

LABELS = frozenset()
"""The cue labels (pattern files) this family's rules read."""

_POST_QUALIFIERS = vocab.words("role_qualifiers") | {"currently", "now", "also"}
_NOT_DESCRIBING = vocab.words("focus_not_describing")
_NOT_ALONE = vocab.words("role_not_alone")
_MARKING = vocab.words("anniversary_verbs")
_DESCRIBED_AS: dict[str, set[str]] = {}
for _noun, _kind in vocab.table("description_nouns").items():
    _DESCRIBED_AS.setdefault(_kind, set()).add(_noun)


def update_focus(reader: SentenceReader) -> None:
    """Each event, report or project named in a sentence comes into focus; a day
    named as a date ("on World Heart Day") does not, nor a day or week kept for a
    cause when another event is in focus ("the key event in Foo's Kindness Week":
    the week is when the event in focus took place)."""
    for m in reader.ms:
        kind = reader.kind(m)
        if kind == "Event" and m.start > reader.sent.start and reader.words[m.start - 1] == "on":
            continue
        if kind == "Event" and _within_other_event(reader, m):
            continue
        if (kind in {"Event", "Report", "Project"} and not m.in_heading) or (
            kind in {"Event", "Report", "Project"} and reader.section not in reader.ctx.focus
        ):
            reader.ctx.set_focus(reader.section, kind, m.id)
        elif kind in {"Event", "Report", "Project"}:
            reader.ctx.focus[reader.section].setdefault(kind, m.id)


def _within_other_event(reader: SentenceReader, m) -> bool:
    """Whether `m` names a day or week kept for a cause while another event the
    page's sentences named is in focus ("Foo's Reception ... was the key event in
    Foo's Kindness Week"): the week is when that event took place, not a new subject.
    Not when the event in focus is the week itself ("Kindness Week 2031"), nor when
    the day is had or held itself ("We had a great Sponsors Day with hosts Foo"): only
    a day named after a preposition of time ("in", "of", "during"; not "at") or
    as what an event marks ("to celebrate Kindness Week", `vocab/anniversary_verbs.txt`)."""
    if reader.words[m.end - 1] not in lx.OBSERVANCE_HEADS:
        return False
    head = reader.doc[m.start : m.end].root.head
    if not ((head.dep_ == "prep" and head.lower_ != "at") or head.lower_ in _MARKING):
        return False
    focused = reader.ctx.focus[reader.section].get("Event")
    if focused is None:
        return False
    other = reader.ctx.mentions[focused]
    # a page event guessed from the headline (no sentence of its own) may be wrong
    return other.sent >= 0 and mention_key(m.text) not in mention_key(other.text)


def descriptions(reader: SentenceReader) -> None:
    """ "X is a community interest company which ..." describes and types X."""
    if not reader.ms:
        return
    first = reader.ms[0]
    k = first.end
    if first.start > reader.sent.start + 1 or k + 2 >= reader.sent.end:
        return
    copula = reader.words[k] in {"is", "are", "was"} and reader.words[k + 1] in lx.ARTICLES
    apposition = reader.words[k] == "," and reader.words[k + 1] in {"a", "an"}
    if not (copula or apposition):
        return
    post = k + 2
    while post < reader.sent.end and reader.words[post] in _POST_QUALIFIERS:
        post += 1
    if reader.role_phrase_at(post) is not None:  # "X is the chief executive of Foo Council"
        reader.vote_person(first)
        return
    text = reader.evidence
    reader.ctx.descriptions.setdefault(first.id, text)
    if reader.words[k + 2] in _NOT_DESCRIBING:
        return  # "X is a member of the Foo Partnership": says nothing of what X is
    described = _description(reader, k + 1)
    rest = set(_unnamed(reader, k + 1, len(described)))  # "a Foo Trust trustee": a trustee
    head = [kind for kind, words in _DESCRIBED_AS.items() if described and described[-1] in words]
    if not head and _programme_job(described):
        first.votes["Person"] += 3  # "X is the Foo programme manager": a person's job
        reader.ctx.votes_for(first)["Person"] += 3
        return
    for kind, words in _DESCRIBED_AS.items():
        # the phrase's own noun first: "a Foo Trust project" is a project, not a trust
        if (head and kind == head[0]) or (not head and rest & words):
            first.votes[kind] += 3
            reader.ctx.votes_for(first)[kind] += 3
            _described_into_focus(reader, first, kind)
            return
    # "Jane Doe, a researcher at Foo University": a job is held by a person
    if described and described[-1] in ROLE_CORE and described[-1] not in _NOT_ALONE:
        first.votes["Person"] += 3
        reader.ctx.votes_for(first)["Person"] += 3


def _described_into_focus(reader: SentenceReader, first, kind: str) -> None:
    """A project only its description makes one ("Talk Time is a free programme for
    families"; `update_focus` read the sentence before the vote) comes into focus now,
    so "It is run by Foo" and "The programme is delivered by Foo" after it are about
    it; not when the sentence names a project of its own in focus already."""
    if kind != "Project" or reader.kind(first) != kind:
        return
    here = {m.id for m in reader.ms}
    if reader.ctx.focus[reader.section].get(kind) in here:
        return
    reader.ctx.set_focus(reader.section, kind, first.id)


def _programme_job(described: list[str]) -> bool:
    """ "the Warm Start programme manager", "a project officer": a job named after a
    programme (a programme's noun, then a job's word), not the programme itself."""
    programmes = _DESCRIBED_AS.get("Project", set())
    return any(
        a in programmes and b in ROLE_CORE and b not in _NOT_ALONE for a, b in pairwise(described)
    )


def _unnamed(reader: SentenceReader, start: int, n: int) -> list[str]:
    """The words of a description from token `start` (`n` of them) outside any
    name in it: "a Foo Trust trustee" is a trustee, not a trust."""
    named = {i for m in reader.ms for i in range(m.start, m.end)}
    return [reader.words[k] for k in range(start, start + n) if k not in named]


_DESCRIPTION_ENDS = {
    "at",
    "of",
    "for",
    "from",
    "with",
    "in",
    "on",
    "by",
    "to",
    "between",  # "a joint venture between Foo Trust and Bar": a venture, not a trust
    "who",
    "which",
    "that",
}


def _description(reader: SentenceReader, start: int) -> list[str]:
    """The words of the noun phrase that describes a name, up to ten: "a community
    interest company"; not what a preposition or a clause adds ("a researcher at
    Foo University", "a member of the Bar Network")."""
    out = []
    for k in range(start, min(start + 10, reader.sent.end)):
        word = reader.words[k]
        if word in _DESCRIPTION_ENDS or (reader.doc[k].is_punct and word not in {"-", "‐"}):
            break
        out.append(word)
    return out


def update_subject(reader: SentenceReader) -> None:
    """The person a sentence is about, for "he"/"she" in the next: its first person,
    unless it starts with "he"/"she" itself; the organisation it begins with, or
    the one its opening "the" and a body's noun stands for ("The network is funded
    by ..."), for "the association" or "It" in the next; the project it begins
    with, for "It" opening the next."""
    first = reader.ms[0] if reader.ms else None
    opens = first is not None and first.start <= reader.sent.start + 1
    if opens and reader.kind(first) == "Organisation":
        reader.ctx.last_org_subject = first.id
    elif not opens:  # "The network is funded by Foo. It is chaired by": the network's body
        named = reader.definite_org(reader.sent.start)
        if named is not None and reader.words[reader.sent.start] == "the":
            reader.ctx.last_org_subject = named.id
    if opens and reader.kind(first) == "Project":
        reader.ctx.last_project_subject = (len(reader.ctx.sentences), first.id)
    subject = next((c for c in reader.sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and programme_subject(reader, subject):
        # "Until now the service had been open to ...": the programme in focus
        focus = reader.ctx.focus_of(reader.section, "Project")
        if focus is not None:
            reader.ctx.last_project_subject = (len(reader.ctx.sentences), focus)
    if reader.words[reader.sent.start] in {"he", "she", "his", "her"}:
        return
    person = next(
        (
            m
            for m in reader.ms
            if reader.kind(m) == "Person" or m.text.casefold() in reader.ctx.person_tokens
        ),
        None,
    )
    if person is not None:
        reader.ctx.last_subject = person.id


_SAYING = lx.SPEAKING_VERBS | {"stated", "commented", "continued", "added", "says"}


def update_speaker(reader: SentenceReader) -> None:
    """Whose words a quotation is: "Jane Doe, Director of Foo, said: “...”", "“...,”
    said Jane Doe", "she added"."""
    for i in range(reader.sent.start, reader.sent.end):
        if reader.words[i] not in _SAYING or reader.doc[i].pos_ not in {"VERB", "AUX"}:
            continue
        who = reader.subjects_before(i)
        if not who and i + 1 < reader.sent.end:
            after = reader.mention_at(i + 1)
            who = [after] if after is not None and reader.kind(after) == "Person" else []
        if not who and i > reader.sent.start and reader.words[i - 1] in {"he", "she"}:
            person = reader.pronoun_person()
            who = [person] if person is not None else []
        if who:
            reader.ctx.speaker = who[-1].id
            return
