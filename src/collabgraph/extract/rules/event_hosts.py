"""Organising, continued: who held the event, read from the parse where the cue
phrases see only the words next to the verb. "I was delighted to host the Foo
Conference" (the speaker), "we were proud to co-host this event with Bar",
"Hosted by A, the gathering ...", "Held with the help and support of A and B,
the summit ...", "the summit was arranged by A together with B", "In partnership with A, we
organised a ... event", "an event she hosted in partnership with A", "A ran the
morning with B" (B here; A is active_agents'): ORGANISED the event
(vocab/event_host_verbs.txt).
The verb may hang from a noun ("we had the pleasure of co-hosting X": we, the
page's body even before the page names it) or open a clause of purpose ("Foo
received £40,000 to help stage X": Foo).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms, pos_tags
from collabgraph.extract.lexicon import HOST_VERBS
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.comperes import comperes
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader
from collabgraph.extract.rules.with_attending import attending_after

LABELS = frozenset()
"""The cue labels (pattern files) this module's rule reads (none: it reads the parse)."""

_EVENT_NOUNS = vocab.words("page_event_heads")
_WITH_LEAD = vocab.words("co_host_with_leads")
_HELP = vocab.words("co_host_help_nouns")
_FUNDING_HELP = vocab.words("co_host_funding_nouns")  # "with support from Bar": a funder
_DEFINITE = {"the", "this", "that", "our", "its", "their", "his", "her", "my"}
_GLUE = vocab.words("co_host_help_glue")
_RAN = {"ran", "run", "runs", "running"}  # "ran the morning with Bar": co-hosts only


def hosts(reader: SentenceReader) -> None:
    """Who the sentence says held the event it names or refers to (see the module)."""
    doc, start, end = reader.doc, reader.sent.start, reader.sent.end
    raw = lower_forms(doc)
    if not any(w in HOST_VERBS or w in _RAN for w in raw[start:end]):
        return
    pos = pos_tags(doc)
    at = reader.covering
    for k in range(start, end):
        if (raw[k] not in HOST_VERBS and raw[k] not in _RAN) or pos[k] not in {"VERB", "AUX"}:
            continue
        verb = doc[k]
        passive = verb.tag_ == "VBN" and (
            any(c.dep_ in {"auxpass", "agent", "nsubjpass"} for c in verb.children)
            or verb.dep_ in {"advcl", "acl"}
        )
        event = _event(reader, at, verb, passive)
        if event is None:
            continue
        agents = _passive_agents(reader, verb) if passive else _active_agents(reader, at, verb)
        if raw[k] in _RAN:  # "Foo ran the morning with Bar": Bar (Foo is active_agents')
            agents = []
        for who in agents + _co_hosts(reader, verb):
            if who == PAGE_ORG or reader.kind(who) in {"Person", "Organisation", None}:
                reader.relate(who, "ORGANISED", event, confidence=0.65)


def _event_at(reader: SentenceReader, at: dict[int, Mention], tok) -> int | None:
    """The event a noun is: the one named there, or "the summit", "this event",
    "a social prescribing event" on a page about one event (the one in focus)."""
    m = at.get(tok.i)
    if m is not None:
        return m.id if reader.kind(m) == "Event" else None
    if FOCUS_NOUNS.get(tok.lower_) != "Event" and tok.lower_ not in _EVENT_NOUNS:
        return None
    focus = reader.ctx.focus_of(reader.section, "Event")
    if reader.ctx.main.get("Event") is None or focus is None:
        return None
    determiners = {c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}}
    named = [w for w in reader.ctx.mentions[focus].text.lower().split() if not w.isdigit()]
    if determiners & _DEFINITE or named[-1:] == [tok.lower_]:
        return focus  # "the summit", "this event"; "a social prescribing event" on its page
    return None  # "hosted a reception": another event


def _event(reader: SentenceReader, at: dict[int, Mention], verb, passive: bool) -> int | None:
    """What was held: the object ("hosted the Foo Summit"), the noun a clause
    describes ("an event she hosted", "the summit, organised by"), the subject of
    a passive ("the summit was arranged by") or of the clause a fronted participle
    opens ("Hosted by A, the gathering was ...")."""
    if verb.dep_ in {"relcl", "acl"}:
        return _event_at(reader, at, verb.head)
    if passive:
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subjects and verb.dep_ == "advcl":
            subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        return next((e for s in subjects if (e := _event_at(reader, at, s)) is not None), None)
    # the object; a broken parse ("co-host this event") leaves it a few words on
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        t
        for t in reader.doc[verb.i + 1 : min(verb.i + 6, reader.sent.end)]
        if t.pos_ in {"NOUN", "PROPN"}
    ][:1]
    return next((e for o in objects if (e := _event_at(reader, at, o)) is not None), None)


def _active_agents(reader: SentenceReader, at: dict[int, Mention], verb) -> list[Mention | int]:
    """The subject of "held"/"hosted", or of the clause "delighted to host" hangs
    from: a name, "I" (the speaker, or the page's author), "we" (their body).
    "we" is read here as well as by the sentence reader (rules/voice.py), which
    leaves a quotation opened in the same sentence ('X said: “We are delighted to host
    ...”') to be read with its speaker."""
    head = verb
    purpose = False
    for _ in range(3):
        deps = SUBJECT_DEPS if purpose else {"nsubj"}
        subject = next((c for c in head.children if c.dep_ in deps), None)
        if subject is not None:
            break
        if _noun_of_verb(head):  # "we had the pleasure of hosting": the verb "had"
            head = head.head.head.head
            continue
        if _purpose(head):  # "Foo received £4,000 to help stage the festival": Foo
            purpose = True
        elif head.dep_ not in {"xcomp", "acomp", "ccomp", "conj"} or head.head is head:
            return []
        head = head.head
    else:
        return []
    if subject.lower_ == "i":
        person = reader.i_person(subject.i) or _sayer(reader, at, subject.head)
        return [person] if person is not None else []
    if subject.lower_ == "we":
        org = reader.we_org(subject.i)
        if org is None and not reader.in_quote(subject.i):
            return [PAGE_ORG]  # the page's own body, named further on
        return [reader.ctx.mentions[org]] if org is not None else []
    if subject.lower_ in {"she", "he"}:  # "A writes about an event she hosted": A
        person = reader.person_before(subject.i) or reader.pronoun_person()
        return [person] if person is not None else []
    m = at.get(subject.i)  # those listed with it: conjuncts.spread
    return [m] if m is not None else []


def _purpose(verb) -> bool:
    """Whether a verb opens a clause of purpose, "to" and the verb, that hangs from
    another: "Foo received £4,000 to help stage the festival", "Foo was given a
    grant to organise the fair" (the subject is the other verb's)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _noun_of_verb(verb) -> bool:
    """Whether a verb's "-ing" form hangs from a noun the object of another verb,
    through "of" or "in": "we had the pleasure of hosting", "we had the honour of
    co-hosting", "we took pride in hosting" (the subject is that verb's)."""
    prep = verb.head
    noun = prep.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in {"of", "in"}
        and noun.dep_ == "dobj"
        and noun.head.pos_ in {"VERB", "AUX"}
    )


def _sayer(reader: SentenceReader, at: dict[int, Mention], clause) -> Mention | None:
    """ "A, Head of Foo at Bar, said: “I was ...”": A, the subject of the verb the
    quoted clause is the object of (for a speaker named too far back to be known)."""
    if clause.dep_ != "ccomp":
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    m = at.get(subject.i) if subject is not None else None
    return m if m is not None and reader.kind(m) == "Person" else None


def _passive_agents(reader: SentenceReader, verb) -> list[Mention]:
    """ "hosted by A and B": the names after "by"; else the names "by" governs, past
    the words before them ("hosted by Northtown MP Ada Brook")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return []
    found = reader.list_after(agent.i + 1)
    objects = [c for c in agent.children if c.dep_ == "pobj"]
    found = found or reader.named_by(objects, {"Person", "Organisation"})
    if comperes(reader, agent.i, found) is not None:
        return []  # "hosted by Westshire Radio presenters A and B": hosts on stage (agents.py)
    return found


def _co_hosts(reader: SentenceReader, verb) -> list[Mention]:
    """The names after a "with" that hangs from the verb: "co-host this event with
    A", "together with B", "in partnership with C", "with the help and support of
    D and E"; not "with (the) support of/from F" alone, a funder's part."""
    out: list[Mention] = []
    raw = lower_forms(reader.doc)
    for k in range(reader.sent.start, reader.sent.end):
        if raw[k] != "with" or not _hangs_from(reader.doc[k], verb):
            continue
        tok = reader.doc[k]
        if attending_after(reader, tok.i) is not None:
            continue  # "held in the square, with A and B present": there, not hosts
        k = tok.i + 1
        while k < reader.sent.end and (reader.words[k] in _GLUE or reader.words[k] in _HELP):
            k += 1
        helps = [w for w in reader.words[tok.i : k] if w in _HELP]
        if reader.words[k - 1] == "of" and not helps:
            continue  # "with the rest of ..."
        if helps and all(w in _FUNDING_HELP for w in helps):
            continue  # "with support from Bar", "with the backing of Bar": Bar funded it
        out += [m for m in reader.list_after(k) if m not in out]
    return out


def _hangs_from(prep, verb) -> bool:
    """Whether a "with" belongs to the verb: its head, or through "in partnership
    with", "together with"; not inside another verb's clause."""
    if prep.i > 0 and prep.doc[prep.i - 1].lower_ in _WITH_LEAD:
        near = prep.doc[prep.i - 1]
        return verb in {near.head, near.head.head, prep.head} or near == prep.head
    chain = {verb}
    node = verb
    while node.dep_ in {"xcomp", "acomp"} and node.head != node:  # "proud to co-host ... with"
        node = node.head
        chain.add(node)
    node = prep.head
    for _ in range(3):
        if node in chain:
            return True
        if node.pos_ in {"VERB", "AUX"} or node.head == node:
            return False
        node = node.head
    return False


_INVITING = vocab.words("event_invite_verbs")


def inviters(reader: SentenceReader) -> None:
    """ "Foo invites carers and their families to a free coffee morning", "Foo is
    inviting residents to its open day": who invites people to the page's event
    (or one named) held it; "were invited to" says who came, not who held it."""
    at = reader.covering
    for verb in reader.tokens_among(_INVITING):
        if verb.pos_ != "VERB":
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            continue  # "Residents were invited to the fair": guests
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        tos = [g for h in heads for c in h.children if c.lower_ == "to" for g in c.children]
        event = next((e for g in tos if (e := _invited_to(reader, at, g)) is not None), None)
        if event is None:
            continue
        for who in _active_agents(reader, at, verb):
            if who == PAGE_ORG or reader.kind(who) in {"Person", "Organisation"}:
                reader.relate(who, "ORGANISED", event, confidence=0.6)


def _invited_to(reader: SentenceReader, at: dict[int, Mention], tok) -> int | None:
    """The event people are invited to: one named, or an event noun ("a free coffee
    morning") on a page about one event."""
    if tok.dep_ != "pobj":
        return None
    found = _event_at(reader, at, tok)
    if found is not None or at.get(tok.i) is not None:
        return found
    if FOCUS_NOUNS.get(tok.lower_) != "Event" and tok.lower_ not in _EVENT_NOUNS:
        return None
    return reader.ctx.page_event
