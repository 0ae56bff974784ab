"""Funding, continued: who a sentence's money is about. The grantee a
received-money verb follows when it is not the name right before the verb: a
name set off by commas ("One group in Kelby, Foo Trust, was given £5,000"; "Foo
Trust, who run a food bank, were awarded £2,000") or a body's pronoun ("It will
receive £5,000", "The charity received"). The body that passes money on ("Foo
Trust will distribute funding to 10 partners") is the funder in view. Helpers
of `rules/grants.py`, which reads the cues."""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

GRANTEE_KINDS = {"Organisation", "Project", "Event"}
"""The kinds of name that receive money."""

_GRANT_NOUNS = vocab.words("grant_nouns")
_DISTRIBUTING = vocab.words("grant_distributing_verbs")

_FUND_HEADS = vocab.words("fund_heads")
_FUND_KINDS = {"Project", "Organisation", None}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_DETERMINERS = {"the", "this", "our", "its", "their"}

_CLAUSE_OPENERS = {"who", "which", "that", "whose", "based", "founded", "set", "a", "an", "the"}
_CLAUSE_REACH = 25  # words at most in the clause set off between a grantee and its verb


def set_off_subject(reader: SentenceReader, comma: int) -> Mention | None:
    """The grantee before a verb that follows a comma (token `comma`): the name
    the comma closes ("One group in Kelby, Foo Trust, was given £5,000"), else the
    name before a clause set off by commas ("Foo Trust, who run a food bank in
    Kelby, were awarded £2,000"; "Foo Trust, a charity in Kelby, received")."""
    closed = reader.by_end.get(comma)
    if closed is not None:
        kind = reader.kind(closed)
        if kind in GRANTEE_KINDS or (kind is None and reader.vote_organisation(closed)):
            return closed
    words = reader.words
    for k in range(comma - 2, max(reader.sent.start, comma - _CLAUSE_REACH) - 1, -1):
        if words[k] in {";", ":"}:
            return None
        if words[k] == "," and words[k + 1] in _CLAUSE_OPENERS:
            named = reader.by_end.get(k)
            if named is not None and reader.kind(named) in GRANTEE_KINDS:
                return named
            return None
    return None


def body_pronoun(reader: SentenceReader, b: int) -> Mention | None:
    """The body "It" (opening the sentence, at token b) or "the charity" (ending at
    b) stands for: the organisation the last sentence was about, or the one last
    named with that noun."""
    start = reader.sent.start
    if b == start and reader.words[b] == "it":
        last = reader.ctx.last_org_subject
        return reader.ctx.mentions[last] if last is not None else None
    return reader.definite_org(b - 1) if b - 1 == start else None


def coordinated_subject(reader: SentenceReader, b: int) -> Mention | None:
    """The name a sentence opens with when the received-money verb is the second
    of two it governs, after "and" (token b): "Foo Line launched five years ago
    and has received £1m from Bar", "Foo Club began in 2019 and now gets £500 a
    year". Its kind may be unread yet (nothing before said what Foo Line is)."""
    if b <= reader.sent.start or reader.words[b] != "and" or not reader.ms:
        return None
    first = reader.ms[0]
    opening = first.start - reader.sent.start <= (reader.words[reader.sent.start] == "the")
    if not opening or reader.kind(first) not in GRANTEE_KINDS | {None}:
        return None  # "Ada Brook joined in 2010 and received an award": a person's
    if any(reader.words[k] in {",", ";", ":"} for k in range(first.end, b)):
        return None  # "Foo, Bar and Baz": a list, not a clause
    return first


def distributor(reader: SentenceReader) -> Mention | None:
    """The body a sentence opens with when it passes money on: "Foo Trust was
    chosen as lead charity and will distribute funding to 10 partners", "Foo
    CVS administers the grants" (`vocab/grant_distributing_verbs.txt`, a grant
    noun or sum within four words after, not in a quotation or the passive)."""
    words = reader.words
    for i in range(reader.sent.start + 1, reader.sent.end - 1):
        if words[i] not in _DISTRIBUTING or words[i - 1] in lx.BE_FORMS or reader.in_quote(i):
            continue
        if any(
            words[k] in _GRANT_NOUNS or reader.is_money(k)
            for k in range(i + 1, min(i + 5, reader.sent.end))
        ):
            subject = reader.sentence_subject()
            if subject is not None and reader.kind(subject) == "Organisation":
                return subject
    return None


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
    subject = next((c for c in reader.sent.root.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return None
    m = reader.covering.get(subject.i)
    fund: int | None = None
    if m is not None:
        fund = m.id if is_fund(reader, m) else None
    elif subject.lower_ in _FUND_HEADS and any(c.lower_ in _DETERMINERS for c in subject.children):
        named = ctx.recent_with_word(subject.lower_, "Project") or ctx.recent_with_word(
            subject.lower_, "Organisation"
        )
        fund = named.id if named is not None else None
    elif subject.lower_ == "it" and ctx.last_fund is not None and ctx.last_fund[0] >= here - 1:
        fund = ctx.last_fund[1]
    if fund is not None:
        ctx.last_fund = (here, fund)
    return fund


__all__ = [
    "GRANTEE_KINDS",
    "body_pronoun",
    "coordinated_subject",
    "distributor",
    "fund_receiving",
    "is_fund",
    "set_off_subject",
]
