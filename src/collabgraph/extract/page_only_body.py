"""The body a "we" page names alone where it starts: the last thing
`page_voice.voiced_body` reads, when no headline label, "About" line, "we at" or
opening subject says whose voice the page is.

A page that says "our chair", "our trustees", "we welcomed" and names one
organisation only in its headline ("Team news - summer bulletin, Foo Network",
"From our feed: recent posts by Foo Foodbank"), or, with none in the headline,
one only in its first paragraph that names any ("Thank you to the members who
joined us for the annual meeting of Foo Larder", "We're pleased to introduce the
people who joined the board of Foo Network at our annual meeting"), speaks for
that body: a careful reader takes the one body named where the page opens as the
"we". Two different bodies there, or a headline whose news a body is the subject
of ("Foo Trust awards grants"), and the page says nothing of whose it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract import vocab
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions.heads import newspaper_title
from collabgraph.extract.page_speaker import is_subject

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext

_FIRST_BLOCKS = 3
"""How many of the page's first blocks (headline included) are read for a paragraph
naming a body."""
_VERBS = {"VERB", "AUX"}
_SENTENCE_ENDS = {".", "!", "?"}
_FIRST_PERSON = {"we", "our", "us"}
"""A body a paragraph's subject after the page has said "we" in it is another
("We won a grant from Foo. Bar Trust sent its congratulations.")."""
_SUBJECTS = {"nsubj", "nsubjpass"}
_LABEL_BEFORE = {"from", "by"}  # "News from Foo", "Posts by Foo"; not "The team at Foo"
_OWN_OF = (
    vocab.words("our_at_nouns") | vocab.words("board_words") | vocab.words("body_meeting_heads")
)
"""Nouns before "of" that name a body's own people, board or meeting: "the annual
meeting of Foo", "joined the board of Foo", "the staff of Foo"; or after the body's
name: "a member of the Foo team", "the Foo board"."""
_LABEL_NOUNS = vocab.words("page_label_nouns")
"""A page's own news ("Welcome to the spring round-up from Foo", "the latest
newsletter from Foo"): the body after "from" or "by" is the page's."""


def only_body(ctx: DocumentContext, docs) -> int | None:
    """The mention id of the one organisation the headline (block 0) names, else
    of the one the first paragraph naming any organisation names (within the
    page's first blocks); None when that block names two different bodies."""
    by_block: dict[int, list] = {}
    for m in ctx.mentions:
        if m.synthetic or m.section != 0 or m.block >= min(len(docs), _FIRST_BLOCKS):
            continue
        if ctx.type_of(m) == "Organisation" and (m.block == 0 or named_as_body(m)):
            by_block.setdefault(m.block, []).append(m)
    for block in sorted(by_block):
        named = by_block[block]
        if block == 0 and not is_sentence(docs[0]):  # the one body closing the headline
            keys = {mention_key(m.text) for m in named}
            named = [m for m in named if len(keys) == 1 and _closes(docs[0], m)]
        else:
            named = [m for m in named if not _in_passing(docs[block], m)]
        if not named:  # "Foo Trust awards grants", "we heard from Jo Tern of Foo"
            return None
        keys = {mention_key(m.text) for m in named}
        return named[0].id if len(keys) == 1 else None
    return None


def is_sentence(doc) -> bool:
    """Whether the page's first block is a sentence (ends as one: "Our lead, Jo Tern,
    joined us from Foo College."), not a headline."""
    last = [t for t in doc if not t.is_space]
    return bool(last) and last[-1].text in _SENTENCE_ENDS


def _closes(doc, m) -> bool:
    """Whether a headline's body closes it ("Summer bulletin, Foo Network", "Recent
    posts by Foo Foodbank"): not the subject of a headline's news ("Foo Trust
    awards grants to six groups")."""
    rest = [t for t in doc[m.end :] if not t.is_punct] if m.end <= len(doc) else [None]
    return not rest


def _in_passing(doc, m) -> bool:
    """Whether a paragraph names a body only in passing: not as a subject ("This
    has been a year in which Foo Trust has ...") nor after "of" and a noun of the
    body's own people, board or meeting (`_OWN_OF`: "the annual meeting of Foo",
    "the board of Foo"): "with Foo",
    "at Foo Centre", "who leads Foo", "director of Foo", "Jo Tern of Foo" name
    someone's body or a venue, not the page's. A line with no verb ("News from
    Foo Residents' Association") labels the page when the body follows "from" or
    "by" (`_LABEL_BEFORE`); a one-word name is no body's."""
    if not 0 <= m.start < m.end <= len(doc):
        return True
    if not any(t.pos_ in _VERBS for t in doc):  # a line of its own, no sentence
        k = m.start - 1 if m.start < 1 or doc[m.start - 1].lower_ != "the" else m.start - 2
        return k < 0 or doc[k].lower_ not in _LABEL_BEFORE  # "News from Foo Association"
    root = doc[m.start : m.end].root
    if is_subject(doc[m.start : m.end]):  # not beside another ("Foo and Bar sent ...")
        said_we = any(t.lower_ in _FIRST_PERSON for t in doc[: m.start])
        return said_we or any(c.dep_ == "conj" for c in root.children)
    head = root.head
    if root.dep_ == "compound" and head.i >= m.end:  # "a member of the Foo team"
        return head.lower_ not in _OWN_OF or head.head.lower_ != "of"
    if root.dep_ == "pobj" and head.lower_ in _LABEL_BEFORE:  # "the round-up from Foo"
        return _noun_word(doc, head.head) not in _LABEL_NOUNS
    if root.dep_ != "pobj" or head.lower_ != "of":
        return True  # "we heard from Jo Tern, who leads Foo Centre"
    return head.head.lower_ not in _OWN_OF


def _noun_word(doc, noun) -> str:
    """A noun's word, lower-case, with a hyphenated first part spaCy splits off
    ("round-up": "round", "-", "up")."""
    if noun.i >= 2 and doc[noun.i - 1].text == "-":
        return f"{doc[noun.i - 2].lower_}-{noun.lower_}"
    return noun.lower_


def named_as_body(m) -> bool:
    """Whether a mention can be a body's name: not one capitalised word ("Foreword
    from our chair", a headline's "Minibus reaches the hills"), which outside the
    headline is passed over as if not named, so the paragraph after it is read."""
    return len(m.text.split()) >= 2 or m.text.isupper()


def a_paper(m) -> bool:
    """Whether mention `m` names a newspaper ("Kelby Gazette" over its story, "Posted by
    the Kelby Echo desk"): its publisher, but not the body the story's posts are at."""
    return newspaper_title(m.text.lower().removeprefix("the ").split())


__all__ = ["a_paper", "is_sentence", "named_as_body", "only_body"]
