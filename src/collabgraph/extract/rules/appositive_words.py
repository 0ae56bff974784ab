"""Whether the words beside a name are its post, for `appositives` (no rules): the
name is a person's (or shaped like one, a post's words after it: "Ola Brisk, Food
Strategy Lead at Foo"), a title right after the name with no comma ("Jane Doe
Managing Director of Foo said"), asides before the post ("(pictured)", ", 54,":
`vocab/photo_asides.txt`), a job's word among the words (`has_role_word`), a post
in capitals read as a body's name ("Award Scheme Co-ordinator at Foo"), a post after
a body's name ("Foo Trust Chair,", "Foo Trust's customer engagement advisor,").
`LINKS`, `ROLE_STOP` and `AFTER_ORG` are the words that join a post to its body,
stop a post's words, and may follow the body's name.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

_MEMBER_HEADS = vocab.words("role_member_heads")
LINKS = {"of", "at", "for", "with", "from", "in", "to"}  # "Clerk to Foo Parish Council"
_PHOTO_ASIDES = vocab.words("photo_asides")
ROLE_STOP = {",", ";", "(", ")", ":", '"', "“", "”", "–", "—"}
AFTER_ORG = {
    ",",
    ")",
    "(",
    ".",
    ";",
    ":",
    "said",
    "says",
    "and",
    "were",
    "was",
    "is",
    "has",
    "will",
}


def holder(reader: SentenceReader, p: Mention, start: int) -> bool:
    """Whether `p` is a person: typed one, or a name the recogniser read as a body
    that opens with a given name and is shaped like a person's, with a post's words
    right after it ("Ola Brisk, Food Strategy Lead at Foo"), which then gets a
    person's votes."""
    if reader.kind(p) == "Person":
        return True
    stop = start
    while (
        stop < reader.sent.end and stop - start < 8 and reader.words[stop] not in ROLE_STOP | LINKS
    ):
        stop += 1
    return has_role_word(reader, start, stop) and reader.vote_post_holder(p, given=True)


def bare_post_at(reader: SentenceReader, p: Mention, k: int) -> bool:
    """Whether a job title follows a person's name with no comma between: in
    capitals ("Jane Doe Managing Director of Foo said", a caption's or a list's way),
    or in lower case when it says where it is held ("Jane Doe chair of Foo then")."""
    if k >= reader.sent.end or reader.kind(p) != "Person":
        return False
    span = reader.role_at(k)
    if span is None:
        return False
    if reader.doc[k].text[:1].isupper():
        return True
    return span.end < reader.sent.end and reader.words[span.end] in {"of", "at"}


def past_asides(reader: SentenceReader, k: int) -> int:
    """Past what may stand between a name and its post: "(pictured)", "(left)"
    (`vocab/photo_asides.txt`), ", 54," (an age): the comma or token after."""
    words, end = reader.words, reader.sent.end
    if k + 2 < end and words[k] == "(" and words[k + 2] == ")" and words[k + 1] in _PHOTO_ASIDES:
        return k + 3
    if k + 2 < end and words[k] == "," and reader.doc[k + 1].like_num and words[k + 2] == ",":
        return k + 2
    return k


def post_read_as_body(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name typed a body is a job title in capitals, held at the body named
    after it: it ends in a job's word and "at", "of" or "for" follows ("Award Scheme
    Co-ordinator at Foo")."""
    if reader.kind(m) != "Organisation" or m.end >= reader.sent.end:
        return False
    last = m.text.lower().split()[-1]
    return last in lx.ROLE_CORE and reader.words[m.end] in {"at", "of", "for"}


def _post_in_capitals(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name not typed a person ends in a job's word ("SW Beach Manager")."""
    return reader.kind(m) != "Person" and m.text.lower().split()[-1] in lx.ROLE_CORE


def has_role_word(reader: SentenceReader, start: int, end: int) -> bool:
    """Whether words [start, end) hold a job title's word ("manager", "chair", "CEO")."""
    text = reader.doc[start:end].text.lower().replace(",", " ")
    words = set(text.split()) | set(text.replace("-", " ").split())  # "co-ordinator", "vice"
    return 0 < end - start <= 14 and any(w in lx.ROLE_CORE or w in _MEMBER_HEADS for w in words)


def role_after(reader: SentenceReader, org: Mention) -> int | None:
    """Where a job title after an organisation's name ends: "Foo Trust Chair,", "Foo
    Trust's customer engagement advisor,"."""
    first = k = past_possessive(reader, org.end)
    while k < reader.sent.end and k - first < 4 and reader.words[k] not in ROLE_STOP:
        tok, m = reader.doc[k], reader.by_start.get(k)
        if m is not None and _post_in_capitals(reader, m):
            k = m.end  # "Foo Trust's SW Beach Manager,": a post read as a name
            continue
        if tok.pos_ not in {"NOUN", "ADJ", "PROPN"} or m is not None:
            return None  # "Foo Trust health committee chairman": nouns and adjectives only
        k += 1
    if k == first or k >= reader.sent.end or reader.words[k] not in {",", ")"}:
        return None
    return k if has_role_word(reader, first, k) else None


def past_possessive(reader: SentenceReader, k: int) -> int:
    """The token past a possessive mark at token k ("Foo Trust's"), else k."""
    return k + 1 if k < reader.sent.end and reader.words[k] in POSSESSIVE else k
