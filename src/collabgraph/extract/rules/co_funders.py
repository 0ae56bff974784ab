"""Funding shared: a co-funder named after "with". "We co-fund the Foo Project with
the Bar Trust", "the Foo Project, which we fund jointly with the Bar Trust", "the
fair was co-funded with Bar Council": the Bar Trust funded the Foo Project too, and
is no grantee of whoever else funds it. Read once the sentence's other rules have
run: the FUNDED ties this sentence gave to the co-funder are turned to what was
funded, and the co-funder is tied to it.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.described_run_by import RUN_VOTE
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.second_funders import drop_funded

LABELS = frozenset()
"""The cue labels this module's rule reads (none: it reads the parse)."""

_FUND_VERBS = frozenset({"fund", "funds", "funded", "funding"})
_SHARED = frozenset({"jointly", "together"})  # "fund jointly with", "jointly funded with"
_CO_FUNDERS = {"Organisation"}
_FUNDED_KINDS = {"Organisation", "Project", "Event"}
_WH = {"WDT", "WP"}  # "which we fund": the name the clause hangs on
_GAP = 4  # words at most between the verb and "with" ("co-fund a Foo Day with")


def shared_funding(reader: SentenceReader) -> None:
    """Each body named after "with" beside a shared-funding verb ("co-fund",
    "jointly funded") funds what that verb funds: the verb's object, what its
    relative clause is about, or its passive subject."""
    words = reader.words  # a sentence with no funding verb is skipped (rules/needs.txt)
    for verb in reader.tokens_among(_FUND_VERBS):
        if not _shared(reader, verb.i):
            continue
        at = _with_after(reader, verb.i)
        if at is None:
            continue
        funded = _what_funded(reader, verb)
        if funded is None or reader.kind(funded) not in _FUNDED_KINDS:
            continue
        co_funders = [
            m
            for m in reader.list_after(at + 1, kinds=_CO_FUNDERS)
            if m.id != funded.id and m.start > at
        ]
        if not co_funders or words[co_funders[0].start - 1] not in {"with", *lx.ARTICLES}:
            continue
        _vote_programme(reader, funded)
        _turn_to(reader, co_funders, funded)
        for m in co_funders:
            reader.relate(m, "FUNDED", funded, confidence=0.7)


def _shared(reader: SentenceReader, i: int) -> bool:
    """Whether the funding verb at token i is shared: "co-" before it, or "jointly"
    right before or after it."""
    words = reader.words
    start = reader.sent.start
    if i - 2 >= start and words[i - 1] == "-" and words[i - 2] == "co":
        return True
    return (i - 1 >= start and words[i - 1] in _SHARED) or (
        i + 1 < reader.sent.end and words[i + 1] in _SHARED
    )


def _with_after(reader: SentenceReader, i: int) -> int | None:
    """The token of the "with" a few words after the verb at token i, before any
    comma, clause end or other funding word ("by", "from"); None when there is none."""
    words = reader.words
    for k in range(i + 1, min(i + 1 + _GAP + 6, reader.sent.end)):
        if words[k] == "with":
            # near the verb, or right after its object's name ("co-fund the Foo Project with")
            return k if k - i <= _GAP or k in reader.by_end else None
        if words[k] in lx.CLAUSE_ENDS or words[k] in {",", "by", "from", "through"}:
            return None
    return None


def _what_funded(reader: SentenceReader, verb):
    """The name the shared-funding verb funds: its object ("co-fund the Foo Project
    with"), the name its relative clause hangs on ("Foo, which we fund jointly with"),
    its passive subject ("Foo was co-funded with") or the name it describes ("Foo,
    co-funded with")."""
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.tag_ not in _WH:
            return reader.covering.get(child.i)
    if verb.dep_ in {"relcl", "acl"}:
        return reader.covering.get(verb.head.i)
    if verb.dep_ == "acomp":  # "Foo was co-funded with", parsed as "was" + adjective
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return reader.covering.get(subject.i) if subject is not None else None
    return None


def _vote_programme(reader: SentenceReader, funded) -> None:
    """What two bodies fund together is a programme, not a body ("co-fund the Foo
    Advice Partnership with"): a vote for a project over a weak body's type."""
    if reader.kind(funded) != "Organisation" or funded.id == PAGE_ORG:
        return
    if funded.gazetteer or funded.title:
        return
    funded.votes["Project"] += RUN_VOTE
    reader.ctx.votes_for(funded)["Project"] += RUN_VOTE


def _turn_to(reader: SentenceReader, co_funders: list, funded) -> None:
    """Turn the FUNDED ties this sentence gave to a co-funder ("which we fund jointly
    with B": we -> B) to what was funded."""
    ctx = reader.ctx
    evidence = reader.evidence[:500]
    for m in co_funders:
        wrong = [
            c.source
            for c in ctx.candidates
            if c.target == m.id and c.relations[0] == "FUNDED" and c.evidence == evidence
        ]
        for source in wrong:
            drop_funded(ctx, source, m.id, evidence)
            if source != funded.id:
                reader.relate(source, "FUNDED", funded, confidence=0.75)


__all__ = ["shared_funding"]
