"""Seats named with no body on a page about a meeting named for its body:
"Foo Association AGM ... Our chair, Jane Doe, presented the report. Treasurer
John Roe presented the accounts." The seat is on the board of the body the
meeting's name opens with ("Foo Association AGM") or ends in ("Meeting of the
Foo Forum"): that body is the page's own, though the page may name it only inside
the meeting's name (`event_name_bodies`), so the posts left unplaced once every
sentence is read (`DocumentContext.unplaced_posts`, kinds "page", "officer" and
"club") (and the seats of a board's roll under the page's meeting, "Committee – Jane
Doe, John Roe", kind "roll") are placed here, at seed time, when the body is known.

Only seats (chair, vice-chair, trustee, committee member; a treasurer or
secretary, officers of the board: `post_kinds.post_relations` with board=True):
a staff post ("centre manager") is left alone, and so is a post the rules
placed already (the person has a MEMBER_OF or WORKS_FOR tie carrying that
role; "chair" of the meeting itself, PARTICIPATED_IN, is no seat placed).
"""

from __future__ import annotations

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.entity_names import local_council

_POSTS = {"MEMBER_OF", "WORKS_FOR"}  # the ties a post is placed as
# kind -> an officer's board seat; "roll": a board's roll (`rules.board_rolls`)
_SEAT_HOMES = {"page": False, "officer": True, "club": True, "roll": True}
_MEETING = "meeting"  # `rules.meeting_chairs.MEETING_SEAT`: a member on a "Present:" list
_ROLL = "roll"  # a seat on a board's roll ("Committee – Jane Doe, John Roe")


def unplaced_seats(
    ctx: DocumentContext, by_mention: dict[int, Entity], kept: set[int], ties: list[dict]
) -> list[tuple[Entity, str, str, str]]:
    """(person entity, role as written, evidence, kind) for each board seat named with
    no body (`ctx.unplaced_posts`) whose holder the seed lists (`kept`: entity ids)
    and holds no post of that role yet (no MEMBER_OF or WORKS_FOR tie carrying it
    in `ties`, the seed's relations so far)."""
    from collabgraph.extract.rules.post_kinds import post_relations

    posts = [r for r in ties if r["type"] in _POSTS]
    roles = {(r["from"], (r.get("role") or "").lower()) for r in posts}
    out: list[tuple[Entity, str, str, str]] = []
    seen: set[tuple[int, str]] = set()
    for person, role, evidence, kind in ctx.unplaced_posts:
        e = by_mention.get(person)
        if not isinstance(kind, str) or kind not in {*_SEAT_HOMES, _MEETING} or e is None:
            continue
        if e.type != "Person" or id(e) not in kept:
            continue
        if kind != _MEETING and (e.name, role.lower()) in roles:
            continue  # a "Present:" member may hold the same role elsewhere: `meeting_seats`
        if post_relations(role, None, board=_SEAT_HOMES.get(kind, True))[0] != "MEMBER_OF":
            continue
        if (id(e), role.lower()) not in seen:
            seen.add((id(e), role.lower()))
            out.append((e, role, evidence, kind))
    return out


def meeting_seats(page, ties) -> None:
    """MEMBER_OF: the seats named with no body (`unplaced_seats`) are at the body the
    page's own meeting is named for ("Foo Association AGM", "Meeting of the Foo
    Forum": `name_owners`), when its name names one body only. `page`: a
    `seed_ties.SeedPage`; `ties`: the `seed_relations.RelationTable`."""
    from collabgraph.extract.name_owners import hosts_after_names, organisers_in_names
    from collabgraph.extract.rules.post_kinds import team_seat_away

    event = page.page_event
    named = organisers_in_names(page.entities) + hosts_after_names(page.entities)
    bodies = {id(org): org for org, e in named if e is event and id(org) in page.kept}
    masthead = not bodies  # "FOO ASSOCIATION" over "Minutes of the AGM": its members only
    if masthead:
        bodies = _title_body(page)
    if len(bodies) != 1:
        return
    (org,) = bodies.values()
    seats = unplaced_seats(page.ctx, page.by_mention, page.kept, ties.values())
    if masthead:
        seats = [seat for seat in seats if seat[3] == _MEETING]
    tied = {r["from"] for r in ties.values() if r["type"] in _POSTS and r["to"] == org.name}
    for person, role, evidence, kind in seats:
        if kind == _MEETING and (person.name in tied or local_council(org.name)):
            continue  # a council's members are its councillors (WORKS_FOR), placed already
        if kind == _ROLL and local_council(org.name):
            continue  # a board's roll is never a council's (`page_organisation.place_posts`)
        if team_seat_away(role, org.name):
            continue  # a captain's team is not the meeting's council or committee
        ties.add(person, "MEMBER_OF", org, role=role, evidence=evidence, confidence=_NAMED)
    for body, role, evidence in _member_bodies(page):
        if body is not org:
            ties.add(body, "MEMBER_OF", org, role=role, evidence=evidence, confidence=_NAMED)


def _title_body(page) -> dict[int, Entity]:
    """The body the page's title names, when its meeting's name names none and the
    title names one only: the masthead of a record ("Foo Association" over "Minutes
    of the AGM"). Keyed by the entity's id, as `meeting_seats` keys the bodies."""
    from collabgraph.extract.meeting_pages import title_bodies

    named = title_bodies(page.ctx, page.by_mention)
    if len(named) != 1:
        return {}
    found = (page.by_mention.get(m.id) for m in named.values())
    return {id(e): e for e in found if e is not None and id(e) in page.kept}


def _member_bodies(page) -> list[tuple[Entity, str, str]]:
    """(body entity, role, evidence) for the bodies a forum's "Present:" list names as
    members ("A (Foo Church)": `rules.meeting_chairs`), when the seed lists them."""
    out = []
    for body, role, evidence, kind in page.ctx.unplaced_posts:
        e = page.by_mention.get(body)
        if kind == _MEETING and e is not None and e.type == "Organisation" and id(e) in page.kept:
            out.append((e, role, evidence))
    return out


_NAMED = 0.55  # read from the meeting's name, as `seed_ties` reads its organiser


__all__ = ["meeting_seats", "unplaced_seats"]
