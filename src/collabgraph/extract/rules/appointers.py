"""Who appoints, and whom: read from the sentence's dependency parse (spaCy),
for the post rules (`posts`). No rules of its own.

"Foo Trust has appointed Jane Doe as its new chair", "Foo Council has confirmed
the appointment of Jane Doe and John Roe as directors", "Jane Doe will join
the board of Foo as a non-executive director", "Foo has announced that Jane Doe
will join the board as a trustee": the organisation (the appointing verb's
subject, or the body joined) and the people appointed (the verb's object or
subject, with those joined to it by "and").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.post_words import named_before
from collabgraph.extract.rules.reader import SentenceReader

_APPOINTING = vocab.words("role_appointing_words")
_JOINING = vocab.words("role_joining_words")
_APPOINTING_OR_JOINING = _APPOINTING | _JOINING
_BOARD_WORDS = vocab.words("board_words")
# "has joined us (this month) as", "joined the team as": the page's own body joined
_OWN_TEAM_GAP = vocab.words("joined_own_team_words") | vocab.words("calendar_words")


def appointment(reader: SentenceReader, as_index: int) -> tuple[list[Mention], Mention | None]:
    """The people appointed with "as" at token `as_index`, and the organisation
    that appoints them or whose board they join (None when the sentence names
    none): ([], None) when "as" hangs from no appointing or joining word."""
    head = reader.doc[as_index]
    for _ in range(3):  # "as" -> "appointed"; "(to the) role (of)" -> "to" -> "appointed"
        if head.head.i == head.i:
            break
        head = head.head
        if head.lower_ in _APPOINTING_OR_JOINING:
            break
    if head.i == as_index or head.lower_ not in _APPOINTING_OR_JOINING:
        return [], None
    if not _right_after_object(reader, head, as_index):
        return [], None  # "joined the board in 2024 after a career as a chief executive"
    people = _people(reader, head)
    second = reader.by_end.get(as_index)
    if (
        second is not None
        and second not in people
        and reader.kind(second) == "Person"
        and second.start - 1 > reader.sent.start
        and reader.words[second.start - 1] in {"and", ","}
    ):  # "elected Jane Doe as chair and John Roe as secretary": the second post is John's
        people = [second]
    if head.lower_ in _JOINING:
        return people, _joined(reader, head)
    verb = head
    while verb.pos_ == "NOUN" and verb.head.i != verb.i:  # "the appointment of X as ..."
        verb = verb.head
    return people, _appointer(reader, verb)


def joined_own_team(reader: SentenceReader, as_index: int) -> bool:
    """Whether "as" at token `as_index` follows a joining verb with nothing between but
    "us", "the team" or when ("Jane Doe joined us in May as finance officer", "has
    joined as development worker"): the post is at the page's own body."""
    k = as_index - 1
    while k > reader.sent.start and (reader.words[k] in _OWN_TEAM_GAP or reader.doc[k].like_num):
        k -= 1
    return reader.words[k] in _JOINING and k not in reader.covering


def _right_after_object(reader: SentenceReader, head, i: int) -> bool:
    """Whether token i ("as", "role") comes straight after the word's object (or
    the word itself): "appointed Jane Doe as", "joined the board of Foo as",
    "appointed Jane Doe to the role of"; a post said later is another one."""
    objects = [c for c in head.children if c.dep_ in {"dobj", "prep"} and c.i < i]
    edge = max([head.i, *(c.right_edge.i for c in objects if c.right_edge.i < i)])
    if any(reader.doc[i].head == c for c in objects):
        edge = i - 1  # the parser hung "as" from the object: "joined [Foo Trust as chair]"
    return i - edge <= 3


def _people(reader: SentenceReader, head) -> list[Mention]:
    """The people a joining or appointing word is about: "X joins", "appointed X",
    "the appointment of X", with the ones joined by "and" or commas."""
    if head.lower_ in _JOINING:
        roots = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    elif head.pos_ == "NOUN":
        roots = [g for c in head.children if c.lower_ == "of" for g in c.children]
    else:
        roots = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    tokens = [t for r in roots for t in [r, *_conjuncts(r)]]
    out: list[Mention] = []
    for t in tokens:
        m = _mention_over(reader, t.i)
        if m is None and t.lower_.rstrip(".") in lx.POST_NOMINALS:
            m = named_before(reader, t.i + 1)  # "Jane Doe CBE": the parser's subject is "CBE"
        # the one appointed is a person, whatever the name read as first ("Ama Okafor": a place)
        if m is not None and (reader.vote_person(m) or _honoured(reader, m)) and m not in out:
            out.append(m)
    return out


def _honoured(reader: SentenceReader, m: Mention) -> bool:
    """Whether honours follow a name ("Jane Hall CBE"): only people have them,
    whatever else the name reads as ("Hall")."""
    return m.end < reader.sent.end and reader.words[m.end].rstrip(".") in lx.POST_NOMINALS


def _conjuncts(tok) -> list:
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ == "conj":
                out.append(c)
                todo.append(c)
    return out


def appointer_of(reader: SentenceReader, i: int) -> Mention | None:
    """The organisation whose appointing word the noun at token i hangs from: "Foo
    has announced two new trustees, A and B" (i at "trustees") -> Foo; else None."""
    head = reader.doc[i].head
    if head.i == i or head.lower_ not in _APPOINTING:
        return None
    while head.pos_ == "NOUN" and head.head.i != head.i:
        head = head.head
    return _appointer(reader, head)


def _appointer(reader: SentenceReader, verb) -> Mention | None:
    """The organisation that is the appointing verb's subject: "Foo has appointed",
    "The council of governors of Foo has appointed" (the first organisation named
    in the subject); the parser may split "The charity Foo Trust has appointed" into two
    subjects, the kind and the name: the first naming an organisation."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in subjects:
        org = _org_in(reader, c.left_edge.i, c.right_edge.i + 1)
        if org is not None:
            return org
    return None


def _joined(reader: SentenceReader, join) -> Mention | None:
    """What a person joins: "joined Foo Trust", "joined the board of Foo", and "will
    join the board" said by an organisation ("Foo has announced that ...")."""
    for c in join.children:
        if c.dep_ != "dobj":
            continue
        org = _org_in(reader, c.left_edge.i, c.right_edge.i + 1)
        if org is not None:
            return org
        if c.lower_ not in _BOARD_WORDS:
            return None
        if any(g.dep_ == "poss" for g in c.children):  # "Jane Doe joins its board"
            return reader.before(join.i, kinds={"Organisation"})
        up = join.head  # "Foo has announced that Jane Doe will join the board"
        if join.dep_ in {"ccomp", "xcomp"} and up.lower_ in _APPOINTING:
            return _appointer(reader, up)
    return None


def _org_in(reader: SentenceReader, start: int, end: int) -> Mention | None:
    for m in reader.ms:
        if start <= m.start and m.end <= end and reader.kind(m) == "Organisation":
            return m
    return None


def _mention_over(reader: SentenceReader, i: int) -> Mention | None:
    for m in reader.ms:
        if m.start <= i < m.end:
            return m
    return None
