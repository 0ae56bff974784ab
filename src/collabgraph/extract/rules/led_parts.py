"""Who a passive "led by" / "delivered by" names when what was led is not the
event itself: "a storytelling circle led by poet Jo Tern", "a team of 25 from Foo,
led by its director Ada Foss", "the Council of Governors, led by Jo Tern", "It was
led by Dr Ada Foss" (a study), "Led by Jo Tern" under a listing. The event in view
(the one `target_before` falls back on) was not organised by them: on the pool,
every such ORGANISED link was wrong. The event named right before the verb ("the
Kelby Heritage Walk, led by Jo Tern") or an event's noun there ("the festival was
led by Foo") still gives ORGANISED.

The verbs are data (vocab/part_leading_verbs.txt); read by `agents.by_phrases`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.passive_targets import noun_before
from collabgraph.extract.rules.reader import SentenceReader

_VERBS = vocab.words("part_leading_verbs")
_GAP = {",", "was", "were", "is", "are", "be", "been", "being", "will", "has", "have", "had"}


def led_part(reader: SentenceReader, v: int, target: int | None) -> bool:
    """Whether the passive verb at token v ("led", "delivered") tells who led a part
    of the event `target` (a mention id), not who organised it: the target is an
    event, not named right before the verb, and the word there is no event's noun."""
    mentions = reader.ctx.mentions
    if reader.words[v] not in _VERBS or target is None or not 0 <= target < len(mentions):
        return False
    if reader.kind(reader.ctx.mentions[target]) != "Event":
        return False
    k = v - 1
    while k > reader.sent.start and reader.words[k] in _GAP:
        k -= 1
    named = reader.by_end.get(k + 1)
    if named is not None and named.id == target:
        return False  # "the Kelby Heritage Walk, led by Jo Tern": the event itself
    return noun_before(reader, v) not in lx.EVENT_HEADS
