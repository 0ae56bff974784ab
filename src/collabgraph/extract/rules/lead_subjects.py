"""What a list's lead-in says of its items (for `lead_lists`): the lead-in's kind,
its subject (the body or programme it names, the programme or group in view, else
the page's own) and the relation each item takes with it: "The partners of the Foo
Project are:" (PARTICIPATED_IN the project, role partner), "Members of the Foo
Network:" (MEMBER_OF it), "Grants went to:" (the funder FUNDED each), "Our
funders:" (each FUNDED the page's own body). See `lead_lists` for the kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from collabgraph.extract import vocab
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.focus_targets import first_id
from collabgraph.extract.rules.partner_leads import ours_at
from collabgraph.extract.rules.partner_lists import its_body
from collabgraph.extract.rules.reader import SentenceReader

_GROUP_HEADS = vocab.words("group_heads") | vocab.words("list_group_heads")
_MEMBER_BODY_HEADS = _GROUP_HEADS - vocab.words("board_words")  # a board's members hold seats


@dataclass(frozen=True)
class ListLead:
    """What a lead-in says about the list under it: its kind and subject."""

    kind: str  # partner | grantee | funder | member
    subject: int | None  # a mention id, PAGE_ORG, or None (the funder in view)
    relation: str | None  # None: the items are bodies, their tie is not said
    role: str | None
    funded: bool = False  # "The successful partners are:": each item a grantee too
    places: tuple[int, ...] = ()  # "grants to seven groups in Kelby:": where each item is


def lead_subject(reader: SentenceReader, kind: str, i: int, end: int) -> ListLead | None:
    """The lead-in's subject, and whether its items won grants too ("The
    successful partners are:", picked in a grant round)."""
    lead = _named_subject(reader, kind, i, end)
    won = i > reader.sent.start and reader.words[i - 1] == "successful"
    if lead is not None and kind == "partner" and won:
        return replace(lead, funded=True)
    return lead


def _named_subject(reader: SentenceReader, kind: str, i: int, end: int) -> ListLead | None:
    """The lead-in's subject: the body or programme it names, else the page's."""
    named = [m for m in reader.ms if m.start < end]
    orgs = [m for m in named if reader.kind(m) == "Organisation"]
    work = [m for m in named if reader.kind(m) in {"Project", "Event"}]
    if kind == "partner":
        if reader.words[reader.sent.start] == "it" and reader.words[i - 1] == "its":
            # "It is funded by Bar, and its partners include A": partners of what
            # "It" stands for, not of a body or programme named on the way
            owner = its_body(reader, i - 1)
            return ListLead(kind, owner, "PARTNER_OF" if owner is not None else None, None)
        if work:
            return ListLead(kind, work[0].id, "PARTICIPATED_IN", "partner")
        if orgs and _head_in(orgs[0].text, _GROUP_HEADS):
            return ListLead(kind, orgs[0].id, "MEMBER_OF", "member")
        if orgs:  # "Foo Trust's partners are:": bodies, but which tie is not said
            return ListLead(kind, None, None, None)
        focus = reader.ctx.focus_of(reader.section, "Project")
        if focus is not None:
            return ListLead(kind, focus, "PARTICIPATED_IN", "partner")
        group = group_in_view(reader)
        if group is not None:  # "The partners are:" on a page about the Foo Partnership
            return ListLead(kind, group, "MEMBER_OF", "member")
        if (
            first_id(reader.ctx.main.get("Event"), reader.ctx.focus_of(reader.section, "Event"))
            is not None
        ):
            return ListLead(kind, None, None, None)  # an event's partners: speaker_lists.lead_in
        # "Our partners" over lines of bodies, on a page about no project or event: the
        # page's own body's partners
        return ListLead(kind, PAGE_ORG, "PARTNER_OF", None)
    if kind == "grantee":
        funder = next((m.id for m in orgs), None)
        return ListLead(kind, funder, "FUNDED", None)
    if kind == "funder":
        target = work[0].id if work else orgs[0].id if orgs else None
        if target is None:  # "Our funders:": the page's own body, not a programme in view
            target = first_id(
                _ours_before(reader, i), reader.ctx.focus_of(reader.section, "Project"), PAGE_ORG
            )
        return ListLead(kind, target, "FUNDED", None)
    if kind == "runner":
        project = next((m.id for m in work if reader.kind(m) == "Project"), None)
        project = first_id(project, reader.ctx.focus_of(reader.section, "Project"))
        return ListLead(kind, project, "RUNS", None) if project is not None else None
    if kind == "organiser":
        event = next((m.id for m in work if reader.kind(m) == "Event"), None)
        event = first_id(event, reader.ctx.focus_of(reader.section, "Event"))
        return ListLead(kind, event, "ORGANISED", None) if event is not None else None
    # "Our members:" on a page about the Foo Network: the group in view, else the page's
    target = orgs[0].id if orgs else group_in_view(reader, before=True, of_bodies=True)
    return ListLead(kind, PAGE_ORG if target is None else target, "MEMBER_OF", "member")


def _ours_before(reader: SentenceReader, i: int) -> int | None:
    """The body "our" stands for right before the lead-in noun at token i ("Our
    funders:", "To our main funders:"; `partner_leads.ours_at`), else None."""
    for k in range(i - 1, max(reader.sent.start, i - _OUR_REACH) - 1, -1):
        if reader.words[k] == "our":
            return ours_at(reader, k)
        if k in reader.covering or not reader.doc[k].is_lower:
            return None
    return None


_OUR_REACH = 3  # tokens at most from "our" to the lead-in noun ("our main core funders")


def group_in_view(
    reader: SentenceReader, *, before: bool = False, of_bodies: bool = False
) -> int | None:
    """The partnership, network or alliance the section last named, if any (with
    `before`, named before this sentence: not one of the items it lists; with
    `of_bodies`, not a board: "The founding members are: A, B" under a sentence
    on a board that funds the alliance, "the Kelby Health Board", are the alliance's)."""
    heads = _MEMBER_BODY_HEADS if of_bodies else _GROUP_HEADS
    here = len(reader.ctx.sentences) - 1
    for m in reversed(reader.ctx.mentions):
        if m.section != reader.section or (before and m.sent >= here):
            continue
        if reader.kind(m) == "Organisation" and _head_in(m.text, heads):
            return m.id
    return None


def is_member_body(name: str) -> bool:
    """Whether a body so named has member bodies by its name ("Kelby Alliance",
    "Fenby Network"; not a board, whose members hold seats)."""
    return _head_in(name, _MEMBER_BODY_HEADS)


def _head_in(name: str, heads: frozenset[str]) -> bool:
    return name.lower().split()[-1] in heads


__all__ = ["ListLead", "group_in_view", "is_member_body", "lead_subject"]
