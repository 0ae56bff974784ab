"""Running, continued: a name right before "run by" and a body, with no noun saying
what it is ("the Kelby Device Bank, run by Tern Foundation", "the Kelby Databank and
Kelby Device Bank run by Tern Foundation", "the Kelby Device Bank is run by Tern
Foundation"): a programme the body runs, unless its
head word makes it a body of its own ("Kelby Academy, run by Tern Trust"; but a
facility's head word, vocab/facility_heads.txt, names the body's service: "the
Kelby Befriending Hub, run by Tern Trust") or a place, event or report, or it runs
across "and" (two names the reader may have joined: no tie rather than one to a
wrong name). The described forms ("Bar, a
campaign run by Foo") are described_run_by.py's.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.rules.described_run_by import FUND_HEADS, HOSTED_BY, RUN_BY, RUN_VOTE
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse around "by"."""

_RUNNABLE = {"Organisation", "Project", None}
_FACILITY_HEADS = vocab.words("facility_heads")
_RUN_NOUNS = vocab.words("programme_run_nouns")
_LED = {"led"}  # "Step Up Kelby, led by Foo": a programme only if nothing else yet


def runnable(reader: SentenceReader, m, *, said: bool = False, whole: bool = False) -> bool:
    """Whether `m` may be a programme a body runs: not a person, a place, an event,
    a report or a body by its head word, nor two names read across "and", nor a
    plural noun capitalised only by opening the sentence ("Stalls were run by Foo
    Scouts", "Workshops are led by Foo": `_plural_opener`). With
    `said` (the sentence says outright it is run: "Kelby Sparks is coordinated by
    Foo"), a person only by the recogniser's word may be one too. With `whole` (a
    list item's whole name: "Walk and Talk – Foo will ..."), "and" may be inside it."""
    kind = reader.kind(m)
    if kind == "Person" and said and recognised_only(m):
        kind = "Organisation"  # read by its head word as a body's name is
    if m.gazetteer or m.title or kind not in _RUNNABLE:
        return False
    if _plural_opener(reader, m):
        return False
    if not whole and any(w in {"and", "&"} for w in reader.words[m.start : m.end]):
        return False  # "the Kelby Databank and Kelby Device Bank" read as one: maybe two
    last = reader.words[m.end - 1]
    head, strength = head_kind(last)
    if last in _FACILITY_HEADS:
        return True  # "the Kelby Befriending Hub, run by Tern Trust": the trust's service
        # ("the Kelby Diagnostic Centre is run by Foo Trust" too, whatever a venue's word says)
    if head in {"Place", "Event", "Report"}:
        return False
    return kind != "Organisation" or head != "Organisation" or strength < 3


def listed_programme(reader: SentenceReader, m) -> bool:
    """Whether `m`, listed where the sentence says what is listed are programmes
    ("Projects run by Foo include A, B and C", "Foo runs three projects: A, B and
    C"), may be one: `runnable` as said outright, or a name read as a person's with
    no title ("Open Table": made-up names of two words often are)."""
    if runnable(reader, m, said=True):
        return True
    return reader.kind(m) == "Person" and not m.title and not m.gazetteer


def _plural_opener(reader: SentenceReader, m) -> bool:
    """A one-word name opening the sentence that is an ordinary English plural
    noun ("Stalls", "Sessions"): what was run, not a programme's name."""
    word = reader.doc[m.start].text
    return (
        m.end - m.start == 1
        and m.start == reader.sent.start
        and word.isalpha()
        and not word.isupper()
        and word.lower().endswith("s")
        and is_common_word(word)
    )


def recognised_only(m) -> bool:
    """Whether `m` is a person only by the recogniser's word, with no title ("Kelby
    Sparks": a name it may read as a person's), so a sentence may say it is run."""
    return not m.title and m.votes["Person"] <= m.recogniser_votes("Person")


def _names_before(reader: SentenceReader, k: int) -> list:
    """The name ending right before token k (past a comma or a bracket, or its own programme noun:
    "the Kelby Sparks programme is hosted by"), and one joined to it by "and" before
    it ("A and the B run by")."""
    words, start = reader.words, reader.sent.start
    k -= k - 1 >= start and words[k - 1] in {",", "("}  # "The Lunch Club (run by Foo)"
    last = reader.by_end.get(k)
    if last is None and k - 1 > start and words[k - 1] in _RUN_NOUNS:
        last = reader.by_end.get(k - 1)  # "the Kelby Sparks programme is hosted by"
    if last is None:
        return []
    j = last.start - 1
    j -= j >= start and words[j] == "the"
    first = reader.by_end.get(j) if j > start and words[j] == "and" else None
    return [m for m in (first, last) if m is not None]


def named_run_by(reader: SentenceReader) -> None:
    """ "the Kelby Device Bank, run by Tern Foundation": Tern Foundation RUNS it."""
    doc, start, end = reader.doc, reader.sent.start, reader.sent.end
    for by in (doc[k] for k in range(start, end) if reader.words[k] == "by"):
        verb = by.head
        if verb.lower_ == "behalf" and verb.head.lower_ == "on":
            verb = verb.head.head  # "managed on the council's behalf by Foo"
        if verb.lower_ not in RUN_BY | HOSTED_BY | _LED or not _right_after(reader, verb, by):
            continue
        bodies = reader.named_by([c for c in by.children if c.dep_ == "pobj"], {"Organisation"})
        if not bodies:
            continue
        first = _first_verb(verb).i
        k = _past_auxiliaries(reader, first)
        for named in _names_before(reader, k) or _fund_before_which(reader, k, verb):
            # "Kelby Sparks is coordinated by Foo": opening the sentence, a name only
            # the recogniser read as a person's
            said = k < first and named.start == reader.sent.start
            if named in bodies:
                continue
            if not (runnable(reader, named, said=said) or _fund_run(reader, named, verb)):
                continue
            if verb.lower_ in HOSTED_BY and not _hosted_service(reader, named):
                continue  # "Foo Network is hosted by Bar": a body's home, not its running
            if verb.lower_ in _LED and reader.kind(named) not in {None, "Project"}:
                continue  # "Foo Network, led by Bar": a body; an event or report is others'
            named.votes["Project"] += RUN_VOTE
            reader.ctx.votes_for(named)["Project"] += RUN_VOTE
            for body in bodies:
                reader.relate(body, "RUNS", named, confidence=0.7)


_BEHALF_GAP = 6  # "managed on the Kelby Dale Council's behalf by"


def _right_after(reader: SentenceReader, verb, by) -> bool:
    """Whether "by" follows the verb, or only a phrase saying for whom the verb is
    done lies between ("managed on the council's behalf by Foo", "delivered on behalf
    of Kelby Council by Foo")."""
    if verb.i == by.i - 1:
        return True
    gap = reader.words[verb.i + 1 : by.i]
    return 0 < len(gap) <= _BEHALF_GAP and gap[0] == "on" and "behalf" in gap


_FUND_RUN_BY = frozenset({"run", "managed", "administered", "operated"})


def _fund_run(reader: SentenceReader, m, verb) -> bool:
    """Whether a fund's name is run by the body after "by" ("funded by the Kelby
    Fund, run by Fenby Council"): a grant programme the body runs, even where the
    sentence reads it as a funder (corpus/GOLD.md: grant programmes are Projects);
    not one "provided by" a body (its funder) nor a place's or a person's name."""
    if verb.lower_ not in _FUND_RUN_BY or reader.words[m.end - 1] not in FUND_HEADS:
        return False
    return not (m.gazetteer or m.title) and reader.kind(m) in _RUNNABLE


def _fund_before_which(reader: SentenceReader, k: int, verb) -> list:
    """The fund named before ", which" at token k ("the Kelby Fund, which is run by
    Foo"): `_fund_run`'s, once a relative clause stands between (only a fund's: a
    venue "which is hosted by" a body is not its programme)."""
    words, start = reader.words, reader.sent.start
    if k - 2 <= start or words[k - 1] not in {"which", "that"} or words[k - 2] != ",":
        return []
    return [m for m in _names_before(reader, k - 1) if _fund_run(reader, m, verb)]


def _hosted_service(reader: SentenceReader, m) -> bool:
    """Whether a name "hosted by", "provided by" or "offered by" a body is a programme it
    runs: a Project by then, or a facility by its last word ("the Kelby Food Hub is
    hosted by Foo"); not a fund ("the Foo Fund is provided by Bar": its funder)."""
    last = reader.words[m.end - 1]
    return last not in FUND_HEADS and (reader.kind(m) == "Project" or last in _FACILITY_HEADS)


def _past_auxiliaries(reader: SentenceReader, k: int) -> int:
    """Token k, or the first of the auxiliaries right before it ("the Kelby Device
    Bank is run by", "has been delivered by"): where the name before them ends."""
    while k - 1 > reader.sent.start and reader.doc[k - 1].dep_ in {"aux", "auxpass"}:
        k -= 1
    return k


def _first_verb(verb):
    """The first of participles joined by "and" ("the Kelby Hub, funded by Fenby
    Council and run by Tern Trust": "funded"), whose name comes right before it."""
    while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.tag_ == "VBN":
        verb = verb.head
    return verb


__all__ = ["LABELS", "listed_programme", "named_run_by", "recognised_only", "runnable"]
