"""The body the page's "I" works for, told in the first person and read from the
parse. "I" is the byline's author outside quotations and the speaker inside them
(`VoiceReading.i_person`):

- "I work at Foo", "I have worked for Foo since 2019": WORKS_FOR Foo;
- "I am the learning officer at Foo", "I'm policy lead at Foo", "I work at Foo as
  a project officer": WORKS_FOR Foo, the post (a word of `vocab/role_core.txt`
  heads it) the role; a board's seat ("I am a trustee at Foo") is MEMBER_OF;
- "my colleagues at Foo", "my job at Foo" (`vocab/my_work_nouns.txt`): WORKS_FOR Foo
  (not "I left my job at Foo": the page's "we" is not Foo);
- "Foo, where I manage the befriending team" (`vocab/first_person_post_verbs.txt`:
  the post each verb says, "manage": manager): the post at Foo;
- "six of us from Foo travelled to ...", "a few of us from Foo": the author is one
  of Foo's people (WORKS_FOR Foo).

And the writer of a page with no byline who names themself: "Hello, I'm Jo Tern,
the larder coordinator", "My name is Jo Tern", "These are my notes – Jo Tern,
network coordinator" (`self_named_author`): the page's author from then on. An
introduction opening one of the page's first lines with a post and its body ("Hi all
- Jo here, Policy Officer at Foo", "Hello, I'm Jo Tern, Outreach Lead at Foo") is
read before, in the layout, as the page's byline (`self_intros.introduced`).

Only bodies (an organisation the sentence names); not "I worked with Foo" (working
together), "I met Foo", "my friends at Foo", "six of us from Fenby" (a place).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.post_kinds import post_relations
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: it reads the parse)."""

_WHERE_I_VERBS = vocab.table("first_person_post_verbs")  # "where I manage": manager
_MY_WORK_NOUNS = vocab.words("my_work_nouns")  # "my colleagues at Foo", "my job at Foo"
_AT = {"at", "for"}
_FEW = {"few", "both", "several", "some", "couple", "handful"}  # "a few of us from Foo"
_CONFIDENCE = 0.6
_WORK = {"work", "worked", "working", "works"}  # the parse gives no lemmas
_LEFT = {"left", "leave", "leaving", "quit", "lost", "losing"}  # "left my job at Foo"
_BE = {"am", "'m", "’m", "was", "be", "been"}


_I_AM = {"am", "'m", "’m"}
_NAME_IS = {"is", "'s", "’s"}


def self_named_author(reader: SentenceReader) -> None:
    """A page with no byline whose "I" names themself in its text (see the module):
    that person is the page's author, so its "I" is read as them after."""
    ctx = reader.ctx
    if reader.section != 0 or reader.block_kind != "para" or ctx.authors.get(0) is not None:
        return
    words, end = reader.words, reader.sent.end
    for k in range(reader.sent.start, end - 2):
        if reader.in_quote(k):
            continue
        named = None
        if words[k] == "i" and words[k + 1] in _I_AM:  # "I'm Jo Tern"
            named = reader.by_start.get(k + 2)
        elif words[k] == "my" and words[k + 1] == "name" and words[k + 2] in _NAME_IS:
            named = reader.by_start.get(k + 3)  # "My name is Jo Tern"
        elif words[k] in lx.DASHES and _first_person_before(reader, k):
            named = reader.by_start.get(k + 1)  # "These are my notes – Jo Tern, ..."
            if named is not None and named.end < end and words[named.end] not in {",", "."}:
                named = None
        if named is not None and reader.kind(named) == "Person":
            ctx.authors[0] = named.id
            return


def _first_person_before(reader: SentenceReader, k: int) -> bool:
    """Whether "I" or "my" comes before token k in its sentence (outside quotes)."""
    return any(
        reader.words[j] in {"i", "my"} and not reader.in_quote(j)
        for j in range(reader.sent.start, k)
    )


def first_person_posts(reader: SentenceReader) -> None:
    """ "I work at Foo", "I'm the project lead at Foo", "my colleagues at Foo",
    "six of us from Foo": the page's "I" works for Foo (see the module)."""
    for k in range(reader.sent.start, reader.sent.end):
        word = reader.words[k]
        if word == "i":
            _i_works(reader, k)
            _where_i(reader, k)
        elif word == "my":
            _my_work(reader, k)
        elif word == "us" and counted_us(reader, k):
            who = reader.i_person(k)
            body = _body_at(reader, k + 1, {"from"})
            if who is not None and body is not None and reader.kind(who) == "Person":
                reader.relate(who, "WORKS_FOR", body, confidence=_CONFIDENCE)


def _i_works(reader: SentenceReader, k: int) -> None:
    """ "I work at Foo", "I am the learning officer at Foo" (token k: "I")."""
    tok = reader.doc[k]
    who = reader.i_person(k)
    if tok.dep_ != "nsubj" or who is None or reader.kind(who) != "Person":
        return
    verb = tok.head
    if verb.lower_ in _WORK:  # "I work at Foo (as a learning officer)"
        post = next((p for c in verb.children if c.lower_ == "as" for p in c.children), None)
        role = _post_words(post)
        for body in _bodies_of(reader, verb):
            _holds(reader, who, role, body)
    elif verb.lower_ in _BE:  # "I am the learning officer at Foo"
        post = next((c for c in verb.children if c.dep_ == "attr"), None)
        role = _post_words(post)
        for body in (_bodies_of(reader, post) or _bodies_of(reader, verb)) if role else ():
            _holds(reader, who, role, body)


def _where_i(reader: SentenceReader, k: int) -> None:
    """ "Foo Trust, where I manage the befriending team" (token k: "I")."""
    words = reader.words
    if k + 1 >= reader.sent.end or k - 3 < reader.sent.start:
        return
    if words[k - 1] != "where" or words[k - 2] != "," or words[k + 1] not in _WHERE_I_VERBS:
        return
    body = reader.by_end.get(k - 2)
    who = reader.i_person(k)
    if body is None or reader.kind(body) != "Organisation" or who is None:
        return
    if reader.kind(who) == "Person":
        post = _WHERE_I_VERBS[words[k + 1]]
        _holds(reader, who, None if post == "-" else post, body)


def _post_words(post) -> str | None:
    """The post a noun heads, its article left out ("the learning officer":
    "learning officer"), when a word of `vocab/role_core.txt` heads it."""
    if post is None or post.lower_ not in lx.ROLE_CORE:
        return None
    return " ".join(t.text for t in post.subtree if t.i <= post.i and t.dep_ not in {"det", "poss"})


def _holds(reader: SentenceReader, who, role: str | None, body) -> None:
    """`who` holds `role` (or some post) at `body`: a board's seat is MEMBER_OF
    ("I am a trustee at Foo"), a job WORKS_FOR (`post_kinds.post_relations`)."""
    rels = post_relations(role, body) or ("WORKS_FOR",)
    reader.relate(who, rels, body, role=role, confidence=_CONFIDENCE)


def _my_work(reader: SentenceReader, k: int) -> None:
    """ "my colleagues at Foo", "my job at Foo" (token k: "my")."""
    noun = reader.doc[k].head
    if reader.doc[k].dep_ != "poss" or noun.lower_ not in _MY_WORK_NOUNS:
        return
    if noun.head.lower_ in _LEFT:
        return  # "I had just left my job at Foo": Foo is no longer where they work
    who = reader.i_person(k)
    if who is None or reader.kind(who) != "Person":
        return
    # "my job at Foo": "at" right after the noun, wherever the parse hangs it
    body = _body_at(reader, noun.i + 1, {"at"})
    if body is not None:
        reader.relate(who, "WORKS_FOR", body, confidence=_CONFIDENCE)


def _bodies_of(reader: SentenceReader, head, preps=_AT) -> list:
    """The organisations named as the object of a preposition of `preps` that
    hangs on token `head`."""
    found = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        body = _body_at(reader, prep.i, preps)
        if body is not None:
            found.append(body)
    return found


def _body_at(reader: SentenceReader, j: int, preps) -> object | None:
    """The organisation named right after the preposition at token j, if it is one
    of `preps`."""
    if j >= reader.sent.end - 1 or reader.words[j] not in preps:
        return None
    body = reader.mention_at(j + 1)
    return body if body is not None and reader.kind(body) == "Organisation" else None


def counted_us(reader: SentenceReader, k: int) -> bool:
    """Whether "us" at token k is counted: "six of us", "a few of us", "both of us"."""
    if k - 2 < reader.sent.start or reader.words[k - 1] != "of":
        return False
    count = reader.doc[k - 2]
    return count.like_num or count.lower_ in _FEW


__all__ = ["counted_us", "first_person_posts", "self_named_author"]
