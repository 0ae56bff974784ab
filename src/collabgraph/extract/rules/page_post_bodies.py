"""Where a post named with no organisation is held, for the post rules
(`page_posts.py`, `appositives.py`; no rules): a body named only by its kind
("a trustee of the charity": the page's own), "the Trust" after a post ("Chair
of the Trust Jane Doe": the body last named with that word), the area a post
covers ("General Manager for Westshire": no body), and the note for the page's
own organisation (`ctx.unplaced_posts`, read by `page_organisation.place_posts`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.rules.post_homes import page_post, post_home
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.programme_lines import officers_roll
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

_CLUB_WORDS = vocab.words("club_post_nouns")


def club_word_before(reader: SentenceReader, i: int) -> str | None:
    """ "Club secretary Jane Doe", "the society's treasurer": the club's word
    (`vocab/club_post_nouns.txt`, lower case) right before a post starting at token
    i, standing in no name; None otherwise."""
    k = i - 1 - (i - 1 > reader.sent.start and reader.words[i - 1] in POSSESSIVE)
    if k < reader.sent.start or reader.words[k] not in _CLUB_WORDS:
        return None
    if any(m.start <= k < m.end for m in reader.ms):
        return None  # "Fenby Walking Club secretary Jane Doe": read with the name
    return reader.words[k]


def unnamed_body_at(reader: SentenceReader, start: int, j: int) -> int | None:
    """ "Jane Doe, a late trustee of the charity,": where a post's words [start, j)
    end when they close on "of"/"at"/"for", "the" and a body's word that no name
    on the page ends in (else `reader.definite_org` finds it): the page's own
    body, named by its kind; None otherwise."""
    k, words = j - 3, reader.words
    if k <= start or words[k] not in {"of", "at", "for"} or words[k + 1] != "the":
        return None
    if words[k + 2] not in lx.BODY_NOUNS or reader.by_start.get(k + 1) is not None:
        return None
    return k


def note_for_the_page(reader: SentenceReader, person: Mention, text: str) -> None:
    """A board seat or chief executive ("page") or a staff post ("staff") held at a
    body named only by its kind ("a trustee of the charity") is noted for the
    page's own body; any other post is left."""
    role = role_text(text, None)
    home = post_home(role)
    if home in {"page", "staff", "university"}:
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, home))


def area_after(reader: SentenceReader, k: int) -> int | None:
    """Where "for <place>" ends when it closes a post ("Jane Doe, General Manager for
    Westshire said", "..., Director for Northtown,"): the area the post covers, so the
    post is at the page's body, not at the place; None when no UK place stands there."""
    words = reader.words
    if k + 1 >= reader.sent.end or words[k] != "for":
        return None
    j = k + 1
    while j < reader.sent.end and reader.doc[j].text[:1].isupper():
        j += 1
    ends = {",", ")", ".", ";"} | lx.SPEAKING_VERBS
    closes = j >= reader.sent.end or words[j] in ends
    if j == k + 1 or not closes or not is_uk_place(reader.doc[k + 1 : j].text):
        return None
    return j


def body_by_kind(reader: SentenceReader, k: int, end: int) -> Mention | None:
    """ "Chair of the Trust Jane Doe", "Chief Executive of the charity, Jane Doe": the
    organisation a post ending at token k is held at when "of"/"at" and "the" and a
    body's word (trust, charity, board) run from there to the name at `end`: the
    organisation last named with that word; None otherwise."""
    if end - k != 3 or reader.words[k] not in {"of", "at"}:
        return None
    return reader.definite_org(k + 1)


def note_at_body(reader: SentenceReader, person: Mention, i: int, k: int, body: Mention) -> None:
    """Note the post from token i to k ("Chair" of "Chair of the Trust Jane Doe") for the
    page's own organisation, else `body`, when it is a board seat or chief executive;
    after "former", only a seat (the board as it was), not a job."""
    role = role_text(reader.doc[i:k].text, body)
    gone = i > reader.sent.start and reader.words[i - 1] in {"former", "ex"}
    if page_post(role) and (is_seat(role) or not gone):
        reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, ("page", body.id)))


def is_seat(role: str) -> bool:
    """Whether a post is a seat on a board ("chairman", "trustee"), not a job."""
    return "MEMBER_OF" in post_relations(role, None)


def label_seat(reader: SentenceReader, role: str) -> bool:
    """Whether a post labelling a line of a roll of officers ("Chair: Jane Doe, Foo
    Trust" by "Treasurer – John Roe (Bar Housing)": `programme_lines.officers_roll`)
    is a seat or officer's post on the page's own body (`page_posts.unplaced_roles`
    notes it), the body beside the name being the holder's own (`name_org_pairs`).
    On the probe tune halves none of 31 such lines put the seat at the body beside
    the name in the gold; a "Chair:" line alone is a session's chair."""
    if not officers_roll(reader):
        return False
    return post_home(role) == "officer" or (post_home(role) == "page" and is_seat(role))
