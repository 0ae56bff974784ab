"""The post a councillor holds, written next to the style ("Cllr", "Councillor")
rather than as a separate title: before it, "the council leader, Cllr Jane Doe",
"The council's Cabinet Member for Housing, Cllr Jane Doe", "Mayor of Kelby Councillor
Jane Doe", "The Chair of the Council, Cllr Jane Doe"; after it, past "the" and "the
council's", "Cllr Jane Doe, the county council's Cabinet Member for Economy"; or in
brackets, a minutes' "Cllr Jane Doe (Chair)". Read by `page_posts._councillors`, which
would otherwise note the seat as plain "Councillor" (the employment family, continued;
no rules of its own).

A post counts when it is an elected post at a council (`post_homes.council_post`,
`vocab/role_of_the_council.txt`), a civic post of a place (`civic_posts.post_heads`,
`vocab/place_post_bodies.txt`: "Lord Mayor", "Deputy Mayor") or the chair of the
council itself (`vocab/council_chair_posts.txt`); the council it is held at is the
caller's to find.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import POSSESSIVE_S
from collabgraph.extract.rules.civic_posts import post_heads
from collabgraph.extract.rules.post_homes import council_post
from collabgraph.extract.rules.post_kinds import role_text
from collabgraph.extract.rules.reader import SentenceReader

_CHAIR_POSTS = vocab.words("council_chair_posts")
_COUNCIL_WORDS = {"council"} | {
    w.lower() for k in vocab.ordered("council_kinds") for w in k.split()
}
# words a post written before the style may follow: the sentence's start, an article or
# possessive, a comma, a line mark, a caption's opening; not "former" (a post gone)
_OPENERS = {"the", "'s", "’s", "our", "its", ",", ":", "[", "(", "by", "with", "to", "and"}
_LONGEST = 9  # "Cabinet Member for Adult Social Care and Public Health"


def councillor_title(reader: SentenceReader, m: Mention, style: int) -> str | None:
    """The post a styled councillor `m` (style word at token `style`) holds, written
    before the style or after the name; None when none is written there."""
    return _title_before(reader, style) or _title_after(reader, m)


def _title_before(reader: SentenceReader, style: int) -> str | None:
    """ "the council leader, Cllr Jane Doe", "Mayor of Kelby Councillor Jane Doe": the
    longest council post ending right before the style (or its comma)."""
    end = style - (style - 1 > reader.sent.start and reader.words[style - 1] == ",")
    for start in range(max(reader.sent.start, end - _LONGEST), end):
        if not _opens(reader, start) or not _plain_words(reader, start, end):
            continue
        text = reader.doc[start:end].text
        if _is_post(text):
            return role_text(text, None)
        if start in reader.by_start:  # "the Kelby Mayor, Cllr Jane Doe", read as a name
            post = _post_after_place(text)
            if post is not None:
                return role_text(post, None)
    return None


def _post_after_place(text: str) -> str | None:
    """ "Kelby Mayor", "Kelby Lord Mayor": the civic post after a place's name
    (`civic_posts.post_heads`), no body's head word before it; else None."""
    words = text.split()
    for i in range(1, len(words)):
        if words[i - 1].lower() in lx.ANY_ORG_HEADS:
            return None  # "Kelby Council Mayor": the body's, read as it is
        if post_heads(" ".join(words[i:])) is not None:
            return " ".join(words[i:])
    return None


def _title_after(reader: SentenceReader, m: Mention) -> str | None:
    """ "Cllr Jane Doe, the county council's Cabinet Member for Economy, said", "Cllr
    Jane Doe (Chair)": the council post after the name, past "the" and "the council's",
    when it is all the aside holds up to its comma or bracket ("Cllr Jane Doe, the
    Mayor's consort": no post)."""
    k = m.end
    if k >= reader.sent.end or reader.words[k] not in {",", "("}:
        return None
    bracket = reader.words[k] == "("
    k += 1
    if not bracket and k < reader.sent.end and reader.words[k] == "the":
        k += 1
        j = k
        while j < reader.sent.end and reader.words[j] in _COUNCIL_WORDS:
            j += 1
        if j > k and j < reader.sent.end and reader.words[j] in POSSESSIVE_S:
            k = j + 1  # "the county council's"
    end = _post_end(reader, k, bracket)  # the whole aside is the post, or none is
    if not k < end <= k + _LONGEST or not _plain_words(reader, k, end):
        return None
    text = reader.doc[k:end].text
    return role_text(text, None) if _is_post(text) else None


def _post_end(reader: SentenceReader, k: int, bracket: bool) -> int:
    """Where a post written from token k can end: the closing bracket, or the next
    comma or the sentence's end."""
    j = k
    close = ")" if bracket else ","
    while j < reader.sent.end and reader.words[j] not in {close, ".", ";", ":"}:
        j += 1
    if bracket and (j >= reader.sent.end or reader.words[j] != ")"):
        return k  # an unclosed bracket: nothing read
    return j


def _opens(reader: SentenceReader, start: int) -> bool:
    """Whether a post may start at token `start`: the sentence's start, or after an
    opener word."""
    return start == reader.sent.start or reader.words[start - 1] in _OPENERS


def _plain_words(reader: SentenceReader, start: int, end: int) -> bool:
    """Whether tokens start..end are all words (a post's), no punctuation."""
    return all(t.is_alpha or t.text in {"-", "&"} for t in reader.doc[start:end])


def _is_post(text: str) -> bool:
    """Whether `text` names a post held at a council: an elected post, a civic post
    of a place ("Lord Mayor of Kelby"), or the chair of the council."""
    low = " ".join(text.lower().replace("’", "'").split())
    if low.split()[0] in _COUNCIL_WORDS and len(low.split()) == 1:
        return False
    if low in {"councillor", "councilor", "cllr"}:
        return False  # the style itself: no post beyond the seat
    if low in _CHAIR_POSTS:
        return True
    head = low.split(" of ")[0].split(" for ")[0]
    return council_post(low) or post_heads(head) is not None
