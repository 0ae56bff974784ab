"""Funding, continued: a second funder told beside the first. "The fair was
sponsored by A, with a small grant from B", "It is funded by A, with additional
support from B", "made possible by a grant from A, and further support from B", "paid for by a
£5,000 grant from A and a £2,000 donation from B":
B funded what A funded, not A. Read once the sentence's other rules have run: the
candidate FUNDED ties this sentence gave the funder named right before the
`funding_from` cue (`patterns/organising.jsonl`) are copied to the funders after
it, and a tie from those funders to the first funder read in this sentence is
dropped (a funder beside a funder is not its grantee: "£48,000 from A and support
from B" never makes B A's funder, even when what A funded is not read), as are B's
other ties from this sentence once A's are known. A body whose own team or fund is
named as B ("with support from Foo Council's Bar Team") funds too.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import POSSESSIVE
from collabgraph.extract.rules.agent_ends import possessor
from collabgraph.extract.rules.grant_funders import fund_named, programme_owner
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rule reads (none of its own:
`funding_from` is the organising family's)."""

_JOINS = {"with", "and"}
_GAP_WORDS = {",", "with", "and", "a", "an", "also", "some", "the"}
_DESCRIPTION = 6  # words at most in "A, the trust's official charity, with"
_GAP = 8  # words at most between the first funder and the cue ("and a further £20,000")
_FUNDERS = {"Organisation"}
_SHARES = vocab.words("second_money_nouns")
_SCHEME_NOUNS = vocab.words("programme_run_nouns")
_GRANTS = vocab.words("grant_nouns")


def beside_first(reader: SentenceReader) -> None:
    """The funders after a `funding_from` cue that stands a few words after a
    funder this sentence already tied by FUNDED: each funds the first's targets."""
    cues = [(c.start, c.end) for c in reader.cues("funding_from")]
    cues += _sums_from(reader, {end for _start, end in cues})
    if not cues:
        return
    ctx = reader.ctx
    here = [c for c in ctx.candidates if c.evidence == reader.evidence[:500]]
    funded = [c for c in here if c.relations[0] == "FUNDED"]
    for start, end in cues:
        first = _first_funder(reader, start)
        if first is None:
            continue
        givers = {first.id} | _pot_owner_ids(reader, first)  # "A's Foo Fund": A's ties
        targets = {c.target for c in funded if c.source in givers}
        if not targets and not _given_from(reader, first):
            continue
        # "... and £45,000 from the Foo Trust's community fund": the Foo Trust
        owner = programme_owner(reader, end)
        named = reader.list_after(end, kinds=_FUNDERS) or ([owner] if owner else [])
        after = [m for m in _with_owners(reader, named) if m.id != first.id]
        for m in after:
            drop_funded(ctx, m.id, first.id, reader.evidence[:500])
            if targets:  # its own guess at what it funded gives way to A's
                guessed = {c.target for c in funded if c.source == m.id} - targets
                _drop_guesses(ctx, m.id, guessed, reader.evidence[:500])
            for target in sorted(targets):
                if target != m.id:
                    reader.relate(m, "FUNDED", target, confidence=0.7)


def _sums_from(reader: SentenceReader, taken: set[int]) -> list[tuple[int, int]]:
    """ "and a further £45,000 from", "with a contribution from" (`vocab/
    second_money_nouns.txt`): a sum or a share of money right before "from" that no
    `funding_from` cue ends at, as (start, end): from the word before the "from" to
    past it (a second funder only: `_first_funder` asks for a funder joined right
    before it)."""
    words = reader.words
    return [
        (k - 1, k + 1)
        for k in range(reader.sent.start + 1, reader.sent.end - 1)
        if words[k] == "from"
        and k + 1 not in taken
        and (reader.is_money(k - 1) or words[k - 1] in _SHARES)
    ]


def _with_owners(reader: SentenceReader, named: list) -> list:
    """The funders named, each with the body whose possessive stands before it ("with
    support from Foo Council's Bar Team": the council as well as its team), owners first."""
    out: list = []
    for m in named:
        owner = possessor(reader, m)
        for f in (owner, m) if owner is not None and reader.kind(owner) in _FUNDERS else (m,):
            if f not in out:
                out.append(f)
    return out


def _pot_owner_ids(reader: SentenceReader, pot) -> set[int]:
    """The body whose own fund the first funder is ("Foo Council's Bar Fund"), read
    as the funder (`agent_ends.pot_owners`): its id, or none."""
    owner = possessor(reader, pot)
    return {owner.id} if owner is not None else set()


def _first_funder(reader: SentenceReader, start: int):
    """The body named right before the cue at token `start`, across a short gap
    that joins it ("A, with a small grant from", "A and a £2,000 donation from"):
    only commas, "with"/"and", articles, sums and lower-case describing words."""
    doc, words = reader.doc, reader.words
    k, joined = start, False  # k: where the gap begins (a name ending there is the funder)
    while k not in reader.by_end:
        k -= 1
        if k < reader.sent.start or start - k > _GAP:
            return None
        t = doc[k]
        if words[k] in _JOINS:
            joined = True
        elif not (
            words[k] in _GAP_WORDS
            or reader.is_money(k)
            or t.like_num
            or (t.is_lower and t.pos_ in {"ADJ", "ADV"})
            or words[k] in _SCHEME_NOUNS | _GRANTS  # "a Foo Fund grant, with"
        ):  # "through Foo's Bar programme, with support from": Bar, Foo's own
            k = _past_description(reader, k)
            if k is None:
                return None
    m = reader.by_end[k]
    if not joined or (
        reader.kind(m) not in _FUNDERS and not _pot_owner_ids(reader, m) and not fund_named(m)
    ):
        return None  # a body, a body's own fund ("Foo Council's Bar Chest"), a fund
    return m


def _past_description(reader: SentenceReader, k: int) -> int | None:
    """ "A, the trust's own charity, with support from": from token k inside a short
    description of the name before it (an article after a comma, then lower-case
    words and possessives), the end of that name; None for anything else."""
    j = k
    while (
        j > reader.sent.start
        and k - j < _DESCRIPTION
        and (reader.doc[j].is_lower or reader.words[j] in POSSESSIVE)
    ):
        if reader.words[j] in lx.ARTICLES and reader.words[j - 1] == ",":
            return j - 1 if j - 1 in reader.by_end else None
        j -= 1
    return None


def _given_from(reader: SentenceReader, m) -> bool:
    """Whether the name `m` is where money came "from" ("£48,000 from the Foo Fund"):
    a giver, even when what it funded was not read."""
    k = m.start - 1
    while k > reader.sent.start and reader.words[k] in lx.ARTICLES:
        k -= 1
    return reader.words[k] == "from"


def _drop_guesses(ctx, source: int, guessed: set[int], evidence: str) -> None:
    """Drop the FUNDED candidates from `source` to each of `guessed` read from this
    sentence: "the Foo exhibition ... funded by A, with support from B" ties B to what
    A funded, not to the exhibition the sentence opened with."""
    for target in sorted(guessed):
        drop_funded(ctx, source, target, evidence)


def drop_funded(ctx, source: int, target: int, evidence: str) -> None:
    """Drop the FUNDED candidate from `source` to `target` read from the sentence
    whose evidence is `evidence`."""

    def keep(c) -> bool:
        return not (
            c.source == source
            and c.target == target
            and c.relations[0] == "FUNDED"
            and c.evidence == evidence
        )

    ctx.candidates[:] = [c for c in ctx.candidates if keep(c)]
    if source in ctx.by_source:
        ctx.by_source[source][:] = [c for c in ctx.by_source[source] if keep(c)]


__all__ = ["beside_first", "drop_funded"]
