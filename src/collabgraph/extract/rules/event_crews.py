"""People at events, continued: on a page about one event, in its first section,
who is shown or said to be doing something there without a verb of taking part
(PARTICIPATED_IN the page's event, role participant):

- the bodies whose people did something (`crews`): "Architects from Foo LLP
  answered questions", "Volunteers from Bar Scouts ran the tombola", "Warm-up
  sessions were led by instructors from Baz Leisure Trust", "Walking with us were
  staff from Qux Trust", "food cooked by volunteers from A and from B": a plural
  noun for a body's people (vocab/crew_people_nouns.txt) with "from" and a named
  body, where the noun is the subject of a clause, the agent after "by" or what a
  photo caption shows ("[Photo: Volunteers from Foo serving lunch]"). They did
  something, not had something done to them: "the scheme supports pupils from Foo
  School" is passed over; nor made the event: "Volunteers from Foo spent months
  planning the day" (lexicon.HOST_VERBS, vocab/crew_planning_verbs.txt); nor
  tell of a service, in a paragraph, not of the day: "Advisers from Foo will be on
  site on Tuesdays", "the bus is run by volunteers from Bar" (a modal or the
  present tense, `_not_done`). In a paragraph or a list item;
- the people a photo's caption names (`caption_people`): "[Caption: Our chair, A,
  with the tea urn]", "Photo caption: Volunteers B and C on the tombola stall",
  "[Photo] D kept the evening moving": a line opening with a caption's label
  (vocab/caption_labels.txt); not a credit, a label and one name alone
  ("Picture: E", "Photo: F": the photographer), nor a name after a credit's
  label inside a caption.

Not in a sentence naming a project ("Volunteers from Foo deliver the Bar
Project") or another event.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: it reads the parse)."""

_ROLE = "participant"
_CONFIDENCE = 0.45  # the lowest of a rule's: another rule's role for the pair wins
_PEOPLE = vocab.words("crew_people_nouns")
_CAPTIONS = vocab.words("caption_labels")
_MAKING = lx.HOST_VERBS | vocab.words("crew_planning_verbs")
_MODALS = vocab.words("crew_modal_words")
_SUBJECTS = {"nsubj", "nsubjpass", "attr"}
_BLOCKS = {"para", "item"}
_BODIES = {"Organisation"}
_OPENERS = {"[", "(", "photo", "picture", "image"}  # "[Photo: ...", "Photo caption: ..."


def _event_here(reader: SentenceReader) -> int | None:
    """The page's event, when the page is about one, the sentence is in its first
    section, in a paragraph or list item (`_BLOCKS`), and names no project nor other
    event."""
    if reader.ctx.main.get("Event") is None or reader.section != 0:
        return None
    if reader.block_kind not in _BLOCKS:
        return None
    event = reader.ctx.focus_of(reader.section, "Event")
    if event is None or any(
        reader.kind(m) == "Project" or (reader.kind(m) == "Event" and m.id != event)
        for m in reader.ms
    ):
        return None
    return event


def crews(reader: SentenceReader) -> None:
    """The bodies after "<people> from" that did something at the page's event
    (see the module)."""
    event = _event_here(reader)
    if event is None:
        return
    words, doc = reader.words, reader.doc
    caption = _caption_end(reader) is not None
    for i in range(reader.sent.start, reader.sent.end - 2):
        tok = doc[i]
        if words[i] not in _PEOPLE or words[i + 1] != "from" or reader.covering.get(i):
            continue
        if reader.in_quote(i) or not (_acting(tok) or (caption and tok.dep_ in {"appos", "ROOT"})):
            continue
        verb = _verb_of(tok)
        if any(t.lower_ in _MAKING for t in (verb, *verb.children)):
            continue  # "Volunteers from Foo spent months planning the day": they made it
        if not caption and _not_done(verb):
            continue  # "Advisers from Foo will be on site on Tuesdays": a service, not the day
        takers = reader.list_after(i + 2, kinds=_BODIES)
        takers += [
            m for f in _more_froms(doc[i + 1]) for m in reader.list_after(f + 1, kinds=_BODIES)
        ]
        for m in {m.id: m for m in takers}.values():
            if not _taking_part(reader, m.id, event):  # "Staff from Foo attended": attendee
                reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=_CONFIDENCE)


def caption_people(reader: SentenceReader) -> None:
    """The people a photo caption on a page about one event names (see the module)."""
    event = _event_here(reader)
    label_end = _caption_end(reader) if event is not None else None
    if label_end is None:
        return
    credit = next(
        (j for j in range(label_end, reader.sent.end - 1)
         if reader.words[j] in _CAPTIONS and reader.words[j + 1] == ":"),
        reader.sent.end,
    )  # fmt: skip
    for m in reader.ms:
        shown = m.start >= label_end and m.end <= credit and reader.kind(m) == "Person"
        if shown and not _taking_part(reader, m.id, event):
            reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=_CONFIDENCE)


def _caption_end(reader: SentenceReader) -> int | None:
    """The token after a caption's opening label ("[Photo:", "[Caption]", "Photo
    caption:", "Pictured:"), when the sentence opens with one; else None."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    j = start + (words[start] in {"[", "("})
    k = j
    while k < min(end, j + 2) and words[k] in _CAPTIONS:
        k += 1
    if k == j or k >= end or (words[start] not in _OPENERS and words[j] not in _OPENERS):
        return None
    if words[k] not in {":", "]", ")", "-", "–"}:
        return None
    named = [m for m in reader.ms if m.start > k]
    if len(named) == 1 and named[0].start == k + 1 and named[0].end >= end - 2:
        return None  # "Picture: A", "Photo: B]": a credit, the photographer
    return k + 1


def _taking_part(reader: SentenceReader, source: int, event: int) -> bool:
    """Whether an earlier rule already read `source` as taking part in `event` (its
    role stands: "participant" would outrank "attendee", vocab/role_rank.txt) or as
    organising it ("[Photo: A with festival organiser B]": B made the event)."""
    return any(
        c.target == event and {"PARTICIPATED_IN", "ORGANISED"} & set(c.relations)
        for c in reader.ctx.by_source.get(source, ())
    )


def _acting(tok) -> bool:
    """Whether the people noun (or the noun it is listed after: "staff and
    volunteers from Foo") is a clause's subject or the agent after "by"."""
    for t in (tok, *(h for h in [tok.head] if tok.dep_ == "conj")):
        if t.dep_ in _SUBJECTS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent":
            return True
    return False


def _verb_of(tok):
    """The word a people noun is the subject or agent of (through "by", and the
    noun it is listed after)."""
    t = tok.head if tok.dep_ == "conj" else tok
    return t.head.head if t.dep_ == "pobj" else t.head


def _not_done(verb) -> bool:
    """Whether a clause's verb tells of what will be or is done as a rule, not of what
    was done at the event: a modal before it ("will be on site", "can be referred
    by paramedics from Foo": vocab/crew_modal_words.txt) or the present tense ("is
    run by volunteers from Bar"). A photo's caption, written in the present, is not
    asked."""
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _MODALS for c in verb.children):
        return True
    tensed = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(t.tag_ in {"VBZ", "VBP"} for t in tensed) and not any(
        t.tag_ == "VBD" for t in tensed
    )


def _more_froms(prep) -> list[int]:
    """The repeats of a "from" after "and": "volunteers from A and from B"."""
    return [c.i for c in prep.conjuncts if c.lower_ == "from"]


__all__ = ["LABELS", "caption_people", "crews"]
