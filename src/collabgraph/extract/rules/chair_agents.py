"""Who chairs, and what, read from the parse of a passive "chaired by" (for
rules/chairs.py; no rules of its own): the "by" a few words after the verb
("chaired this year by Jane Doe"), the people it names ("by Superintendent Jane
Doe", a word before the name no title list holds), and the body a described
chaired thing stands for ("Foo Arts, a volunteer-led charity chaired by Jane Doe"),
the body an owned board is of ("Our board is chaired by", "the alliance's board"),
the body the passive is said of ("Foo Arts, which is chaired by"), and the body a
board or group said with describing words is of ("The new board is chaired by",
"The Alliance steering group is chaired by").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.board_owners import owner_of_board
from collabgraph.extract.rules.grant_subjects import body_pronoun
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader


def agent_after(reader: SentenceReader, k: int, gap: int) -> int | None:
    """Where the passive's "by" is, in the parse (the agent of the verb just before
    token k, at most `gap` words on: "chaired this year by"), with only lower-case
    words between (no name: "chaired the Foo Trust by"); else None."""
    verb = reader.doc[k - 1]
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None or not k < agent.i <= k + gap or agent.i >= reader.sent.end:
        return None
    return agent.i if all(reader.doc[j].is_lower for j in range(k, agent.i)) else None


def agents(reader: SentenceReader, by: int) -> list[Mention]:
    """The people the passive's "by" at token `by` names in the parse (its object
    and those listed with it)."""
    objects = [c for c in reader.doc[by].children if c.dep_ == "pobj"]
    return reader.named_by(objects, {"Person"})


def described_body(reader: SentenceReader, i: int) -> Mention | None:
    """ "Foo Arts, a volunteer-led charity chaired by": the organisation a common
    noun the verb at token i describes is set beside (the noun an appositive of
    the name); else None."""
    verb = reader.doc[i]
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "appos" or not noun.is_lower:
        return None
    named = reader.named_by([noun.head], {"Organisation"})
    return named[0] if named else None


_SUBJECTS = frozenset({"nsubjpass", "nsubj"})
_RELATIVES = frozenset({"which", "that"})


def _subject_of(verb):
    """The verb's subject (active or passive) in the parse; None when it has none."""
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def subject_body(reader: SentenceReader, i: int) -> Mention | None:
    """ "the Foo Board, which is chaired by", "Foo Arts meets monthly and is chaired
    by", "Foo Arts, which runs the hall and is chaired by": the organisation that is
    the subject of the passive verb at token i in the parse (of the verb it is
    joined to by "and"; through "which" to the name it is said of; "the forum": the
    one last named with that word); else None."""
    verb = reader.doc[i]
    subject = _subject_of(verb)
    if subject is None and verb.dep_ == "conj":
        verb = verb.head  # "meets monthly and is chaired by"
        subject = _subject_of(verb)
    if subject is not None and subject.lower_ in _RELATIVES:
        subject = verb.head if verb.dep_ == "relcl" else None  # ", which is chaired by"
    if subject is None or not reader.sent.start <= subject.i < i:
        return None
    named = reader.named_by([subject], {"Organisation"})
    if not named and subject.is_lower and subject.i - 1 >= reader.sent.start:
        return the_body(reader, subject.i - 1)  # "The forum meets monthly and is chaired by"
    return named[0] if named else None


_BOARD_WORDS = vocab.words("board_words")  # board, trustees, governors
_OURS = frozenset({"our"})


def owned_board(reader: SentenceReader, k: int) -> Mention | None:
    """ "Our board is chaired by", "The alliance's board is chaired by", "Foo's
    advisory board is chaired by" (the passive's words from token k back): the body
    whose board it is: the page's own for "our" (`we_org`, when the page has said
    which), the last organisation named with the owner's word for "the alliance's",
    the organisation named before the possessive; else None."""
    owner = _board_owner_word(reader, k)
    if owner is None:
        return None
    words = reader.words
    if words[owner] in _OURS:
        body = reader.we_org(owner)
        return reader.ctx.mentions[body] if body is not None and body >= 0 else None
    if owner - 1 < reader.sent.start or words[owner] not in POSSESSIVE:
        return None
    if reader.doc[owner - 1].is_lower:
        word = words[owner - 1]  # "the alliance's board"
        return reader.ctx.recent_with_word(word, "Organisation")
    named = reader.by_end.get(owner)  # "Foo's advisory board"
    return named if named is not None and reader.kind(named) == "Organisation" else None


_GOVERNORS = vocab.words("governing_nouns")  # board, trustees, committee
_GOVERNING = vocab.words("governing_verbs")  # governed, run, led


def governing_board(reader: SentenceReader, k: int) -> Mention | None:
    """ "We are governed by a board of seven trustees, chaired by", "It is run by a
    volunteer committee chaired by", "The trust is led by its director and a board
    of trustees chaired by" (the passive's words ending at token k): the body a
    board or committee told with "a" governs, the subject of the governing verb in
    the parse ("We": the page's own body; "It", "The trust": the body it stands
    for; a name); else None."""
    start, words, j = reader.sent.start, reader.words, k - 1
    if j < start or words[j] not in _GOVERNORS:
        return None
    while j > start and j - k > -6 and words[j] != "a":
        tok = reader.doc[j]
        if j in reader.covering or not (tok.is_lower or tok.like_num):
            return None
        j -= 1
    noun = reader.doc[j].head
    while noun.dep_ == "conj":  # "by its director and a board of trustees"
        noun = noun.head
    if words[j] != "a" or noun.dep_ != "pobj" or noun.head.lower_ != "by":
        return None
    verb = noun.head.head
    subject = _subject_of(verb)
    if verb.lower_ not in _GOVERNING or subject is None or not start <= subject.i < verb.i:
        return None
    if subject.lower_ == "we":
        body = reader.page_body_at(subject.i)
    else:
        named = reader.named_by([subject], {"Organisation"})
        body = named[0] if named else body_pronoun(reader, subject.i)
        if not named and subject.i - 1 >= start and words[subject.i - 1] == "the":
            body = the_body(reader, subject.i - 1)  # "The trust is led by"
    return body if body is not None and reader.kind(body) == "Organisation" else None


def trust_board(reader: SentenceReader, k: int) -> Mention | None:
    """ "the trust board is chaired by", "the partnership's board is chaired by"
    without the possessive (the passive's words ending at token k): the last
    organisation named with the noun before the board's word (the one the page's
    title names, when its name ends so); else None."""
    start, words = reader.sent.start, reader.words
    j = k - 1
    if j - 2 < start or words[j] not in _BOARD_WORDS or words[j - 2] != "the":
        return None
    noun = reader.doc[j - 1]
    if not (noun.is_lower and noun.is_alpha) or noun.pos_ != "NOUN" or j - 1 in reader.covering:
        return None
    return the_body(reader, j - 2)


def the_body(reader: SentenceReader, the: int) -> Mention | None:
    """ "the trust" (from token `the`): the first organisation the page names, when
    its name ends with that noun (a trust's page says "the trust" of itself beside
    the other trusts it names), else the last named so (`definite_org`)."""
    word = reader.words[the + 1]
    orgs = (m for m in reader.ctx.mentions if m.id >= 0 and reader.kind(m) == "Organisation")
    first = next(orgs, None)
    if first is not None and reader.words[the] == "the" and first.text.lower().split()[-1] == word:
        return first
    return reader.definite_org(the)


def board_body(reader: SentenceReader, k: int) -> Mention | None:
    """The body a board told before a passive "chaired by" (its words ending at
    token k) is of: `owned_board`, `trust_board` or `governing_board`."""
    return owned_board(reader, k) or trust_board(reader, k) or governing_board(reader, k)


def page_board(reader: SentenceReader, k: int) -> bool:
    """ "Our board is chaired by", "Our first board of trustees, chaired by" (the
    passive's words from token k back) when `owned_board` cannot yet say whose: the
    board is the page's own body's, to be placed once that body is known."""
    owner = _board_owner_word(reader, k)
    return owner is not None and reader.words[owner] in _OURS


def _board_owner_word(reader: SentenceReader, k: int) -> int | None:
    """Where the word saying whose board it is stands ("our", a possessive), before
    the board's words ending at token k: at most two lower-case words ("first",
    "advisory"), a board's word, "of trustees"; else None."""
    start, words, j = reader.sent.start, reader.words, k
    if j - 2 >= start and words[j - 2] == "of" and words[j - 1] in _BOARD_WORDS:
        j -= 2  # "board of trustees"
    if j - 1 < start or words[j - 1] not in _BOARD_WORDS:
        return None
    for back in range(j - 2, max(start, j - 4) - 1, -1):
        if words[back] in _OURS or words[back] in POSSESSIVE:
            return back
        if (
            back in reader.covering
            or not reader.doc[back].is_alpha
            or not reader.doc[back].is_lower
        ):
            return None
    return None


_SEAT_HEADS = vocab.words("body_heads") | _BOARD_WORDS  # "the steering group", "the board"
_SEAT_PLURALS = frozenset({"trustees", "directors", "governors"})  # "board of nine directors"
_SEAT_DETERMINERS = frozenset({"the", "our"})
_SEAT_WORDS_BEFORE = 3  # "The Network steering group", "the current partnership board"
_NOT_OF_BODY = vocab.words("board_not_of_body_words")  # "The new board", "programme board"


def seat_group(reader: SentenceReader, i: int) -> tuple[str, list[int], int] | None:
    """The board or group a passive "chaired" at token i is said of in the parse, when
    it is "the" or "our" and at most three describing words (lower case, or one
    capitalised short name: "The Alliance board", "Our steering group", "The board of
    nine directors, elected by ..., is chaired by"; not one being formed or a
    programme's: "The new board", "The programme board"): its first word ("the"/"our"),
    where its describing words are and where its noun is; else None."""
    verb = reader.doc[i]
    subject = _subject_of(verb)
    if subject is None and verb.dep_ == "conj":
        subject = _subject_of(verb.head)  # "The board meets quarterly and is chaired by"
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "Our first board of trustees, chaired by"
    if subject is None:
        return None
    if subject.lower_ in _SEAT_PLURALS and subject.head.lower_ == "of":
        subject = subject.head.head  # "the board of trustees"
    start = subject.left_edge.i
    if subject.lower_ not in _SEAT_HEADS or not reader.sent.start <= start < subject.i < i:
        return None
    words = list(range(start + 1, subject.i))
    if reader.words[start] not in _SEAT_DETERMINERS or len(words) > _SEAT_WORDS_BEFORE:
        return None
    if subject.i in reader.covering or not all(reader.doc[j].is_alpha for j in words):
        return None  # "the Foo Board": a name, read as one
    if any(reader.words[j] in _NOT_OF_BODY for j in words):
        return None
    if sum(not reader.doc[j].is_lower for j in words) > (reader.words[start] == "the"):
        return None
    return reader.words[start], words, subject.i


def seat_group_body(
    reader: SentenceReader, group: tuple[str, list[int], int] | None
) -> Mention | None:
    """The body the board or group a passive "chaired" is said of with "the" (`group`,
    from `seat_group`) is: the one last named with the short name before it ("The Alliance
    board": the Foo Alliance), else, for a board, the one "the board" is of
    (`owner_of_board`, not a body named "... Board"), else the one last named with the
    group's word ("The panel": the Foo Grants Panel); None for "our" (the page's own,
    `page_board`) or when none is."""
    if group is None or group[0] != "the":
        return None
    _the, words, noun = group
    named = [j for j in words if not reader.doc[j].is_lower]
    later = frozenset(m.id for m in reader.ms if m.start > noun)  # "by" and its names
    if named:
        short = reader.covering.get(named[0])
        if short is not None:
            return short if reader.kind(short) == "Organisation" else None
        return reader.ctx.recent_with_word(reader.words[named[0]], "Organisation", skip=later)
    if reader.words[noun] in _BOARD_WORDS:
        return owner_of_board(reader, noun - 1, named=False)
    return reader.ctx.recent_with_word(reader.words[noun], "Organisation", skip=later)


__all__ = [
    "agent_after",
    "agents",
    "board_body",
    "described_body",
    "governing_board",
    "owned_board",
    "page_board",
    "seat_group",
    "seat_group_body",
    "subject_body",
    "the_body",
    "trust_board",
]
