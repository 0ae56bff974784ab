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
in `ctx.pending.launch` until then). A report or project launched is
`publishing.launches`' (ABOUT); a venue that opens is an opening
(page_event/occasions.py); "was launched in 2019" (no "at") is when a body began,
not an occasion.

Told of later (`launched_by`, `spoken_launches`): "Kelby Trust today launched Fenby
Minds, a new alliance ..." (a launcher's name just before "launched", the body's
name right after it, a body noun later in the sentence), or "A new alliance ... has
been launched to ..." (no "at") named in the next sentence, waits in
`ctx.pending.spoken_launch`; a later sentence with the noun "launch" ("The launch took place
at Orton Hall", "came to the launch at Orton Hall on 2 May") makes the launch, at the
place named after "at", organised by the launcher, in view for the people named;
"the evening" or "the night" does as "the launch" does ("Last night we launched Foo
Stories ... The evening was chaired by Jane Doe": vocab/launch_told_times.txt).
Without such a sentence no event is made, nor when a launch was made since ("was
launched at the opening night": the launch that sentence speaks of). Reports and
projects launched wait there too (`launched_things.py`).
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
    if reader.ctx.pending.body_launch is None and reader.ctx.pending.spoken_launch is not None:
        spoken_launches(reader)
    if reader.ctx.pending.body_launch is not None and _LAUNCH in reader.words:
        reader.ctx.set_focus(reader.section, "Event", reader.ctx.pending.body_launch)
    if not reader.ms:
        return
    waiting, reader.ctx.pending.launch = reader.ctx.pending.launch, None
    if waiting is not None and waiting[0] + 1 == reader.ms[0].sent:
        if waiting[3]:
            _named(reader, evidence=waiting[1], place=waiting[2])
        elif reader.ms[0].opens_sentence and reader.kind(reader.ms[0]) in _LAUNCHED_KINDS:
            reader.ctx.pending.spoken_launch = (reader.ms[0].id, None, waiting[1])
        return
    launched_by(reader)
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
        # "was launched in 2019" (no "at"): when it began, an occasion only if a later
        # sentence speaks of "the launch"
        held = "at" in reader.words[i + 1 : min(reader.sent.end, i + 1 + _AT_REACH)]
        place = next((m for m in reader.ms if m.start > i and reader.kind(m) == "Place"), None)
        reader.ctx.pending.launch = (
            reader.ms[0].sent,
            reader.evidence,
            place.id if place is not None and held else None,
            held,
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
    reader.ctx.pending.body_launch = event
    if place is not None:
        reader.ctx.relate(event, "LOCATED_IN", place, evidence=evidence, confidence=_CONFIDENCE)


_ACTIVE = "launched"
_LAUNCHED_KINDS = {"Organisation", "Project"}
_LAUNCHER_REACH = 3  # "Foo today launched Bar": the launcher's name just before
_VENUE_REACH = 6  # "The launch took place at The Maltings", "the launch at Foo Hall on 2 May"
_TIMES = vocab.words("launch_told_times")  # "Last night we launched Foo ... the evening was"


def _told_launch(reader: SentenceReader, i: int) -> bool:
    """ "the launch", or "the evening" after a launch told in the simple past ("Last
    night we launched Foo"): the occasion the waiting launch was."""
    word = reader.words[i]
    return word == _LAUNCH or (word in _TIMES and i > 0 and reader.words[i - 1] == "the")


def launched_by(reader: SentenceReader) -> None:
    """ "Kelby Trust today launched Fenby Minds, a new alliance ...": Fenby Minds waits
    in `ctx.pending.spoken_launch`, with Kelby Trust its launcher, for a later "the launch"."""
    for i, word in enumerate(reader.words[reader.sent.start : reader.sent.end]):
        i += reader.sent.start
        if word != _ACTIVE or reader.doc[i].tag_ != "VBD":
            continue
        launcher = reader.before(i, kinds={"Organisation"}, limit=_LAUNCHER_REACH)
        body = next((m for m in reader.ms if m.start in (i + 1, i + 2)), None)
        if launcher is None or body is None or reader.kind(body) not in _LAUNCHED_KINDS:
            continue
        if not any(w in _NOUNS for w in reader.words[body.end : reader.sent.end]):
            continue  # "a new alliance": told as a body set up
        reader.ctx.pending.spoken_launch = (body.id, launcher.id, reader.evidence)
        return


def spoken_launches(reader: SentenceReader) -> None:
    """ "The launch took place at Foo Hall": the launch of the body waiting in
    `ctx.pending.spoken_launch`, located at the place named after "at", organised by its
    launcher, and in view for the people the sentence names."""
    starts = [i for i in range(reader.sent.start, reader.sent.end) if _told_launch(reader, i)]
    if not starts or reader.doc[starts[0]].pos_ != "NOUN":
        return
    body, launcher, evidence = reader.ctx.pending.spoken_launch
    reader.ctx.pending.spoken_launch = None
    if any(m.synthetic == "launch" for m in reader.ctx.mentions):
        return  # a launch told since ("was launched at the opening night"): that one
    about = reader.ctx.type_of(reader.ctx.mentions[body]) in {"Project", "Report"}
    event = reader.ctx.launch_event(body, reader.section, evidence, relate_about=about)
    reader.ctx.pending.body_launch = event
    if launcher is not None:
        reader.ctx.relate(launcher, "ORGANISED", event, evidence=evidence, confidence=_CONFIDENCE)
    k = starts[0]
    for m in reader.ms:
        near = reader.words[k + 1 : m.start]
        if k < m.start <= k + _VENUE_REACH and "at" in near and reader.kind(m) == "Place":
            reader.relate(event, "LOCATED_IN", m, confidence=_CONFIDENCE)
            return
