"""Participation, continued: who was at the page's event without speaking, read
from the parse: "A was among the 200 delegates", "dignitaries, including A and
B, were also in attendance", "Also attending were A and B", "C spent the day at
the summit", "D and E came along", "tenants from Foo joined 200 others at the
summit", and a photograph's caption that only names people ("A, Professor B OBE,
C, Dr D."): PARTICIPATED_IN the page's event, as attendee (vocab/attendee_nouns.txt);
those at a stand or running a stall there, as exhibitor; those the event "saw"
doing something ("The summit saw A and B sign a pledge"), as participant. Read
last: a person named in a sentence that names the event and gives nobody a part
in it ("We asked A to share her experience of the Foo Summit"), as attendee.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import pos_tags
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import FOCUS_NOUNS, POSSESSIVE, SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: they read the parse)."""

_CROWDS = vocab.words("attendee_nouns")
_PRESENT = vocab.words("attendance_present_words")
_CAME = vocab.words("attendance_coming_verbs")
_ALONG = vocab.words("attendance_along_words")
_NOT_AT = lx.HOST_VERBS | vocab.words("attendance_not_verbs")
_ROLE = "attendee"
# Arcs that give "attended" an object, an agent or a clause: not "A attended" alone.
_NOT_ALONE = {"dobj", "agent", "auxpass", "nsubjpass", "xcomp", "ccomp", "prep", "attr", "aux"}


def _verbs(reader: SentenceReader):
    """The sentence's verbs (and auxiliaries) outside quotation marks."""
    pos = pos_tags(reader.doc)
    for k in range(reader.sent.start, reader.sent.end):
        if pos[k] in {"VERB", "AUX"} and not reader.in_quote(k):
            yield reader.doc[k]


def attendance(reader: SentenceReader) -> None:
    """The people (or bodies) the sentence places at the page's event (see the module)."""
    event = reader.page_event_here()
    if event is None:
        return
    at = reader.covering
    for verb in _verbs(reader):
        present = verb.lower_ in _PRESENT or any(
            c.dep_ == "csubj" and c.lower_ in _PRESENT for c in verb.children
        )
        listed = _listed(verb) if present else []
        if present and listed:  # "Also attending were A and B", "Present were A and B"
            who = [m for t in listed if (m := at.get(t.i))]  # the rest: conjuncts.spread
        elif _was_there(reader, at, verb, event):
            who = _subjects(reader, at, verb)
        else:
            continue
        for m in who:
            if reader.kind(m) in {"Person", "Organisation"}:
                reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.6)


def _listed(verb) -> list:
    """The attributes of a presence verb: "A and B" in "Also attending were A and B"."""
    near = {verb, *verb.children}  # the parse hangs "A" from "were" or "attending"
    return [t for t in near if t.dep_ == "attr"] + [
        c for t in near if t.dep_ == "aux" for c in t.children if c.dep_ == "attr"
    ]


_NAME_GLUE = {",", "and", "&", ".", ";"}
_CAPTION_PEOPLE = 3  # fewer names than this may be a sentence's subject, not a caption


def name_lines(reader: SentenceReader) -> None:
    """A line that only names people, "A, Professor B OBE, C and Dr D.", on a page
    about one event: a caption of its photograph, so they were there (attendee)."""
    event = reader.page_event_here()
    if event is None:
        return
    people = [m for m in reader.ms if reader.kind(m) == "Person"]
    if len(people) < _CAPTION_PEOPLE or len(people) != len(reader.ms):
        return
    named = {i for m in people for i in range(m.start, m.end)}
    for i in range(reader.sent.start, reader.sent.end):
        word = reader.words[i]
        if i in named or word in _NAME_GLUE or reader.doc[i].is_space:
            continue
        if word.rstrip(".") in lx.HONORIFICS or word in lx.POST_NOMINALS:
            continue
        return  # a word of a sentence: not a caption
    for m in people:
        reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.55)


_STANDS = vocab.words("exhibit_stands")
_STAND_VERBS = vocab.words("exhibit_stand_verbs")


def stands(reader: SentenceReader) -> None:
    """ "A and B championed our work at a dedicated stand at the conference", "C ran
    a stall", "D and E also had stands" (which the parse can read as "had" helping
    a verb "stands"), "F, who ran the tea tent", "G, whose staff brought a stand":
    on a page about one event, they exhibited at it (exhibitor)."""
    event = reader.page_event_here()
    if event is None:
        return
    at = reader.covering
    for verb in _verbs(reader):
        if _had_stands(verb):  # "had" (the parse's auxiliary) and "stands" share the subject
            holders = _unique(
                m
                for v in (verb, verb.head)
                for m in (*_subjects(reader, at, v), *_listed_subjects(at, v))
            )  # the head of "A and B" may be a name of no kind: B still had one
        else:
            objs = [c for c in verb.children if c.dep_ == "dobj" and verb.lower_ in _STAND_VERBS]
            objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
                     for g in c.children if g.dep_ == "pobj"
                     and g.lower_ not in _TENTS]  # fmt: skip
            if not any(o.lower_ in _STANDS for o in objs):
                continue
            holders = _subjects(reader, at, verb) or _antecedents(reader, at, verb)
        for m in holders:
            if reader.kind(m) in {"Person", "Organisation"}:
                reader.relate(m, "PARTICIPATED_IN", event, role="exhibitor", confidence=0.55)


def _had_stands(verb) -> bool:
    """Whether `verb` is "had" in "also had stands", "will have stalls" parsed as
    the auxiliary of a verb "stands": the stand is what they had."""
    return verb.dep_ == "aux" and verb.lower_ in _STAND_VERBS and verb.head.lower_ in _STANDS


def _antecedents(reader: SentenceReader, at: dict[int, Mention], verb) -> list[Mention]:
    """Who "who" or "whose staff" is when the verb's clause hangs on a name: "A,
    who ran a stall", "B, whose volunteers brought a stand" -> the name."""
    if verb.dep_ != "relcl" or verb.head.i not in at:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    subject = subjects[0]
    relative = subject.lower_ in _RELATIVE_WHO or any(
        c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children
    )
    return [at[verb.head.i]] if relative else []


def _listed_subjects(at: dict[int, Mention], verb) -> list[Mention]:
    """The names listed as the verb's subject when its head is none ("The Foo
    Wardens and the Bar Trust also had stands": the Bar Trust), also a list the
    parse hangs on the first name as its apposition ("A, B, C and D all had stands")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos" and a.conjuncts]
    listed = [t for s in subjects for t in (s, *s.conjuncts)]
    return _unique(at[t.i] for t in listed if t.i in at)


_RELATIVE_WHO = {"who", "which", "that"}
# Met "at the tea tent" is being there, not keeping it: only "at" a stand or stall.
_TENTS = {"tent", "tents"}


_ALONG_WITH = {("along", "with"), ("together", "with"), ("alongside",)}


def along_with_us(reader: SentenceReader) -> None:
    """ "Along with our partners: A, B and C, we squeezed into a room", "Together
    with D, we toured the centre": on a page about one event, those named before
    "we" were there with the page's authors (attendee)."""
    event = reader.page_event_here()
    start, words = reader.sent.start, reader.words
    opener = next((o for o in _ALONG_WITH if tuple(words[start : start + len(o)]) == o), None)
    if event is None or opener is None or reader.in_quote(start):
        return
    we = next((k for k in range(start, reader.sent.end) if words[k] == "we"), None)
    if we is None or words[we - 1] != ",":
        return
    if any(w in _NOT_AT for w in words[we + 1 : we + 4]):
        return  # "Together with Foo Trust, we hosted the summit": they organised it
    listed = [m for m in reader.ms if m.end < we]
    if any(reader.kind(m) not in {"Person", "Organisation"} for m in listed):
        return  # "Along with the Foo Fund, we ...": not only those who came
    for m in listed:
        reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.55)


_TAKING_PART = {"PARTICIPATED_IN", "ORGANISED"}
_SAW = vocab.words("event_saw_verbs")


def event_saw(reader: SentenceReader) -> None:
    """ "The conference sees A, B and C make a promise", "The summit saw D and E sign
    a pledge": on a page about one event, those the event "saw" doing something
    took part in it (participant)."""
    event = reader.page_event_here()
    if event is None:
        return
    at = reader.covering
    for verb in _verbs(reader):
        if verb.lower_ not in _SAW:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or not _is_event(reader, at, subjects[0], event):
            continue
        seen = [c for c in verb.children if c.dep_ == "dobj"]
        seen += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children
                 if g.dep_ == "nsubj"]  # fmt: skip
        for m in _unique(at[t.i] for s in seen for t in s.subtree if t.i in at):
            if reader.kind(m) in {"Person", "Organisation"}:
                reader.relate(m, "PARTICIPATED_IN", event, role="participant", confidence=0.55)


def named_with_event(reader: SentenceReader) -> None:
    """ "We asked A to share her experience of the Foo Summit", "B and C travelled
    from Fenby for the Foo Summit": on a page about one event, a person named in a
    sentence that names it (outside a quotation), when the sentence gives nobody a
    part in it (read last, after every other rule), was there (attendee). Not one
    who hosted it, one after "by" ("honoured by A": a part not named), nor "A's";
    nobody where the sentence tells nothing as done (`_tells_no_past`)."""
    event = reader.page_event_here()
    if event is None or _tells_no_past(reader):
        return
    at, words = reader.covering, reader.words
    span = range(reader.sent.start, reader.sent.end)
    named = (i for i in span if i in at and not reader.in_quote(i))
    if not any(_is_event(reader, at, reader.doc[i], event) for i in named):
        return  # by its name: "the event" may be another one, or the talk's subject
    told = (c for c in reader.ctx.candidates if c.evidence == reader.evidence[:500])
    if any(_TAKING_PART & set(c.relations) for c in told):
        return  # the sentence tells who did what at it: the rest are not said to be there
    for m in reader.ms:
        if reader.kind(m) != "Person" or reader.in_quote(m.start) or _hosted(m, reader):
            continue
        if m.end < reader.sent.end and words[m.end] in POSSESSIVE:
            continue  # "an update on A's first year"
        if _after_by(reader, m):
            continue  # "honoured by the Mayor, A,", "led by B": a part the page does not name
        had = reader.ctx.by_source.get(m.id, ())
        if not any(_TAKING_PART & set(c.relations) for c in had):
            reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.45)


def _tells_no_past(reader: SentenceReader) -> bool:
    """Whether a sentence has no verb in the past ("travelled", "was") nor a perfect
    ("have travelled"): a plan, an action or a notice ("A and B to draft the route for
    the Foo Walk", "Foo AGM is 22 Nov", "the Foo Day would take place on ..."), a
    caption in the present ("A visits the Foo stall"), which says nobody was there."""
    for t in reader.doc[reader.sent.start : reader.sent.end]:
        if t.tag_ == "VBD" or (
            t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)
        ):
            return False
    return True


def _after_by(reader: SentenceReader, m: Mention) -> bool:
    """Whether the person is named after "by" with no verb between ("thanked by the
    Mayor of Fenby, A,"): the agent of what the sentence tells."""
    for i in range(m.start - 1, reader.sent.start - 1, -1):
        if reader.words[i] == "by":
            return True
        if reader.doc[i].pos_ in {"VERB", "AUX"}:
            return False
    return False


def _hosted(m: Mention, reader: SentenceReader) -> bool:
    """Whether the person is the subject of a verb of hosting ("A, Mayor of Foo,
    convened ..."), read from the parse: the name or the noun it stands beside."""
    for tok in reader.doc[m.start : m.end]:
        while tok.dep_ in {"appos", "compound", "conj"} and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "nsubj" and tok.head.lower_ in lx.HOST_VERBS:
            return True
    return False


def _was_there(reader: SentenceReader, at: dict[int, Mention], verb, event: int) -> bool:
    """ "was among the delegates", "were in attendance", "came along", "spent the
    day at the summit", "joined others at the summit"."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for prep in preps:
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "among" and any(o.lower_ in _CROWDS for o in objs):
            return True
        if prep.lower_ == "in" and any(o.lower_ == "attendance" for o in objs):
            return True
        if (
            prep.lower_ in {"at", "to"}
            and verb.lower_ not in _NOT_AT
            and any(_is_event(reader, at, o, event) for o in objs)
        ):
            return prep.lower_ == "at" or verb.lower_ in _CAME
    if verb.lower_ in {"attended", "attend"} and not any(
        c.dep_ in _NOT_ALONE for c in verb.children
    ):
        return True  # "Around 60 councillors attended, including A and B"
    # "came along", "dropped in"
    return verb.lower_ in _CAME and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ in _ALONG for c in verb.children
    )


def _is_event(reader: SentenceReader, at: dict[int, Mention], tok, event: int) -> bool:
    """Whether a noun is the page's event: its mention, or "the summit", "the event"."""
    m = at.get(tok.i)
    if m is not None:
        return m.id == event or (
            reader.kind(m) == "Event" and m.text.lower() == reader.ctx.mentions[event].text.lower()
        )
    if FOCUS_NOUNS.get(tok.lower_) != "Event":
        return False
    return any(c.lower_ in {"the", "this", "our", "that"} for c in tok.children)


def _subjects(reader: SentenceReader, at: dict[int, Mention], verb) -> list[Mention]:
    """Who was there: the subject's names ("A and B", "A, Director of Foo,",
    "dignitaries, including A and B"), else the bodies people came from
    ("tenants from Foo", "representatives from A and B")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ in {"we", "i", "it", "they", "this"}:
        return []
    subject = subjects[0]
    inside = _unique(at[t.i] for t in subject.subtree if t.i in at)
    people = [m for m in inside if reader.kind(m) == "Person"]
    if people:
        return people + [m for m in reader.subjects_before(verb.i) if m not in people]
    if subject.i in at:
        return [at[subject.i]]
    bodies = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "from"
              for g in c.subtree]  # fmt: skip
    return _unique(at[t.i] for t in bodies if t.i in at)


def _unique(mentions) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if all(m is not o for o in out):
            out.append(m)
    return out
