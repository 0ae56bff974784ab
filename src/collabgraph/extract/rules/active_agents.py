"""Who did what an active cue verb says: "X hosted the summit", "X has published
a new report", "the trust also funds Z", "X, which runs Y" (`active` in the
pattern files). A cue's `relations` are tried in order once both ends' types are
known; `role` goes with them. The cues are the `agents` family's ("hosted by X" is
read there).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.service_nouns import named_by_noun
from collabgraph.extract.mentions.tokens import POSSESSIVE, SUBJECT_DEPS
from collabgraph.extract.rules.described_run_by import RUN_VOTE
from collabgraph.extract.rules.named_run_by import listed_programme
from collabgraph.extract.rules.passive_bys import by_after
from collabgraph.extract.rules.passive_targets import BEFORE_VERB
from collabgraph.extract.rules.reader import (
    FOCUS_NOUNS,
    SESSION_NOUNS,
    SentenceReader,
    session_role,
)

LABELS = frozenset({"active"})
_PROGRESSIVE = {"is", "are", "was", "were", "been", "be"}
_VERBS_BEFORE_TO = vocab.words("verbs_before_to")
_RACES = vocab.words("event_race_heads")
_RUNNER_GROUPS = vocab.words("race_runner_groups")  # "a team from Foo ran the 10k"
_RAISED = vocab.words("raised_money_words")  # "ran the 10k and raised £2,000"
_HOST_VERBS = vocab.words("event_host_verbs")  # "A hosted an online session"
_SESSION_EVENTS = SESSION_NOUNS | {"webinar", "webinars"}  # a page event that is one
_RUN_VERBS = {"run", "runs", "ran", "running"}
_BACK_KINDS = ("Project",)  # what a noun naming a thing run refers back to
_RUN_NOUNS = vocab.words("programme_run_nouns")
_LIST_OPENERS = {":", "including", "include"}
_NOUN_OPENERS = POSSESSIVE | {"the", "its", "their", "our", "his", "her", "this"}


def _ran_the_race(reader: SentenceReader, verb: str, subject: Mention, target: Mention) -> bool:
    """Whether a person "runs" a race ("Jo Tern will run the Kelby Run", "ran the Fenby
    10k": vocab/event_race_heads.txt): a runner in it, not its organiser; a body too
    when its people ran it ("a team from Foo ran the Fenby 10k", "the staff of Foo,
    who ran ...": vocab/race_runner_groups.txt) or ran it to raise money ("Foo ran
    the Fenby 10k and raised £2,000")."""
    words = target.text.lower().split()
    if verb not in _RUN_VERBS or not words or words[-1] not in _RACES:
        return False
    if reader.kind(subject) == "Person":
        return True
    k = subject.start
    through_people = (
        k - 2 >= reader.sent.start
        and reader.words[k - 1] in {"of", "from", "at"}
        and reader.words[k - 2] in _RUNNER_GROUPS
    )
    raised = any(w in _RAISED for w in reader.words[target.end : reader.sent.end])
    return through_people or raised


def _parsed_subjects(reader: SentenceReader, i: int) -> list[Mention]:
    """The people or bodies the parse makes the subject of the verb at token i, when
    a phrase set off by commas stands between them ("Foo Council, working with A
    and B, has launched ...", "Foo, founded in 1990, runs ...")."""
    subjects = [c for c in reader.doc[i].children if c.dep_ == "nsubj"]
    return reader.named_by(subjects, {"Person", "Organisation"})


def _set_off_participle(reader: SentenceReader, i: int) -> bool:
    """Whether the cue verb at token i, right after a comma, is a past participle
    opening a phrase that describes the name before the comma ("Foo, funded through
    the Bar programme, ...", "Foo, hosted at Dale Hall, ..."): a passive, so the name
    before it did not do what the verb says."""
    tok = reader.doc[i]
    after = reader.doc[i + 1] if i + 1 < reader.sent.end else None
    return tok.tag_ == "VBN" and (tok.dep_ == "acl" or (after is not None and after.pos_ == "ADP"))


_AGENTS = frozenset({"Person", "Organisation"})
_UP_TO_SUBJECT = {"xcomp", "advcl", "relcl", "acl", "dobj", "attr", "acomp"}
_OBJECTS = {"dobj", "dative", "obj"}


def _infinitive_subjects(reader: SentenceReader, i: int) -> list[Mention]:
    """The people or bodies doing what the infinitive at token i says, from the clause
    it hangs on, when words stand between ("Foo are delighted to have won the tender
    to deliver X", "Jane Doe was the first commissioner to launch X"); the named
    object when one comes first ("Foo commissioned Bar to deliver X": Bar delivers).
    None when a noun has an owner ("the charity's plans to deliver X") or the
    subject is a relative word."""
    tok = reader.doc[i]
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return []
    for _ in range(5):
        kids = list(tok.children)
        if any(c.dep_ == "poss" for c in kids):
            return []
        objects = [c for c in kids if c.dep_ in _OBJECTS] if tok.i != i else []
        if named_objects := reader.named_by(objects, _AGENTS):
            return named_objects  # "Foo commissioned Bar to deliver X": Bar delivers
        subjects = [c for c in kids if c.dep_ in SUBJECT_DEPS]
        if subjects:
            if any(s.lower_ in {"which", "who", "that"} for s in subjects):
                return []
            return reader.named_by(subjects, _AGENTS)
        if tok.dep_ not in _UP_TO_SUBJECT or tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def active_verbs(reader: SentenceReader) -> None:
    """ "X hosted the summit", "X has published Y", "the trust also funds Z", "X,
    which runs Y"."""
    words, sent = reader.words, reader.sent
    for cue in sorted(reader.cues("active"), key=lambda c: (c.start, c.cue.order)):
        i = cue.start
        if i <= sent.start or cue.end >= sent.end or by_after(reader, cue.end) is not None:
            continue
        if words[i - 1] in _NOUN_OPENERS and reader.doc[i].pos_ == "NOUN":
            continue  # "Foo's funding came from Bar", "the funding": a noun, no verb
        v = i
        if v >= 2 and words[v - 1] == "-" and words[v - 2] == "co":
            v -= 2  # "A and B co-hosted"
        gap = BEFORE_VERB | {"has", "have", "had", "also"}
        if words[i].endswith("ing"):
            gap = gap | _PROGRESSIVE  # "X is running the Y project"
        while v > sent.start:
            if words[v - 1] in gap:
                v -= 1
            elif v - 2 > sent.start and words[v - 1] == "to" and words[v - 2] in _VERBS_BEFORE_TO:
                v -= 2  # "X will continue to deliver", "X has agreed to fund"
            else:
                break
        if v == i and words[v - 1] == "," and _set_off_participle(reader, i):
            continue  # "Foo, funded through the Bar programme, will ...": Foo was funded
        subjects = reader.subjects_before(v, frozenset({"Person", "Organisation"}))
        if not subjects and v - 2 > sent.start and words[v - 1] in {"which", "who", "that"}:
            # "X, which runs the Y project"
            named = reader.by_end.get(v - 2) if words[v - 2] == "," else None
            subjects = [named] if named is not None and reader.kind(named) else []
        if not subjects and v >= 2 and v < i:
            found = reader.definite_org(v - 2)  # "the foundation also funds"
            subjects = [found] if found is not None else []
        if not subjects and v > sent.start and words[v - 1] == ",":
            subjects = _parsed_subjects(reader, i)  # "X, working with A and B, has launched"
        far = not subjects and v > sent.start and words[v - 1] == "to"
        if far:
            subjects = _infinitive_subjects(reader, i)  # "X is delighted to deliver Y"
        rels, role = cue.cue.relations, cue.cue.role
        if not subjects and rels[0] == "RUNS":
            subjects = _pronoun_runner(reader, v)  # "She leads our Foo scheme"
            rels = ("RUNS",) if subjects else rels
        if not subjects:
            continue
        target = reader.mention_at(cue.end)
        if target is None and "RUNS" in rels:
            # "the Foo service, which Bar runs from its base": what "which" stands for
            target = _which_programme(reader, subjects[0])
        if target is None and far:
            continue  # "X was awarded £5,000 to deliver a youth project": no name, no tie
        if target is None:
            # "X hosted the event", "X published a new report"
            for k in range(cue.end, min(cue.end + 5, sent.end)):
                w = words[k]
                if "RUNS" in rels and _programmes_listed(reader, subjects, k, role):
                    break  # "Foo runs three projects: A, B and C"
                if w in FOCUS_NOUNS and not (k + 1 < sent.end and reader.doc[k + 1].pos_ == "NOUN"):
                    if w in SESSION_NOUNS and "ORGANISED" in rels:
                        _led_a_session(reader, subjects, w, words[i], k)  # "A ran a session"
                        break
                    target_id = reader.ctx.focus_of(reader.section, FOCUS_NOUNS[w])
                    if target_id is None:
                        target_id = reader.named_back(k, _BACK_KINDS)
                    for subject in subjects:
                        reader.relate(subject, rels, target_id, role=role, confidence=0.6)
                    break
                m = reader.by_start.get(k)
                if m is not None:
                    target = m
                    break
                # "Foo runs the challenge each year": the "Kelby Reading Challenge" named before
                back = reader.named_back(k, _BACK_KINDS) if "RUNS" in rels else None
                if back is not None and not (k + 1 < sent.end and reader.doc[k + 1].pos_ == "NOUN"):
                    for subject in subjects:
                        reader.relate(subject, rels, back, role=role, confidence=0.6)
                    break
        if target is not None:
            for subject in subjects:
                if _ran_the_race(reader, words[i], subject, target):
                    ran = "runner" if reader.kind(subject) == "Person" else "participant"
                    reader.relate(subject, "PARTICIPATED_IN", target, role=ran, confidence=0.7)
                    continue
                reader.relate(subject, rels, target, role=role, confidence=0.8)
                for other in _more_run(reader, rels, target):
                    reader.relate(subject, "RUNS", other, role=role, confidence=0.7)


def _pronoun_runner(reader: SentenceReader, v: int) -> list[Mention]:
    """ "She leads our hosting scheme, Open Doors", "He now coordinates the Foo
    Network": the person "she" or "he" right before the verb (at token v) refers to,
    outside a quotation; [] for none."""
    k = v - 1
    if k < reader.sent.start or reader.words[k] not in _HE_SHE or reader.in_quote(k):
        return []
    person = reader.pronoun_person()
    return [person] if person is not None and reader.kind(person) == "Person" else []


_HE_SHE = {"he", "she"}


def _which_programme(reader: SentenceReader, subject: Mention) -> Mention | None:
    """ "the Foo service, which Bar runs from its base", "the Foo discharge service,
    which Bar coordinates": the programme "which" after a comma stands for, named
    right before it or before its service noun (`mentions/service_nouns.py`)."""
    words, k = reader.words, subject.start - 1
    if not reader.sent.start + 2 <= k < reader.sent.end:
        return None  # a subject named in an earlier sentence ("the partnership also runs")
    if words[k] not in {"which", "that"} or words[k - 1] != ",":
        return None
    k -= 2
    named = reader.by_end.get(k + 1) or named_by_noun(reader.doc, reader.ms, k, reader.sent.end)
    return named if named is not None and reader.kind(named) == "Project" else None


def _programmes_listed(reader: SentenceReader, subjects, k: int, role) -> bool:
    """ "Foo runs three projects: A, B and C", "Foo delivers services including A and
    B": when a plural programme noun at token k comes before a colon or "including",
    the subjects run each programme listed after it; whether any was."""
    words, end = reader.words, reader.sent.end
    if words[k] not in _RUN_NOUNS or k + 2 >= end or words[k + 1] not in _LIST_OPENERS:
        return False
    listed = [m for m in reader.list_after(k + 2) if listed_programme(reader, m)]
    for m in listed:
        m.votes["Project"] += RUN_VOTE
        reader.ctx.votes_for(m)["Project"] += RUN_VOTE
        for subject in subjects:
            reader.relate(subject, "RUNS", m, role=role, confidence=0.7)
    return bool(listed)


def _more_run(reader: SentenceReader, rels, target: Mention) -> list[Mention]:
    """The other programmes listed with a programme a verb of running has as its
    object: "Foo runs the Kelby Larder, the Fenby Pantry and Orton Kitchen" (each a
    Project, nothing but commas, "and" and articles between); none unless the cue
    may mean running and the first is a programme."""
    if "RUNS" not in rels or reader.kind(target) != "Project":
        return []
    listed = reader.list_after(target.start)
    if not listed or listed[0].id != target.id:
        return []
    more = []
    for m in listed[1:]:
        if reader.kind(m) != "Project":
            break
        more.append(m)
    return more


def _led_a_session(
    reader: SentenceReader, subjects: list[Mention], noun: str, verb: str, k: int
) -> None:
    """ "Dara Quinn and Bel Okafor ran a story session": they took part in the event
    in focus, leading a part of it (as "workshops led by A" in `agents.by_phrases`).
    "A and B hosted an online session on X" in the first paragraphs of a page about
    an event, at no other event: the session is the page's event, and they organised
    it (vocab/event_host_verbs.txt), when that event is itself a session or webinar."""
    elsewhere = any(w in {"at", "during"} for w in reader.words[k : reader.sent.end])
    own = reader.page_event_here()
    own_head = reader.ctx.mentions[own].text.lower().split()[-1:] if own is not None else []
    if verb in _HOST_VERBS and not elsewhere and own_head and own_head[0] in _SESSION_EVENTS:
        for subject in subjects:
            reader.relate(subject, "ORGANISED", own, confidence=0.6)
        return
    for subject in subjects:
        role = session_role(noun, reader.kind(subject))
        reader.relate(subject, "PARTICIPATED_IN", reader.own_event(), role=role, confidence=0.6)
