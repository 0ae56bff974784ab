"""Participation and events: who took part in the event being written about, and
as what: "spoke at", "chaired the panel", "speakers included A and B", list
items under "Speakers:", "we attended": PARTICIPATED_IN with a role.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import FOCUS_NOUNS, POSSESSIVE, SentenceReader

LABELS = frozenset(
    {
        "speech",
        "took_part",
        "we_took_part",
        "we_verb",
        "joined_by",
        "heard_from",
        "those_list",
    }
)
"""The cue labels (pattern files) this family's rules read."""

_BODIES_TOO = {"exhibitor", "performer"}  # list roles a body takes as well as a person
_TALK = vocab.words("talk_nouns") | {"the", "a", "an", "with", "by"}
_TALK_ADJECTIVES = vocab.words("talk_adjectives")
_EVENT_HEADS = lx.STRONG_EVENT_HEADS | {"fair", "forum", "reception", "debate", "discussion"}
_VISUAL = vocab.words("visual_note_words")


def lead_in(reader: SentenceReader, lead: str) -> None:
    """A list item under "A panel ... brought together:" or "Our partners:"."""
    words = {w.strip(".,:;").lower() for w in lead.split()}
    role = next((lx.LIST_ROLE_CUES[w] for w in lx.LIST_ROLE_CUES if w in words), None)
    if role is None:
        return
    kinds = {"Organisation"} if role == "partner" else {"Person"}
    if role in _BODIES_TOO:  # "Exhibitors:" over "Foo Credit Union, stand 4"
        kinds = {"Person", "Organisation"}
    item = next((m for m in reader.ms if reader.kind(m) in kinds), None)
    if item is None:
        return
    if role == "partner":
        target = reader.ctx.focus_of(reader.section, "Project") or reader.ctx.focus_of(
            reader.section, "Event"
        )
    else:
        target = reader.ctx.focus_of(reader.section, "Event")
    reader.ctx.relate(
        item.id,
        "PARTICIPATED_IN",
        target,
        evidence=f"{lead} {reader.evidence}",
        role=role,
        confidence=0.7,
    )


def panel_lists(reader: SentenceReader) -> None:
    """ "Speakers included A, B and C", "Key speakers were A, Chief Executive of X,
    and B", "A and B were the keynote speakers", "Our panellists, A (X) and B (Y)",
    "Speakers from X, Y and Z", "attendees from organisations including X and Y"
    (list_roles.txt, list_introducers.txt); "the event was joined by A" (`joined_by`
    cues), "we heard from A and B" (`heard_from`): each took part in the event, with
    the list's role."""
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end):
        role = lx.LIST_ROLE_CUES.get(words[i])
        if role is None or role == "partner" or reader.doc[i].pos_ in {"VERB", "AUX"}:
            continue  # not "Jane talks about housing with Tom", "Foo hosts a summit with"
        if i + 1 < end and words[i + 1] in lx.ROLE_CORE:
            continue  # "our tenant panel chair, A": a seat on a panel, not a panellist
        if i > reader.sent.start and words[i - 1] in {"keynote", "keynotes"} and role == "speaker":
            role = "keynote speaker"
        event = reader.target_before(i, ("Event",)) or reader.ctx.focus_of(reader.section, "Event")
        people: list = []
        start = _list_start(reader, i)
        if start is not None:
            first = reader.mention_at(start)
            org_first = first is not None and reader.kind(first) != "Person"
            if words[start - 1] in {"from", "of"} and org_first:
                people = reader.list_after(start, kinds={"Organisation"})  # "Speakers from X, Y"
            else:
                people = reader.items_between(start, end, {"Person"})
            if not people and org_first and _bodies_listed(reader, first):
                # "Exhibitors included Foo Credit Union, Bar Housing and Baz Library"
                people = reader.list_after(start, kinds={"Organisation"})
            people += _organisations_including(reader, start)
        elif i >= 2 and words[i - 1] in _BACK_COPULA_GAP | {"the"} and _copula_before(reader, i):
            people = reader.items_between(
                reader.sent.start, i, {"Person"}
            )  # "A and B were the speakers", "A was among the speakers"
        elif not words[i].endswith("s") and (m := reader.mention_at(i + 1)) is not None:
            people = [m] if m.start - i <= 2 and reader.kind(m) == "Person" else []
            # "Guest speaker Rob Lyle shared his story"
        for p in people:
            reader.relate(p, "PARTICIPATED_IN", event, role=role, confidence=0.8)
    # "chaired by X", "joined by X" after an event noun are in by_phrases / here
    for cue in reader.cues("joined_by"):
        event = reader.target_before(cue.start, ("Event",))
        if event is None and "we" in words[reader.sent.start : cue.start]:
            event = reader.ctx.focus_of(reader.section, "Event")  # "we were joined by A"
        if event is None:
            continue
        for p in reader.list_after(cue.end, kinds={"Person"}):
            reader.relate(p, cue.cue.relations, event, role=cue.cue.role, confidence=0.6)
    # "Among those taking part were A and B", "Those attending included X": the event in focus
    for cue in reader.cues("those_list"):
        start = _list_start(reader, cue.end - 1)
        event = reader.ctx.focus_of(reader.section, "Event")
        if start is None or event is None:
            continue
        first = reader.mention_at(start)
        # "Those attending included Foo's chair A and B": people, each described by a body
        people = reader.items_between(start, end, {"Person"})
        if not people and first is not None and reader.kind(first) == "Organisation":
            people = reader.list_after(start, kinds={"Organisation"})
        for p in people + _organisations_including(reader, start):
            reader.relate(p, cue.cue.relations, event, role=cue.cue.role, confidence=0.65)
    # "we heard from A and B", "delegates heard talks from A": the event in focus
    for cue in reader.cues("heard_from"):
        event = reader.ctx.focus_of(reader.section, "Event")
        people = reader.items_between(cue.end, reader.sent.end, {"Person"})
        for p in people or reader.list_after(cue.end, kinds={"Organisation"}):
            reader.relate(p, cue.cue.relations, event, role=cue.cue.role, confidence=0.65)


_LIST_GAP = {"and", "&", "also", "will", "would", "have", "has", "on", "the", "day", "included"}
_BACK_COPULA_GAP = {"keynote", "guest", "main", "key", "invited", "our", "other", "among"}
_ORG_LIST_NOUNS = vocab.words("list_nouns_organisations")


def _list_start(reader: SentenceReader, i: int) -> int | None:
    """Where the names after a list word begin: "speakers included A", "speakers
    and thought leaders, A", "panellists: A"; None when no list follows."""
    words, end = reader.words, reader.sent.end
    j = i + 1
    while j < end and j - i <= 5 and words[j] not in lx.LIST_INTRODUCERS | {",", ":"}:
        tok = reader.doc[j]
        if words[j] not in _LIST_GAP and (tok.pos_ in {"VERB", "AUX"} or tok.text[:1].isupper()):
            return None
        j += 1
    if j >= end or words[j] not in lx.LIST_INTRODUCERS | {",", ":"}:
        return None
    if words[j] == "," and j + 1 < end and reader.doc[j + 1].tag_ == "VBN":
        # "The panel, chaired by A, included B and C": the list is after the clause
        j = next((k for k in range(j + 2, end) if words[k] in _LIST_VERBS), j)
    while j < end and words[j] in lx.LIST_INTRODUCERS | {",", ":", "the", "by"}:
        j += 1
    return j if j < end else None


_LIST_VERBS = {"included", "includes", "include", "were", "was", "comprised", "featured"}


def _bodies_listed(reader: SentenceReader, first) -> bool:
    """Whether a list opening with body `first` lists bodies, not the posts or
    people they have ("Foo Trust's Director of Health, ...", "Foo Trust Chair A")."""
    k = first.end
    if k < reader.sent.end and reader.words[k] in POSSESSIVE:
        return False
    return reader.role_at(k) is None and not reader.describes_next(first)


def _copula_before(reader: SentenceReader, i: int) -> bool:
    """ "... were the keynote speakers", "... were our panellists"."""
    k = i - 1
    while k > reader.sent.start and reader.words[k] in _BACK_COPULA_GAP | {"the"}:
        k -= 1
    return reader.words[k] in {"were", "was", "are", "as"}


def _organisations_including(reader: SentenceReader, start: int) -> list:
    """ "... as well as figures from organisations including X, Y and Z": X, Y, Z."""
    out = []
    words = reader.words
    for k in range(start, reader.sent.end - 1):
        if words[k] not in {"including", "include", "includes", "such"}:
            continue
        if not any(w in _ORG_LIST_NOUNS for w in words[max(start, k - 3) : k]):
            continue
        after = k + 1 + (words[k] == "such" and words[k + 1] == "as")
        out += reader.list_after(after, kinds={"Organisation"})
    return out


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
            target = event or reader.ctx.focus_of(reader.section, "Project")
        elif cue is None or (cue.cue.params.get("needs_talk") and not _object_is_talk(reader, i)):
            continue
        else:
            role, rels = cue.cue.role, cue.cue.relations
            target = reader.event_ref_after(cue.end) or event
        if target is None:
            continue
        subjects = reader.subjects_before(i)
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
    if nxt in _TALK and (nxt not in {"the", "a", "an"} or nxt2 in _TALK | _TALK_ADJECTIVES):
        return True
    return FOCUS_NOUNS.get(reader.words[k]) == "Event" or reader.words[k] in _EVENT_HEADS


def pronouns(reader: SentenceReader) -> None:
    """ "we"/"I": "Today we were at the launch event", "I spoke at the X conference"
    (`took_part` and `we_took_part` cues, with `we_role`): the page's author, or
    inside a quotation the speaker; "we hosted", "we published" (`we_verb` cues):
    the organisation "we" is (the speaker's, or the page's own)."""
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
        subjects = reader.subjects_before(cue.start) or [
            s for s in [reader.before(cue.start, kinds={"Person", "Organisation"}, limit=4)] if s
        ]
        for s in subjects:
            reader.relate(s, cue.cue.relations, target_id, role=cue.cue.role, confidence=0.7)


def _nothing_after(reader: SentenceReader, k: int) -> bool:
    """ "Healthwatch Foo also attended." / "... attended and ran a stall": the verb
    has no object."""
    return k >= reader.sent.end or reader.words[k] in {".", "and", ",", ";", "too", "as"}


_ORGANISER_WORDS = vocab.words("role_organiser")


def organisers(reader: SentenceReader) -> None:
    """ "organiser Jane Doe", "Jane Doe, co-organiser of the summit": she organised
    the event in focus (or the one named after "of")."""
    for r in reader.roles:
        if reader.words[r.end - 1] not in _ORGANISER_WORDS:
            continue
        person = reader.by_start.get(r.end)
        if person is None and r.start >= 2 and reader.words[r.start - 1] == ",":
            person = reader.by_end.get(r.start - 1)
        if person is None or reader.kind(person) != "Person":
            continue
        event = None
        if r.end < reader.sent.end and reader.words[r.end] == "of":
            event = reader.event_ref_after(r.end + 1)
        event = event or reader.ctx.focus_of(reader.section, "Event")
        reader.relate(person, "ORGANISED", event, confidence=0.65)
