"""Participation and events: who took part in the event being written about, and
as what: "spoke at", "chaired the panel", "speakers included A and B", list
items under "Speakers:", "we attended": PARTICIPATED_IN with a role.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

_PARTICIPATE_CUES = (
    ("took", "part", "in"), ("taking", "part", "in"), ("participated", "in"),
    ("spoke", "at"), ("speaking", "at"), ("presented", "at"), ("attended",), ("were", "at"),
    ("was", "at"), ("went", "to"), ("joined", "us", "at"), ("exhibited", "at"),
    ("performed", "at"), ("contributed", "to"), ("involved", "in"),
)  # fmt: skip
_TALK = vocab.words("talk_nouns") | {"the", "a", "an", "with", "by"}
_TALK_ADJECTIVES = vocab.words("talk_adjectives")
_NEEDS_TALK = vocab.words("talk_verbs_need_object")


def lead_in(reader: SentenceReader, lead: str) -> None:
    """A list item under "A panel ... brought together:" or "Our partners:"."""
    words = {w.strip(".,:;").lower() for w in lead.split()}
    role = next((lx.LIST_ROLE_CUES[w] for w in lx.LIST_ROLE_CUES if w in words), None)
    if role is None:
        return
    kinds = {"Organisation"} if role == "partner" else {"Person"}
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
    for i in range(reader.sent.start, reader.sent.end):
        w = reader.words[i]
        role = lx.LIST_ROLE_CUES.get(w)
        if role is None or role == "partner":
            continue
        j = i + 1
        if j < reader.sent.end and reader.words[j] in {"members", "discussion", "session", ","}:
            j += 1
        while j < reader.sent.end and reader.words[j] in {"will", "would", "also", "have", "has"}:
            j += 1
        if j >= reader.sent.end or reader.words[j] not in lx.LIST_INTRODUCERS:
            continue
        while j < reader.sent.end and reader.words[j] in lx.LIST_INTRODUCERS | {"the", "by"}:
            j += 1
        people = reader.list_after(j, kinds={"Person"})
        event = reader.target_before(i, ("Event",)) or reader.ctx.focus_of(reader.section, "Event")
        for p in people:
            reader.relate(p, "PARTICIPATED_IN", event, role=role, confidence=0.8)
    # "chaired by X", "joined by X" after an event noun are in by_phrases / here
    for i in reader.find(("joined", "by")):
        event = reader.target_before(i, ("Event",))
        if event is None:
            continue
        for p in reader.list_after(i + 2, kinds={"Person"}):
            reader.relate(p, "PARTICIPATED_IN", event, role="speaker", confidence=0.6)


def speech(reader: SentenceReader) -> None:
    event = reader.ctx.focus_of(reader.section, "Event")
    for i in range(reader.sent.start + 1, reader.sent.end):
        tok = reader.doc[i]
        w = reader.words[i]
        role = lx.SPEECH_ROLES.get(w)
        if (
            w == "took"
            and reader.match(i, ("took",))
            and any(reader.words[k] == "notes" for k in range(i + 1, min(i + 4, reader.sent.end)))
        ):
            visual = any(reader.words[k] in {"visual", "graphic"} for k in range(i + 1, i + 3))
            role = "visual note-taker" if visual else "note-taker"
            target = event or reader.ctx.focus_of(reader.section, "Project")
        elif (
            role is None
            or tok.pos_ not in {"VERB", "AUX"}
            or w in lx.ATTEND_VERBS
            or (w in _NEEDS_TALK and not _object_is_talk(reader, i))
        ):
            continue
        else:
            target = reader.event_ref_after(i + 1) or event
        if target is None:
            continue
        for p in reader.subjects_before(i):
            reader.relate(p, "PARTICIPATED_IN", target, role=role, confidence=0.6)


def _object_is_talk(reader: SentenceReader, i: int) -> bool:
    nxt = reader.words[i + 1] if i + 1 < reader.sent.end else ""
    nxt2 = reader.words[i + 2] if i + 2 < reader.sent.end else ""
    return nxt in _TALK and (nxt not in {"the", "a", "an"} or nxt2 in _TALK | _TALK_ADJECTIVES)


def pronouns(reader: SentenceReader) -> None:
    """ "we"/"I" is the author: "Today we were at the launch event"."""
    author = reader.ctx.authors.get(reader.section)
    if author is None:
        return
    author_kind = reader.ctx.type_of(reader.ctx.mentions[author])
    for i in range(reader.sent.start, reader.sent.end - 1):
        if reader.words[i] not in {"we", "i"}:
            continue
        for cue in (*_PARTICIPATE_CUES, ("joined",), ("visited",), ("went",)):
            if reader.match(i + 1, cue):
                target = reader.event_ref_after(i + 1 + len(cue))
                if target is None:
                    later = next(
                        (m for m in reader.ms if m.start > i and reader.kind(m) == "Event"), None
                    )
                    target = later.id if later is not None else None
                if target is not None:
                    reader.relate(
                        author,
                        "PARTICIPATED_IN",
                        target,
                        role="attendee"
                        if cue[0] in {"were", "was", "attended", "went", "joined"}
                        else "participant",
                        confidence=0.6,
                    )
        if author_kind == "Organisation":
            nxt = reader.words[i + 1]
            if nxt in {"hosted", "organised", "organized", "convened", "ran", "held"}:
                target = reader.event_ref_after(i + 2)
                reader.relate(author, "ORGANISED", target, confidence=0.6)
            if nxt in {"published", "launched"}:
                target = reader.mention_at(i + 2)
                if target is not None:
                    reader.relate(author, ("PUBLISHED", "RUNS"), target, confidence=0.6)


def participation(reader: SentenceReader) -> None:
    for cue in _PARTICIPATE_CUES:
        if cue in {("were", "at"), ("was", "at")}:
            continue
        for i in reader.find(cue):
            target = reader.mention_at(i + len(cue))
            target_id = (
                target.id
                if target is not None and reader.kind(target) in {"Event", "Project"}
                else reader.event_ref_after(i + len(cue))
            )
            if target_id is None:
                continue
            role = {
                "spoke": "speaker",
                "speaking": "speaker",
                "presented": "speaker",
                "attended": "attendee",
                "exhibited": "exhibitor",
                "performed": "performer",
            }.get(cue[0], "participant")
            subjects = reader.subjects_before(i) or [
                s for s in [reader.before(i, kinds={"Person", "Organisation"}, limit=4)] if s
            ]
            for s in subjects:
                reader.relate(s, "PARTICIPATED_IN", target_id, role=role, confidence=0.7)
