"""Partnership, continued: the bodies named after "with" on a verb about a project.
"Foo will also work with A and B" (the project the verb's subject), "Kelby Trust
delivers the Foo programme with A" (its object), "the Foo programme, which it
delivers with A", "Our Foo course, delivered in partnership with A", "It is funded
by X and delivered with A" (a conjoined verb shares its subject): a verb of
`vocab/project_with_verbs.txt` and a "with" (or "in partnership with", "together
with", "jointly with") it governs, naming bodies right after it: PARTICIPATED_IN the
project, role "partner" (GOLD.md: organisations taking part in a project as
partners). The parse places "with" loosely, so the verb is also the nearest one of
those verbs before "with" in the same clause. "With funding from X", "with the help
of X", "with families" name no body right after "with": no partner.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.project_done_with import NOT_PROJECTS, SUBJECTS, project_subject
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads no cues: it reads the verbs of `vocab/project_with_verbs.txt`."""

_VERBS = vocab.words("project_with_verbs")
_CO_LEADS = vocab.words("co_lead_verbs")  # "led by A with B": B leads it too
_PARTNERS = frozenset({"Organisation"})
_JOINING = {"together", "jointly", "closely", "directly"}  # "together with A"
_GAP = 10  # words from the verb to "with" at most
_CLAUSE_STOPS = {",", ";", ":", "(", ")", "which", "who", "that", "and", "but", "while", "by"}
_AFTER_WITH = {"the", "partners", "partner", "organisations", "local", "charity", "charities"}
_RELATIVE = {"which", "that"}
_AUX_TAGS = {"VBZ", "VBP", "VBD", "MD", "VBN"}
_RELATIVE_SUBJECTS = {"it", "we", "they", "he", "she", "i"}


def project_with(reader: SentenceReader) -> None:
    """PARTICIPATED_IN (partner) for the wordings in the module docstring."""
    words = reader.words
    for w in range(reader.sent.start, reader.sent.end - 1):
        if not _with_word(reader, w) or reader.in_quote(w):
            continue
        start = w + 1
        while start < reader.sent.end and start - w <= 3 and words[start] in _AFTER_WITH:
            start += 1
        if start not in reader.by_start:
            continue  # "with funding from X", "with the help of X": no body right after
        if w == reader.sent.start:  # "Alongside partners A and B, the programme gives ..."
            subject = next((c for c in reader.sent.root.children if c.dep_ in SUBJECTS), None)
            project = project_subject(reader, subject, loose=True) if subject is not None else None
        else:
            verb = _verb_of(reader, w)
            project = _project_of(reader, verb, w) if _partner_verb(reader, verb, w) else None
        if project is None:
            continue
        if _run_jointly(reader, w):
            continue  # those bodies run the project too (`joint_runs`)
        for p in reader.list_after(start, kinds=_PARTNERS, apposed=True):
            if p.id != project:
                reader.relate(p, "PARTICIPATED_IN", project, role="partner", confidence=0.6)


def _with_word(reader: SentenceReader, w: int) -> bool:
    """Whether token w is a "with" that may name partners (not "along with", nor
    a "with" opening the sentence), or an "alongside" before "partners"."""
    words = reader.words
    if words[w] == "with":
        return w > reader.sent.start and words[w - 1] != "along"
    return words[w] == "alongside" and words[w + 1] in {"partners", "partner"}


def _run_jointly(reader: SentenceReader, w: int) -> bool:
    """Whether the "with" at token w ends a `run_jointly_with` cue ("the Foo café,
    run jointly with A", "Foo, delivered jointly with A") or follows a `joint_run_with` one
    ("Foo jointly runs the Bar Hub with A"): those bodies run the thing too
    (`joint_runs`)."""
    return any(c.end == w + 1 for c in reader.cues("run_jointly_with")) or any(
        c.end <= w for c in reader.cues("joint_run_with")
    )


def _partner_verb(reader: SentenceReader, verb, w: int) -> bool:
    """Whether the verb found for the "with" at token w names partners after it: not
    a leading verb with its agent before "with" ("led by A with B": B leads too)."""
    if verb is None:
        return False
    return verb.lower_ not in _CO_LEADS or "by" not in reader.words[verb.i + 1 : w]


def _is_verb(tok) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and tok.lower_ in _VERBS


def _verb_of(reader: SentenceReader, w: int):
    """The verb of `_VERBS` the "with" at token w hangs from ("delivered with",
    "run in partnership with", "work together with"), else the nearest such verb
    before it in the same clause (past "in partnership" and one comma before it)."""
    doc, words = reader.doc, reader.words
    head = doc[w].head
    if head.lower_ in _JOINING:
        head = head.head
    if head.lower_ == "partnership" and head.head.lower_ == "in":
        head = head.head.head
    if _is_verb(head):
        return head
    k = w - 1
    if words[k] in _JOINING:
        k -= 1
    elif words[k] == "partnership" and words[k - 1] == "in":
        k -= 2
        if words[k] == ",":  # "It is co-delivered by A and B, in partnership with C"
            k -= 1
            while k > reader.sent.start and words[k] not in {"by", ","} and k > w - _GAP:
                k -= 1
            k -= words[k] == "by"
    while k > reader.sent.start and w - k <= _GAP:
        if words[k] in _CLAUSE_STOPS and words[k] != "by":
            return None
        if _is_verb(doc[k]):
            return doc[k]
        k -= 1
    return None


def _project_of(reader: SentenceReader, verb, w: int) -> int | None:
    """The project the verb is about: one named between the verb and "with" (its
    object), the verb's subject (or the subject of the verb it is joined to:
    "funded by X and delivered with A"), or the one a relative clause or a
    participle describes ("Foo, which it delivers with", "Foo, delivered with")."""
    stop = next((k for k in range(verb.i + 1, w) if reader.words[k] in {"by", ","}), w)
    objects = [  # not the agents after "by": "co-delivered by A and B, in partnership with"
        m
        for m in reader.ms
        if verb.i < m.start and m.end <= stop and reader.kind(m) not in NOT_PROJECTS
    ]
    if objects:
        return objects[0].id
    if verb.lower_.startswith("work") and any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = verb_subject(verb)
    if subject is not None and subject.lower_ not in _RELATIVE:
        found = project_subject(reader, subject, loose=True)
        if found is not None:
            return found
    return _described(reader, verb)


def verb_subject(verb):
    """The verb's own subject, or that of the verb it is joined to by "and", or a
    subject hung from an auxiliary between them ("It is co-delivered": the parse
    may hang "It" from "is")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        found = next((c for c in v.children if c.dep_ in SUBJECTS), None)
        if found is not None:
            return found
    for tok in verb.doc[verb.sent.start : verb.i]:
        if tok.dep_ in SUBJECTS and tok.i < tok.head.i <= verb.i and tok.head.tag_ in _AUX_TAGS:
            return tok
    return None


def _described(reader: SentenceReader, verb) -> int | None:
    """ "Foo, which it delivers with", "Foo, delivered with": the project named
    just before the relative word or the participle's comma (past the kind word and
    a few words of where: "the Foo programme in local schools, which ..."); None."""
    words = reader.words
    k = verb.i - 1
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.i < verb.i:  # "which the trust delivers with"
        k = subject.left_edge.i - 1
    while k > reader.sent.start and words[k] in _RELATIVE_SUBJECTS | {"is", "was", "are", "be"}:
        k -= 1
    if words[k] in _RELATIVE:
        k -= 1
    elif verb.tag_ != "VBN":
        return None
    if words[k] != ",":
        return None
    for m in reversed(reader.ms):
        if m.end <= k and k - m.end <= 6:
            return None if reader.kind(m) in NOT_PROJECTS else m.id
    opening = words[reader.sent.start : k]  # "Our youth course for 14-18 year olds, delivered with"
    if (
        len(opening) <= 8
        and opening[:1] in (["our"], ["the"], ["this"])
        and any(FOCUS_NOUNS.get(x) == "Project" for x in opening[1:4])
    ):
        return reader.ctx.focus_of(reader.section, "Project")
    return None


__all__ = ["LABELS", "project_with"]
