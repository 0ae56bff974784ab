"""Who won at the page's event, from the lines that list an award's winners by
category: "Volunteer of the Year: Jane Doe, 17, a mentor with Foo Youth",
"Young Volunteer of the Year – Foo Trust", "The winners were: Group of the Year –
Bar Foodbank; Lifetime Achievement Award – Jo Tern", "Winner: Ada Foss",
"Highly commended: A and B". The people and bodies named after the category's
colon or dash took part in the page's own event (PARTICIPATED_IN, role
"participant": GOLD.md's word for taking part, which most pages' gold gives an
award's winners; the sentences that tell a win with a verb are read by
rules/award_winners.py). The category words are data: "... of the year", an
award noun (vocab/award_words.txt) or a winner's label
(vocab/award_line_labels.txt); a sentence about a grant or a sum of money is not
an award's, nor one about a raffle's prizes (as in award_winners).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels this module's rule reads (none: it reads the shape of a line)."""

_AWARDS = vocab.words("award_words")
_LABELS = vocab.words("award_line_labels")
_GRANTS = vocab.words("grant_nouns") - _AWARDS
_NOT_AWARDS = _GRANTS | vocab.words("award_chance_words")
_SEPARATORS = lx.DASHES | {":"}
_TAKERS = frozenset({"Person", "Organisation"})
_LEADS_WITHIN = 4  # "the Tuesday crew at Foo Café"
_ROLE = "participant"


def award_lines(reader: SentenceReader) -> None:
    """PARTICIPATED_IN the page's own event for the names after each award
    category of the sentence (see the module)."""
    event = reader.own_event()
    if event is None or reader.ctx.main.get("Event") is None:
        return
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    if any(w in _NOT_AWARDS for w in words[start:end]) or any(
        reader.is_money(k) for k in range(start, end)
    ):
        return
    for k in range(start + 1, end - 1):
        if words[k] not in _SEPARATORS or not _category_before(reader, k):
            continue
        first = _first_name(reader, k + 1)
        if first is None:
            continue
        for m in reader.list_after(first, kinds=set(_TAKERS)):
            reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.6)


def _category_before(reader: SentenceReader, k: int) -> bool:
    """Whether the words before the separator at token k, back to the sentence's
    start or the last ";" or ":", name an award's category and no one."""
    words = reader.words
    j = k
    while j > reader.sent.start and words[j - 1] not in {";", ":"}:
        j -= 1
    span = words[j:k]
    if not span or any(m.start < k and m.end > j and reader.kind(m) in _TAKERS for m in reader.ms):
        return False
    if span[-3:] == ["of", "the", "year"] or span[-1] in _AWARDS:
        return True
    return " ".join(w for w in span if w.isalpha()) in _LABELS  # "runner-up": "runner up"


def _first_name(reader: SentenceReader, k: int) -> int | None:
    """Where the first person or body after token k starts, past a few words
    that lead to it ("the team from", "the Tuesday crew at"); None if none."""
    for j in range(k, min(k + _LEADS_WITHIN + 1, reader.sent.end)):
        m = reader.by_start.get(j)
        if m is not None:
            return j if reader.kind(m) in _TAKERS else None
        if reader.words[j] in {",", ";", "."}:
            return None
    return None


__all__ = ["LABELS", "award_lines"]
