"""Who did what a cue verb says, for the verbs of every family.

Passive cues (`passive` in the pattern files): "the summit was hosted by A and
B", "a report, funded jointly by X": the agents after "by" did it to the
thing before the verb (or the one in focus). A cue's `relations` are tried in
order once both ends' types are known; `role` goes with them. Active cues
("X hosted the summit") are read by `active_agents`; names listed after "include"
("Groups funded by Foo include A and B") by `listed_after_by`; who led a part of
an event ("workshops led by A") by `session_leaders`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules import joined_openings as openings
from collabgraph.extract.rules.agent_ends import (
    agent_body_votes,
    counted_examples,
    described_agent,
    fund_referred_back,
    grant_from_agents,
    joined_subject,
    participle_subject,
    pot_owner,
    pot_owners,
)
from collabgraph.extract.rules.comperes import HOST_ROLE, comperes
from collabgraph.extract.rules.grant_lists import line_grantee
from collabgraph.extract.rules.grant_subjects import body_pronoun, head_of_partners
from collabgraph.extract.rules.led_parts import led_part
from collabgraph.extract.rules.listed_after_by import GRANTEES, listed_after_by
from collabgraph.extract.rules.paid_things import money_provided
from collabgraph.extract.rules.passive_bys import (
    award_before_sum,
    backs_programme,
    cued_bys,
    money_given,
)
from collabgraph.extract.rules.passive_targets import (
    clause_subject,
    done_with,
    fund_before,
    joined_unnamed,
    last_of_list,
    noun_before,
    second_passive,
    subject_before,
    work_in_view,
)
from collabgraph.extract.rules.people_from import past_people_from
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.referred_agents import referred_agents
from collabgraph.extract.rules.session_agents import agent_roles
from collabgraph.extract.rules.session_leaders import (
    described_noun,
    led_talk,
    session_leaders,
    session_noun,
    talk_chairs,
)
from collabgraph.extract.standing_bodies import chairs_a_body

LABELS = frozenset({"passive", "passive_award"})
"""The cue labels (pattern files) this family's rules read."""

_TARGET_KINDS = {rel: kinds.split() for rel, kinds in vocab.table("relation_targets").items()}
_AGENT_GROUPS = vocab.words("agent_group_nouns")
_EVENT_PARTS = vocab.words("event_part_nouns")
_DONE_TO_KINDS = {"Event", "Project", "Report"}  # what a participle's agents never are


def by_phrases(reader: SentenceReader) -> None:
    """ "X was hosted by A and B", "X is funded jointly by A": A and B did it to X.

    A "by" no passive cue explains is FUNDED when a `passive_award` cue ("awarded",
    "granted") is in the five words before it: "X has been awarded £2m by Y".
    """
    words, sent = reader.words, reader.sent
    passive = cued_bys(reader, reader.cues("passive"))  # index of "by" -> its cue
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
                (c for c in awards if i - 5 <= c.start < i and money_given(reader, c, i)), None
            )
            if cue is None:
                cue = award_before_sum(reader, awards, i)
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
        start = past_people_from(reader, start)  # "by volunteers from A and B"
        if start >= sent.end:
            continue  # "run by volunteers from" closing the sentence: no one named
        agents = (
            referred_agents(reader, start)  # "by the council and Foo"
            or reader.list_after(start)
            or described_agent(reader, start)
            or counted_examples(reader, start)  # "by 40 groups, among them A and B"
            or (grant_from_agents(reader, start) if "FUNDED" in cue.cue.relations else [])
            or (pot_owner(reader, start) if "FUNDED" in cue.cue.relations else [])
        )
        if not agents:
            continue
        pots: list = []  # "by the Foo Trust's Bar Fund": the Foo Trust's money, not Bar's
        if "FUNDED" in rels:
            owners = pot_owners(reader, agents)
            pots, agents = [m for m in agents if m not in owners], owners
        agent_body_votes(reader, agents, words[v])  # "hosted by Hope Northtown": a body
        kinds: list[str] = []
        for rel in rels:
            kinds += [k for k in _TARGET_KINDS[rel] if k not in kinds]
        noun = noun_before(reader, v)
        if role == "chair" and chairs_a_body(reader.doc[v]):
            # "the hall committee, chaired by A": A chairs a body, at no event
            seen_by = True
            prev_agents |= {a.id for a in agents}
            continue
        if listed_after_by(reader, rels, noun, agents):
            # "Groups funded by Foo include A and B", "Projects run by Foo include C"
            seen_by = True
            prev_agents |= {a.id for a in agents}
            continue
        if cue.cue.params.get("fund_only"):
            # "The Foo Fund (FF) is provided by A": A funded the fund; anything
            # else provided ("services provided by A") is no funding
            fund = fund_before(reader, v)
            target = fund.id if fund is not None else money_provided(reader, v)
            if target is None:  # "Match funding for Foo was provided by A": Foo's
                continue
        elif v == sent.start:
            # "Hosted by the Foo Centre, it was ...", "Organised by Foo, the summit ...":
            # the participle opens the sentence; it is about what the rest is about
            target = next(
                (
                    f
                    for f in (reader.ctx.focus_of(reader.section, k) for k in kinds)
                    if f is not None
                ),
                None,
            )
            done_to = next(
                (n for n, a in enumerate(agents) if n and reader.kind(a) in _DONE_TO_KINDS), None
            )
            if done_to is not None:  # "Funded by Foo, this high-profile event ...": no agent
                agents = agents[:done_to]
            if len(agents) > 1 and clause_subject(reader, agents):
                agents = agents[:-1]  # "Funded by Foo, the Bar project will ...": Bar is done to
            subject = participle_subject(reader, agents[-1].end, kinds)
            if subject is not None:
                target = subject
        elif first_subject is not None and second_passive(reader, v):
            # "X is hosted by A and funded by B": B funded X, not A
            target = first_subject.id if reader.kind(first_subject) in kinds else None
        elif first_target is not None and second_passive(reader, v):
            # "It was organised by A and funded by B": what the first verb was about
            target = first_target
        elif second_passive(reader, v) and (joined := joined_subject(reader, v, kinds)):
            # "The Foo Fund was created by A in 2018 and funded by B": the fund, not A
            target = joined.id
        elif second_passive(reader, v) and (unnamed := joined_unnamed(reader, v, kinds))[0]:
            # "The fair is run with A, and is sponsored by C": the fair, not A
            target = unnamed[1]
            if target is None:
                continue
        elif "FUNDED" in rels and (opened := openings.joined_opening(reader, v, kinds))[0]:
            # "The conference was co-hosted with A and supported by a grant from C": the
            # conference, not A
            target = opened[1]
            if target is None:
                continue
        elif seen_by and second_passive(reader, v):
            # "The fair is sponsored by A and supported by B", "X, which is run by A
            # and is funded by B": B did it to what A did it to, which is unnamed;
            # never to A
            continue
        elif "ORGANISED" in rels and (part := session_noun(reader, v, noun)):
            # "workshops led by A", "the stalls were run by B", "a dance session for
            # carers, run by C": A took part in the event in focus, leading a part of it
            session_leaders(reader, v, part, agents)
            continue
        elif led_talk(reader, v, noun):
            # "The discussion was led by A and B": they chaired it, the event in focus
            talk_chairs(reader, noun, agents)
            continue
        elif "Project" in kinds and (fund := fund_referred_back(reader, v)) is not None:
            target = fund.id  # "The fund is administered by Bar": the fund last named
        else:
            target = reader.target_before(v, tuple(kinds))
            if "FUNDED" in rels and done_with(reader, v, target):
                continue  # "our pilot, run with A and funded by B": never A
            if led_part(reader, v, target):  # "a circle led by poet A": not the organiser
                seen_by, prev_agents = True, prev_agents | {a.id for a in agents}
                first_target = target if first_target is None else first_target
                continue
            if target is None and "FUNDED" in rels:  # "Fenby Village Hall has been awarded"
                hall = reader.by_end.get(reader.before_verb(v) + 1)
                target = hall.id if hall and reader.vote_building_grantee(hall) else None
                if target is None and hall is not None and openings.untyped_opening(reader, hall):
                    target = hall.id  # "Talk Together is commissioned by A": not read yet
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
                first_subject = subject_before(reader, v)
            doer = openings.by_naming(reader, v, target)
            if "FUNDED" in rels and doer is not None and target not in prev_agents:
                # "Foo, a study by A and B, funded by C": what A and B did, not B
                target = openings.done_to_before_by(reader, doer, kinds)
                if target is None:
                    continue
            if target is not None and target in prev_agents:
                # "X, run by A, funded by B": what A's verb was about, not A
                target = first_target
                if target is None:
                    continue
            elif last_of_list(reader, v, target):
                # "a partnership between A and B, funded by C": the partnership, or
                # both, or B? Left out
                seen_by = True
                continue
        seen_by = True
        prev_agents |= {a.id for a in agents}
        if target in {a.id for a in agents + pots}:
            continue  # "This work is supported by A and B": not A funding B (nor its fund)
        targets = [target]
        if cue in awards and "FUNDED" in rels:
            # "A and its partners, B and C, have been awarded £1m by Y": each received it
            listed = reader.subjects_before(reader.before_verb(cue.start) + 1, GRANTEES)
            if any(m.id == target for m in listed):
                targets += [m.id for m in listed if m.id != target]
                head = head_of_partners(reader, min(m.start for m in listed))
                if head is not None and head.id not in targets:
                    targets.append(head.id)
        hosts = comperes(reader, i, agents) if "ORGANISED" in rels else None
        if hosts is not None:  # "hosted by Westshire Radio presenters A and B": on stage
            for host in hosts:
                reader.relate(host, "PARTICIPATED_IN", target, role=HOST_ROLE, confidence=0.7)
        said = (noun, described_noun(reader, v))  # "the panel on X was chaired by A, with B"
        for agent, agent_role in agent_roles(reader, agents if hosts is None else [], role, said):
            for one in targets:
                reader.relate(agent, rels, one, role=agent_role, confidence=0.85)
        if first_target is None:
            first_target = target
        if "FUNDED" in rels and reader.kind(agents[-1]) == "Organisation":
            if line_grantee(reader, vote=False) is not None:
                continue  # "Foo Club – £500 for paths, match-funded by Bar": one line's backer
            kept = backs_programme(reader, target)  # a programme's backers leave its grants
            reader.ctx.last_funder = agents[-1].id if kept is None else kept  # "... by Foo"
