"""A body launched at an occasion: "A new partnership to ... was launched on Monday
at the Kelby Hub." then "The Kelby Food Partnership brings together ..." gives the
event "Launch of Kelby Food Partnership" (LOCATED_IN the place named after the
verb). It is put in view only by a later sentence saying "launch" ("Guests attended
the launch"): "It is funded by Foo" after the sentence naming the body is the
body's, not the launch's.

The shape, all of it: the sentence opens "A" or "An" and, within its first words,
a noun of a body that is set up (vocab/launched_body_nouns.txt: "partnership",
"alliance", "centre"); its verb is "was launched" (the `launched` cue of
patterns/publishing.jsonl) with "at" a few words after it (held somewhere: "at
Foo Hall", "at Foo University on Wednesday evening"); and the next sentence opens
with an organisation's name, the body the indefinite noun told of (kept waiting
in `ctx.waiting_launch` until then). A report or project launched is
`publishing.launches`' (ABOUT); a venue that opens is an opening
(page_event/occasions.py); "was launched in 2019" (no "at") is when a body began,
not an occasion.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads the `launched` cue, publishing's label."""

_NOUNS = vocab.words("launched_body_nouns")
_OPENERS = {"a", "an"}
_NOUN_REACH = 4  # "A new research centre": the noun within the first words
_AT_REACH = 8  # "was launched on Friday 1 December 2023 at Foo Police Station"
_CONFIDENCE = 0.65
_LAUNCH = "launch"  # "Guests attended the launch": the launch made here, in view


def body_launches(reader: SentenceReader) -> None:
    """The launch of the module docstring: told here, or named here after it."""
    if reader.ctx.body_launch is not None and _LAUNCH in reader.words:
        reader.ctx.set_focus(reader.section, "Event", reader.ctx.body_launch)
    if not reader.ms:
        return
    waiting, reader.ctx.waiting_launch = reader.ctx.waiting_launch, None
    if waiting is not None and waiting[0] + 1 == reader.ms[0].sent:
        _named(reader, evidence=waiting[1], place=waiting[2])
        return
    start = reader.sent.start
    if reader.words[start] not in _OPENERS:
        return
    for cue in reader.cues("launched"):
        i = cue.end - 1  # "launched"
        if not any(
            _body_noun(reader, k) for k in range(start + 1, min(i, start + 1 + _NOUN_REACH))
        ):
            continue
        if reader.before(i, kinds={"Report", "Project"}) is not None:
            continue  # "A new report, Foo, was launched": publishing's
        if "at" not in reader.words[i + 1 : min(reader.sent.end, i + 1 + _AT_REACH)]:
            continue  # "was launched in 2019": when it began
        place = next((m for m in reader.ms if m.start > i and reader.kind(m) == "Place"), None)
        reader.ctx.waiting_launch = (
            reader.ms[0].sent,
            reader.evidence,
            place.id if place is not None else None,
        )
        return


def _body_noun(reader: SentenceReader, k: int) -> bool:
    """A body's noun heading the subject ("A new partnership"), not one naming another
    thing's kind ("A new partnership fund")."""
    return reader.words[k] in _NOUNS and reader.doc[k].dep_ != "compound"


def _named(reader: SentenceReader, *, evidence: str, place: int | None) -> None:
    """The launch of the body whose name opens this sentence, the one told of before."""
    body = reader.ms[0]
    if not body.opens_sentence or reader.kind(body) != "Organisation":
        return
    event = reader.ctx.launch_event(body.id, reader.section, evidence, relate_about=False)
    reader.ctx.body_launch = event
    if place is not None:
        reader.ctx.relate(event, "LOCATED_IN", place, evidence=evidence, confidence=_CONFIDENCE)
