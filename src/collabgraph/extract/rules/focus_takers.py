"""People at events, continued: who took part in the event in focus when the
sentence names no event, only what they did there (PARTICIPATED_IN, role
"participant"):

- "took part" with no object (`took_part_alone` cues): "Forty artists took part,
  including potter A and painter B" (the examples after "including"), "Sixty
  residents took part, alongside tenants from Foo Co-op" (the body the people
  beside them came from), "A and B took part." (the subjects);
- in a race (the event in focus ends with a word of vocab/event_race_heads.txt),
  what its runners did (vocab/race_taking_verbs.txt): "A, a nurse at Foo,
  finished in under an hour", "B completed her first 10k", "Pupils from Foo
  School ran in fancy dress" (the body the subject's people came from), and
  "First across the line was C" (vocab/race_first_words.txt). A body takes part
  only through its people ("Pupils from Foo School"): a body that "ran" the race
  organised it (rules/active_agents.py), and a race "finished at" a place has no
  runner for subject. A verb with an object other than the race or its course
  ("ran a stall", "completed a survey") is passed over;
- on a page about one event, those who helped at it or gave it music or food:
  "with help from volunteers at Foo Scouts", "the volunteers from Bar Rotary Club
  who helped set up", "Marshals came from A and B" (vocab/event_helper_nouns.txt,
  event_helping_words.txt; not in a sentence naming a project: "Foo is delivered
  by volunteers from Bar"), "where
  the Foo Samba Band played", "Bar Women's Group served food", "the Baz Choir
  sang" (vocab/event_giving_verbs.txt: what may follow the verb; a body performs
  only when named as a band or choir: vocab/performing_group_heads.txt); "there
  were stalls from A and B" (vocab/exhibit_stands.txt); "we were joined by groups
  from across the county, including A and B".
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.participation import bodies_people_came_from
from collabgraph.extract.rules.reader import SentenceReader, first_id
from collabgraph.extract.rules.represented_bodies import bodies_represented

LABELS = frozenset({"took_part_alone"})
"""The cue labels (pattern files) this module's rules read."""

_ROLE = "participant"
_RACES = vocab.words("event_race_heads")
_RACE_VERBS = vocab.words("race_taking_verbs")
_FIRST = vocab.words("race_first_words")
_COURSE = _RACES | {"course", "distance", "route", "line", "way"}
_EXAMPLES = {"including", "among"}
_TAKERS = frozenset({"Person", "Organisation"})
_BODIES = {"Organisation"}
_CAME = {"came", "come", "were", "are"}
_HELPERS = vocab.words("event_helper_nouns")
_HELPING = vocab.words("event_helping_words")
_GIVING = {
    verb: frozenset(objects.split()) for verb, objects in vocab.table("event_giving_verbs").items()
}
_PERFORMING = vocab.words("performing_group_heads")
_STANDS = vocab.words("exhibit_stands")
_DESCRIBING = 3  # "weaver", "local artist", "the local potter"
_FROM = {"from", "of", "at"}


def took_part_alone(reader: SentenceReader) -> None:
    """ "A and B took part.", "Forty artists took part, including potter A and
    painter B", "Sixty residents took part, alongside tenants from Foo Co-op": they
    took part in the event in focus."""
    words, end = reader.words, reader.sent.end
    event = reader.ctx.focus_of(reader.section, "Event")
    for cue in reader.cues("took_part_alone"):
        if event is None or (cue.end < end and words[cue.end] in {"in", "at", "on"}):
            continue  # "took part in the Foo Run": rules/participation.py
        takers = reader.subjects_before(cue.start, kinds=_TAKERS)
        k = cue.end + (cue.end < end and words[cue.end] == ",")
        if k < end and words[k] in _EXAMPLES and not takers:
            takers = _examples(reader, k + 1)
        elif k < end and words[k] == "alongside":
            named = reader.items_between(k + 1, end, {"Person"})
            takers = named + bodies_represented(reader, k + 1, named) + _people_from(reader, k + 1)
        for who in takers:
            reader.relate(who, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.6)


def race_runners(reader: SentenceReader) -> None:
    """ "A finished in under an hour", "B completed her first 10k", "Pupils from
    Foo School ran in fancy dress", "First across the line was C": in a race in
    focus, its runners took part in it; "staff of Foo Ltd, who ran the Kelby
    Marathon": in the race named as the verb's object."""
    focused = _race_in_focus(reader)
    doc, words = reader.doc, reader.words
    for i in range(reader.sent.start, reader.sent.end):
        if focused is not None and words[i] in _FIRST and _first_across(reader, i):
            first = reader.list_after(i + 5, kinds=_TAKERS)
            people = [m for m in first if reader.kind(m) == "Person"]
            for who in people or first:  # "Foo Harriers' own A": A
                reader.relate(who, "PARTICIPATED_IN", focused, role=_ROLE, confidence=0.6)
            continue
        if words[i] not in _RACE_VERBS or doc[i].pos_ != "VERB" or reader.in_quote(i):
            continue
        tok = doc[i]
        objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
        if any(not _the_race(reader, c) for c in objects):
            continue  # "ran a stall", "completed a survey"
        event = first_id(*(_named_race(reader, c) for c in objects), focused)
        if event is None:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if [s.lower_ for s in subjects] == ["who"] and tok.dep_ == "relcl":
            subjects = [tok.head]  # "A, who ran the Kelby 10k", "staff of Foo, who ran"
        people = reader.named_by(subjects, {"Person"})
        bodies = [] if people else _bodies_of(reader, subjects, i)
        if not people and any(_people_of(s) for s in subjects):
            bodies += reader.named_by(subjects, _BODIES)  # "the staff of Foo LLP, who ran"
        for who in people + bodies:
            reader.relate(who, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.6)


def _people_of(tok) -> bool:
    """Whether a name token hangs on "of" or "from" after a lower-case noun for
    people ("the staff of Foo LLP", "pupils from Bar School")."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in _FROM and prep.head.is_lower


def _named_race(reader: SentenceReader, tok) -> int | None:
    """The race an object token names ("ran the Kelby Half Marathon"), else None."""
    m = reader.covering.get(tok.i)
    if m is None or reader.kind(m) != "Event":
        return None
    return m.id if _is_race(m) else None


def _is_race(m) -> bool:
    """Whether the name ends with a race's word ("Kelby 10k", "Fenby Fun Run")."""
    words = m.text.lower().split()
    return bool(words) and words[-1] in _RACES


def helpers(reader: SentenceReader) -> None:
    """ "with help from volunteers at Foo Scouts", "the volunteers from Bar Club who
    helped set up": the bodies took part in the page's event; "where the Foo Band
    played", "Baz Group served food": the subjects did."""
    event = reader.page_event_here()
    if event is None or any(reader.kind(m) == "Project" for m in reader.ms):
        return
    words, end = reader.words, reader.sent.end
    helping = any(w in _HELPING for w in words[reader.sent.start : end])
    takers: list[Mention] = []
    for i in range(reader.sent.start, end):
        if helping and i + 2 < end and words[i] in _HELPERS and words[i + 1] in _FROM:
            takers += reader.list_after(i + 2, kinds=_BODIES)
        if (
            i + 3 < end
            and words[i] in _HELPERS
            and words[i + 1] in _CAME
            and words[i + 2] == "from"
        ):
            takers += reader.list_after(i + 3, kinds=_BODIES)  # "Marshals came from A and B"
        if i + 2 < end and words[i] in _STANDS and words[i + 1] == "from":
            takers += reader.list_after(i + 2, kinds=_BODIES)  # "stalls from A and B"
        if i + 2 < end and words[i] == "joined" and words[i + 1] == "by":
            takers += _joined_including(reader, i + 2)
        allowed = _GIVING.get(words[i])
        if allowed is None or reader.doc[i].pos_ != "VERB" or reader.in_quote(i):
            continue
        kids = list(reader.doc[i].children)
        objects = [c for c in kids if c.dep_ in {"dobj", "obj"}]
        if any(c.lower_ not in allowed for c in objects) or ("-" in allowed and not objects):
            continue  # "played a key role"; "served" needs its food
        subjects = reader.named_by([c for c in kids if c.dep_ == "nsubj"], _TAKERS)
        if "+" in allowed:  # "the Foo Choir sang", not "Foo Council performed well"
            subjects = [m for m in subjects if _performs(reader, m)]
        takers += subjects
    for who in {m.id: m for m in takers}.values():
        reader.relate(who, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.55)


def _joined_including(reader: SentenceReader, k: int) -> list[Mention]:
    """ "joined by groups from across the county, including A and B" from token k
    (after "by"): the names listed after "including" when no name comes before it."""
    words, end = reader.words, reader.sent.end
    j = next((j for j in range(k, end) if words[j] in _EXAMPLES), None)
    if j is None or any(reader.covering.get(t) for t in range(k, j)):
        return []
    return _examples(reader, j + 1 + (j + 1 < end and words[j + 1] in {":", "-", "–"}))


def _performs(reader: SentenceReader, m: Mention) -> bool:
    """Whether `m` is a person or a body named as a band, choir or other performing
    group ("Kelby Ceilidh Band", "Orby Fiddlers": vocab/performing_group_heads.txt)."""
    last = m.text.lower().split()[-1:]
    return reader.kind(m) == "Person" or bool(last and last[0] in _PERFORMING)


def _race_in_focus(reader: SentenceReader) -> int | None:
    """The event in focus when its name ends with a race's word ("Kelby 10k",
    "Fenby Fun Run"); else None."""
    event = reader.ctx.focus_of(reader.section, "Event")
    return event if event is not None and _is_race(reader.ctx.mentions[event]) else None


def _the_race(reader: SentenceReader, tok) -> bool:
    """Whether an object token is the race or its course ("completed her first
    10k", "ran the Fenby Fun Run", "finished the course")."""
    m = reader.covering.get(tok.i)
    return tok.lower_.rstrip(".") in _COURSE or (m is not None and reader.kind(m) == "Event")


def _first_across(reader: SentenceReader, i: int) -> bool:
    """ "First across the line was", "first over the line were" at token i."""
    w = reader.words
    if i + 5 >= reader.sent.end:
        return False
    return (
        w[i + 1] in {"across", "over"}
        and w[i + 2] == "the"
        and w[i + 3] in {"line", "finish"}
        and w[i + 4] in {"was", "were"}
    )


def _examples(reader: SentenceReader, k: int) -> list[Mention]:
    """The names listed from token k on, each after a comma or "and" and at most a
    few lower-case words describing it ("weaver A and potter B", "A, B and the
    Foo Trust"): people (or names shaped like people's) and bodies."""
    out: list[Mention] = []
    j = k
    for m in (m for m in reader.ms if m.start >= k):
        between = reader.doc[j : m.start]
        if len(between) > _DESCRIBING or any(not (t.is_lower and t.is_alpha) for t in between):
            break
        if not (reader.kind(m) in _BODIES or reader.vote_person(m)):
            break
        out.append(m)
        j = m.end
        while j < reader.sent.end and reader.words[j] in {",", "and", "&"}:
            j += 1
    return out


def _people_from(reader: SentenceReader, k: int) -> list[Mention]:
    """ "tenants from Foo Co-op", "pupils of Bar School" at token k: the bodies
    after a lower-case plural noun and "from", "of" or "at"."""
    words = reader.words
    if k + 2 >= reader.sent.end or not reader.doc[k].is_lower or words[k + 1] not in _FROM:
        return []
    if reader.doc[k].tag_ != "NNS":
        return []
    return reader.list_after(k + 2, kinds={"Organisation"})


def _bodies_of(reader: SentenceReader, subjects: list, v: int) -> list[Mention]:
    """The bodies the subject's people came from: "Pupils from Foo School ran",
    "staff of Bar Ltd ran" (a lower-case noun with "from", "of" or "at" a body)."""
    out = bodies_people_came_from(reader, v)
    for s in subjects:
        if reader.covering.get(s.i) is not None or not s.is_lower:
            continue
        for prep in (c for c in s.children if c.dep_ == "prep" and c.lower_ in _FROM):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            out += [m for m in reader.named_by(objects, {"Organisation"}) if m not in out]
    return out
