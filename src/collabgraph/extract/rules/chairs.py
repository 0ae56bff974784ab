"""Who chairs a body (the membership family, continued): "Jane Doe chairs the Foo
Partnership", "Jane Doe, who chairs the Foo Board", "the Foo Commission, chaired
by Jane Doe": MEMBER_OF with the cue's role ("chair", "co-chair"); and who founded
one, read the same way ("Jane Doe founded Foo Trust": "founder").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.board_owners import board_owner
from collabgraph.extract.rules.chair_agents import (
    agent_after,
    agents,
    board_body,
    described_body,
    page_board,
    seat_group,
    seat_group_body,
    subject_body,
    the_body,
)
from collabgraph.extract.rules.grant_subjects import body_pronoun
from collabgraph.extract.rules.named_tails import body_named_back
from collabgraph.extract.rules.partner_lists import its_organisation
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS = frozenset({"chairs"})
"""The cue labels (pattern files) this family's rules read."""

_GROUP_HEADS = lx.STRONG_ORG_HEADS | vocab.words("group_heads")  # bodies with a chair
_CHAIRED_HEADS = _GROUP_HEADS | vocab.words("chaired_body_heads")  # "Foo Scrutiny Committee"
_PASSIVE = lx.BE_FORMS | {"will", "has", "have", ","}
_RELATIVE_GAP = vocab.words("adverbs_before_verb") | {"previously", "formerly", "once"}
_BOARD_WORDS = vocab.words("board_words")  # "chairs the trustees of Foo": the body is Foo
# a time said between "chaired" and "by": "chaired for its first year by", "until 2026 by"
_TIME_OPENERS = frozenset({"for", "until", "from", "since", "during", "initially", "jointly"})
_TIME_GAP = 6


def chairs(reader: SentenceReader) -> None:
    """ "Jane Doe chairs the Foo Partnership", "Jane Doe, who chairs the Foo Board",
    "the Foo Commission, chaired by Jane Doe" (`chairs` cues): MEMBER_OF with the
    cue's role, when the body is an organisation (before "chaired by", one whose
    name ends like a board, partnership, trust or group; not a council, whose
    meetings a councillor chairs)."""
    end = reader.sent.end
    for cue in reader.cues("chairs"):
        i = cue.start
        if i == reader.sent.start or cue.end >= end:
            continue
        by = _by_after(reader, cue.end)
        owner = None
        if by is not None:
            before, of_board = _body_before(reader, i)
            bodies = [before]
            owner = before if of_board else None  # "The board is chaired by": may end like none
            people = reader.list_after(by + 1, kinds={"Person"})  # "chaired by A and B"
            people = people or agents(reader, by)  # "chaired by Superintendent Jo Tern"
            if before is None:  # "Our board is chaired by": the page's body, when it says
                k, group = _passive_start(reader, i), seat_group(reader, i)
                # "The Alliance board is chaired by": the body the board is said of
                before = board_body(reader, k) or seat_group_body(reader, group)
                bodies, owner = [before], before
                if before is None and (page_board(reader, k) or _page_group(reader, group)):
                    for chair in people:  # placed once the page's body is known
                        reader.ctx.unplaced_posts.append(
                            (chair.id, cue.cue.role, reader.evidence, "board")
                        )
        else:
            bodies = _bodies_chaired(reader, cue.end)
            chair = (
                _who_before(reader, i) or reader.person_before(i, limit=6) or _subject_up(reader, i)
            )
            people = [chair] if chair is not None else []
        for body in bodies:
            if body is None or reader.kind(body) != "Organisation":
                continue
            named = body.text.lower().split()[-1]  # "who chaired Foo Hospice": not a council
            if not _is_body(body) and body is not owner and (by is not None or named == "council"):
                continue
            for chair in people:
                reader.relate(chair, cue.cue.relations, body, role=cue.cue.role, confidence=0.7)


def _by_after(reader: SentenceReader, k: int) -> int | None:
    """Where "by" is, at token k ("chaired by") or past a time said in lower-case
    words and numbers ("chaired for its first year by", "chaired until 2026 by"); else
    None."""
    end = reader.sent.end
    if k < end and reader.words[k] == "by":
        return k
    agent = agent_after(reader, k, _TIME_GAP)  # "chaired this year by", "chaired jointly by"
    if agent is not None:
        return agent
    if k >= end or reader.words[k] not in _TIME_OPENERS:
        return None
    for j in range(k + 1, min(end, k + _TIME_GAP)):
        tok = reader.doc[j]
        if tok.lower_ == "by":
            return j
        if not (tok.is_lower or tok.like_num) or j in reader.by_start:
            return None
    return None


def _who_before(reader: SentenceReader, i: int) -> Mention | None:
    """ "She takes over from Jane Doe, who has chaired": the name before ", who"
    ("who" is said of people, so the name is one even if not yet typed so), else None."""
    k = i - 1
    while k > reader.sent.start and reader.words[k] in _RELATIVE_GAP:
        k -= 1
    if k - 1 <= reader.sent.start or reader.words[k - 1 : k + 1] != [",", "who"]:
        return None
    return reader.by_end.get(k - 1)


def _subject_up(reader: SentenceReader, i: int) -> Mention | None:
    """ "Jane Doe, a tenant of 30 years, spoke about her journey to chairing the Foo
    Forum": the person who is the subject of the nearest clause the verb at token i
    hangs from (the first subject met going up the parse), else None."""
    tok = reader.doc[i]
    for _ in range(8):
        subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            found = next((m for m in reader.ms if m.start <= subject.i < m.end), None)
            return found if found is not None and reader.kind(found) == "Person" else None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _describing(reader: SentenceReader, j: int) -> bool:
    """Whether token j is a quote mark, or a lower-case describing word or one in
    quotes, before a name ("new", "'shadow'")."""
    tok = reader.doc[j]
    return tok.is_quote or (tok.is_lower and (tok.pos_ == "ADJ" or reader.doc[j - 1].is_quote))


def _described(reader: SentenceReader, j: int) -> bool:
    """Whether token j is a lower-case word describing a body before its name
    ("not-for-profit trust", "housing charity")."""
    tok = reader.doc[j]
    return tok.text in {"-", "‐"} or (tok.is_lower and tok.is_alpha)


def _bodies_chaired(reader: SentenceReader, k: int) -> list[Mention]:
    """ "chairs the Foo Board", "chairs the university's Foo Committee and the Bar
    Board" (an owner named by a common noun is stepped over): the bodies named from
    token k on; [] when the first only describes what is chaired ("chaired the Foo
    Trust's annual meeting", "the Foo structures")."""
    words, end = reader.words, reader.sent.end
    if (
        k + 3 < end
        and words[k] in lx.DEFINITE
        and reader.doc[k + 1].is_lower
        and words[k + 2] in POSSESSIVE
    ):
        if _board_at(words, k + 3, end):  # "chairs the network's advisory board": the network
            return [b for b in [reader.definite_org(k)] if b is not None]
        named = body_named_back(reader, k)  # "the residents' group": no owner's
        if named:
            return named
        k += 3  # "the university's", "the council's"
    board_of = k + 2 < end and words[k] == "the" and words[k + 1] in _BOARD_WORDS
    board_of = board_of and words[k + 2] == "of"  # "chaired the Board of Foo", "the trustees of"
    before = words[k - 3 : k] if k - 3 >= reader.sent.start else []
    if (before[:1] == ["the"] and before[1] in _BOARD_WORDS and before[2] == "of") or board_of:
        k += 3 * board_of
        while k < end and k not in reader.by_start and _described(reader, k):
            k += 1  # "the Board of not-for-profit trust Foo"
    j = k + (k < end and words[k] in lx.DEFINITE)
    while j < end and j - k <= 3 and j not in reader.by_start and _describing(reader, j):
        j += 1  # "the 'shadow' Foo Trust", "the new Foo Board"
    first = reader.by_start.get(j) if j > k + 1 else reader.mention_at(k)
    if first is None:
        return body_named_back(reader, k)
    if reader.names_something_else(first):
        return []
    bodies = reader.list_after(first.start, kinds={"Organisation", None})
    return [m for m in bodies if not reader.names_something_else(m)] or [first]


def _board_at(words: list[str], k: int, end: int) -> bool:
    """A board's word at token k or the next ("trustees", "advisory board") ending the phrase."""
    j = next((j for j in (k, k + 1) if j < end and words[j] in _BOARD_WORDS), None)
    return j is not None and (j + 1 >= end or words[j + 1] != "of")


def _body_before(reader: SentenceReader, i: int) -> tuple[Mention | None, bool]:
    """ "the Foo Board, chaired by", "the Foo Board will be chaired by": the body;
    "the board, chaired by": the body last named with that word; and whether it
    is the body "the board" is of (`board_owner`: "The board is chaired by"),
    which may end like no board."""
    k = _passive_start(reader, i)
    bodies = [
        m
        for m in reader.ms
        if m.end <= k
        and k - m.end <= 4
        and reader.kind(m) == "Organisation"
        and _is_body(m)
        and not _agent(reader, m)  # "hosted by the Foo Network and chaired by": not chaired
    ]
    if bodies:
        return bodies[-1], False  # "the Foo Board for Kelby will be chaired by"
    said_back = _pronoun_body(reader, k) or described_body(reader, i) or subject_body(reader, i)
    if said_back is not None:
        return said_back, True
    the = k - 2 if k - 2 >= reader.sent.start else None
    if the is None or reader.words[the] not in lx.DEFINITE:
        the = _subject_opening(reader, i)  # "The committee, which ..., is chaired by"
    if the is not None:
        named = the_body(reader, the)  # "The alliance, chaired by": the one named before
        if named is None:
            owner = board_owner(reader, the) or _group_said_back(reader, the, k)
            return owner, True  # "The board is chaired by": its body's
        if _is_body(named):
            return named, False
        said = named.text.lower().split()[-1] in _BODY_HEADS  # "The committee ... is chaired by"
        return (named if said else None), said
    return None, False


def _page_group(reader: SentenceReader, group: tuple[str, list[int], int] | None) -> bool:
    """Whether the board or group a passive "chaired" is said of (`seat_group`) is the
    page's own body's, with describing words: "our" one ("Our steering group is chaired
    by"), or "the" board no body named before is of ("The current board is chaired by")."""
    if group is None:
        return False
    the, words, noun = group
    plain = all(reader.doc[j].is_lower for j in words)
    return the == "our" or (plain and reader.words[noun] in _BOARD_WORDS)


def _passive_start(reader: SentenceReader, i: int) -> int:
    """Where the words before a passive verb at token i begin ("is", "will be",
    a comma, an adverb: "It is currently chaired by")."""
    k = i
    while k > reader.sent.start and (
        reader.words[k - 1] in _PASSIVE or reader.doc[k - 1].pos_ == "ADV"
    ):
        k -= 1
    return k


def _subject_opening(reader: SentenceReader, i: int) -> int | None:
    """ "The committee, which is made up of ten councillors, is chaired by": where
    "the" is when the passive verb at token i has for subject (in the parse) "the"
    and a noun opening the sentence, with a clause set off by a comma after them;
    else None."""
    start = reader.sent.start
    subject = next((c for c in reader.doc[i].children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.i != start + 1 or reader.words[start] != "the":
        return None
    return start if subject.i + 1 < i and reader.words[subject.i + 1] == "," else None


def _group_said_back(reader: SentenceReader, the: int, k: int) -> Mention | None:
    """ "The partnership is chaired by" (opening the sentence; the seat held now, the
    verb at token k) where no body was named with that word ("Foo Together"): the
    organisation the last sentences were about; else None."""
    words = reader.words
    if the != reader.sent.start or words[the + 1] not in _SEAT_GROUPS or words[k] not in _STANDING:
        return None
    last = reader.ctx.last_org_subject
    body = reader.ctx.mentions[last] if last is not None and last >= 0 else None
    return body if body is not None and reader.kind(body) == "Organisation" else None


_STANDING = {"is", "are", "has", "have", "will"}  # "It is chaired by": a seat held now
_SEAT_GROUPS = _GROUP_HEADS | _BOARD_WORDS  # "Its steering group is chaired by"
_BODY_HEADS = vocab.words("body_heads")  # bodies with members: "the committee", "the forum"


def _pronoun_body(reader: SentenceReader, k: int) -> Mention | None:
    """ "It is chaired by", "Its steering group is chaired by" (the passive's
    words from token k): the body "It"/"Its" opening the sentence stands for (the
    one the last sentences were about), when the seat is held now ("is", "has
    been", "will be"; "It was chaired by" is as often a meeting's) or, with "Its",
    the words between name a group of the body; else None."""
    start, words = reader.sent.start, reader.words
    if k - 1 == start and words[start] == "it" and words[k] in _STANDING:
        body = body_pronoun(reader, start)
    elif (
        words[start] == "its"
        and 1 <= k - start - 1 <= 3
        and words[k - 1] in _SEAT_GROUPS
        and all(reader.doc[j].is_lower for j in range(start + 1, k))
    ):
        body = its_organisation(reader, start)
    else:
        return None
    return body if body is not None and reader.kind(body) == "Organisation" else None


def _agent(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name is the agent of a passive, after "by" ("hosted by Foo")."""
    root = reader.doc[m.start : m.end].root
    return root.dep_ == "pobj" and root.head.lower_ == "by"


def _is_body(m: Mention) -> bool:
    """Whether a name ends like a board, partnership, group, committee or other body."""
    return m.text.lower().split()[-1] in _CHAIRED_HEADS
