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


__all__ = ["GRANTEE_KINDS", "body_pronoun", "coordinated_subject", "distributor", "set_off_subject"]
