"""Slots only a body fills: the words around a name that make it an organisation
whatever the recogniser read it as ("in partnership with X", "X and Y have joined
forces", `vocab/body_slots.txt`). A slot votes `BODY_SLOT_VOTES`, more than the
recogniser gives any reading (a GPE's 3), so a name it called a person or a place,
or missed, is a body; and every name listed with one in the slot shares it ("in
partnership with A, B and C"). Read by `context_votes` and `list_votes`.
"""

from __future__ import annotations

from collabgraph.errors import RulesFileError
from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.persons_names import given_persons_name
from collabgraph.extract.mentions.tokens import based_after

BODY_SLOT_VOTES = 4
"""What a slot only a body fills votes for a name: over the recogniser's 3 for a
place, and alone the evidence the document asks of a body (person_evidence)."""

_SKIPPED = {"the", "again"}
_TYPE_NOUNS = vocab.table("type_nouns")
_ARTICLES = lx.ARTICLES


def _slots(name: str, slots: list[str]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The slots of `vocab/<name>.txt` with X first or last, as (words before X, words after X)."""
    before, after = [], []
    for slot in slots:
        words = slot.split()
        if words[-1] == "X":
            before.append(tuple(words[:-1]))
        elif words[0] == "X":
            after.append(tuple(words[1:]))
        else:
            raise RulesFileError(f"vocab/{name}.txt: {slot!r} has no X at either end")
    return before, after


_BEFORE, _AFTER = _slots("body_slots", vocab.ordered("body_slots"))
_LIKELY_AFTER = [
    tuple(w for w in s if w not in _SKIPPED)
    for s in _slots("body_likely_slots", vocab.ordered("body_likely_slots"))[1]
]
LIKELY_SLOT_VOTES = 2
"""What a slot a body most often fills (`vocab/body_likely_slots.txt`) votes for a
name nothing else has voted for: the recogniser's share for a body, no more."""
_REACH = max(len(s) for s in _BEFORE + _AFTER) + 2


def slot_before(doc, start: int, sent) -> bool:
    """A slot's words end right before token `start` ("funded by the X")."""
    words = tuple(
        w for w in lower_forms(doc)[max(sent.start, start - _REACH) : start] if w not in _SKIPPED
    )
    return any(words[-len(s) :] == s for s in _BEFORE)


def slot_after(doc, end: int, sent) -> bool:
    """A slot's words start right after token `end` ("X have joined forces", "X
    have again joined forces": `_SKIPPED` read past, as before a name)."""
    words = tuple(
        w for w in lower_forms(doc)[end : min(sent.end, end + _REACH)] if w not in _SKIPPED
    )
    return any(words[: len(s)] == s for s in _AFTER)


def _never_a_body(doc, m: Mention, sent) -> bool:
    """A title or a post-nominal ("sponsored by Jane Doe MP", "funded by Cllr Jane
    Doe": only people have them), "-based" after the name ("in partnership with
    the Kelby-based ...": the place of the body after it), or a UK place ("formerly
    of Kelby": where she lived)."""
    after = doc[m.end] if m.end < sent.end else None
    located = based_after(doc, m.end, sent.end)
    titled = m.title is not None or (
        after is not None and after.text.rstrip(".") in lx.POST_NOMINALS_AS_WRITTEN
    )
    return located or titled or m.gazetteer


def may_fill(doc, m: Mention, sent) -> bool:
    """A name a slot makes a body over what the recogniser read: not `_never_a_body`,
    no person's name ("a donation from Jane Doe": a given name first),
    no name that only qualifies the noun after it ("in partnership with US agencies"),
    none its own description calls something else (`_described_otherwise`)."""
    return not (
        _never_a_body(doc, m, sent)
        or m.attributive
        or _persons_name(doc, m)
        or _described_otherwise(doc, m, sent)
    )


def _described_otherwise(doc, m: Mention, sent) -> bool:
    """ "Jane Doe of Safe Steps, a falls prevention project, spoke": the name's own
    description after a comma (an article, up to three lower-case words, a kind's
    noun of `vocab/type_nouns.txt`) says it is a programme, an occasion or a report,
    which a slot before it does not overrule."""
    k = m.end
    if k + 2 >= sent.end or doc[k].text != "," or doc[k + 1].lower_ not in _ARTICLES:
        return False
    for j in range(k + 2, min(k + 6, sent.end)):
        if not doc[j].is_lower:
            return False
        kind = _TYPE_NOUNS.get(doc[j].lower_)
        if kind is not None:
            return kind in {"Project", "Event", "Report"}
    return False


def body_vote(doc, m: Mention, sent) -> int:
    """What a slot only a body fills votes for `m`: `BODY_SLOT_VOTES`, or 3 for a
    name that may not fill it, which the recogniser's reading may still outweigh
    (a UK place, a person's name; "Kelby, the trust's home")."""
    return BODY_SLOT_VOTES if may_fill(doc, m, sent) else 3


def body_slot_votes(doc, sent, m: Mention) -> None:
    """Vote a name in a slot only a body fills an organisation; not a venue's name
    ("the team at Dale Community Centre": `lexicon.VENUE_HEADS` last)."""
    if _never_a_body(doc, m, sent) or doc[m.end - 1].lower_ in lx.VENUE_HEADS:
        return
    if slot_before(doc, m.start, sent) or slot_after(doc, m.end, sent):
        m.votes["Organisation"] += body_vote(doc, m, sent)


def likely_slot_votes(doc, sent, m: Mention) -> None:
    """ "Safe Steps has launched ...", "Safe Steps is funded by Foo": a name no
    other words of the sentence voted for, that may fill a body's slot (no person's
    name), in a slot a body most often fills, is likely an organisation."""
    if m.votes or not may_fill(doc, m, sent):
        return
    words = tuple(
        t.lower_ for t in doc[m.end : min(sent.end, m.end + _REACH)] if t.lower_ not in _SKIPPED
    )
    if any(words[: len(s)] == s for s in _LIKELY_AFTER):
        m.votes["Organisation"] += LIKELY_SLOT_VOTES


def listed_in_body_slot(doc, sent, group: list[Mention]) -> None:
    """'in partnership with A, B and C', 'A and B have joined forces': a list in a
    slot only a body fills shares its vote (each name that `may_fill` it)."""
    if len(group) < 2:
        return
    first, last = group[0], group[-1]
    if not (slot_before(doc, first.start, sent) or slot_after(doc, last.end, sent)):
        return
    for m in group:
        slotted = (m is first and slot_before(doc, m.start, sent)) or (
            m is last and slot_after(doc, m.end, sent)
        )
        if slotted or not may_fill(doc, m, sent):
            continue
        m.votes["Organisation"] += BODY_SLOT_VOTES


def _persons_name(doc, m: Mention) -> bool:
    """A given name, then capitalised words no body's, place's or post's
    ("Jane Doe", "Jane Doe-Smith": the hyphen read past)."""
    words = [t for t in doc[m.start : m.end] if t.text not in {"-", "‐"}]
    return given_persons_name(words)
