"""Who won at the page's event: "Our lifetime achievement award went to Jane Doe",
"Employee of the year was won by A", "outstanding achievement was awarded to B",
"The Foo award was presented to C and D", "... presented by E, chair of Foo,
to 17-year-old F", and the other way round, the winner
first: "E was presented with a special award", "F received the Foo Prize", "G won
the top award": on a page about an event, each took part in it as an award
winner (PARTICIPATED_IN, "award winner"). Only in a sentence that speaks of an
award (vocab/award_words.txt, "awarded", "... of the year") and not of a grant
or a sum of money ("funding was awarded to Foo" is a grant, read by the grant
rules) nor of a raffle (vocab/award_chance_words.txt). The verbs are data:
vocab/award_giving_verbs.txt, award_winning_verbs.txt and
award_receiving_verbs.txt (every inflection listed: the pipeline reads no lemmas).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rule reads (none: it reads the parse)."""

_AWARDS = vocab.words("award_words")
_GIVING = vocab.words("award_giving_verbs")
_WON = vocab.words("award_winning_verbs")
_RECEIVED = vocab.words("award_receiving_verbs") | _WON
_PASSIVE = {"was", "were", "been", "being", "be"}
_TAKERS = frozenset({"Person", "Organisation"})
_GRANTS = vocab.words("grant_nouns") - _AWARDS
_CHANCE = vocab.words("award_chance_words")
_ROLE = "award winner"
_DESCRIBING = 6  # "to 17 - year - old A"


def award_winners(reader: SentenceReader) -> None:
    """The people and bodies a sentence says an award went to (see the module)."""
    event = reader.page_event_here()
    if event is None or not _about_an_award(reader):
        return
    words, end = reader.words, reader.sent.end
    for k in range(reader.sent.start, end - 2):
        given = words[k] in _GIVING and words[k + 1] == "to"
        won = words[k] in _WON and words[k + 1] == "by"
        if words[k] in _GIVING and words[k + 1] == "by":  # "presented by A, chair of Foo, to B"
            to = next((j for j in range(k + 2, end - 1) if words[j] == "to"), None)
            given, k = (True, to - 1) if to is not None else (False, k)
        if not (given or won) or reader.in_quote(k):
            continue
        for m in reader.list_after(_name_after(reader, k + 2), kinds={"Person", "Organisation"}):
            reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.7)
    for k in range(reader.sent.start + 1, end - 1):
        if _received_at(words, k) and not reader.in_quote(k):
            for m in reader.subjects_before(reader.before_verb(k) + 1, kinds=_TAKERS):
                reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.7)


def _name_after(reader: SentenceReader, k: int) -> int:
    """Where the first name after token k starts when a few words describe it
    ("to 17-year-old A", "to local teenager B"): at that name; else k."""
    j = k
    while j < reader.sent.end and j - k < _DESCRIBING and reader.by_start.get(j) is None:
        if reader.words[j] in {",", ";", ".", "and", "by", "for"}:
            return k
        j += 1
    return j if reader.by_start.get(j) is not None else k


def _received_at(words: list[str], k: int) -> bool:
    """Whether the verb at token k says its subject received the award: "received",
    "won" (not "was won by": the winner follows), or a giving verb in the passive
    with no "to" or "by" after it ("was presented with", "were awarded the")."""
    if words[k + 1] in {"to", "by"}:
        return False
    return words[k] in _RECEIVED or (words[k] in _GIVING and words[k - 1] in _PASSIVE)


def _about_an_award(reader: SentenceReader) -> bool:
    """Whether a sentence speaks of an award ("award", "prize", "awarded",
    "employee of the year") and not of a grant, money or a raffle's prizes."""
    words = reader.words[reader.sent.start : reader.sent.end]
    if any(w in _GRANTS or w in _CHANCE for w in words) or any(
        reader.is_money(k) for k in range(reader.sent.start, reader.sent.end)
    ):
        return False
    yearly = any(words[i : i + 3] == ["of", "the", "year"] for i in range(len(words) - 2))
    return yearly or any(w in _AWARDS or w == "awarded" for w in words)
