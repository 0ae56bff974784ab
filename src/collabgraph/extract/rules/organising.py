"""Organising, running and funding: "co-hosted with X", "with funding from X",
"X has awarded grants to A and B": ORGANISED, RUNS, FUNDED. A body's own
programmes ("its Healthy Towns Fund") are in `programmes`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.agent_ends import pot_owner
from collabgraph.extract.rules.delivered_partners import delivered_as_partner
from collabgraph.extract.rules.funding_beside import funded_beside
from collabgraph.extract.rules.funding_ends import (
    FUNDED_NAMED,
    after_opening,
    awarded_to_by,
    before_adverbs,
    given_money,
    listed_after_colon,
    opening_thing,
)
from collabgraph.extract.rules.grant_funders import (
    can_give,
    parsed_giver,
    programme_owner,
    scheme_giver,
)
from collabgraph.extract.rules.grant_subjects import (
    body_pronoun,
    fund_receiving,
    is_fund,
)
from collabgraph.extract.rules.joined_openings import (
    by_naming,
    done_to_before_by,
    joined_funding_cue,
)
from collabgraph.extract.rules.passive_targets import relative_object, work_in_view
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader
from collabgraph.extract.rules.sponsors import sponsored_before

LABELS = frozenset(
    {
        "co_organiser",
        "funding_from",
        "grants_went_to",
        "award",
        "named_funder",
        "to_host",
        "welcomed_to",
    }
)
"""The cue labels (pattern files) this family's rules read."""

_GRANT_NOUNS = vocab.words("grant_nouns")
_RAISED = vocab.words("raised_money_words")  # "money raised ... will go to": no grant
_PASSIVE = lx.BE_FORMS
_FUNDED_ENDS = ("Project", "Event", "Report", "Organisation")
_THROUGH_FROM = {"through", "from"}  # "funded through (with funding from) Foo's Bar programme"


def co_hosts(reader: SentenceReader) -> None:
    """ "It is co-hosted with X", "organised with X" (`co_organiser` cues): X
    organised the event (or ran the project) too."""
    for cue in reader.cues("co_organiser"):
        event = reader.target_before(cue.start, ("Event", "Project"))
        if event is None:
            event = reader.ctx.focus_of(reader.section, "Event")
        partner = delivered_as_partner(reader, cue, event)  # "It is delivered with X"
        for x in reader.list_after(cue.end):
            if reader.kind(x) is None:  # "in association with Pell Motors": a body
                x.votes["Organisation"] += 2
                reader.ctx.votes_for(x)["Organisation"] += 2
            if partner and reader.kind(x) == "Organisation":
                reader.relate(x, "PARTICIPATED_IN", event, role="partner", confidence=0.6)
            elif not partner and reader.kind(x) in {"Organisation", "Person"}:
                reader.relate(x, cue.cue.relations, event, confidence=0.7)


_TO_HOST_KINDS = {"ORGANISED": "Event", "RUNS": "Project"}


def to_host(reader: SentenceReader) -> None:
    """ "X teamed up with Y to host the summit", "X worked with Y to organise a
    roundtable" (`to_host` cues): the subjects of the verb before "to", and
    those it acted with, organised the event after the cue (or run the project:
    "joined forces to run the Foo Project"); a body or person named as the verb's
    object instead when there is one ("Foo asked Bar to deliver the Baz programme")."""
    for cue in reader.cues("to_host"):
        kinds = {_TO_HOST_KINDS[r] for r in cue.cue.relations}
        event = reader.event_ref_after(cue.end)
        if event is None or reader.ctx.type_of(reader.ctx.mentions[event]) not in kinds:
            continue
        verb = reader.doc[cue.end - 1].head
        tokens = [c for c in verb.children if c.dep_ == "nsubj"]
        tokens += [g for c in verb.children if c.lower_ == "with" for g in c.children]
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        doers = reader.named_by(objects, {"Organisation", "Person"})
        # "Foo asked Bar to deliver the Baz programme": Bar runs it, not Foo
        for m in doers or reader.named_by(tokens, {"Organisation", "Person"}):
            reader.relate(m, cue.cue.relations, event, confidence=0.65)


def for_x_to(reader: SentenceReader) -> None:
    """ "an exciting project for Foo to lead", "the Bar Project, for Foo to deliver
    over three years", "an event for Foo to host" (`to_host` cues after "for" and a
    body): the body runs the project (organises the event) the noun or name before
    "for" is."""
    words, start = reader.words, reader.sent.start
    for cue in reader.cues("to_host"):
        body = reader.by_end.get(cue.start)
        if body is None or body.start - 2 < start or words[body.start - 1] != "for":
            continue
        if reader.kind(body) != "Organisation":
            continue
        kinds = tuple(_TO_HOST_KINDS[r] for r in cue.cue.relations)
        k = body.start - 2 - (words[body.start - 2] == ",")
        named = reader.by_end.get(k + 1)
        if named is None and FOCUS_NOUNS.get(words[k]) in kinds:
            named = reader.by_end.get(k)  # "the Foo project for Bar to lead"
        if named is not None and reader.kind(named) in kinds:
            target = named.id
        elif FOCUS_NOUNS.get(words[k]) in kinds:
            target = reader.ctx.focus_of(reader.section, FOCUS_NOUNS[words[k]])
        else:
            continue
        reader.relate(body, cue.cue.relations, target, confidence=0.65)


def welcomed_to(reader: SentenceReader) -> None:
    """ "Foo CVS welcomed 120 delegates to the Volunteering Conference"
    (`welcomed_to` cues), "Foo and Bar brought together 180 people for the Baz
    Summit": the body that welcomed people to the event organised it."""
    words = reader.words
    for cue in reader.cues("welcomed_to"):
        # "brought together 180 people for the Foo Summit": "for" as well as "to"
        # ("from the voluntary, community and social enterprise sector" may come between)
        together = words[cue.end - 1] == "together"
        links, reach = ({"to", "for"}, 16) if together else ({"to"}, 8)
        hosts = reader.subjects_before(cue.start, frozenset({"Organisation"}))
        to = next(
            (k for k in range(cue.end, min(cue.end + reach, reader.sent.end)) if words[k] in links),
            None,
        )
        if not hosts or to is None:
            continue
        event = reader.event_ref_after(to + 1)
        if event is None or reader.ctx.type_of(reader.ctx.mentions[event]) != "Event":
            continue
        for host in hosts:
            reader.relate(host, cue.cue.relations, event, confidence=0.65)


def funding_phrases(reader: SentenceReader) -> None:
    """ "with funding from X" (`funding_from`), "X has awarded £2m to A and B"
    (`award`), "other grants went to C" (`grants_went_to`), "a lottery-funded
    project" (`named_funder`): FUNDED. A "we"/"us" before "funding from" is read here
    too, not only by the sentence reader (rules/voice.py): inside a quotation opened in
    the same sentence ('X said: “We’re delighted to have been awarded this funding from
    Y”') the reader gives no mention, and the name before it is not the one funded."""
    words, sent = reader.words, reader.sent
    for cue in reader.cues("funding_from"):
        funders = reader.list_after(cue.end, kinds={"Organisation"}) or pot_owner(reader, cue.end)
        owner = programme_owner(reader, cue.end) if words[cue.end - 1] in _THROUGH_FROM else None
        if owner is not None:  # "funded through the Foo Trust's Bar programme": the Foo Trust
            funders = [owner]
        elif not funders:
            # "funded through the Bar programme", "with £5,000 from the Bar Fund, managed by
            # Foo": the programme's money, which is the money of whoever runs it (the seed
            # resolves it: programme_money.runners_funded)
            funders = reader.list_after(cue.end, kinds={"Project"})
            if words[cue.end - 1] != "through":
                funders = [m for m in funders if is_fund(reader, m)]
        target = after_opening(reader, cue.start, cue.end)
        ours = any(w in {"we", "us"} for w in words[max(sent.start, cue.start - 10) : cue.start])
        if target is not None:  # "Thanks to funding from X, Foo will ...": X, not Foo
            funders = [f for f in funders if f.end < reader.ctx.mentions[target].start]
        elif ours:  # "we have been awarded this funding from X": we, whoever we are
            target = reader.we(cue.start)
            if target is None:
                continue
        elif (shared := sponsored_before(reader, cue.start)) is not None:
            target = shared  # "The headline sponsor is X, with additional support from C"
        elif (done := relative_object(reader, cue.start, _FUNDED_ENDS)) is not None:
            target = done.id  # "the Foo Review, which Bar published with funding from C"
        elif (opened := joined_funding_cue(reader, cue.start, _FUNDED_ENDS))[0]:
            target = opened[1]  # "The fair was run with A and supported by a grant from C"
            if target is None:
                continue
        else:  # "Foo runs Bar with Baz and funding from C": Bar, not Baz
            target, settled = funded_beside(reader, cue.start)
            if settled and target is None:
                continue
            if not settled:
                target = reader.target_before(cue.start, _FUNDED_ENDS)
        if target is None and words[cue.end - 1] != "through":
            # "The fund was kick-started with donations from X"; not "funded through the
            # Foo Fund", where the fund gives the money
            target = fund_receiving(reader)
        if target is None:
            subj = reader.before(cue.start, kinds=FUNDED_NAMED)
            target = subj.id if subj is not None else None
        if target is None:  # "The work was funded by grants from A"
            target = work_in_view(reader, cue.start)
        if target is None:  # "Thanks to support from A, the route was closed"
            target = opening_thing(reader, cue.start, cue.end)
        if target is None and reader.doc[sent.start + 1].dep_ in {"nsubj", "nsubjpass"}:
            body = body_pronoun(
                reader, sent.start + 1
            )  # "The alliance was set up with £5,000 from A"
            target = body.id if body is not None else None
        # "Foo, run by A, has support from C": Foo, not A; "Developed by A and B, with
        # support from C, the map ...": nothing named before the "by", so no tie
        by = by_naming(reader, cue.start, target)
        if by is not None:
            # "The project is led by A with support from C": the project in focus
            target = done_to_before_by(reader, by, _FUNDED_ENDS)
            if target is None:
                continue
        for f in funders:
            reader.relate(f, cue.cue.relations, target, confidence=0.75)
    # "Other grants went to A, B and C": from the funder last named as awarding
    went = sorted(reader.cues("grants_went_to"), key=lambda c: (c.start, c.cue.order))
    for i in range(sent.start, sent.end - 2):
        if words[i] in _GRANT_NOUNS and reader.ctx.last_funder is not None:
            cue = next((c for c in went if i < c.start <= i + 11), None)
            if cue is not None and not _RAISED & set(words[i : cue.start]):
                for r in reader.list_after(cue.end, kinds=FUNDED_NAMED):
                    reader.relate(reader.ctx.last_funder, cue.cue.relations, r, confidence=0.7)
    # "X has awarded/granted ... to Y"
    for cue in reader.cues("award"):
        i = cue.start
        if i > sent.start and words[i - 1] in _PASSIVE and not words[i].endswith("ing"):
            if not cue.cue.params.get("active_only"):  # not "The cup was presented to A by B"
                awarded_to_by(reader, cue)  # "Foo was awarded £5,000": Foo received it
            continue
        if cue.cue.params.get("sum_only") and not any(
            reader.is_money(j) for j in range(cue.end, sent.end)
        ):
            continue  # "Foo presented the award to Bar": no funder in view either
        funder = (
            reader.by_end.get(i)
            or reader.by_end.get(i - 1)
            or reader.by_end.get(before_adverbs(reader, i) + 1)  # "Foo are kindly giving"
            or reader.by_end.get(reader.before_verb(i) + 1)  # "we have given"
        )
        named = isinstance(funder, Mention)
        if funder is None or (named and not can_give(reader, funder) and words[funder.end] == ","):
            funder = parsed_giver(reader, i) or scheme_giver(reader, i)
            # "Foo, based in Kelby, (has) donated": not Kelby; "Foo's Bar scheme has made"
            named = funder is not None
        if funder is None or (named and not can_give(reader, funder)):
            continue
        reader.ctx.last_funder = funder.id if named else funder
        given = given_money(reader, cue.end)
        if given is not None:  # "Foo awarded Bar a grant of £5,000", "Foo has given Bar £2m"
            reader.relate(funder, cue.cue.relations, given, confidence=0.75)
            continue
        for k in range(cue.end, sent.end - 1):
            if words[k] == "in" and words[k + 1] in _GRANT_NOUNS:
                continue  # "£2m in funding to Bar": the money's wording, not where it goes
            paid = reader.is_funding(k - 1)
            paid_for = words[k] == "for" and paid
            if words[k] in {"to", "in", "towards"} or paid_for:  # "£5,000 towards Bar"
                # "£1m of funding for Bar", "grants for A and B", "funding of £5,000 for Bar" too
                money = reader.is_money if cue.cue.params.get("sum_only") else reader.is_funding
                if not any(money(j) for j in range(i, k)):
                    break  # "Foo gave a talk to Bar", "Foo presented the award to Bar": no money
                got = reader.list_after(k + 1, kinds=FUNDED_NAMED)
                hall = reader.mention_at(k + 1)
                if not got and hall is not None and reader.vote_building_grantee(hall):
                    got = [hall]  # "£5,000 to Fenby Village Hall"
                if not got:  # "grants to three local charities: A, B and C"
                    got = listed_after_colon(reader, k + 1)
                if paid_for and not got:
                    continue  # "£5,000 for new kit to Bar": read on to whom
                for r in got:
                    reader.relate(funder, cue.cue.relations, r, confidence=0.75)
                if len(got) == 1 and is_fund(reader, got[0]):
                    # "Foo has donated £10,000 to the Bar Fund": the fund gives on, not Foo
                    reader.ctx.last_funder = got[0].id
                break
    # "a lottery funded project": the lottery funder, when the document names one
    for cue in sorted(reader.cues("named_funder"), key=lambda c: (c.start, c.cue.order)):
        funder = reader.ctx.find_named(cue.cue.params["funder_word"], "Organisation")
        target = reader.target_before(cue.end, ("Project", "Event"))
        if target is None:
            for k in range(cue.start, min(cue.start + 5, sent.end)):
                if words[k] in FOCUS_NOUNS:
                    target = reader.ctx.focus_of(reader.section, FOCUS_NOUNS[words[k]])
                    break
        reader.relate(funder, cue.cue.relations, target, confidence=0.6)
