"""Participation, continued: an event write-up telling the day as a story. On a
page about an event, "The day began with A, Chief Executive of Foo, discussing
...", "Then B took the stage", "C explained how ...", "good practice examples
from D and E of Bar", "Speaking at the summit, F said", "The subject was
discussed by G": A to G spoke at the
page's event (PARTICIPATED_IN, speaker). Read from the parse (subjects, "with"
and "from" phrases), with the verbs and nouns in vocab/story_*.txt (every
inflection listed: the pipeline reads no lemmas); never inside a quotation,
and only when the page is about one event.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms, pos_tags
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import PRESENT_TAGS
from collabgraph.extract.rules.reader import FOCUS_EVENT_NOUNS, SentenceReader
from collabgraph.extract.rules.session_agents import chair_in_list, panel_subject

LABELS = frozenset()
"""The cue labels (pattern files) this module's rule reads (none: it reads the parse)."""

_TALK_VERBS = vocab.words("story_talk_verbs")
_SEQUENCE_VERBS = vocab.words("story_sequence_verbs")
_TALK_NOUNS = vocab.words("story_talk_nouns")
_GIVING = vocab.words("story_giving_verbs")
# "set" and "walk" tell of a talk only with their particle: "set out", "walked us through".
_PARTICLES = {"set": {"out", "forth"}, "sets": {"out", "forth"}, "setting": {"out", "forth"}}
_PARTICLES |= {w: {"through"} for w in ("walk", "walked", "walks", "walking")}
_TAKE = vocab.words("story_take_verbs")
_STAGE = vocab.words("story_stage_nouns")
_ROLE = "speaker"
_THERE = vocab.words("attendance_present_words")  # "with A present"
_ABOUT = {"about", "on", "of", "into", "from"}
_APART = {"after", "following", "before"}  # "Speaking after the summit": not at it
_ABOUT_OR_APART = _ABOUT | _APART


def story(reader: SentenceReader) -> None:
    """The people a story of the page's event says spoke at it (see the module)."""
    event = reader.page_event_here()
    if event is None:
        return
    people = [m for m in reader.ms if reader.kind(m) == "Person" and not reader.in_quote(m.start)]
    after_talk = _after_talk_nouns(reader)
    spoke: list[Mention] = []
    roles: dict[int, str] = {}
    for m in people:
        root = _root(reader, m)
        talked = _talks(reader, root) or _talked_by(reader, root)
        opened = _opened_with(reader, root)
        if m.start in after_talk or talked or opened:
            spoke.append(m)
        if opened:
            roles[m.id] = _panel_role(reader, m, root)
    # "A, Chief Executive at Foo, and B, Director at Bar, prepared and presented": the
    # subjects read back from the verb, past their titles (a parse may hang B from Bar)
    pos = pos_tags(reader.doc)
    for k in range(reader.sent.start, reader.sent.end):
        if pos[k] != "VERB":
            continue
        verb = reader.doc[k]
        if not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        if reader.in_quote(verb.i) or not _verbs_talk(reader, [verb]):
            continue
        spoke += [m for m in reader.subjects_before(verb.i) if m not in spoke]
    spoke += [m for m in _after_opener(reader) if m not in spoke]
    for m in spoke:
        reader.relate(m, "PARTICIPATED_IN", event, role=roles.get(m.id, _ROLE), confidence=0.6)


def _panel_role(reader: SentenceReader, m: Mention, root) -> str:
    """The role of one named after a running-order verb's "with": "A panel on rents
    followed, with A, B and chair C" -> A and B panellists, C chair; "The day began
    with A" -> speaker."""
    if chair_in_list(reader, m):
        return "chair"
    return "panellist" if panel_subject(root.head.head) else _ROLE


_OPENING = vocab.words("story_opening_participles")
_OPENED = {"dobj", "npadvmod"}
"""What was opened: "Opening the centre", "Opening the day" (parsed as an adverbial noun)."""
_HE_SHE = {"he", "she"}


def _after_opener(reader: SentenceReader) -> list[Mention]:
    """ "Speaking at the summit, A said ...", "Addressing the delegates, B, Chair of
    Foo, said ...", "Officially opening the centre, C said ...", "Speaking at the
    fair, he said" (the person last spoken of): the subject (a person, the person
    "Foo's director D" names, or a body) of the clause a talk participle opens the
    sentence before; not "Speaking about the summit" (a talk about the event)."""
    for verb in reader.doc[reader.sent.start : min(reader.sent.start + 3, reader.sent.end)]:
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or reader.in_quote(verb.i):
            continue
        opening = verb.lower_ in _OPENING and any(c.dep_ in _OPENED for c in verb.children)
        if not (opening or (_talk_verb(verb) and not _about_the_event(reader, verb))):
            return []
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.i]
        named = [m for s in subjects for t in s.subtree if (m := reader.covering.get(t.i))]
        people = [m for m in named if reader.kind(m) == "Person"]  # "Foo's director A": A
        first = next(iter(people or named), None)
        if first is None and any(s.lower_ in _HE_SHE for s in subjects):
            first = reader.pronoun_person()  # "Speaking at the fair, he said": the last person
        return [first] if reader.kind(first) in {"Person", "Organisation"} else []
    return []


def _root(reader: SentenceReader, m: Mention):
    """The token a mention hangs from the rest of the sentence by; up a list
    ("A and B explained": B is A's conjunct)."""
    doc = reader.doc
    tok = next(
        (doc[i] for i in range(m.start, m.end) if not m.start <= doc[i].head.i < m.end),
        doc[m.end - 1],
    )
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in {"PROPN", "NOUN"}:
        tok = tok.head
    return tok


def _talk_verb(verb) -> bool:
    lemma = verb.lower_
    if lemma in _GIVING:  # "gave an update", "delivered the keynote"
        return any(c.dep_ == "dobj" and c.lower_ in _TALK_NOUNS for c in verb.children)
    if lemma not in _TALK_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        if lemma in _TAKE:  # "took the stage", "took to the floor"
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            objs += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
            return any(o.lower_ in _STAGE for o in objs)
        return False
    if _introduces_quote(verb):
        return False
    with_clause = verb.dep_ == "pcomp" and verb.head.lower_ == "with"
    if with_clause or any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
        return False  # "with A present": A was there (rules/with_attending.py), no talk
    particles = _PARTICLES.get(lemma)
    return particles is None or any(c.lower_ in particles for c in verb.children)


_QUOTE_OPENERS = {":", "“", '"', "‘", "''"}


def _introduces_quote(verb) -> bool:
    """ "A explains: “...”", "B explains why it matters:": a talk verb in the present
    tense that leads to a colon or a quotation introduces the write-up's quoting of
    them, as "says" does, not a talk given at the event."""
    if verb.tag_ not in PRESENT_TAGS:
        return False
    return any(t.text in _QUOTE_OPENERS for t in verb.doc[verb.i + 1 : verb.sent.end])


def _talks(reader: SentenceReader, root) -> bool:
    """ "A explained how ...", "A, Director of Foo, then set out the plans", "A
    welcomed guests and described ...", "Next was B (from Foo), who explained
    ...": A and B are the subjects of a talk verb."""
    verbs = [root.head] if root.dep_ == "nsubj" else []
    # "B, who explained": the clause hangs from B, B's title or B's body after B
    heads = [root, *(c for c in root.children if c.dep_ == "appos")]
    heads += [g for h in list(heads) for c in h.children if c.dep_ == "prep" for g in c.children]
    verbs += [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.tag_ == "WP" for w in c.children)
    ]
    return _verbs_talk(reader, verbs)


def _talked_by(reader: SentenceReader, root) -> bool:
    """ "The subject of X was discussed by A, B and C", "The findings were
    presented by D": A to D are the agents of a talk verb in the passive; not
    when what was talked of is the event itself ("The summit was described by E
    as a success": E speaks of it, not at it)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "agent" or prep.lower_ != "by":
        return False
    verb = prep.head
    if verb.tag_ != "VBN" or not _talk_verb(verb) or reader.in_quote(verb.i):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return not any(s.lower_ in FOCUS_EVENT_NOUNS for s in subjects) and not any(
        reader.kind(m) == "Event" for s in subjects for m in reader.ms if m.start <= s.i < m.end
    )


def _verbs_talk(reader: SentenceReader, verbs: list) -> bool:
    """Whether one of the verbs, or a verb joined to one ("prepared and presented"),
    tells of a talk given at the event."""
    verbs = verbs + [
        c
        for v in verbs
        for c in v.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ == "nsubj" for g in c.children)
    ]  # not "... and the issues discussed": a verb with a subject of its own
    return any(_talk_verb(v) and not _about_the_event(reader, v) for v in verbs)


def _about_the_event(reader: SentenceReader, verb) -> bool:
    """ "A talks about a recent event she hosted", "B describes the summit", "C gives
    an insight into the meeting": the talk is about the event (a write-up's
    author), not given at it; so too "Speaking after the summit, D said": a talk
    before or after it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    about = [
        g
        for t in [verb, *objects]
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in _ABOUT_OR_APART
        for g in c.children
    ]
    event = reader.ctx.focus_of(reader.section, "Event")
    if event is None:
        return False
    head = [w for w in reader.ctx.mentions[event].text.lower().split() if not w.isdigit()][-1:]
    for obj in objects + about:
        if obj.lower_ in {"event", "day", *head}:  # not "presented a policy session"
            return True
        if any(m.start <= obj.i < m.end and reader.kind(m) == "Event" for m in reader.ms):
            return True
    # "about the meeting", "into the conference": the event the page is about
    return any(
        o.lower_ in FOCUS_EVENT_NOUNS
        and any(c.lower_ in {"the", "this", "our", "that"} for c in o.children)
        for o in about
    )


def _opened_with(reader: SentenceReader, root) -> bool:
    """ "The day began with A", "proceedings closed with B and C": a running-order
    verb whose subject is not a person."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.lower_ not in _SEQUENCE_VERBS or verb.pos_ != "VERB":
        return False
    if any(t.lower_ in _THERE for t in prep.subtree):
        return False  # "opened at ten, with A present": A was there, no talk
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = any(
        reader.kind(m) in {"Person", "Organisation"}
        for s in subjects
        for m in reader.ms
        if m.start <= s.i < m.end
    )
    return bool(subjects) and not named


def _after_talk_nouns(reader: SentenceReader) -> set[int]:
    """ "good practice examples from A and B of Foo and C from Bar", "a welcome
    from D", "a talk by E": the tokens of the phrase after "from"/"by" on a talk
    noun (where the people it names start)."""
    out: set[int] = set()
    pos, raw = pos_tags(reader.doc), lower_forms(reader.doc)
    for k in range(reader.sent.start, reader.sent.end):
        if pos[k] != "NOUN" or raw[k] not in _TALK_NOUNS:
            continue
        tok = reader.doc[k]
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by"} and prep.i > tok.i:
                out.update(range(prep.i + 1, prep.right_edge.i + 1))
                out.update(_named_after_post(reader, prep.right_edge.i))
    return out


def _named_after_post(reader: SentenceReader, e: int) -> range:
    """The tokens of the person a phrase ending in a post (token e) names after a
    comma, which the parse may hang elsewhere: "a welcome from our chair, A," -> A."""
    k = e + 2
    while k < reader.sent.end - 1 and reader.words[k].rstrip(".") in lx.HONORIFICS:
        k += 1  # "our chair, Rev. A"
    m = reader.by_start.get(k) if k < reader.sent.end else None
    if m is None or reader.words[e] not in lx.ROLE_CORE or reader.words[e + 1] != ",":
        return range(0)  # None first: a post that ends the text has no token after it
    return range(m.start, m.end) if reader.kind(m) == "Person" else range(0)
