"""Running, continued: a body or a person announcing the grants of its own fund or
programme ("Kelby Community Foundation has announced the latest grants from the Fenby
Fund", "Tern Trust is pleased to announce the grants awarded in Round 3 of the Kelby
Fund", "Fenby Council has announced the 27 groups that will share £9,000 from this
year's Kelby Chest grants programme"): the announcer RUNS the fund, voted a project.
Only for a grant noun (vocab/announced_grant_nouns.txt) between the verb
(vocab/announce_verbs.txt) and "from", "of" or "in" before the name, and a name a
fund's head word, a programme's noun or the reading makes a programme; "its Fenby
Fund" is `programmes.owned_programmes`'s too (relating it twice changes nothing).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.described_run_by import FUND_HEADS, RUN_VOTE
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads an announcing verb, its subject and a name after it."""

_VERBS = vocab.words("announce_verbs")
_GRANT_NOUNS = vocab.words("announced_grant_nouns")
_RUN_NOUNS = vocab.words("programme_run_nouns")
_OUT_OF = frozenset({"from", "of", "in"})
_BEFORE_NAME = frozenset({"the", "this", "year", "'s", "its", "their", "her", "his", "our"})
_ANNOUNCERS = frozenset({"Organisation", "Person"})
_COMPLEMENTS = frozenset({"xcomp", "acomp", "advcl"})
_REACH = 25  # tokens from the verb to the fund's name


def announced_rounds(reader: SentenceReader) -> None:
    """The kinds in the module docstring."""
    for verb in reader.tokens_among(_VERBS):
        if verb.pos_ != "VERB":
            continue
        announcer = _announcer(reader, verb)
        if announcer is None:
            continue
        fund = _fund_after(reader, verb.i)
        if fund is None or fund is announcer:
            continue
        if reader.kind(fund) != "Project":
            votes = reader.ctx.votes_for(fund)
            lead = max(RUN_VOTE, votes["Organisation"] + 1 - votes["Project"])
            fund.votes["Project"] += lead
            votes["Project"] += lead
        reader.relate(announcer, "RUNS", fund, confidence=0.6)


def _announcer(reader: SentenceReader, verb) -> Mention | None:
    """The body or person the verb's subject names, or the subject of the clause the
    verb completes ("Foo is pleased to announce")."""
    head = verb
    for _ in range(3):  # "announced", "is pleased to announce": up to the clause's verb
        subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        m = reader.covering.get(subj.i) if subj is not None else None
        if m is not None and reader.kind(m) in _ANNOUNCERS:
            return m
        if subj is not None or head.dep_ not in _COMPLEMENTS:
            return None
        head = head.head
    return None


def _fund_after(reader: SentenceReader, verb_i: int) -> Mention | None:
    """The first fund or programme named after "from", "of" or "in" past a grant noun,
    within reach of the verb; None when a name of another kind comes first."""
    words, end = reader.words, min(reader.sent.end, verb_i + _REACH)
    granted = False
    for k in range(verb_i + 1, end):
        if words[k] in _GRANT_NOUNS:
            granted = True
        m = reader.by_start.get(k)
        if m is None:
            continue
        j = k - 1
        while j > verb_i and (words[j] in _BEFORE_NAME or words[j][:1] in "£0123456789"):
            j -= 1
        if not granted or words[j] not in _OUT_OF:
            if reader.kind(m) in _ANNOUNCERS:
                return None  # "announced that Foo ...": another body's news
            continue
        if _is_fund(reader, m):
            return m
    return None


def _is_fund(reader: SentenceReader, m: Mention) -> bool:
    """A programme by its reading, a fund's head word, or a programme noun after it."""
    kind = reader.kind(m)
    if kind == "Project":
        return True
    if kind not in {"Organisation", None}:
        return False
    after = reader.words[m.end] if m.end < reader.sent.end else ""
    return reader.words[m.end - 1] in FUND_HEADS or after in _RUN_NOUNS
