"""Funding, continued: who a sentence's money is about. The grantee a
received-money verb follows when it is not the name right before the verb: a
name set off by commas ("One group in Kelby, Foo Trust, was given £5,000"; "Foo
Trust, who run a food bank, were awarded £2,000") or a body's pronoun ("It will
receive £5,000", "The charity received"). The body that passes money on:
`rules/grant_givers.py`. Helpers of `rules/grants.py`, which reads the cues, and
`rules/grant_receivers.py`."""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.programmes import generic_body
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader

GRANTEE_KINDS = {"Organisation", "Project", "Event"}
"""The kinds of name that receive money."""

_GRANTEE_OR_UNKNOWN = GRANTEE_KINDS | {None}

_FUND_HEADS = vocab.words("fund_heads")
_ROUND_NOUNS = vocab.words("grant_round_nouns")
_FUND_KINDS = {"Project", "Organisation", None}
_DETERMINERS = {"the", "this", "our", "its", "their"}

_CLAUSE_OPENERS = {"who", "which", "that", "whose", "based", "founded", "set", "a", "an", "the"}
_CLAUSE_REACH = 25  # words at most in the clause set off between a grantee and its verb


def set_off_subject(reader: SentenceReader, comma: int) -> Mention | None:
    """The grantee before a verb that follows a comma (token `comma`): the name
    the comma closes ("One group in Kelby, Foo Trust, was given £5,000"), else the
    name before a clause set off by commas ("Foo Trust, who run a food bank in
    Kelby, were awarded £2,000"; "Foo Trust, a charity in Kelby, received"; "The
    Foo project, which we run with Bar, received": `described_subject`)."""
    closed = reader.by_end.get(comma)
    if closed is not None and not inside_relative(reader, closed.start):
        kind = reader.kind(closed)
        if kind in GRANTEE_KINDS or (kind is None and reader.vote_organisation(closed)):
            return closed
    words = reader.words
    for k in range(comma - 2, max(reader.sent.start, comma - _CLAUSE_REACH) - 1, -1):
        if words[k] in {";", ":"}:
            return None
        if words[k] == "," and words[k + 1] in _CLAUSE_OPENERS:
            named = reader.by_end.get(k)
            if named is not None:
                return named if reader.kind(named) in GRANTEE_KINDS else None
            # "The Foo project, which we run with Bar, received"; "The choir, which ..."
            return described_subject(reader, k - 1) or body_pronoun(reader, k - 1)
    return None


_RELATIVE_OPENERS = {"who", "which", "that", "whose", "where"}


def inside_relative(reader: SentenceReader, k: int) -> bool:
    """Whether the name starting at token k ends a relative clause set off by a
    comma ("The choir, which meets in Foo Hall, is ..."): the name is where the
    clause's verb goes, not the sentence's subject."""
    words = reader.words
    for j in range(k - 1, max(reader.sent.start, k - _CLAUSE_REACH) - 1, -1):
        if words[j] in {",", ";", ":"}:
            return words[j] == "," and j + 1 < k and words[j + 1] in _RELATIVE_OPENERS
    return False


def body_pronoun(reader: SentenceReader, b: int, company: bool = False) -> Mention | None:
    """The body "It" (opening the sentence, at token b) or "the charity" (ending at
    b) stands for: the organisation the last sentence was about, or the one last
    named with that noun. "The company" stands for it only with `company` (else it
    may be a firm the page names beside the body it is about)."""
    start = reader.sent.start
    last = reader.ctx.last_org_subject
    if b == start and reader.words[b] == "it":
        return reader.ctx.mentions[last] if last is not None else None
    if b - 1 != start:
        return None
    named = reader.definite_org(b - 1)
    if (
        named is None
        and last is not None
        and generic_body(reader, b - 1)
        and (company or reader.words[b] != "company")
    ):
        return reader.ctx.mentions[last]  # "The charity also received": whatever it is named
    return named


_DESCRIBER_REACH = 3  # lower-case words at most between a grantee's name and its verb


def described_subject(reader: SentenceReader, b: int) -> Mention | None:
    """The name right before the lower-case words that say what it is, ending at
    token b, when those words open onto the received-money verb: "The Foo project
    has received £5,000", "Foo Voices literary magazine has received funding".
    Only nouns and adjectives in between (not "Kelby residents", a place's)."""
    doc = reader.doc
    k = b
    while (
        k >= reader.sent.start
        and b - k < _DESCRIBER_REACH
        and doc[k].is_lower
        and doc[k].is_alpha
        and doc[k].pos_ in {"NOUN", "ADJ"}
        and k + 1 not in reader.by_end
    ):
        k -= 1
    if k == b:
        return None
    named = reader.by_end.get(k + 1)
    if named is None or reader.kind(named) not in _GRANTEE_OR_UNKNOWN:
        return None  # a name not yet typed is left to the caller's organisation vote
    return named


_CLAUSE_LINKS = {"prep", "pcomp", "advcl", "xcomp", "conj"}  # "is celebrating after being awarded"
_NAME_LINKS = {"appos", "conj"}  # "local charity, Foo Trust (Foo), is ..."


def parsed_subject(reader: SentenceReader, i: int) -> Mention | None:
    """The subject the parse gives the received-money verb at token i, or the
    clause it hangs from, when no rule by word order found one: "Amid fierce
    competition, Foo Trust is celebrating after being awarded £5,000"; the name
    beside a subject that is a common noun ("local charity, Foo Trust, is ...")."""
    tok = reader.doc[i]
    for _ in range(4):
        subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            break
        if tok.dep_ not in _CLAUSE_LINKS or tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    if subject is None or not reader.sent.start <= subject.i < reader.sent.end:
        return None
    m = reader.covering.get(subject.i)
    if m is None and subject.is_lower:
        m = next(
            (
                reader.covering[c.i]
                for c in subject.children
                if c.dep_ in _NAME_LINKS and c.i in reader.covering
            ),
            None,
        )
    return m if m is not None and reader.kind(m) in _GRANTEE_OR_UNKNOWN else None


_OWN_DETERMINERS = {"its", "their"}
_PARTNERS_REACH = 3  # lower-case words at most in "its partner charities"


def head_of_partners(reader: SentenceReader, first: int) -> Mention | None:
    """The body that opens "A and its partner charities, B and C, ..." before the
    set-off list starting at token `first`: A, who is named with them; None when
    the words before the list are anything else."""
    words, doc = reader.words, reader.doc
    k = first - 1
    if k > reader.sent.start and words[k] == "the":
        k -= 1  # "A and its partners, the B Trust and C"
    if k <= reader.sent.start or words[k] != ",":
        return None
    k -= 1
    j = k
    while j > reader.sent.start and k - j < _PARTNERS_REACH and doc[j].is_lower:
        if words[j] in _OWN_DETERMINERS:
            break
        j -= 1
    if words[j] not in _OWN_DETERMINERS or j == k or words[j - 1] != "and":
        return None
    head = reader.by_end.get(j - 1)
    return head if head is not None and reader.kind(head) in GRANTEE_KINDS else None


def coordinated_subject(reader: SentenceReader, b: int) -> Mention | None:
    """The name a sentence opens with when the received-money verb is the second
    of two it governs, after "and" (token b): "Foo Line launched five years ago
    and has received £1m from Bar", "Foo Club began in 2019 and now gets £500 a
    year". Its kind may be unread yet (nothing before said what Foo Line is)."""
    if b <= reader.sent.start or reader.words[b] != "and" or not reader.ms:
        return None
    first = reader.ms[0]
    opening = first.start - reader.sent.start <= (reader.words[reader.sent.start] == "the")
    if not opening or reader.kind(first) not in _GRANTEE_OR_UNKNOWN:
        return None  # "Ada Brook joined in 2010 and received an award": a person's
    if any(reader.words[k] in {",", ";", ":"} for k in range(first.end, b)):
        return None  # "Foo, Bar and Baz": a list, not a clause
    return first


def is_fund(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name is a fund's, its last word naming a pot of money: a
    programme, or a body so named (a grant-making "Foo Fund"), whose grantees
    are funded by it (or, a programme's, by its runners), not by its givers."""
    kind = reader.kind(m)
    return kind in _FUND_KINDS and m.text.split()[-1].lower() in _FUND_HEADS


def fund_receiving(reader: SentenceReader) -> int | None:
    """The fund (a Project named as a pot of money, `vocab/fund_heads.txt`) a
    sentence's money goes into, when the fund is what the sentence is about: its
    main verb's subject names it ("The Westshire Crisis Fund was launched with
    £50,000 from Foo"), refers to it ("The fund has received donations from
    Foo"), or is "It" the sentence after one that did ("It also includes funding
    from Bar"). The givers funded the fund, not the groups it goes on to fund."""
    ctx = reader.ctx
    here = len(ctx.sentences)
    subject = next((c for c in reader.sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    m = reader.covering.get(subject.i)
    fund: int | None = None
    if m is not None:
        fund = m.id if is_fund(reader, m) else None
    elif subject.lower_ in _FUND_HEADS and any(c.lower_ in _DETERMINERS for c in subject.children):
        here_named = frozenset(m.id for m in reader.ms)  # "The fund has been created with
        # £5m from the Bar Fund": no fund the sentence names as a giver
        named = ctx.recent_with_word(subject.lower_, "Project", here_named) or ctx.recent_with_word(
            subject.lower_, "Organisation", here_named
        )
        fund = named.id if named is not None else None
    elif subject.lower_ == "it" and (said := ctx.pending.fund) is not None and said[0] >= here - 1:
        fund = said[1]
    if fund is not None:
        ctx.pending.fund = (here, fund)
    return fund


def into_round(reader: SentenceReader) -> bool:
    """Whether the sentence's subject refers back to a grant programme or round by a
    noun (`vocab/grant_round_nouns.txt`) with "the", "this" or an owner before it and
    no name: "The round was paid for by £5,000 from Foo", "This year's
    programme was funded by Bar". The money went into the programme, its givers
    are none of its grantees' funders."""
    subject = next((c for c in reader.sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ not in _ROUND_NOUNS or subject.i in reader.covering:
        return False
    return any(c.lower_ in _DETERMINERS or c.dep_ == "poss" for c in subject.children)


def focus_opening(reader: SentenceReader, by: int) -> int | None:
    """The project or event in focus when the sentence opens with "the" or "this"
    and a noun that refers back to it ("The project is led by A with support from
    C", vocab/focus_nouns.txt), or the body last named with the noun ("The network
    is run by A with support from C", `reader.definite_org`), and only auxiliaries
    and a participle stand between that noun and the "by" at token `by` (none in
    focus yet: the name ending in the noun, "the Foo Heritage Project"); None
    otherwise."""
    words, start = reader.words, reader.sent.start
    noun = start + 1  # "The free festival is organised by": one lower-case adjective first
    if noun < by and reader.doc[noun].pos_ == "ADJ" and reader.doc[noun].is_lower:
        noun += 1
    if by - noun > 4 or words[start] not in {"the", "this"}:
        return None
    kind = FOCUS_NOUNS.get(words[noun])
    if any(k in reader.covering for k in range(start, by)):
        return None
    if kind not in {"Project", "Event"}:  # "The network is hosted by A and funded by C"
        body = reader.definite_org(start) if noun == start + 1 else None
        return body.id if body is not None else None
    found = reader.focus_before(kind, by)  # else the name ending in the noun
    return found if found is not None else reader.named_back(noun, (kind,))


__all__ = [
    "GRANTEE_KINDS",
    "body_pronoun",
    "coordinated_subject",
    "described_subject",
    "focus_opening",
    "fund_receiving",
    "head_of_partners",
    "inside_relative",
    "into_round",
    "is_fund",
    "parsed_subject",
    "set_off_subject",
]
