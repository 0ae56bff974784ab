"""Who did what a cue verb says, for the verbs of every family.

Passive cues (`passive` in the pattern files): "the summit was hosted by A and
B", "a report, funded jointly by X": the agents after "by" did it to the
thing before the verb (or the one in focus). A cue's `relations` are tried in
order once both ends' types are known; `role` goes with them. Active cues
("X hosted the summit") are read by `active_agents`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.agent_ends import (
    described_agent,
    fund_referred_back,
    joined_subject,
    participle_subject,
)
from collabgraph.extract.rules.comperes import HOST_ROLE, comperes
from collabgraph.extract.rules.grant_subjects import body_pronoun, head_of_partners
from collabgraph.extract.rules.reader import SESSION_NOUNS, SentenceReader

LABELS = frozenset({"passive", "passive_award"})
"""The cue labels (pattern files) this family's rules read."""

_TARGET_KINDS = {rel: kinds.split() for rel, kinds in vocab.table("relation_targets").items()}
_AGENT_GROUPS = vocab.words("agent_group_nouns")
_FUND_HEADS = vocab.words("fund_heads")
_GRANTEE_GROUPS = vocab.words("grantee_group_nouns")
_SESSIONS = SESSION_NOUNS  # "workshops led by A"
_EVENT_PARTS = vocab.words("event_part_nouns")
_LED_TALKS = vocab.words("led_talk_nouns")  # "the discussion was led by A"
_CHAIRING = {"led", "chaired", "facilitated"}
_GRANTEES = frozenset({"Organisation", "Project"})
_SUM_GAP = 10  # words at most between "awarded" and the "by" naming the giver
_SUM_GLUE = {"a", "an", "the", "of", "worth", "-", "totalling", "over", "almost", "nearly"}
_PASSIVE_AUXILIARIES = {"is", "was", "are", "were", "been", "be", "being", "has", "have", "had"}
_ADVERBS_BEFORE_BY = vocab.words("adverbs_before_by")
BEFORE_VERB = vocab.words("adverbs_before_verb")
_PASSIVE_AUX_OR_ADVERB = _PASSIVE_AUXILIARIES | BEFORE_VERB
_JOINT_NOUNS = vocab.words("joint_by_nouns")
_BY_GAP = 4
_TIME_DETERMINERS = vocab.words("time_determiners")
_TIMES = vocab.words("time_nouns")
_DONE_TO_KINDS = {"Event", "Project", "Report"}  # what a participle's agents never are
_AUXILIARIES = {",", "is", "was", "are", "were", "has", "have", "been", "be", "being", "also"}
_AUX_OR_ADVERB = _AUXILIARIES | BEFORE_VERB


def by_phrases(reader: SentenceReader) -> None:
    """ "X was hosted by A and B", "X is funded jointly by A": A and B did it to X.

    A "by" no passive cue explains is FUNDED when a `passive_award` cue ("awarded",
    "granted") is in the five words before it: "X has been awarded £2m by Y".
    """
    words, sent = reader.words, reader.sent
    passive: dict[int, object] = {}  # index of "by" -> its cue
    for cue in reader.cues("passive"):
        by = by_after(reader, cue.end)
        if by is not None:
            passive.setdefault(by, cue)
    awards = reader.cues("passive_award")
    first_subject: Mention | None = None
    first_target: int | None = None
    seen_by = False  # a passive "by" phrase came earlier in the sentence
    prev_agents: set[int] = set()  # the agents named after it
    for i in range(sent.start + 1, sent.end - 1):
        if words[i] != "by":
            continue
        cue = passive.get(i)
        v = cue.start if cue is not None else i - 2  # where the verb is
        if cue is None:
            cue = next(
                (c for c in awards if i - 5 <= c.start < i and _money_given(reader, c, i)), None
            )
            if cue is None:
                cue = _award_before_sum(reader, awards, i)
                if cue is None:
                    continue
                v = cue.start  # "X has been awarded a grant of £5,000 by Y": X received it
        rels, role = cue.cue.relations, cue.cue.role
        start = i + 1
        if (
            start + 2 < sent.end
            and words[start] in {"a", "an"}
            and words[start + 1] in _AGENT_GROUPS
            and words[start + 2] == "of"
        ):
            start += 3  # "by a partnership of A, B and C"
        agents = reader.list_after(start) or described_agent(reader, start)
        if not agents:
            continue
        for agent in agents:
            if reader.kind(agent) is None:  # "hosted by Hope Northtown": a body
                agent.votes["Organisation"] += 2
                reader.ctx.votes_for(agent)["Organisation"] += 2
        kinds: list[str] = []
        for rel in rels:
            kinds += [k for k in _TARGET_KINDS[rel] if k not in kinds]
        noun = _noun_before(reader, v)
        if "FUNDED" in rels and noun in _GRANTEE_GROUPS:
            listed = _grantees_listed(reader, agents[-1].end)
            if listed:  # "Groups funded by Foo this year include A and B": A and B
                for agent in agents:
                    for m in listed:
                        if m.id != agent.id:
                            reader.relate(agent, "FUNDED", m, confidence=0.75)
                seen_by = True
                prev_agents |= {a.id for a in agents}
                continue
        if cue.cue.params.get("fund_only"):
            # "The Foo Fund (FF) is provided by A": A funded the fund; anything
            # else provided ("services provided by A") is no funding
            fund = _fund_before(reader, v)
            if fund is None:
                continue
            target = fund.id
        elif v == sent.start:
            # "Hosted by the Foo Centre, it was ...", "Organised by Foo, the summit ...":
            # the participle opens the sentence; it is about what the rest is about
            target = next(
                (f for f in (reader.ctx.focus_of(reader.section, k) for k in kinds) if f), None
            )
            done_to = next(
                (n for n, a in enumerate(agents) if n and reader.kind(a) in _DONE_TO_KINDS), None
            )
            if done_to is not None:  # "Funded by Foo, this high-profile event ...": no agent
                agents = agents[:done_to]
            if len(agents) > 1 and _clause_subject(reader, agents):
                agents = agents[:-1]  # "Funded by Foo, the Bar project will ...": Bar is done to
            subject = participle_subject(reader, agents[-1].end, kinds)
            if subject is not None:
                target = subject
        elif first_subject is not None and _second_passive(reader, v):
            # "X is hosted by A and funded by B": B funded X, not A
            target = first_subject.id if reader.kind(first_subject) in kinds else None
        elif first_target is not None and _second_passive(reader, v):
            # "It was organised by A and funded by B": what the first verb was about
            target = first_target
        elif _second_passive(reader, v) and (joined := joined_subject(reader, v, kinds)):
            # "The Foo Fund was created by A in 2018 and funded by B": the fund, not A
            target = joined.id
        elif seen_by and _second_passive(reader, v):
            # "The fair is sponsored by A and supported by B", "X, which is run by A
            # and is funded by B": B did it to what A did it to, which is unnamed;
            # never to A
            continue
        elif noun in _SESSIONS and "ORGANISED" in rels:
            # "workshops led by A", "the stalls were run by B": A took part in the event in
            # focus, leading a part of it
            event = reader.own_event()
            role = f"{noun[:-2] if noun.endswith('sses') else noun.rstrip('s')} leader"
            for agent in agents:
                reader.relate(agent, "PARTICIPATED_IN", event, role=role, confidence=0.7)
            continue
        elif noun in _LED_TALKS and words[v] in _CHAIRING:
            # "The discussion was led by A and B": they chaired it, the event in focus
            event = reader.own_event()
            for agent in agents:
                reader.relate(agent, "PARTICIPATED_IN", event, role="chair", confidence=0.7)
            continue
        elif "Project" in kinds and (fund := fund_referred_back(reader, v)) is not None:
            target = fund.id  # "The fund is administered by Bar": the fund last named
        else:
            target = reader.target_before(v, tuple(kinds))
            if target is None and "FUNDED" in rels:  # "Fenby Village Hall has been awarded"
                hall = reader.by_end.get(reader.before_verb(v) + 1)
                target = hall.id if hall and reader.vote_building_grantee(hall) else None
            if target is None and "FUNDED" in rels:  # "The work was funded by A"
                target = work_in_view(reader, v)
            if target is None and "FUNDED" in rels:
                # "Foo is a charity in Kelby. It is funded by A": the body last spoken of
                body = body_pronoun(reader, reader.before_verb(v))
                target = body.id if body is not None else None
            if target is None and "PARTICIPATED_IN" in rels and noun in _EVENT_PARTS:
                # "Awards were presented by A", "the prizes were given out by B": at the event
                target = reader.ctx.focus_of(reader.section, "Event")
            if first_subject is None:
                first_subject = _subject_before(reader, v)
            if target is not None and target in prev_agents:
                # "X, run by A, funded by B": what A's verb was about, not A
                target = first_target
                if target is None:
                    continue
            elif _last_of_list(reader, v, target):
                # "a partnership between A and B, funded by C": the partnership, or
                # both, or B? Left out
                seen_by = True
                continue
        seen_by = True
        prev_agents |= {a.id for a in agents}
        if target in {a.id for a in agents}:
            continue  # "This work is supported by A and B": not A funding B
        targets = [target]
        if cue in awards and "FUNDED" in rels:
            # "A and its partners, B and C, have been awarded £1m by Y": each received it
            listed = reader.subjects_before(reader.before_verb(cue.start) + 1, _GRANTEES)
            if any(m.id == target for m in listed):
                targets += [m.id for m in listed if m.id != target]
                head = head_of_partners(reader, min(m.start for m in listed))
                if head is not None and head.id not in targets:
                    targets.append(head.id)
        hosts = comperes(reader, i, agents) if "ORGANISED" in rels else None
        if hosts is not None:  # "hosted by Westshire Radio presenters A and B": on stage
            for host in hosts:
                reader.relate(host, "PARTICIPATED_IN", target, role=HOST_ROLE, confidence=0.7)
        for agent in agents if hosts is None else ():
            for one in targets:
                reader.relate(agent, rels, one, role=role, confidence=0.85)
        if first_target is None:
            first_target = target
        if "FUNDED" in rels and reader.kind(agents[-1]) == "Organisation":
            reader.ctx.last_funder = agents[-1].id  # "awarded to 2,000 projects by Foo"


def _clause_subject(reader: SentenceReader, agents: list[Mention]) -> bool:
    """Whether the last of `agents`, set off by a comma after the names a sentence's
    opening participle lists ("Funded by Foo, the Bar project will ..."), is the
    subject of the clause that follows, not one more of them: no "and" before it,
    and "and" closed the list before it ("Funded by A and B, the Bar project opens")
    or the parse makes it (or the common noun right after it) a subject."""
    m, words = agents[-1], reader.words
    k = m.start - 1 if words[m.start - 1] != "the" else m.start - 2
    if words[k] != ",":
        return False
    if len(agents) > 2 and {"and", "&"} & set(words[agents[-3].end : agents[-2].start]):
        return True
    return any(
        reader.doc[j].dep_ in SUBJECT_DEPS for j in range(m.start, min(m.end + 2, reader.sent.end))
    )


def _money_given(reader: SentenceReader, cue, i: int) -> bool:
    """Whether what a `passive_award` cue says was given before the "by" at token i
    is money: nothing ("awarded by"), or a sum or a grant noun among the words
    ("awarded £5,000 by", "given the cash by"); not "given a tour by", "handed a
    leaflet by", "awarded a certificate by"."""
    gap = range(cue.end, i)
    return not gap or any(reader.is_funding(k) for k in gap)


def _award_before_sum(reader: SentenceReader, awards: list, i: int):
    """The `passive_award` cue a "by" (token i) follows after the money awarded,
    further back than five words: "awarded a grant of £1.5m by", "given a three-year
    grant worth £90,000 by" (only articles, adjectives, sums, grant nouns, "of" or
    "worth" between; a sum or grant noun among them)."""
    words = reader.words
    for c in awards:
        if not (i - _SUM_GAP <= c.end < i):
            continue
        gap = range(c.end, i)
        money = [k for k in gap if reader.is_funding(k)]
        if money and all(
            k in money
            or words[k] in _SUM_GLUE
            or reader.doc[k].like_num
            or reader.doc[k].pos_ == "ADJ"
            or reader.doc[k].dep_ in {"amod", "compound", "nummod", "quantmod"}  # "three-year"
            for k in gap
        ):
            return c
    return None


def work_in_view(reader: SentenceReader, i: int) -> int | None:
    """ "The work was funded by A", "This was paid for with grants from A": a
    sentence opening with "the" or "this", a verb and no name before the cue at
    token i is about the project in view (its id, else None); not "The grant from
    A is part of ...", where the money is the subject."""
    words, start = reader.words, reader.sent.start
    if words[start] not in {"the", "this"} or any(m.start < i for m in reader.ms):
        return None
    if not any(reader.doc[k].pos_ in {"VERB", "AUX"} for k in range(start, i)):
        return None
    return reader.ctx.focus_of(reader.section, "Project")


def by_lists(reader: SentenceReader, i: int) -> list[tuple[int, list[Mention]]]:
    """Each "by" before token i with the names listed after it that end before i:
    "hosted by A and B, in partnership with C" -> [(the by's token, [A, B])]."""
    return [
        (k, [m for m in reader.list_after(k + 1) if m.end <= i])
        for k in range(reader.sent.start, i)
        if reader.words[k] == "by"
    ]


def by_after(reader: SentenceReader, k: int) -> int | None:
    """Where "by" is after a passive verb ending at token k: right after it, or after
    adverbs and a time ("funded jointly by", "sponsored again this year by",
    "kindly supported once more by"; `vocab/adverbs_before_by.txt`) or a joint
    noun ("delivered in partnership by"; `vocab/joint_by_nouns.txt`); None when
    no "by" follows so."""
    words, end = reader.words, reader.sent.end
    j = k
    while j < min(k + _BY_GAP, end) and words[j] != "by":
        tok = reader.doc[j]
        time = words[j] in _TIME_DETERMINERS and j + 1 < end and words[j + 1] in _TIMES
        joint = words[j] == "in" and j + 1 < end and words[j + 1] in _JOINT_NOUNS
        if time or joint:
            j += 2  # "this year", "in partnership"
        elif words[j] in _ADVERBS_BEFORE_BY or (tok.pos_ == "ADV" and tok.is_lower):
            j += 1
        else:
            return None
    return j if j < end and words[j] == "by" else None


def _last_of_list(reader: SentenceReader, v: int, target: int | None) -> bool:
    """Whether the name a comma and the passive verb at token v follow is the last
    of a list ("A and B, funded by C"), so that what the verb is about is unsure."""
    if target is None or v - 1 <= reader.sent.start or reader.words[v - 1] != ",":
        return False
    named = reader.by_end.get(v - 1)
    if named is None or named.id != target or named.start < 2:
        return False
    return reader.words[named.start - 1] in {"and", "&"} and (
        reader.by_end.get(named.start - 1) is not None
    )


def _second_passive(reader: SentenceReader, v: int) -> bool:
    """Whether the passive verb at token v is joined by "and" to one before it ("...
    by A and funded by B", "... by A and is also funded by B")."""
    k = v - 1
    while k > reader.sent.start and reader.words[k] in _AUX_OR_ADVERB:
        k -= 1
    return reader.words[k] == "and"


def _noun_before(reader: SentenceReader, v: int) -> str:
    """The lower-case word before a passive verb at token v, past its auxiliaries:
    "workshops" in "workshops were led by", "" at the sentence's start."""
    k = v - 1
    while k > reader.sent.start and reader.words[k] in _PASSIVE_AUXILIARIES:
        k -= 1
    return reader.words[k] if k >= reader.sent.start else ""


_LIST_VERBS = {"include", "includes", "included", "are", "were"}
_LIST_GAP = 4  # words at most between the funder and "include": "this year", "so far"


def _grantees_listed(reader: SentenceReader, k: int) -> list[Mention]:
    """The bodies or projects listed after "include" (or "are") a few words on
    from token k, the end of a funder's name: "[Groups funded by Foo] this year
    include A and B" -> A, B; none when a name or a mark comes first."""
    words = reader.words
    for j in range(k, min(k + _LIST_GAP + 1, reader.sent.end - 1)):
        if words[j] in _LIST_VERBS:
            return reader.list_after(j + 1, kinds=_GRANTEES)
        if j in reader.by_start or reader.doc[j].is_punct:
            return []
    return []


def _fund_before(reader: SentenceReader, v: int) -> Mention | None:
    """The fund named just before a passive verb at token v, past its auxiliaries
    and an acronym in brackets: "The Foo Fund (FF) is" -> Foo Fund; None when
    the name there does not end in a fund's head word (`vocab/fund_heads.txt`)."""
    words = reader.words
    k = v - 1
    while k > reader.sent.start and words[k] in _PASSIVE_AUX_OR_ADVERB:
        k -= 1
    if words[k] == ")":
        while k > reader.sent.start and words[k] != "(":
            k -= 1
        k -= 1
    m = reader.by_end.get(k + 1)
    if m is None:
        return fund_referred_back(reader, v)  # "The fund is provided by A"
    if m.text.split()[-1].lower() not in _FUND_HEADS:
        return None
    return m


def _subject_before(reader: SentenceReader, v: int) -> Mention | None:
    k = v - 1
    while k >= reader.sent.start and reader.words[k] in _AUXILIARIES:
        k -= 1
    return reader.by_end.get(k + 1)
