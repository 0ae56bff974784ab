"""Partners on one named thing: "Foo jointly runs the Bar Hub with A and B", "Foo
co-delivers the Bar Course with A" (`joint_run_with` cues): the bodies after "with"
run the thing too, and are the subject's partners; "Foo partnered with A for its
Bar project" (`partnered_with` cues): A takes part in Bar as a partner. Called by
`partnership.partnerships`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.service_nouns import SERVICE_HEADS, named_by_noun
from collabgraph.extract.rules.partner_leads import ours_at
from collabgraph.extract.rules.reader import SentenceReader

_RUN_KINDS = frozenset({"Project", "Event"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
_FOR = frozenset({"for", "on"})
# between a named thing and "run with" after it: "Foo, run with", "Foo, which we deliver with"
_RUN_NOUNS = vocab.words("programme_run_nouns")
_BEFORE_RUN = frozenset({",", "which", "that", "we", "is", "are", "was", "being"})


def joint_runs(reader: SentenceReader) -> None:
    """ "Foo jointly runs the Bar Hub with A and B": Foo PARTNER_OF A and B; A and
    B run Bar (RUNS, or ORGANISED for an event: the seed keeps the type that fits)
    as Foo does (Foo's own running is read by the running rules). Nothing when no
    project or event named right after the verb (and a kind word: "the Bar
    programme") is followed by "with"."""
    for cue in reader.cues("joint_run_with"):
        run = _named_at(reader, cue.end)
        if run is None or reader.kind(run) not in _RUN_KINDS:
            continue
        w = run.end + (run.end < reader.sent.end and reader.doc[run.end].tag_ in {"NN", "NNS"})
        if w >= reader.sent.end or reader.words[w] != "with":
            continue  # "the Bar programme with A": a kind word after the name, then "with"
        partners = reader.list_after(w + 1, kinds={"Organisation"})
        leads = reader.subjects_before(cue.start, frozenset({"Organisation"}))
        for p in partners:
            for lead in leads:
                reader.relate(lead, cue.cue.relations, p, confidence=0.75)
            reader.relate(p, ("RUNS", "ORGANISED"), run, confidence=0.7)


def partnered_for(reader: SentenceReader) -> None:
    """ "Foo partnered with A and B for its Bar project", "Foo has partnered with A
    on the Bar programme": A and B PARTICIPATED_IN Bar, role partner (the partnership
    itself is read by `partnership.partnerships`)."""
    for cue in reader.cues("partnered_with"):
        partners = reader.list_after(cue.end, kinds={"Organisation"})
        k = partners[-1].end if partners else reader.sent.end
        if k >= reader.sent.end or reader.words[k] not in _FOR:
            continue
        run = _named_at(reader, k + 1)
        for p in partners if run is not None and reader.kind(run) == "Project" else ():
            reader.relate(p, "PARTICIPATED_IN", run, role="partner", confidence=0.7)


def _named_at(reader: SentenceReader, k: int):
    """The mention at token k, past determiners ("the", "its"); else None."""
    while k < reader.sent.end and reader.words[k] in _DETERMINERS:
        k += 1
    return reader.by_start.get(k)


def run_with_after(reader: SentenceReader) -> None:
    """ "the Foo Café, run jointly with A", "our Bar Club, run with A and B", "the
    Baz project, which we deliver jointly with A" (`run_jointly_with` cues): A (and
    B) run the project or event named just before (RUNS, or ORGANISED for an event),
    as does the body the page speaks for, which worked with them (COLLABORATES_WITH:
    corpus/GOLD.md "worked with"; a runner the clause names: `joint_runners`).
    Nothing when no project or event ends right before the verb (past a comma,
    "which", "we")."""
    for cue in reader.cues("run_jointly_with"):
        k = cue.start
        while k > reader.sent.start and reader.words[k - 1] in _BEFORE_RUN:
            k -= 1
        run = None
        if k > reader.sent.start and reader.words[k - 1] in _RUN_NOUNS | SERVICE_HEADS:
            # "the Baz project, which", "the Foo crisis café, run ...": the kind word after the name
            run = named_by_noun(reader.doc, reader.ms, k - 1, reader.sent.end)
            k -= 1
        run = run or reader.by_end.get(k)
        relative = False
        if run is None:
            run = relative_head(reader, cue.start)  # "Bar, which trains ... and is run with A"
            relative = run is not None
        if run is not None and _ours_run(reader, run, cue.start):
            run.votes["Project"] += 7  # "the Foo Academy, which we run jointly with A"
            reader.ctx.votes_for(run)["Project"] += 7
        if run is None or reader.kind(run) not in _RUN_KINDS or (k == cue.start and not relative):
            continue  # "Foo runs with A": no name set off before the verb
        partners = reader.list_after(cue.end, kinds={"Organisation"})
        ours = ours_at(reader, cue.start) if partners else None
        if relative and not any(w in _OUR_WORDS for w in reader.words[run.end : cue.start]):
            ours = None  # "the hospice's Bar programme, which ... is run with A": not ours
        for p in partners:
            reader.relate(p, ("RUNS", "ORGANISED"), run, confidence=0.7)
            if ours is not None and ours != p.id:
                reader.relate(ours, "COLLABORATES_WITH", p, confidence=0.7)
        if ours is not None:
            reader.relate(ours, ("RUNS", "ORGANISED"), run, confidence=0.65)


_RUN_OPENERS = frozenset({"which", "that"})
_OUR_WORDS = frozenset({"we", "i"})


def relative_head(reader: SentenceReader, i: int):
    """The project or event a relative clause holding the verb at token i is said
    of, past the clause's earlier verbs: "the Bar programme, which trains volunteers
    and is run jointly with A" (the name, or the name before the kind word the
    clause hangs on); None when the verb is in no such clause."""
    verb = reader.doc[i]
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or not any(c.lower_ in _RUN_OPENERS for c in verb.children):
        return None
    head = verb.head
    if head.i < reader.sent.start:
        return None
    found = next((m for m in reader.ms if m.start <= head.i < m.end), None)
    if found is None and head.lower_ in _RUN_NOUNS | SERVICE_HEADS:
        found = named_by_noun(reader.doc, reader.ms, head.i, reader.sent.end)
        found = found or reader.by_end.get(head.i)
    return found if found is not None and reader.kind(found) in _RUN_KINDS else None


def _ours_run(reader: SentenceReader, run, i: int) -> bool:
    """ "Bar, which we run jointly with A": a name read as a body that the page's own
    voice says it runs, with "which"/"that" and "we" between the name and the verb."""
    between = reader.words[run.end : i]
    return (
        reader.kind(run) == "Organisation"
        and len(between) <= 4
        and any(w in _RUN_OPENERS for w in between)
        and any(w in _OUR_WORDS for w in between)
    )
