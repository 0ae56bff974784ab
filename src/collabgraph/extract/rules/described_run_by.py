"""Running, continued: a name a noun of something run describes, run by a body
("Kelby Skills Week, which is the annual campaign run by Foo", "Kelby Sparks is a
weekly scheme delivered by Foo", "the charity's Foo Line helpline, run by
Foo"): a programme the body runs (RUNS), voted a project. A name before "run by"
with no such noun: `rules/named_run_by.py`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.set_off_names import DESCRIBING_OPENERS
from collabgraph.extract.mentions.tokens import CLOSING_QUOTES, is_cap
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse around "by" and a run noun."""

RUN_BY = vocab.words("by_verbs_programme")
FUND_HEADS = vocab.words("fund_heads")
HOSTED_BY = frozenset({"hosted", "provided", "offered"})
"""Verbs of running only for what is known to be a programme or a service: "the
Men's Shed project, hosted by Foo" (its noun says so), "the Kelby Food Hub, hosted by
Foo" (a Project by then), "the Kelby Debt Advice Service, provided by Foo"; not a
body or an event ("Foo Network is hosted by Bar"), nor a fund ("the Foo Fund is
provided by Bar": its funder, rules/agents.py)."""
LED = frozenset({"led"})
"""Leading, a verb of running only where a programme's noun says what is led ("Foo, a
two-year project led by Bar"); a session or a walk is led too (`rules/named_run_by.py`
reads no "led")."""
_RUN_NOUNS = vocab.words("programme_run_nouns")
_NOT_RUN = {"Place", "Event", "Report"}
RUN_VOTE = 8  # over an event's head word ("... Week") and the recogniser's vote


def described_run_by(reader: SentenceReader) -> None:
    """ "Kelby Skills Week, which is the annual campaign run by Foo", "Kelby Sparks is a
    weekly scheme delivered by Foo", "Orrinlight weekly drop-ins run by Foo", "the
    charity's Foo Line helpline, run by Foo": a name that a noun of something run
    (vocab/programme_run_nouns.txt) describes, run, delivered or managed by a body
    (vocab/by_verbs_programme.txt), is a programme the body runs."""
    doc, start, end = reader.doc, reader.sent.start, reader.sent.end
    for by in (doc[k] for k in range(start, end) if reader.words[k] == "by"):
        verb = by.head
        if verb.lower_ not in RUN_BY | HOSTED_BY | LED or verb.i >= by.i:
            continue
        bodies = reader.named_by([c for c in by.children if c.dep_ == "pobj"], {"Organisation"})
        if not bodies:
            continue
        named = _described_before(reader, verb.i)
        # "X is a campaign run by", "the ‘X’ work programme, run by": said outright,
        # whatever X's words
        said = named is None or bool(reader.quoted(named))
        named = named or _described_by_noun(reader, verb)
        if named is None or named in bodies or _not_runnable(reader, named, said):
            continue
        if verb.lower_ in HOSTED_BY and reader.words[named.end - 1] in FUND_HEADS:
            continue  # "the Foo Fund, a grant scheme provided by Bar": its funder's
        if reader.kind(named) == "Organisation" and head_kind(reader.words[named.end - 1])[1] >= 3:
            continue  # "Foo Trust, a charity run by volunteers": a body
        named.votes["Project"] += RUN_VOTE
        reader.ctx.votes_for(named)["Project"] += RUN_VOTE
        for body in bodies:  # "a weekly service provided by Foo and Bar": each
            reader.relate(body, "RUNS", named, confidence=0.7)


def _not_runnable(reader: SentenceReader, m, said: bool) -> bool:
    """A person by more than the recogniser's word ("Orrinlight weekly drop-ins": a
    word it may read as a person's name), a UK place; a place, event or report by
    its head word unless the sentence says what it is ("Kelby Week, the campaign run
    by Foo")."""
    kind = reader.kind(m)
    if kind == "Person":
        return bool(m.title) or m.votes["Person"] > m.recogniser_votes("Person")
    if m.gazetteer or kind not in _NOT_RUN:
        return m.gazetteer
    return not said and head_kind(reader.words[m.end - 1])[0] == kind


def _described_before(reader: SentenceReader, k: int):
    """The name before a run noun and the words describing it, right before the verb
    at `k` ("Orrinlight weekly drop-ins run", "Foo Line helpline, run"), or set off
    by a comma before them ("Walk Tall, the falls-prevention programme run"), or None."""
    doc, words, start = reader.doc, reader.words, reader.sent.start
    k -= k - 1 >= start and words[k - 1] == ","
    j = k - 1
    while j - 2 >= start and doc[j - 1].text in {"-", "‐"} and not doc[j - 1].whitespace_:
        j -= 2  # "drop-ins": one word of three tokens
    if j < start or doc[j:k].text.lower() not in _RUN_NOUNS:
        return None
    j -= 1
    while j >= start and k - j < 6:
        if doc[j].text in {"-", "‐"} and not doc[j].whitespace_ and j > start:
            j -= 1  # "dementia-friendly": one word
        elif (
            doc[j].is_lower
            and doc[j].is_alpha
            and (doc[j].pos_ in {"ADJ", "NOUN"} or doc[j].tag_ == "VBG")
        ):
            j -= 1  # "weekly", "digital inclusion", "walking"
        else:
            break
    m = reader.by_end.get(j + 1)
    if m is None and j - 1 >= start and words[j] in DESCRIBING_OPENERS and words[j - 1] == ",":
        m = reader.by_end.get(j - 1)  # "Walk Tall, the falls programme run": set off
    if m is None and j > start and doc[j].text in CLOSING_QUOTES:
        m = reader.by_end.get(j)  # "the ‘Step Up’ work programme, run"
        m = m if m is not None and reader.quoted(m) else None
    cut = m is not None and m.start - 2 >= start and doc[m.start - 1].is_lower
    if cut and is_cap(doc[m.start - 2]):
        return None  # "Help in Hard Times helpline": the name cut at a small word
    return m


def _described_by_noun(reader: SentenceReader, verb):
    """ "X, which is the annual campaign run by", "X is a weekly scheme delivered by",
    "X, the annual campaign run by", "X is one of the projects run by": the name the
    run noun the verb hangs from is said to be, or None."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lower_ not in _RUN_NOUNS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head  # "X is one of the projects run by", "X, one of the schemes run by"
    if noun.dep_ == "appos":
        return reader.covering.get(noun.head.i)
    if noun.dep_ != "attr":
        return None
    copula = noun.head
    if copula.dep_ == "relcl":
        return reader.covering.get(copula.head.i)
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    return reader.covering.get(subjects[0].i) if subjects else None


__all__ = ["LABELS", "RUN_BY", "RUN_VOTE", "described_run_by"]
