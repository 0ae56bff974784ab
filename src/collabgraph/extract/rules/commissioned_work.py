"""Funding, commissioning: a body that has another run a named service or fund
for it pays for it.

"The Bar Fund is run by Foo on behalf of Baz Council", "the Bar Fund, which we
run on behalf of Baz Council", "we deliver the Bar service under contract to Baz
Council", "Foo is commissioned by Baz Council to deliver the Bar service": Baz
Council FUNDED the named service or fund (`on_behalf`, `commissioned_to`; "under a
three-year contract from Baz" too). "Foo has won a £2m contract from Baz to run
...": Baz FUNDED the winner (`contract_from`). "Baz awarded a contract to Foo",
"the council awarded the contract for the Bar service to Foo": Baz FUNDED Foo and
the Bar service (`contract_to`, `vocab/contract_awarding_verbs.txt`). Only with a
named thing run (a name the verb's object or subject is, or that a "which" clause
hangs on) and a named body paying: not "spoke on behalf of the council", nor "the
service is delivered on behalf of the network" (no named thing run). The run
verbs: `vocab/commissioned_run_verbs.txt`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the words "on behalf of", "under contract
to", "commissioned by" and "contract from" and the parse around them."""

_RUN_VERBS = vocab.words("commissioned_run_verbs")
_RUN_KINDS = {"Project", "Organisation", "Event"}
_PAYER_REACH = 8  # tokens at most from "of"/"to" to the payer: "of the wind farm's owner, Foo"
_VERB_REACH = 10  # tokens at most back from the cue to the run verb: "is run by Foo Trust"
_OBJECT_DEPS = {"dobj", "nsubjpass", "attr"}
_WINNING = vocab.words("contract_winning_verbs")
_CONTRACT = {"contract", "contracts"}


def on_behalf(reader: SentenceReader) -> None:
    """ "run on behalf of C", "delivered under contract to C", "managed under a
    contract with C": C FUNDED the named thing the run verb before it is about."""
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end - 3):
        if words[i : i + 3] == ["on", "behalf", "of"]:
            lead, after = i, i + 3
        elif words[i] in {"under", "on"} and (k := _contract_after(reader, i + 1)) is not None:
            lead, after = i, k + 1
            if after >= end or words[after] not in {"to", "with", "from"}:
                continue
            after += 1
        else:
            continue
        payer = _payer_after(reader, after)
        if payer is None:
            continue
        verb = _run_verb_before(reader, lead)
        if verb is None:
            continue
        for thing in _things_run(reader, verb):
            if thing is not payer and not reader.is_we(thing):
                reader.relate(payer, "FUNDED", thing, confidence=0.65)


def commissioned_to(reader: SentenceReader) -> None:
    """ "Foo is commissioned by Baz to deliver the Bar service": Baz FUNDED Bar
    (the body commissioned itself is the passive's, `agents.by_phrases`)."""
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end - 4):
        if words[i] != "commissioned" or words[i + 1] != "by":
            continue
        payer = reader.mention_at(i + 2)
        if payer is None or reader.kind(payer) != "Organisation":
            continue
        k = payer.end
        if k + 1 >= end or words[k] != "to":
            continue
        verb = reader.doc[k + 1]
        if verb.lower_ not in _RUN_VERBS:
            continue
        thing = reader.mention_at(k + 2)
        if thing is not None and reader.kind(thing) in _RUN_KINDS and thing is not payer:
            reader.relate(payer, "FUNDED", thing, confidence=0.65)


def contract_from(reader: SentenceReader) -> None:
    """ "Foo has won a £2.4m, four-year contract from Baz to run ...", "Foo was awarded
    a contract by Baz": Baz FUNDED Foo, the body the winning verb's subject names."""
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end - 2):
        if words[i] not in _CONTRACT or words[i + 1] not in {"from", "by"}:
            continue
        payer = reader.mention_at(i + 2)
        if payer is None or reader.kind(payer) != "Organisation":
            continue
        verb = reader.doc[i].head
        while verb.dep_ in {"compound", "amod", "conj"} and verb.head is not verb:
            verb = verb.head
        if verb.lower_ not in _WINNING:
            continue
        if verb.i >= i or any(words[k] in {".", ";"} for k in range(verb.i, i)):
            continue
        winner = _subject_of(reader, verb)
        if winner is not None and winner is not payer:
            reader.relate(payer, "FUNDED", winner, confidence=0.65)


_AWARDING = vocab.words("contract_awarding_verbs")
_GIVEN_KINDS = {"Organisation", "Project"}


def contract_to(reader: SentenceReader) -> None:
    """ "Baz Council awarded a three-year contract to Foo", "the ICB has awarded the
    contract for the Bar service to Foo": Baz FUNDED Foo, the body the contract went
    to, and the named service it is for (the passive, "Foo was awarded a contract by
    Baz", is `contract_from`'s)."""
    if "contract" not in reader.sent_text:  # "contracts" too
        return
    for i in range(reader.sent.start, reader.sent.end):
        if reader.words[i] not in _CONTRACT:
            continue
        noun = reader.doc[i]
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lower_ not in _AWARDING:
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            continue
        payer = _subject_of(reader, verb) or _definite_subject(reader, verb)
        if payer is None:
            continue
        for given in _given(reader, verb, noun):
            if given is not payer and not reader.is_we(given):
                reader.relate(payer, "FUNDED", given, confidence=0.65)


def _definite_subject(reader: SentenceReader, verb) -> Mention | None:
    """The body a verb's subject refers back to: "the council awarded", "the
    council's public health team awarded" (`reader.definite_org`)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for t in subj.subtree:
        if t.lower_ in {"the", "its", "their"} and (m := reader.definite_org(t.i)) is not None:
            return m
    return None


def _given(reader: SentenceReader, verb, noun) -> list[Mention]:
    """What an awarded contract went to ("to Foo", "to a consortium led by Foo") and
    the named thing it is for ("the contract for the Bar service")."""
    found: list[Mention] = []
    for head, word in ((verb, "to"), (noun, "to"), (noun, "for")):
        for prep in head.children:
            if prep.dep_ not in {"prep", "dative"} or prep.lower_ != word:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            m = _mention_of(reader, obj) if obj is not None else None
            if m is None and obj is not None and word == "to":
                m = next(
                    (reader.covering[t.i] for t in obj.subtree if t.i in reader.covering), None
                )  # "to a consortium led by Foo"
            if m is not None and reader.kind(m) in _GIVEN_KINDS and m not in found:
                found.append(m)
    return found


_CONTRACT_REACH = 8  # tokens at most from the article to "contract": "a £2m, three-year contract"


def _contract_after(reader: SentenceReader, k: int) -> int | None:
    """The token of "contract" a phrase from token k names, past its article and
    its describing words ("a three-year contract", "a £2.1 million, five-year
    contract", "contract"); None when no "contract" heads it."""
    words, end = reader.words, reader.sent.end
    for j in range(k, min(end, k + _CONTRACT_REACH)):
        if words[j] in _CONTRACT:
            return j
        if reader.doc[j].pos_ in {"VERB", "AUX", "ADP"} or words[j] in {".", ";"}:
            return None
    return None


def _payer_after(reader: SentenceReader, k: int) -> Mention | None:
    """The named organisation paying, from token k: "the Baz Council", "the wind
    farm's owner, Baz Ltd"; not past a verb or "by" (the runner's)."""
    for j in range(k, min(reader.sent.end, k + _PAYER_REACH)):
        if reader.words[j] == "by" or reader.doc[j].pos_ in {"VERB", "AUX"}:
            return None
        m = reader.by_start.get(j) or reader.definite_org(j)  # "from the Council"
        if m is not None:
            if reader.kind(m) != "Organisation" or reader.is_we(m):
                return None
            # not "of local NHS partners": a name describing the noun after it
            return None if reader.names_something_else(m) else m
    return None


def _run_verb_before(reader: SentenceReader, i: int):
    """The run verb ("run", "managed", "delivers") the cue at token i hangs on."""
    tok = reader.doc[i]
    head = tok.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"}:
            break
        head = head.head
    if head.pos_ == "VERB" and head.lower_ in _RUN_VERBS and 0 < i - head.i <= _VERB_REACH:
        return head
    return None


def _things_run(reader: SentenceReader, verb) -> list[Mention]:
    """The named things a run verb is about: its object ("we deliver the Bar
    service"), its passive subject ("The Bar Fund is run by"), or the name a
    "which" clause hangs on ("the Bar Fund, which we run")."""
    toks = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    if verb.dep_ in {"relcl", "acl"}:
        toks.append(verb.head)
    found: list[Mention] = []
    for tok in toks:
        m = _mention_of(reader, tok)
        if m is not None and reader.kind(m) in _RUN_KINDS and m not in found:
            found.append(m)
    return found


def _mention_of(reader: SentenceReader, tok) -> Mention | None:
    """The mention a noun token is part of, or that its compound words are ("the
    Bar service": the name before the noun "service")."""
    m = reader.covering.get(tok.i)
    if m is not None:
        return m
    for c in tok.children:
        if c.dep_ == "compound" and c.i in reader.covering:
            return reader.covering[c.i]
    if tok.i > reader.sent.start:
        return reader.by_end.get(tok.i)  # "the Bar service": the name ends at "service"
    return None


def _subject_of(reader: SentenceReader, verb) -> Mention | None:
    """The organisation a verb's subject names ("A consortium led by Foo has won":
    the body leading the consortium named in the subject)."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    m = _mention_of(reader, subj)
    if m is not None and reader.kind(m) == "Organisation":
        return m
    for t in subj.subtree:  # "A consortium of charities led by Foo"
        m = reader.covering.get(t.i)
        if m is not None and reader.kind(m) == "Organisation":
            return m
    return None
