"""Participation and events: who took part in the event being written about, and
as what: "spoke at", "chaired the panel", "we attended", "A took part in B":
PARTICIPATED_IN with a role (lists of speakers are read by `speaker_lists`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import is_cap
from collabgraph.extract.rules.reader import (
    FOCUS_EVENT_NOUNS,
    SentenceReader,
    first_id,
)
from collabgraph.extract.rules.represented_bodies import bodies_represented

LABELS = frozenset({"speech", "took_part", "we_took_part", "we_verb", "signed_by"})
"""The cue labels (pattern files) this family's rules read."""

_TALK = vocab.words("talk_nouns") | {"the", "a", "an", "with", "by"}
_TALK_ADJECTIVES = vocab.words("talk_adjectives")
_TALK_OR_ADJECTIVES = _TALK | _TALK_ADJECTIVES
_EVENT_HEADS = lx.STRONG_EVENT_HEADS | {"fair", "forum", "reception", "debate", "discussion"}
_VISUAL = vocab.words("visual_note_words")
_BODY_TALK = vocab.words("body_talk_verbs")
_BODIES = frozenset({"Organisation"})


def speech(reader: SentenceReader) -> None:
    """ "Jane Doe chaired the panel", "A and B opened the conference" (`speech`
    cues), "C took visual notes": the subjects took part in the event in focus."""
    words, sent = reader.words, reader.sent
    event = reader.ctx.focus_of(reader.section, "Event")
    verbs = sorted(reader.cues("speech"), key=lambda c: (c.start, c.cue.order))
    for i in range(sent.start + 1, sent.end):
        cue = next((c for c in verbs if c.start == i), None)
        if words[i] == "took" and any(
            words[k] == "notes" for k in range(i + 1, min(i + 4, sent.end))
        ):
            visual = any(words[k] in _VISUAL for k in range(i + 1, i + 3))
            role = "visual note-taker" if visual else "note-taker"
            rels: tuple[str, ...] = ("PARTICIPATED_IN",)
            target = first_id(event, reader.ctx.focus_of(reader.section, "Project"))
        elif cue is None or (cue.cue.params.get("needs_talk") and not _object_is_talk(reader, i)):
            continue
        elif cue.cue.params.get("needs_event") and reader.event_ref_after(cue.end) is None:
            continue  # "A told the Foo Forum", not "A told the Foo Gazette"
        else:
            role, rels = cue.cue.role, cue.cue.relations
            target = first_id(reader.event_ref_after(cue.end), event)
        if target is None:
            continue
        # "Young carers from Foo performed": the body their people came from took part
        subjects = reader.subjects_before(i) or bodies_people_came_from(reader, i)
        if not subjects and words[i] in _BODY_TALK and reader.page_event_here() is not None:
            subjects = reader.subjects_before(i, kinds=_BODIES)  # "Foo reflected on the findings"
        beside = next((k for k in range(i + 1, sent.end) if words[k] == "alongside"), None)
        if subjects and beside is not None:  # "A spoke on a panel alongside B of Foo"
            subjects += reader.list_after(beside + 1, kinds={"Person"})
        for p in subjects:
            reader.relate(p, rels, target, role=role, confidence=0.6)


def _object_is_talk(reader: SentenceReader, i: int) -> bool:
    """A talk follows the verb at token i ("gave a keynote", "opened the conference"),
    or the event itself does ("joined the fair", "joined a roundtable"), not a place
    or a body named with an event's word ("opened the day centre")."""
    nxt = reader.words[i + 1] if i + 1 < reader.sent.end else ""
    nxt2 = reader.words[i + 2] if i + 2 < reader.sent.end else ""
    k = i + 1 + (nxt in {"the", "a", "an", "this", "our", "their", "its"})
    if k >= reader.sent.end:
        return False
    after = reader.words[k + 1] if k + 1 < reader.sent.end else ""
    compound = k + 1 < reader.sent.end and reader.doc[k + 1].pos_ in {"NOUN", "PROPN"}
    if compound and reader.doc[k].pos_ in {"NOUN", "PROPN"} and after not in _TALK:
        return False  # "opened the day centre", "joined the conference team"
    if nxt in _TALK and (nxt not in lx.ARTICLES or nxt2 in _TALK_OR_ADJECTIVES):
        return True
    return reader.words[k] in FOCUS_EVENT_NOUNS or reader.words[k] in _EVENT_HEADS


def pronouns(reader: SentenceReader) -> None:
    """ "we"/"I": "Today we were at the launch event", "I spoke at the X conference"
    (`took_part` and `we_took_part` cues, with `we_role`): the page's author, or
    inside a quotation the speaker; "we hosted", "we published" (`we_verb` cues):
    the organisation "we" is (the speaker's, or the page's own). Kept beside the
    sentence reader's "we" (rules/voice.py), which leaves a quotation opened in the
    same sentence ('X said: “We launched the Foo Scheme”') to its speaker."""
    took_part = [*reader.cues("took_part"), *reader.cues("we_took_part")]
    for i in range(reader.sent.start, reader.sent.end - 1):
        word = reader.words[i]
        if word not in {"we", "i"}:
            continue
        who = _pronoun_subject(reader, i)
        for cue in (c for c in took_part if c.start == i + 1):
            target = reader.event_ref_after(cue.end)
            if target is None:
                later = next(
                    (m for m in reader.ms if m.start > i and reader.kind(m) == "Event"), None
                )
                target = later.id if later is not None else None
            if target is not None and who is not None:
                we_role = cue.cue.params.get("we_role")
                role = we_role if word == "we" else cue.cue.role or we_role
                reader.relate(who, cue.cue.relations, target, role=role, confidence=0.6)
        org = reader.we_org(i) if word == "we" else None
        if org is None:
            continue
        for cue in (c for c in reader.cues("we_verb") if c.start == i + 1):
            if cue.cue.params.get("object") == "event":
                reader.relate(
                    org, cue.cue.relations, reader.event_ref_after(cue.end), confidence=0.6
                )
            else:
                target = reader.mention_at(cue.end)
                if target is not None:
                    reader.relate(org, cue.cue.relations, target, confidence=0.6)


def _pronoun_subject(reader: SentenceReader, i: int) -> int | None:
    """Who "we"/"I" at token i is: the speaker (or their organisation) inside a
    quotation; outside, the page's author, else for "we" the page's organisation."""
    if reader.in_quote(i):
        if reader.words[i] == "we":
            return reader.we_org(i)
        person = reader.i_person(i)
        return person.id if person is not None else None
    author = reader.ctx.authors.get(reader.section)
    if author is not None:
        return author
    return reader.page_org() if reader.words[i] == "we" else None


def participation(reader: SentenceReader) -> None:
    """ "A and B spoke at the summit", "C attended" (`took_part` cues): they took
    part in the event or project after the cue, as the cue's role."""
    for cue in reader.cues("took_part"):
        target = reader.mention_at(cue.end)
        target_id = (
            target.id
            if target is not None and reader.kind(target) in {"Event", "Project"}
            else reader.event_ref_after(cue.end)
        )
        if target_id is None and _nothing_after(reader, cue.end):
            target_id = reader.ctx.focus_of(reader.section, "Event")  # "Foo also attended."
        if target_id is None:
            continue
        subjects = (
            reader.subjects_before(cue.start)
            or bodies_people_came_from(reader, cue.start)
            or [
                reader.affiliation_holder(s) or s  # "... and A of Foo took part": A
                for s in [reader.before(cue.start, kinds={"Person", "Organisation"}, limit=4)]
                if s
            ]
            or _examples_after(reader, cue.start, cue.end)
        )
        # "Members of the Foo Group and A of Bar took part": the group, through its members
        subjects += bodies_represented(reader, reader.sent.start, subjects, end=cue.start)
        for s in subjects:
            reader.relate(s, cue.cue.relations, target_id, role=cue.cue.role, confidence=0.7)


_EXAMPLE_CUES = vocab.words("list_example_cues") - {"like"}
_TAKERS = {"Person", "Organisation"}


def _examples_after(reader: SentenceReader, v: int, after: int) -> list:
    """ "Nine schools took part in the Foo Challenge, including A and B": when the
    subject is a group written in lower-case words (no name before the verb at
    token v), the names an example cue after the cue's end `after` lists
    (`vocab/list_example_cues.txt`: "including", "such as"; not "like") took part."""
    words, start = reader.words, reader.sent.start
    if any(reader.mention_at(j) for j in range(start, v)):
        return []
    for k in range(after, reader.sent.end - 1):
        if words[k] in _EXAMPLE_CUES or (words[k] == "such" and words[k + 1] == "as"):
            return reader.list_after(k + (2 if words[k] == "such" else 1), kinds=_TAKERS)
    return []


_GROUP_WORDS = 3  # "Senior officials from", "Staff and volunteers from"
_TAIL = 6  # "..., and other local organisations recently" between the list and the verb
_GLUE = {",", "and", "&", "the"}


def bodies_people_came_from(reader: SentenceReader, v: int) -> list:
    """ "Officials from A, B and C attended", "Staff and volunteers from A and B
    joined": the bodies the sentence's subject came from, when it opens with a
    few lower-case words for people before "from" and only names, commas, "and",
    "the" (and at the end "and other organisations") stand between it and the verb."""
    start, words = reader.sent.start, reader.words
    k = next(
        (j for j in range(start, min(v, start + _GROUP_WORDS + 1)) if words[j] == "from"), None
    )
    if k is None or k == start or any(reader.mention_at(j) for j in range(start, k)):
        return []
    bodies = [m for m in reader.ms if k < m.start and m.end <= v]
    if not bodies or any(reader.kind(m) not in {"Organisation", None} for m in bodies):
        return []
    named = {i for m in bodies for i in range(m.start, m.end)}
    for t in reader.doc[k + 1 : bodies[-1].end]:
        if t.i not in named and not (words[t.i] in _GLUE or is_cap(t)):
            return []  # a word of a clause, not of a list
    tail = reader.doc[bodies[-1].end : v]
    if len(tail) > _TAIL or any(t.pos_ in {"VERB", "AUX"} for t in tail):
        return []
    for m in bodies:
        if reader.kind(m) is None:
            reader.vote_organisation(m)  # "staff from Owl Carers": a body
    return bodies


def signed_at(reader: SentenceReader) -> None:
    """ "The agreement was signed by A and B at November's board meeting"
    (`signed_by` cues): A and B took part in the event named after "at"."""
    for cue in reader.cues("signed_by"):
        words = reader.words
        at = next((j for j in range(cue.end, reader.sent.end) if words[j] == "at"), None)
        event = reader.event_ref_after(at + 1) if at is not None else None
        if event is None or reader.kind(reader.ctx.mentions[event]) != "Event":
            continue
        # between "by" and "at": the signers and what describes them ("chair of Foo")
        named = [m for m in reader.ms if cue.end <= m.start and m.end <= at]
        people = [m for m in named if reader.kind(m) == "Person"]
        for m in people or [m for m in named if reader.kind(m) == "Organisation"]:
            reader.relate(m, cue.cue.relations, event, role=cue.cue.role, confidence=0.65)


def _nothing_after(reader: SentenceReader, k: int) -> bool:
    """ "Healthwatch Foo also attended." / "... attended and ran a stall": the verb
    has no object."""
    return k >= reader.sent.end or reader.words[k] in {".", "and", ",", ";", "too", "as"}


_ORGANISER_WORDS = vocab.words("role_organiser")
_POST_LINKS = {"of", "at", ","}  # "Jane Doe, Convenor, Foo Assembly": a post at the body


def organisers(reader: SentenceReader) -> None:
    """ "organiser Jane Doe", "Jane Doe, co-organiser of the summit", "race director
    Jane Doe" (vocab/role_organiser.txt): she organised the event in focus (or the
    one named after "of")."""
    for r in reader.roles:
        # the word before may lie outside the role span ("Race director" read as "director")
        last_two = " ".join(reader.words[max(reader.sent.start, r.end - 2) : r.end])
        if reader.words[r.end - 1] not in _ORGANISER_WORDS and last_two not in _ORGANISER_WORDS:
            continue  # "organiser Jane Doe", "race director Jane Doe"
        person = reader.by_start.get(r.end)
        if person is None and r.start >= 2 and reader.words[r.start - 1] == ",":
            person = reader.by_end.get(r.start - 1)
        if person is None or reader.kind(person) != "Person":
            continue
        event = None
        if r.end < reader.sent.end and (link := reader.words[r.end]) in _POST_LINKS:
            event = reader.event_ref_after(r.end + 1) if link == "of" else None
            body = reader.mention_at(r.end + 1)
            if event is None and body is not None and reader.kind(body) == "Organisation":
                continue  # "convener of Foo Council", "organiser at Foo Union": a body's post
        event = first_id(event, reader.ctx.focus_of(reader.section, "Event"))
        reader.relate(person, "ORGANISED", event, confidence=0.65)


_ORGANISER_NOUNS = vocab.words("organiser_nouns")
_ORGANISING = vocab.words("organising_words")


def organising_bodies(reader: SentenceReader) -> None:
    """ "Organisers Foo Trust said", "the organisers, Foo and Bar,", "Foo, the
    organisers of the fair,", "Thank you to Foo and Bar for organising the day",
    "a Sponsors Day with hosts Foo RFC" (as host): the bodies organised the event
    in focus (or the one named after "of")."""
    words, end = reader.words, reader.sent.end
    event = reader.ctx.focus_of(reader.section, "Event")
    for i in range(reader.sent.start, end):
        bodies: list = []
        role = "host" if words[i].startswith("host") else None  # "with hosts Foo RFC"
        if words[i] in _ORGANISER_NOUNS and reader.doc[i].pos_ in {"NOUN", "PROPN"}:
            k = i + 1 + (i + 1 < end and words[i + 1] == ",")
            bodies = reader.list_after(k, kinds={"Organisation"}) if k < end else []
            if not bodies and i >= 3 and words[i - 1] == "the" and words[i - 2] == ",":
                before = reader.by_end.get(i - 2)  # "Foo, the organisers of the fair,"
                bodies = [before] if before is not None and reader.kind(before) else []
            if i + 1 < end and words[i + 1] == "of":
                event = first_id(reader.event_ref_after(i + 2), event)
            elif role:  # "We had a Volunteers Lunch with hosts Foo": the sentence's event
                named = [m for m in reader.ms if m.end <= i and reader.kind(m) == "Event"]
                event = named[-1].id if named else event
        elif words[i] == "for" and i + 1 < end and words[i + 1] in _ORGANISING:
            to = next((k for k in range(i - 1, reader.sent.start, -1) if words[k] == "to"), None)
            thanked = to is not None and any(
                w in {"thank", "thanks", "grateful"} for w in words[reader.sent.start : to]
            )
            if thanked:  # "Thank you to Foo and Bar for organising the day"
                bodies = reader.list_after(to + 1, kinds={"Organisation"})
        for body in bodies:
            if reader.kind(body) == "Organisation":
                reader.relate(body, "ORGANISED", event, role=role, confidence=0.65)
