"""Participation, continued: people and bodies said to be at the page's event
without a verb of attending, read from the parse.

- "on hand": "Advisers from A and B will be on hand", "C from Foo will be on
  hand to answer questions": the subject (or the bodies its people come from)
  was there to help (participant);
- the leader of a team already read as taking part: "Among the runners was a
  team of 25 from Foo Ltd, led by managing director D": D took part with it
  (participant), when another rule has read the team's body as taking part in
  the sentence ("led by" a team no rule places at the event gives no tie);
- the author a byline names ("By E, Partnerships Officer, Foo"), when the
  write-up speaks as "I" of the event it is about ("I want to thank our
  speakers", "my notes from the day") or counts the writer among those who came
  ("six of us from Foo travelled to ...": `author_posts.counted_us`): E was there
  (attendee). "We" alone is the body's voice, no sign the author came.

Only on a page about one event, in a paragraph of its first section.
"""

from __future__ import annotations

from collabgraph.extract.rules.author_posts import counted_us
from collabgraph.extract.rules.participation import bodies_people_came_from
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: it reads the parse)."""

_ROLE = "participant"
_TAKERS = {"Person", "Organisation"}
_TEAMS = {"team", "teams", "group", "squad", "party"}
_FIRST_PERSON = {"i", "my", "me"}
_TEAM_GAP = 14  # words at most from "team" to "led by": "a team of 40 from Foo's ward,"


def on_hand(reader: SentenceReader) -> None:
    """ "Advisers from A and B will be on hand": A and B took part (see the module)."""
    event = reader.page_event_here()
    if event is None:
        return
    words = reader.words
    for k in range(reader.sent.start, reader.sent.end - 1):
        if words[k] != "on" or words[k + 1] != "hand" or reader.in_quote(k):
            continue
        verb = reader.doc[k].head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ == "aux"])  # "will be"
        who = reader.named_by(subjects, _TAKERS) or bodies_people_came_from(reader, first)
        for m in who:
            reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.55)


def team_leaders(reader: SentenceReader) -> None:
    """ "a team of 25 from Foo Ltd, led by managing director D": D took part, when
    Foo Ltd was read as taking part in the event from this sentence."""
    event = reader.page_event_here()
    if event is None:
        return
    words = reader.words
    for t in range(reader.sent.start, reader.sent.end - 3):
        if words[t] not in _TEAMS:
            continue
        led = next(
            (j for j in range(t + 1, min(t + _TEAM_GAP, reader.sent.end - 2))
             if words[j] == "led" and words[j + 1] == "by" and words[j - 1] == ","),
            None,
        )  # fmt: skip
        if led is None or not _team_took_part(reader, t, led, event):
            continue
        for m in reader.list_after(led + 2, kinds={"Person"}):
            reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.55)


def _team_took_part(reader: SentenceReader, t: int, led: int, event: int) -> bool:
    """Whether a body named between the team word (token t) and "led" (token `led`)
    was read as taking part in the event from this sentence."""
    bodies = {m.id for m in reader.ms if t < m.start and m.end <= led}
    said = reader.evidence[:500]
    return any(
        c.target == event and "PARTICIPATED_IN" in c.relations and c.evidence == said
        for b in bodies
        for c in reader.ctx.by_source.get(b, ())
    )


def first_person_author(reader: SentenceReader) -> None:
    """The byline's author was at the event a write-up tells of as "I" (see the module)."""
    event = reader.page_event_here()
    author = reader.ctx.authors.get(0)
    if event is None or author is None or reader.kind(reader.ctx.mentions[author]) != "Person":
        return
    span = range(reader.sent.start, reader.sent.end)
    if any(
        (reader.words[k] in _FIRST_PERSON or counted_us(reader, k)) and not reader.in_quote(k)
        for k in span
    ):
        reader.relate(author, "PARTICIPATED_IN", event, role="attendee", confidence=0.5)
