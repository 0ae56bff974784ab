"""What a post is: a seat on a board or a job (`post_relations`), and its title as
written (`role_text`). Shared by every rule that reads a post and by the page-level
readers of posts; word lists in `vocab/role_member*.txt`, `board_words.txt` and
`post_time_adverbs.txt`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.entity_names import local_council
from collabgraph.extract.mentions import Mention

_MEMBER_ROLES = vocab.words("role_member")
_MEMBER_HEADS = vocab.words("role_member_heads")
BOARD_WORDS = vocab.words("board_words")
_WHEN_WORDS = vocab.words("post_time_adverbs")  # "previously deputy director": "deputy director"
_OFFICERS = vocab.words("role_board_officers")
_MEMBERS_HEADS = vocab.words("affiliation_member_heads") | (
    lx.CLUB_HEADS - vocab.words("club_heads_also_trades")
)
_MEMBERS_TAILS = vocab.words("member_body_tails")
_OFFICER_HEADS = vocab.words("officer_seat_heads")
_EMPLOYER_TAILS = vocab.words("employer_tails")
_GROUPS = vocab.words("group_heads")
_SEAT_COMPANIONS = vocab.words("role_seat_companions")
_CLUB_SEATS = vocab.words("club_seat_posts")
_TEAM_ENDS = vocab.words("team_body_ends") | vocab.words("club_name_ends")


def member_body(name: str) -> bool:
    """Whether a body is one of people who belong to it, by its last words: "Kelby
    Carers Forum", "Fenby Ramblers", "Brookside Residents' Association", "Friends of
    Harnby Abbey" (`vocab/affiliation_member_heads.txt`; `head_organisation_clubs.txt`
    but not `club_heads_also_trades.txt`; `member_body_tails.txt`); not "Ormsby
    Housing Association", "Tallow Building Society" or "Fenby Youth Club"
    (`vocab/employer_tails.txt`): who is "of" it with no post
    is a member, its secretary holds a seat."""
    words = name.lower().replace("’", "'").replace("'", "").split()
    if not words:
        return False
    if " ".join(words[-2:]) in _EMPLOYER_TAILS:
        return False  # "Fenby Youth Club": who is "of" it is its staff
    return (
        words[-1] in _MEMBERS_HEADS
        or " ".join(words[-2:]) in _MEMBERS_TAILS
        or (words[0] == "friends" and words[1:2] == ["of"])
    )


def _officer_seat(low: str, org: Mention) -> bool:
    """Whether a body's officer holds a seat there: a treasurer at any body ("Hon.
    Treasurer"), a secretary at a body of members (`member_body`) or a society, club
    or association (`vocab/officer_seat_heads.txt`: "Kelby Orchard Society"), not at
    a body that employs one ("Jon Pike, Secretary, Foo Consortium", "Foo Housing
    Association": `vocab/employer_tails.txt`)."""
    if low not in _OFFICERS:
        return False
    return low.endswith("treasurer") or member_body(org.text) or club_like(org.text)


def club_like(name: str) -> bool:
    """Whether a body is named like a society, club or association of people
    (`vocab/officer_seat_heads.txt`: "Kelby Orchard Society"), not one that
    employs ("Foo Housing Association": `vocab/employer_tails.txt`)."""
    words = name.lower().replace("’", "'").replace("'", "").split()
    return (
        bool(words) and words[-1] in _OFFICER_HEADS and " ".join(words[-2:]) not in _EMPLOYER_TAILS
    )


def people_join(name: str) -> bool:
    """Whether a person who joins a body becomes its member, by its name: a network,
    alliance or board (`vocab/group_heads.txt`), a body of members or a club
    (`member_body`, `club_like`); not "joined Foo Trust in 2019" (staff, as often)."""
    words = name.lower().split()
    return bool(words) and (words[-1] in _GROUPS or member_body(name) or club_like(name))


def post_relations(role: str | None, org: Mention | None, *, board: bool = False):
    """MEMBER_OF for a board role ("trustee", "deputy chairman", "chair of governors",
    "non-executive director", "chair designate") or a founder of a group, network or
    club (`people_join`: "founder of the Kelby Support Group"), WORKS_FOR for a job
    (a founder of a charity or firm runs it); at a local
    council (`local_council`) every post is WORKS_FOR (an elected post is the
    council's work), not at a council named for its field ("Rural Housing Council":
    its chair holds a seat)."""
    if org is not None and role is not None and portfolio(role, org.text):
        return ()  # "Secretary of State for Housing, Towns and Local Growth"
    if org is not None and role is not None and team_seat_away(role, org.text):
        return ()  # a captain "of" a parish council: the team is not named
    council = org is not None and local_council(org.text)
    if role is None or council:
        return ("WORKS_FOR",)
    low = role.lower().replace("’", "'").removesuffix(" designate").removesuffix(" elect")
    parts = low.split(" and ")  # "board member and founder": seats, or a seat's companion
    member = (
        board
        or _seat(low)
        or (
            len(parts) > 1
            and all(_seat(p) or p in _SEAT_COMPANIONS for p in parts)
            and any(_seat(p) for p in parts)
        )
        or (org is not None and _officer_seat(low, org))
        or (org is not None and low in _SEAT_COMPANIONS and people_join(org.text))
    )
    return ("MEMBER_OF", "WORKS_FOR") if member else ("WORKS_FOR",)


def team_seat_away(role: str, body: str) -> bool:
    """Whether a post held only in a club or team ("captain", "vice-captain":
    `vocab/club_seat_posts.txt`) is read against a body that is neither: not a
    club or society (`club_like`), a club named by its members' plural
    (`head_organisation_clubs.txt`: "Fenby Bellringers") or a team named so
    (`vocab/team_body_ends.txt`, `club_name_ends.txt`: "Kelby RFC", "Fenby Rovers")."""
    words = role.lower().split()
    if not words or words[-1] not in _CLUB_SEATS:
        return False
    name = body.replace(".", "")
    last = name.lower().split()[-1:]
    return not (club_like(name) or (last and last[0] in _TEAM_ENDS | lx.CLUB_HEADS))


_FIELDS = vocab.words("role_fields")
_PORTFOLIO_POSTS = vocab.words("role_portfolio_posts")
_JOINS = {"and", "&", ",", "of", "the"}


def portfolio(role: str, name: str) -> bool:
    """Whether a post is held "for" a portfolio, not a body: the name after it only
    fields of work, after a minister's post ("Housing and Local Government",
    "Culture, Media and Sport") or, after any post, several of them ("Health and
    Wellbeing")."""
    words = name.lower().replace(",", " , ").split()
    fields = any(w not in _JOINS for w in words) and all(w in _FIELDS or w in _JOINS for w in words)
    if not fields:
        return False
    # any post's brief when fields are listed: "Cabinet Member for Health and Wellbeing",
    # "Director, Housing and Leisure"; one field alone may name a body
    return any(post in role.lower() for post in _PORTFOLIO_POSTS) or bool({"and", ","} & set(words))


_SEAT_QUALIFIERS = sorted(vocab.words("seat_qualifiers"), key=len, reverse=True)


def seat_words(low: str) -> str:
    """A lower-case post without the words before it that only say how long or how
    keenly it is held: "long-standing member" -> "member" (`vocab/seat_qualifiers.txt`)."""
    qualifier = next((q for q in _SEAT_QUALIFIERS if low.startswith(q + " ")), None)
    return low[len(qualifier) + 1 :] if qualifier else low


def _seat(low: str) -> bool:
    """Whether a lower-case post is a seat on a board or in a body, not a job."""
    low = seat_words(low)
    head_part, _, field = low.partition(" of ")
    head = head_part.split(" for ")[0].split()
    return (
        low in _MEMBER_ROLES
        or " ".join(head[-2:]) in _MEMBER_ROLES
        or (bool(head) and head[-1] in _MEMBER_HEADS)
        or any(w in BOARD_WORDS for w in field.split()[:2])
    )


def role_text(text: str, org: Mention | None) -> str:
    """A job title as written, cleaned: no leading article; "Leader" at a council is
    "Council Leader"; all lower case made title case (small words kept lower)."""
    text = " ".join(text.replace("’", "'").split())
    low = text.lower()
    while " " in text and low.split(" ", 1)[0] in _WHEN_WORDS:
        text = text.split(" ", 1)[1]
        low = text.lower()
    if low.startswith(("the ", "our ", "its ", "their ", "a ", "an ")):
        text = text.split(" ", 1)[1]
        low = text.lower()
    if (
        low in {"leader", "deputy leader"}
        and org is not None
        and org.text.lower().endswith("council")
    ):
        text = "Council " + text if low == "leader" else "Deputy Council Leader"
    if text.islower():
        small = {"of", "for", "and", "the", "at", "in", "to"}  # "Chair of Governors"
        text = " ".join(w if w in small else w.title() for w in text.split())
    return text
