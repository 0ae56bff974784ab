"""Running, continued: a body that runs, operates or set up a hub, a centre, a café
or a clinic ("Kelby Carers runs the Fenby Carers' Centre and the Time Out respite
service", "since 2024 we have also run the Speak Up Hub", "A and B will jointly run
a new Device Lab") runs a project (corpus/GOLD.md: RUNS is Person/Organisation ->
Project). A name the finder reads as a body only by such a weak head word
(vocab/body_run_thing_heads.txt), or one a programme noun follows ("will run the
Tern Together programme"), is voted a project when a body, a name not yet typed
or a plural noun is the verb's subject ("the two organisations will jointly run
the Fenby Skills Academy"); each name joined to it by "and" too. A body or a name
not yet typed RUNS it. A person who runs one: `person_run_things`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.described_run_by import RUN_VOTE
from collabgraph.extract.rules.focus_targets import first_id
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse around a verb of running."""

_HEADS = vocab.words("body_run_thing_heads")
_PROGRAMME_NOUNS = vocab.words("programme_run_nouns")
_RUN_WORDS = {"run", "runs", "ran", "running", "operate", "operates", "operated", "operating"}
_RUN_WORDS |= {"manage", "manages", "managed", "managing", "coordinate", "coordinates"}
_SET_UP = "set"  # "A and B have set up the Fenby Net Zero Lab"
_RUN_OR_SET = _RUN_WORDS | {_SET_UP}
_RELATIVES = {"which", "that"}
_THEY = {"they", "it"}
# a body, or a name nothing has typed yet ("Fenby Carers Circle runs ...")
_DOERS = {"Organisation", None}


def body_run_things(reader: SentenceReader) -> None:
    """ "Kelby Carers runs the Fenby Carers' Centre": Kelby Carers RUNS it, a project."""
    for tok in reader.tokens_among(_RUN_OR_SET):
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        if tok.lower_ == _SET_UP and not any(c.lower_ == "up" for c in tok.children):
            continue
        bodies = _subjects(reader, tok)
        if not bodies and not _plural_doer(tok):
            continue
        for thing in _objects(reader, tok):
            if _run_thing(reader, thing):
                thing.votes["Project"] += RUN_VOTE
                reader.ctx.votes_for(thing)["Project"] += RUN_VOTE
                for body in bodies:
                    reader.relate(body, "RUNS", thing, confidence=0.7)


def _objects(reader: SentenceReader, verb) -> list:
    """The names the verb takes as its object, and those joined to it by "and"; a
    name right before a programme's noun the verb takes ("the Tern Listening helpline")."""
    found = []
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        for t in (c, *c.conjuncts):
            m = reader.covering.get(t.i)
            if m is None and reader.words[t.i] in _PROGRAMME_NOUNS:
                m = reader.by_end.get(t.i)  # "the Tern Listening helpline": the name before
            if m is not None and m not in found:
                found.append(m)
    return found


def _doer(verb):
    """The verb's subject token, through auxiliaries and a verb it is joined to
    (`_climbs`); None when it has none."""
    v = verb
    while _climbs(v) and not any(c.dep_ == "nsubj" for c in v.children):
        v = v.head  # "set up and runs", "will continue to run", "receive £5,000 to run"
    return next((c for c in v.children if c.dep_ == "nsubj"), None)


def _plural_doer(verb) -> bool:
    """Whether the verb's subject is a plural common noun ("the two organisations
    will jointly run ...", "volunteers run ..."): bodies or people named before,
    not a person ("they" is left: who they are is not read here)."""
    tok = _doer(verb)
    return tok is not None and tok.tag_ == "NNS"


def _subjects(reader: SentenceReader, verb) -> list:
    """The bodies doing it: the verb's subject (and those joined to it), through
    auxiliaries and a verb it is joined to, or the name "which" stands for ("Kelby
    Carers, which runs ..."); "we" is the page's body. None but organisations and
    names not yet typed (the relation is kept only if the name ends as one)."""
    tok = _doer(verb)
    if tok is None:
        return []
    v = tok.head
    if tok.lower_ in _RELATIVES and v.dep_ == "relcl":
        tok = v.head
    if tok.lower_ in _THEY and v.dep_ == "ccomp":  # "A and B said they would run ..."
        return _subjects(reader, v.head)
    if tok.lower_ == "we":  # the page's body, named further on (`PAGE_ORG`) if not yet
        return [] if reader.in_quote(tok.i) else [first_id(reader.we_org(tok.i), PAGE_ORG)]
    found = []
    for t in (tok, *tok.conjuncts):
        m = reader.covering.get(t.i)
        if m is not None and reader.kind(m) in _DOERS and m not in found:
            found.append(m)
    return found


def _climbs(v) -> bool:
    """Whether the subject of verb `v` is its head's: a verb joined by "and", or an
    infinitive ("to run") after the verb or as its purpose."""
    if v.head.i >= v.i:
        return False
    if v.dep_ in {"conj", "xcomp"}:
        return True
    return v.dep_ == "advcl" and any(c.lower_ == "to" for c in v.lefts)


def _run_thing(reader: SentenceReader, thing) -> bool:
    """Whether a name is a project already, or a body's only by a weak head word, or
    a programme by the noun after it ("the Tern Together programme"), and not known
    as a body."""
    if thing.gazetteer or thing.title:
        return False
    if reader.kind(thing) == "Project":
        return True  # "runs the Fenby Supper Café and the Tern Listening helpline"
    if reader.kind(thing) != "Organisation":
        return False
    after = reader.words[thing.end] if thing.end < reader.sent.end else ""
    return reader.words[thing.end - 1] in _HEADS or after in _PROGRAMME_NOUNS


__all__ = ["LABELS", "body_run_things"]
