"""Partnership, continued: the bodies taking part in a project as its partners.
"Partners in the Foo project include A, B and C", "A and B are partners in Foo",
"A is one of five partners on the Foo programme", "the Foo project brings
together A, B and C" (`bring_together` cues), "the partnership is made up of A and
B" (`made_of` cues, with a project in focus), "the Foo scheme is a partnership
between A and B" (`described_between`): PARTICIPATED_IN the project, role
"partner" (GOLD.md: organisations taking part in a project as partners; "a joint
venture between A and B": both RUN it); the bodies a partnership is made up of are
partners of each other.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.rules.partner_leads import party_pairs
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader
from collabgraph.extract.rules.unnamed_items import has_unnamed_item
from collabgraph.extract.rules.whole_lists import whole_list

LABELS = frozenset({"bring_together"})
"""The cue labels (pattern files) this family's rules read (and `partner_list`'s)."""

_IN = {"in", "on", "of", "for", "to", "within"}
_GLUE = {"include", "includes", "included", "including", "are", "were", ":", "-", "–"}
_COPULAS = {"is", "are", "was", "were", "became", "become", "remain", "remains"}
_BEFORE_NOUN = vocab.words("partner_noun_before_words")
_PROJECTS = {"Project"}
_PARTNERS = frozenset({"Organisation"})
_BODY_HEAD = 3  # a head word this sure makes the name a body's ("... Alliance", "... Trust")


def project_partners(reader: SentenceReader) -> None:
    """PARTICIPATED_IN (partner) for the kinds in the module docstring."""
    for cue in reader.cues("partner_list"):
        noun = cue.end - 1
        if reader.words[noun] not in {"partner", "partners"}:
            continue
        project, after = _project_after(reader, noun + 1)
        if project is None:
            continue
        if after < reader.sent.end and reader.words[after] in _GLUE:
            while after < reader.sent.end and reader.words[after] in _GLUE:
                after += 1
            partners = reader.list_after(after, kinds=_PARTNERS)  # "partners in X include A"
        else:
            partners = _subjects(reader, noun)  # "A and B are partners in X"
        for p in partners:
            reader.relate(p, "PARTICIPATED_IN", project, role="partner", confidence=0.7)
    for cue in reader.cues("bring_together"):
        project = None if _body_before(reader, cue.start) else project_before(reader, cue.start)
        if project is None:
            continue
        for p in reader.list_after(cue.end, kinds=_PARTNERS):
            reader.relate(p, "PARTICIPATED_IN", project, role="partner", confidence=0.7)


def _body_before(reader: SentenceReader, i: int) -> bool:
    """Whether a body is named right before the verb at token i ("the Foo Partnership,
    which brings together A and B"), or a body's noun refers back to one ("The
    partnership brings together A"): it tells that body's makeup, not a project's."""
    j = i - 1
    while j > reader.sent.start and reader.words[j] in _BEFORE_CUE:
        j -= 1
    m = reader.covering.get(j)
    if m is None and j > reader.sent.start:
        m = reader.definite_org(j - 1)
    return m is not None and reader.kind(m) in _PARTNERS


def project_before(reader: SentenceReader, i: int) -> int | None:
    """The mention id of the project the verb at token i is said of: named right
    before it (past "which", a comma, its kind word: "the Foo programme, which"), or
    the project a noun or "it" there points back to (`reader.target_before`)."""
    target = reader.target_before(i, tuple(_PROJECTS))
    if target is None or reader.kind(reader.ctx.mentions[target]) not in _PROJECTS:
        return None
    return target


_JOINT_NOUNS = vocab.words("unnamed_partnership_nouns")
_BEFORE_CUE = {"is", "was", "are", "were", "will", "be", "which", "that", ","}
_LIST_OPENERS = {"including", "include", "includes", ":", "namely"}


def made_of(reader: SentenceReader) -> None:
    """ "The successful partnership is made up of five organisations, including A, B
    and C", "the consortium comprises A and B" (`made_of` cues after a partnership
    named by no name of its own): the bodies listed take part in the project in
    focus, as partners, and are partners of each other (`party_pairs`), with the
    body an opening "Alongside X," or "Together with X," names first ("Alongside
    X, the partnership is made up of A and B": X, A and B). A named partnership
    ("the Foo Partnership comprises A") is a body with members, read by `compositions`."""
    project = reader.ctx.focus_of(reader.section, "Project")
    words = reader.words
    for cue in reader.cues("made_of"):
        k = cue.start
        while k > reader.sent.start and words[k - 1] in _BEFORE_CUE:
            k -= 1
        if k - 1 < reader.sent.start or words[k - 1] not in _JOINT_NOUNS:
            continue
        if reader.covering.get(k - 1) is not None or _body_before(reader, k):
            continue  # "the Foo Partnership", "The partnership" after it: a body of its own
        start = cue.end
        opener = next(
            (
                j
                for j in range(cue.end, min(cue.end + 6, reader.sent.end))
                if words[j] in _LIST_OPENERS
            ),
            None,
        )
        if opener is not None:  # "five organisations, including A, B and C"
            start = opener + 1
        listed = reader.list_after(start, kinds=_PARTNERS)
        for p in listed if project is not None else ():
            reader.relate(p, "PARTICIPATED_IN", project, role="partner", confidence=0.65)
        leads = [m for m in _alongside(reader, k - 1) if m not in listed]
        if listed and (
            has_unnamed_item(reader, start, listed)  # "the NHS, A and B": longer than its names
            or not whole_list(reader, listed[0].start, listed)
        ):
            continue  # "A, B and representatives of the sector": members, not partners
        for a, b in party_pairs([*leads, *listed]):
            reader.relate(a, "PARTNER_OF", b, confidence=0.6)


_BETWEEN_NOUNS = vocab.table("project_between_nouns")
_BACK_WORDS = {"which", "that", ",", "is", "was"}


def described_between(reader: SentenceReader) -> None:
    """ "The Foo scheme is a partnership between A and B", "Foo, a joint initiative
    between A and B, ...", "the scheme, which is a collaboration between A and B": a
    project named (or in focus, "the scheme") right before a noun of joint work
    (`vocab/project_between_nouns.txt`) and "between": the bodies listed after it take
    part in it, as partners, or run it, by the noun ("a joint venture between A and
    B"). Not a project's name after the noun's own describing words
    ("a partnership between A and B to run Foo" names nothing before)."""
    words, doc, start = reader.words, reader.doc, reader.sent.start
    for b in range(start + 2, reader.sent.end - 1):
        if words[b] != "between" or words[b - 1] not in _BETWEEN_NOUNS:
            continue
        k = b - 2  # back over "a joint", "a new", "a unique"
        while k > start and (doc[k].is_lower and doc[k].pos_ == "ADJ"):
            k -= 1
        if words[k] in lx.ARTICLES:
            k -= 1
        if k <= start or words[k] not in _COPULAS | {","}:
            continue
        project = _project_before(reader, k)
        if project is None:
            continue
        rel = _BETWEEN_NOUNS[words[b - 1]]
        role = "partner" if rel == "PARTICIPATED_IN" else None
        for p in reader.list_after(b + 1, kinds=_PARTNERS):
            reader.relate(p, rel, project, role=role, confidence=0.65)


def _project_before(reader: SentenceReader, k: int) -> int | None:
    """The project named, or referred back to ("the scheme"), ending before the verb or
    comma at token k, past "which is"; None when anything else is there."""
    words, start = reader.words, reader.sent.start
    while k > start and words[k - 1] in _BACK_WORDS:
        k -= 1
    m = reader.by_end.get(k)
    if m is not None:
        return m.id if reader.kind(m) in _PROJECTS else None
    if k - 1 <= start or FOCUS_NOUNS.get(words[k - 1]) != "Project":
        return None
    m = reader.by_end.get(k - 1)  # "the Foo project"
    if m is not None:
        return m.id if reader.kind(m) in _PROJECTS else None
    if words[k - 2] in {"the", "this"}:  # "The scheme is a partnership between A and B"
        return reader.ctx.focus_of(reader.section, "Project")
    return None


_ALONGSIDE = (("alongside",), ("together", "with"))


def _alongside(reader: SentenceReader, noun: int) -> list:
    """The bodies an opening "Alongside A," or "Together with A and B," names before
    the partnership noun at token `noun`; [] when the sentence opens otherwise."""
    words, start = reader.words, reader.sent.start
    for cue in _ALONGSIDE:
        if tuple(words[start : start + len(cue)]) != cue:
            continue
        named = reader.list_after(start + len(cue), kinds=_PARTNERS)
        if named and named[-1].end < noun and words[named[-1].end] == ",":
            return named
    return []


def _project_after(reader: SentenceReader, k: int):
    """The project named after "in", "on", ... at token k ("in the Foo project"), and
    the token after its name and noun; (None, k) when none is named there."""
    if k >= reader.sent.end or reader.words[k] not in _IN:
        return None, k
    m = reader.mention_at(k + 1)
    if m is None:
        return None, k
    after = m.end
    noun = after < reader.sent.end and FOCUS_NOUNS.get(reader.words[after]) == "Project"
    after += noun  # "the Foo project"
    if reader.kind(m) not in _PROJECTS:
        if noun or m.gazetteer or head_kind(reader.words[m.end - 1])[1] >= _BODY_HEAD:
            return None, k  # "partners in the Foo Alliance", "in Kelby"
        # "partners in Foo": a name with no word of a body's is what they work on
        m.votes["Project"] += 6
        reader.ctx.votes_for(m)["Project"] += 6
    return m, after


def _subjects(reader: SentenceReader, noun: int) -> list:
    """ "A and B are partners", "A is one of five partners": the bodies before the verb."""
    k = noun - 1
    while k > reader.sent.start and reader.words[k] in _BEFORE_NOUN:
        k -= 1
    if reader.words[k] not in _COPULAS:
        return []
    return reader.subjects_before(k, _PARTNERS)


__all__ = ["LABELS", "described_between", "made_of", "project_before", "project_partners"]
