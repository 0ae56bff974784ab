"""Where a post named with no organisation is held, by its words alone (no rules;
read by the post rules: `posts`, `page_posts`, `post_lines`, `boards`,
`succession`, `civic_posts`): a board seat or chief executive at the page's own
organisation ("deputy chairman", "chair of governors":
`vocab/role_of_the_page.txt`), a body's officer ("Hon. Treasurer":
`vocab/role_board_officers.txt`), an elected post at the page's council ("Council
leader": `vocab/role_of_the_council.txt`), a staff post ("centre manager":
`vocab/role_of_the_staff.txt`); and whether a person already holds a post.
"""

from __future__ import annotations

from collections.abc import Container

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

_MEMBER_HEADS = vocab.words("role_member_heads")
_PAGE_POSTS = vocab.words("role_of_the_page")
_STAFF_POSTS = vocab.words("role_of_the_staff")
_UNIVERSITY_POSTS = vocab.words("role_of_the_university")
_OFFICERS = vocab.words("role_board_officers")
_COUNCIL_POSTS = vocab.words("role_of_the_council")
_COUNCIL_STAFF = vocab.words("role_of_the_council_staff")
_OUR_STAFF = vocab.words("role_of_our_staff")  # "our solicitor": a trade, said "our"
_COUNCIL_WORDS = {"council"} | {
    w.lower() for k in vocab.ordered("council_kinds") for w in k.split()
}


def page_post(role: str) -> bool:
    """Whether a post named with no organisation is at the page's own one
    (`vocab/role_of_the_page.txt`): "deputy chairman", "chair of governors"."""
    low = role.lower().replace("’", "'")
    head = low.split(" of ")[0].split()
    return (
        bool(head)
        and (
            head[-1] in _MEMBER_HEADS
            or " ".join(head[-3:]) in _PAGE_POSTS
            or " ".join(head[-2:]) in _PAGE_POSTS
            or head[-1] in _PAGE_POSTS
        )
        and not low.startswith(("former", "ex-"))
    )


def officer_post(role: str) -> bool:
    """Whether a post is a body's officer (`vocab/role_board_officers.txt`):
    "Secretary", "Hon. Treasurer"; not "General Secretary" or "Health Secretary"."""
    return " ".join(role.lower().split()) in _OFFICERS


def staff_post(role: str, heads: Container[str] = _STAFF_POSTS) -> bool:
    """Whether a post named with no organisation is a staff post at the page's own
    one (`vocab/role_of_the_staff.txt`, or `heads`): "centre manager", "Adviser",
    "Director of Patient Services"; not "former adviser", "Mayor", "journalist"."""
    low = role.lower().replace("’", "'")
    head = low.split(" of ")[0].split(" for ")[0].split(" in ")[0].split()
    return bool(head) and head[-1] in heads and not low.startswith(("former", "ex-"))


def council_post(role: str) -> bool:
    """Whether a post named with no organisation is an elected post at the page's
    one local council (`vocab/role_of_the_council.txt`): "Council leader", "county
    cabinet member for libraries", "Deputy Leader and Cabinet Member for Finance" (either
    of two posts joined); not "team leader"."""
    return any(_council_post(part) for part in role.lower().replace("’", "'").split(" and "))


def _council_post(low: str, posts: Container[str] = _COUNCIL_POSTS) -> bool:
    head = low.split(" of ")[0].split(" for ")[0].split()
    while head and head[0] in _COUNCIL_WORDS:
        head = head[1:]
    return " ".join(head) in posts


def council_staff_post(role: str) -> bool:
    """Whether a post named with no organisation is a staff post at the page's local
    council (`vocab/role_of_the_council_staff.txt`): "Town Clerk", "Clerk and RFO"."""
    parts = role.lower().replace("’", "'").replace("&", " and ").split(" and ")
    return any(_council_post(part.strip(), _COUNCIL_STAFF) for part in parts)


def post_home(role: str) -> str | None:
    """Where a post named with no organisation is held: "page" (a board seat or
    chief executive), "officer" (a secretary or treasurer: a seat at the page's own
    organisation when the page names seats there), "council" (an elected post),
    "staff" (a staff post at the page's own organisation), "university" (a
    vice-chancellor: at the page's one university, else as a staff post), or None."""
    if page_post(role):
        return "page"
    if officer_post(role):
        return "officer"
    if council_post(role) or council_staff_post(role):
        return "council"
    if staff_post(role):
        return "staff"
    return "university" if staff_post(role, _UNIVERSITY_POSTS) else None


def our_post_home(role: str) -> str | None:
    """Where a post said "our" is held ("our outreach worker, Jane Doe"): as `post_home`,
    but a staff post is at the page's own body ("page"), even on a page that funds others;
    so is a trade said "our" ("our clinical pharmacist", "our solicitor":
    `vocab/role_of_our_staff.txt`), which its word alone does not place."""
    home = post_home(role)
    if home is None and staff_post(role, _OUR_STAFF):
        return "page"
    return "page" if home == "staff" else home


def holds_post(reader: SentenceReader, person: int) -> bool:
    """Whether a person already has a post somewhere (WORKS_FOR or MEMBER_OF)."""
    return any(
        {"WORKS_FOR", "MEMBER_OF"} & set(c.relations) for c in reader.ctx.by_source.get(person, ())
    )
