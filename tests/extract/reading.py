"""What a test reads out of an extracted seed (`extract_text`'s dict): the rows a
user would look for, shared by the extract tests."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.learned.participants import CONFIDENCE as LEARNED


def events(seed: dict) -> list[dict]:
    """The seed's Event entities, in order."""
    return [e for e in seed["entities"] if e["type"] == "Event"]


def events_by_name(seed: dict) -> dict[str, dict]:
    """The seed's Event entities by name."""
    return {e["name"]: e for e in events(seed)}


def pairs(seed: dict, kind: str) -> set[tuple[str, str]]:
    """(from, to) of each relation of one type."""
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == kind}


def located(text: str) -> set[tuple[str, str]]:
    """(what, where) of each LOCATED_IN extracted from `text` (a page called page.txt)."""
    return pairs(extract_text(text, path="page.txt"), "LOCATED_IN")


def members(text: str) -> set[tuple[str, str]]:
    """(member, body) of each MEMBER_OF extracted from `text` (a page called page.txt)."""
    return pairs(extract_text(text + "\n", path="page.txt"), "MEMBER_OF")


def chair_seats(text: str) -> set[tuple[str, str]]:
    """(person, body) of each MEMBER_OF whose role names a chair, extracted from
    `text` (a page called page.txt)."""
    seed = extract_text(text, path="page.txt")
    return {(a, b) for a, b, role in with_roles(seed, "MEMBER_OF") if role and "chair" in role}


def together(text: str) -> set[tuple[str, str]]:
    """Both orders of each COLLABORATES_WITH and PARTNER_OF pair extracted from `text`
    (a page called page.txt): working together, whichever way it was written."""
    seed = extract_text(text, path="page.txt")
    found = pairs(seed, "COLLABORATES_WITH") | pairs(seed, "PARTNER_OF")
    return found | {(b, a) for a, b in found}


def with_roles(seed: dict, kind: str) -> set[tuple[str, str, str | None]]:
    """(from, to, role) of each relation of one type."""
    return {(r["from"], r["to"], r.get("role")) for r in seed["relations"] if r["type"] == kind}


def partners_in(seed: dict, project: str) -> set[str]:
    """Who takes part in `project` with role "partner" (PARTICIPATED_IN)."""
    return {
        who
        for who, where, role in with_roles(seed, "PARTICIPATED_IN")
        if where == project and role == "partner"
    }


def rows(seed: dict, kinds: set[str] | None = None) -> set[tuple[str, str, str, str]]:
    """(from, type, to, lower-case role or "") of each relation, of `kinds` if given."""
    return {
        (r["from"], r["type"], r["to"], (r.get("role") or "").lower())
        for r in seed["relations"]
        if kinds is None or r["type"] in kinds
    }


def evidence(seed: dict, who: str, where: str) -> str:
    """The evidence sentence of the first relation from `who` to `where`."""
    return next(r["evidence"] for r in seed["relations"] if (r["from"], r["to"]) == (who, where))


def posts(seed: dict) -> set[tuple[str, str, str, str]]:
    """`rows` of the posts people hold: WORKS_FOR and MEMBER_OF."""
    return rows(seed, {"WORKS_FOR", "MEMBER_OF"})


def entities(text: str) -> set[tuple[str, str]]:
    """(type, name) of every entity extracted from `text`."""
    seed = extract_text(text, path="page.txt")
    return {(e["type"], e["name"]) for e in seed["entities"]}


def types_in(seed: dict, name: str) -> set[str]:
    """The types `name` is given in an extracted seed."""
    return {e["type"] for e in seed["entities"] if e["name"] == name}


def typed(text: str, name: str) -> set[str]:
    """The types `name` is given when `text` is extracted."""
    return types_in(extract_text(text, path="page.txt"), name)


def news_item(sentence: str) -> dict:
    """The seed extracted from one sentence under a "# News" heading."""
    return extract_text(f"# News\n\n{sentence}\n")


def types_of(text: str) -> dict[str, str]:
    """Name -> type of each entity extracted from `text` (a page called page.txt)."""
    return {n: t for t, n in entities(text)}


SUMMIT = "Marlow Tenants Summit 2031"
SUMMIT_PAGE = (
    f"{SUMMIT}\nThe Marlow Tenants Summit took place on 4 May at the Lantern Rooms in Fenby.\n"
)


def ruled(seed: dict) -> dict:
    """The seed with the relations the rules read, without the participation
    model's guesses (`learned.participants.CONFIDENCE`, below every rule's; tested in
    test_learned_participation.py): what a test of one rule's reading looks at."""
    kept = [r for r in seed["relations"] if r["confidence"] > LEARNED]
    return {**seed, "relations": kept}


def at_summit(text: str) -> set[tuple[str, str | None]]:
    """(who, role) of each PARTICIPATED_IN in `SUMMIT` the rules read when `text`
    follows a made-up page about it (its headline and a sentence saying where and
    when it was)."""
    seed = ruled(extract_text(SUMMIT_PAGE + text + "\n"))
    return {(who, role) for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == SUMMIT}


_PASSING_OPENING = (
    "Fenby Housing Group works with tenants across Dalby and the towns around it. It "
    "manages 2,000 homes.\nThe group was formed in 1990 and has grown since.\nIts board "
    "has nine members, most of them tenants.\n"
)


def in_passing(sentence: str) -> dict:
    """The seed extracted from a made-up page about something else (a headline and
    a housing group's opening lines) with `sentence` further down: how an event named
    in passing is read."""
    return extract_text(f"Chair steps down\n\n{_PASSING_OPENING}{sentence}\n", path="page.txt")


REVIEW_BODY = "Orrin Valley Community Transport"
REVIEW_OPENING = (
    f"{REVIEW_BODY} — Annual Review 2031\n\n"
    "FROM OUR CHAIR\n\n"
    f"{REVIEW_BODY} had another busy year, with 9,000 journeys.\n\n"
)


def review_members(text: str, opening: str = REVIEW_OPENING) -> set[tuple[str, str, str | None]]:
    """MEMBER_OF rows (person, body, role) extracted from `text` under `opening`, by
    default a made-up annual review whose own body is `REVIEW_BODY`: how a page's
    board and its rolls are read."""
    return with_roles(extract_text(opening + text + "\n", path="page.txt"), "MEMBER_OF")
