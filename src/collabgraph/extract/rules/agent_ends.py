"""The ends of a "by" phrase the words around it name (read by `agents.by_phrases`):
who the agent is when a description comes before its name ("by one of the largest
funders - the Foo Trust"), and what an opening participle's agents did it to ("Funded
by Foo, this high-profile event was hosted by Bar": the event, not Bar), and the fund
"the fund" refers back to ("The fund is administered by Bar": the fund last named).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import FOCUS_NOUNS, POSSESSIVE, SentenceReader

_DESCRIPTION_OPENERS = {"one", "a", "an"}  # "by one of the largest funders - Foo"
_DESCRIPTION_REACH = 10
_NOT_SUBJECT_WORDS = {"VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "PART"}
_FUND_HEADS = vocab.words("fund_heads")
_BEFORE_PASSIVE = vocab.words("passive_cue_gap_words") | {","}
_BACK_DETERMINERS = {"the", "this"}


def fund_referred_back(reader: SentenceReader, v: int) -> Mention | None:
    """ "The fund is run by Bar", "the fund, provided by A and administered by B": "the
    fund" (`vocab/fund_heads.txt`) right before a passive verb at token v is the fund
    the section last named in an earlier sentence ("the Kelby Green Fund"): that
    mention, marked as a fund a body runs or gives (`Mention.run_by_body`: a programme);
    None when the words before v say otherwise or no such fund was named."""
    words = reader.words
    k = v - 1
    while k > reader.sent.start and words[k] in _BEFORE_PASSIVE:
        k -= 1
    if k <= reader.sent.start or words[k] not in _FUND_HEADS or k in reader.covering:
        return None
    if words[k - 1] not in _BACK_DETERMINERS or not reader.ms:
        return None
    here = reader.ms[0].sent
    for m in reversed(reader.ctx.mentions):
        if m.sent < here and m.section == reader.section and m.text.split()[-1].lower() == words[k]:
            if reader.kind(m) not in {"Organisation", "Project"}:
                return None
            m.run_by_body = True
            return m
    return None


def participle_subject(reader: SentenceReader, i: int, kinds: list[str]) -> int | None:
    """What the clause after an opening participle's agents (ending at token i) is
    about: a name of `kinds` right after the comma ("Funded by Foo, the Bar project
    will ..."), or a common noun of such a thing after a determiner and its words of
    kind ("Funded by Foo, this high-profile event was hosted by Bar": the event in
    view, not Bar); None when the clause opens otherwise."""
    words, end = reader.words, reader.sent.end
    k = i
    while k < end and k < i + 6:
        m = reader.by_start.get(k)
        if m is not None:
            return m.id if reader.kind(m) in kinds else None
        kind = FOCUS_NOUNS.get(words[k])
        if kind in kinds and k > i:
            if kind == "Event":
                return reader.own_event()
            return reader.ctx.focus_of(reader.section, kind)
        if reader.doc[k].pos_ in _NOT_SUBJECT_WORDS:
            return None  # a verb, a preposition or a pronoun: no subject named here
        k += 1
    return None


def described_agent(reader: SentenceReader, start: int) -> list[Mention]:
    """The body a description after "by" names after a comma or a dash: "by one of the
    UK's largest charitable funders - the Foo Foundation", "by a local charity, Bar"
    (lower-case words and places only before the mark); none otherwise."""
    words, end = reader.words, reader.sent.end
    if words[start] not in _DESCRIPTION_OPENERS:
        return []
    k = start
    while k < min(start + _DESCRIPTION_REACH, end):
        glued = words[k][:1] in lx.SET_OFF and words[k][1:] == "the"  # "-The Foo Trust"
        if words[k] in lx.SET_OFF or glued:
            j = k + 1 + (not glued and k + 1 < end and words[k + 1] == "the")
            m = reader.by_start.get(j)
            return [m] if m is not None and reader.kind(m) == "Organisation" else []
        m = reader.by_start.get(k)
        if m is not None:
            if reader.kind(m) != "Place":
                return []
            k = m.end
            continue
        if not reader.doc[k].is_lower and words[k] != "'s":
            return []
        k += 1
    return []


_GRANT_REACH = 9  # words at most from "by" to "from": "by a £5,000 grant to the club from"


def grant_from_agents(reader: SentenceReader, start: int) -> list[Mention]:
    """The bodies a grant after "by" comes from: "funded by a £5,000 grant from the
    Foo Trust", "paid for by a grant to the network from Bar Council" (an article,
    lower-case words, a sum or a grant noun, and "to" with what it goes to, before
    "from"); none when no grant noun or sum comes first, or a verb or a mark does."""
    words, end = reader.words, reader.sent.end
    if start >= end or words[start] not in {"a", "an", "the", "its", "their"}:
        return []
    money = False
    for k in range(start + 1, min(start + _GRANT_REACH, end - 1)):
        if words[k] == "from":
            return reader.list_after(k + 1, kinds={"Organisation"}) if money else []
        tok = reader.doc[k]
        if tok.pos_ in {"VERB", "AUX"} or (tok.is_punct and not reader.is_money(k)):
            return []
        money = money or reader.is_funding(k)
    return []


_EXAMPLE_CUES = sorted(
    (tuple(c.split()) for c in vocab.ordered("list_example_cues")), key=len, reverse=True
)
_COUNTED_REACH = 8  # words at most from "by" to the cue: "by more than 40 local groups"


def counted_examples(reader: SentenceReader, start: int) -> list[Mention]:
    """The bodies or people named as examples of a counted or plural group after
    "by": "Stalls were run by more than 40 local groups, among them A, B and C",
    "led by six charities, including A and B" (lower-case words and numbers, a
    plural noun last, then a cue of examples: `vocab/list_example_cues.txt`);
    none when a name, a verb or another mark comes first."""
    words, end = reader.words, reader.sent.end
    plural = False
    for k in range(start, min(start + _COUNTED_REACH, end - 1)):
        j = k + (words[k] == ",")
        cue = next((c for c in _EXAMPLE_CUES if tuple(words[j : j + len(c)]) == c), None)
        if cue is not None and plural:
            return reader.list_after(j + len(cue), kinds={"Organisation", "Person"})
        tok = reader.doc[k]
        if k in reader.covering or tok.pos_ in {"VERB", "AUX"} or tok.is_punct:
            return []
        if not (tok.is_lower or tok.like_num):
            return []
        plural = tok.tag_ == "NNS"
    return []


_POTS = vocab.words("money_pot_nouns")
_POT_REACH = 5  # words at most from "'s" to the pot: "the council's own public health budget"


def pot_owner(reader: SentenceReader, start: int) -> list[Mention]:
    """The body whose own money a "by" or "from" at token start - 1 names: "funded
    by the council's public health budget", "with money from the trust's reserves"
    (`vocab/money_pot_nouns.txt`): the body last named with that noun
    (`definite_org`); none for anything else."""
    words, end = reader.words, reader.sent.end
    if start + 3 >= end or words[start + 2] not in POSSESSIVE:
        return []
    for k in range(start + 3, min(start + 3 + _POT_REACH, end)):
        if words[k] in _POTS:
            body = reader.definite_org(start)
            return [body] if body is not None else []
        if not reader.doc[k].is_lower or k in reader.covering:
            return []
    return []


def pot_owners(reader: SentenceReader, agents: list[Mention]) -> list[Mention]:
    """The funders a "by" or "from" names, a body's own named fund, budget or
    programme read as the body's money: "funded by the Foo Trust's Bar Fund",
    "with funding from Foo Council's Bar Ward Budget" -> the Foo Trust, Foo Council,
    which RUNS the pot (voted a project); any other agent as it is."""
    found = []
    for m in agents:
        owner = possessor(reader, m)
        if (
            owner is None
            or reader.kind(owner) != "Organisation"
            or reader.kind(m) not in {"Organisation", "Project"}
            or m.gazetteer
            or not _named_pot(reader, m)
        ):
            found.append(m)
            continue
        m.votes["Project"] += _POT_VOTE
        reader.ctx.votes_for(m)["Project"] += _POT_VOTE
        reader.relate(owner, "RUNS", m, confidence=0.65)
        if owner not in found:
            found.append(owner)
    return found


def possessor(reader: SentenceReader, m: Mention) -> Mention | None:
    """The name whose possessive stands right before `m` ("the Foo Trust's Bar Fund"
    -> the Foo Trust), of any kind; else None."""
    k = m.start - 1
    owner = reader.by_end.get(k) if k > reader.sent.start else None
    return owner if owner is not None and reader.words[k] in POSSESSIVE else None


def _named_pot(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name is a pot of money's or a programme's by its last word ("Ward
    Budget", "Community Chest", "Green Grants") or the noun after it ("the Healthy
    Steps programme"); not "the university's Centre for Public History"."""
    after = reader.words[m.end] if m.end < reader.sent.end else ""
    last = m.text.split()[-1].lower()
    return last in _POTS | _FUND_HEADS | _PROGRAMME_NOUNS or after in _PROGRAMME_NOUNS


_FUND_HEADS = vocab.words("fund_heads")
_PROGRAMME_NOUNS = vocab.words("programme_run_nouns")
_POT_VOTE = 8  # over a body's head word read in a pot's name ("... Databank", "... Budget")
_RELATIVES = {"which", "that", "who"}


def joined_subject(reader: SentenceReader, v: int, kinds) -> Mention | None:
    """ "The Foo Fund was created by A in 2018 and funded by B", "The Foo Service is
    commissioned and funded by B", "Foo is one of 100 centres which are located across
    the country and are funded by B": the subject the parse gives the passive verb the
    one at token v is joined to by "and" (through "which" to the noun it describes,
    through "one of" to what is one of them; for a participle describing a noun, "Foo
    Guide, produced with A and supported by B", that noun, never A), a name of
    `kinds`; None otherwise."""
    verb = reader.doc[v]
    if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    first = verb.head  # passive, or active: "Foo will run from five centres and is funded by B"
    subject = next((c for c in first.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if first.tag_ != "VBN" and (subject is None or not _finite_passive(verb)):
        return None  # "Foo thanked Bar and funded by C, it grew": no passive of its own
    if subject is None and first.dep_ == "acl":
        subject = first.head  # "a toolkit, produced with A and supported by B": the toolkit
    if subject is not None and subject.lower_ in _RELATIVES and first.dep_ == "relcl":
        subject = first.head  # "centres which are located ...": the centres
        of = subject.head
        if of.lower_ == "of" and of.head.lower_ == "one" and of.head.dep_ == "attr":
            subject = next((c for c in of.head.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not reader.sent.start <= subject.i < v:
        return None
    m = reader.covering.get(subject.i) or _named_noun(reader, subject)
    return m if m is not None and reader.kind(m) in kinds else None


_NAMING = {"called", "named", "known"}


def _finite_passive(verb) -> bool:
    """ "is funded", "has been backed": a passive verb with its own auxiliary."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _named_noun(reader: SentenceReader, noun) -> Mention | None:
    """The name a noun is given beside it: "The scheme, called Full Summer," "Its
    first project, Foo Cafe," -> Full Summer, Foo Cafe; None otherwise."""
    for c in noun.children:
        if c.dep_ == "appos" and c.i in reader.covering:
            return reader.covering[c.i]
        if c.dep_ == "acl" and c.lower_ in _NAMING:
            named = next((g for g in c.subtree if g.i in reader.covering), None)
            return reader.covering[named.i] if named is not None else None
    return None


_ORGANISING_ONLY = {"organised", "organized", "convened"}  # no place's doing ("hosted" may be)
_ORGANISER_VOTE = 4  # more than a recogniser's place vote for a town-like name


def agent_body_votes(reader: SentenceReader, agents: list[Mention], verb: str) -> None:
    """Votes that the agents after a passive "by" are bodies: one of no type ("hosted
    by Hope Northtown"), and one read as a place after "organised" or "convened"
    ("organised by the Ashby Echo": no place organises, a body named for one does)."""
    for agent in agents:
        kind = reader.kind(agent)
        vote = 2 if kind is None else _ORGANISER_VOTE if kind == "Place" else 0
        if kind == "Place" and verb not in _ORGANISING_ONLY:
            vote = 0
        if vote:
            agent.votes["Organisation"] += vote
            reader.ctx.votes_for(agent)["Organisation"] += vote
