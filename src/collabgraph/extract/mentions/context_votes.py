"""Votes for a mention's type from the words around it: "Chief Executive X" is a
person, "X's Director" an organisation, "in Ayton, Beeford and Cowton" places,
"the Northtown Hubs pilot" a project. The votes from posts and workplaces around a
name ("Jane Doe, Director of X", "Chief Executive of X") are `work_votes`'s, run here
in their place in the order (a later vote may read an earlier one).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.address_towns import address_town_votes
from collabgraph.extract.mentions.affiliated_names import affiliated_name_votes
from collabgraph.extract.mentions.around import (
    age_after,
    body_part_after,
    described_as_body,
    hometown,
    job_before,
    place_of,
    receives_money,
    role_follows,
    run_by_body,
    runs_by,
    speaks,
)
from collabgraph.extract.mentions.at_venues import at_venue_votes
from collabgraph.extract.mentions.body_slots import (
    BODY_SLOT_VOTES,
    body_slot_votes,
    body_vote,
    likely_slot_votes,
)
from collabgraph.extract.mentions.branch_places import branch_votes
from collabgraph.extract.mentions.dated_venues import dated_venue_votes
from collabgraph.extract.mentions.described_towns import described_town_votes
from collabgraph.extract.mentions.event_venues import (
    HAPPENED_VOTES,
    VENUE_VOTES,
    event_venue,
    happened_here,
)
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.hosted_names import hosted_occasion
from collabgraph.extract.mentions.hyphened_names import hyphened_name_votes
from collabgraph.extract.mentions.kind_nouns import noun_after_votes, quoted_type
from collabgraph.extract.mentions.list_votes import list_votes
from collabgraph.extract.mentions.listed_venues import venues_listed_with_venues
from collabgraph.extract.mentions.mention import Mention, RoleSpan
from collabgraph.extract.mentions.organiser_slots import organisers_not_events
from collabgraph.extract.mentions.role_fit import holder_after_place_of_work
from collabgraph.extract.mentions.street_joins import ADDRESSED_STREET_VOTES, addressed_street
from collabgraph.extract.mentions.tokens import PLACE_ENTS, based_after, lower_word
from collabgraph.extract.mentions.type_noun_votes import type_noun_votes
from collabgraph.extract.mentions.venue_bodies import venues_listed_with_bodies
from collabgraph.extract.mentions.votes import name_head
from collabgraph.extract.mentions.where_names import WHERE_NAME_VOTES, where_name
from collabgraph.extract.mentions.work_votes import neighbours, post_votes, workplace_votes

_BY_FUNDER = vocab.words("by_verbs_funder")
_BY_ORGANISER = vocab.words("by_verbs_organiser")
_TYPE_NOUNS = vocab.table("type_nouns")
_OWNED_HEADS = vocab.words("owned_programme_heads")
_JOINING = vocab.words("role_joining_words")
_FACILITY_HEADS = vocab.words("facility_heads")
# as many as person_evidence.PROGRAMME_EVIDENCE: alone enough to make it a project
_FACILITY_VOTES = 4
_VENUE_PREPOSITIONS = {"at", "to", "in", "from", "into", "inside", "outside"}
"""Words of where right before a name (or before its "the") whose head word is a
venue's: "at the Old Hall", "moved into the Old Wool Building", "outside St Ida's
Church"; "from" only after running or selling (`_run_from`)."""
_RUN_FROM = {"run", "runs", "ran", "running", "operate", "operates", "operating", "sale"}
"""Words before "from" that say where something is done: "now runs from the Ash
Lane Community Centre", "on sale from the Dalby Visitor Centre". Other words
before "from" say whose ("volunteers from Kelby Baptist Church", "attended from
...", "a grant from the Village Hall"): a body (on the pooled tune probes 4 such
venue-named bodies read as places)."""


def _run_from(doc, k: int, sent) -> bool:
    """Whether doc[k], a word of where, is no "from", or one after running or
    selling (`_RUN_FROM`)."""
    if doc[k].lower_ != "from":
        return True
    return k > sent.start and doc[k - 1].lower_ in _RUN_FROM


def _at_body(doc, m: Mention, sent, mentions: list[Mention]) -> bool:
    """The name is followed by "at" and a body's name, one ending in a body's head
    word ("... at Kelby Hospice", "... at the Dalby Trust"), not a venue's."""
    k = m.end
    if k >= sent.end or doc[k].lower_ != "at":
        return False
    k += 1
    if k < sent.end and doc[k].lower_ == "the":
        k += 1
    body = next((o for o in mentions if o.start == k), None)
    if body is None or body.gazetteer:
        return False
    kind, strength = head_kind(lower_word(doc[body.end - 1]))
    return kind == "Organisation" and strength >= 2


def context_votes(doc, sent, mentions: list[Mention], roles: list[RoleSpan]) -> None:
    role_ends = {r.end: r for r in roles}
    role_starts = {r.start: r for r in roles}
    for m in mentions:
        before, after, after2 = neighbours(doc, sent, m)
        post_votes(doc, sent, m, mentions, role_ends, role_starts)
        if before is not None and before.lower_ == "by" and m.start >= 2:
            verb = doc[m.start - 2].lower_
            if verb in _BY_FUNDER:
                m.votes["Organisation"] += 2
            elif verb in _BY_ORGANISER:
                m.votes["Organisation"] += 1
        # "a hub in Northtown", "lives near Dalby": one word there is a place unless
        # shown otherwise
        if (
            before is not None
            and before.lower_ in {"in", "across", "around", "throughout", "near"}
            and m.end - m.start == 1
            and not any(k in m.votes for k in ("Event", "Project", "Report"))
            and head_kind(lower_word(doc[m.start]))[0] is None
        ):
            m.votes["Place"] += 3
        elif where_name(doc, sent, m):  # "in Lower Marlow": two words, no head
            m.votes["Place"] += WHERE_NAME_VOTES
        if addressed_street(doc, m.start, m.end, sent.start):  # "on Kiln Row", "4 Mill Yard"
            m.votes["Place"] += ADDRESSED_STREET_VOTES
        if age_after(doc, m.end, sent.end) and not m.gazetteer:
            m.votes["Person"] += 3  # "Jane Doe (21) from Dalby": only people have ages
        if hometown(doc, m, sent):
            m.votes["Place"] += 4  # "Jane Doe (21) from Dalby"
        # "Jane Doe said", ", said Jane Doe" (not "Foo Trust said"); a name opening
        # with a given name that only the recogniser calls a body still ("Dana
        # Whitcombe said")
        said = speaks(doc, m.end, sent.end) or _quoted_after(doc, m.start, sent.start)
        if said and (
            not m.votes.get("Organisation")
            or (
                m.votes["Organisation"] <= m.recogniser_votes("Organisation")
                and is_given_name(doc[m.start].text)
            )
        ):
            m.votes["Person"] += 1
        # "the Healthy Lives Fund, run by Foo Council": a programme someone runs
        last = lower_word(doc[m.end - 1])
        if last in _OWNED_HEADS and run_by_body(doc, m.end, sent.end):
            m.run_by_body = True
        if runs_by(doc, m.end, sent.end) and not m.votes.get("Person"):
            if last in _OWNED_HEADS:
                m.votes["Project"] += 6  # a fund or scheme, not a grant-making body
            elif head_kind(last)[1] <= 1:  # no body's head word, or the weakest ("Connect")
                m.votes["Project"] += 3
        # "the Sunrise Wellbeing Centre at Kelby Hospice": a facility a body runs
        if last in _FACILITY_HEADS and _at_body(doc, m, sent, mentions):
            m.votes["Project"] += _FACILITY_VOTES
        # "Ashby Youth Project has been awarded £5,000", "a grant to Ashby Youth Project";
        # not "EU funding to Cornwall": money for a place is for the people there, nor
        # "Kelby Jazz Festival has received funding": an occasion funded stays one
        if receives_money(doc, m, sent) and not m.gazetteer and head_kind(last) != ("Event", 3):
            m.votes["Organisation"] += 3
        # "the Dalby-based charity", "of Dalby based Foo": a place
        hyphen = after is not None and after.text in {"-", "‐"}
        located = based_after(doc, m.end, sent.end)
        if located and hyphen:
            m.votes["Place"] += 3
        # "appointed Jane Doe as interim chief executive"; but "joined (the) Foo
        # Trust as chief executive": what is joined is a body
        if after is not None and after.lower_ == "as" and role_follows(doc, m.end + 1, sent.end):
            verb = before if before is None or before.lower_ != "the" else doc[m.start - 2]
            joined = verb is not None and verb.lower_ in _JOINING
            if joined:
                m.votes["Organisation"] += body_vote(doc, m, sent)
            else:
                m.votes["Person"] += 3
        if (
            after is not None
            and after.text == ","
            and after2 is not None
            and after2.lower_ == "who"
        ):
            m.votes["Person"] += 1
        if (
            before is not None
            and before.lower_ in {"based", "in", "across", "throughout"}
            and m.ner in PLACE_ENTS
        ):
            m.votes["Place"] += 1
        workplace_votes(doc, sent, m, mentions, role_ends, located)
        # "was director of Threshold", "the Threshold board": a job held at the name,
        # or what only a body has, makes it an organisation (not a place it is in)
        if not m.gazetteer and job_before(doc, m, sent, role_ends):
            m.votes["Organisation"] += BODY_SLOT_VOTES  # as a job title read before "of" votes
        elif not m.gazetteer and body_part_after(doc, m, sent):
            m.votes["Organisation"] += body_vote(doc, m, sent)
        # "the district of Craven", "residents of Dalby"
        if place_of(doc, m, sent) and head_kind(lower_word(doc[m.end - 1]))[0] is None:
            m.votes["Place"] += 3
        elif _lone_given_name(m, before):  # "A photo of Ada speaking": a person
            m.votes["Place"] -= m.recogniser_votes("Place")
            m.votes["Person"] += 2
        # "CEO of the trust, Jane Doe said"
        if any(holder_after_place_of_work(doc, r, m.start) for r in roles if r.end < m.start):
            m.votes["Person"] += 4
        noun_after_votes(doc, m, sent, mentions)
        if described_as_body(doc, m, sent):
            m.votes["Organisation"] += body_vote(doc, m, sent)
        # "the programme of Open Doors": the name of the programme; but "Kelby
        # Sparks, a project of Open Doors": the owner (rules/project_of.py)
        if (
            before is not None
            and before.lower_ == "of"
            and m.start >= 2
            and _TYPE_NOUNS.get(doc[m.start - 2].lower_) in {"Project", "Event"}
            and not (m.start >= 3 and doc[m.start - 3].lower_ in {"a", "an"})
        ):
            m.votes[_TYPE_NOUNS[doc[m.start - 2].lower_]] += 4
        # "on behalf of X", "in partnership with X", "X has joined forces"
        body_slot_votes(doc, sent, m)
        # "a funding programme, “Core Strength”", "their ‘Core Strength’ programme"
        quoted = quoted_type(doc, m, sent)
        if quoted:
            m.votes[quoted] += 5
        type_noun_votes(doc, sent, m, mentions)
        hyphened_name_votes(doc, m)  # "Fenby Dial-a-Ride": no person
        likely_slot_votes(doc, sent, m)  # "Safe Steps has launched": after every other vote
        # "took place at the Old Mill College", "a sharing event at Dale Chapel": where
        # an event is held is a venue, whatever body's word ends its name
        if event_venue(doc, m, sent, mentions):
            m.votes["Place"] += VENUE_VOTES
        if happened_here(doc, m, sent) or hosted_occasion(
            doc, m, sent
        ):  # "The Orby Climate Assembly was attended by"
            m.votes["Event"] += HAPPENED_VOTES
        branch_votes(doc, sent, m)  # "the Ayton branch of Foo Trust"
        # "returns to the Old Hall", "at Market Hall", "runs from the Ash Lane
        # Community Centre", "moved into the Old Mill Building": a venue
        if (
            m.votes.get("Place")
            and name_head([lower_word(t) for t in doc[m.start : m.end]])[0] == "Place"
            and any(
                t.lower_ in _VENUE_PREPOSITIONS and _run_from(doc, t.i, sent)
                for t in doc[max(m.start - 2, sent.start) : m.start]
            )
        ):
            m.votes["Place"] += 2
    affiliated_name_votes(doc, sent, mentions)  # "Lu Park of Greenhouse Growers"
    # In a list ("in Ayton, Beeford, Cowton and Dalby") the items share a type.
    list_votes(doc, sent, mentions)
    organisers_not_events(doc, sent, mentions)  # "organised by A and Tern Dialogue"
    venues_listed_with_bodies(doc, sent, mentions)  # "... Kelby College and the Y Hotel"
    venues_listed_with_venues(doc, sent, mentions)  # "at A Library and the B Hub"
    dated_venue_votes(doc, sent, mentions)  # "Tuesday 4 March, 7pm, Dale Community Centre"
    at_venue_votes(doc, sent, mentions)  # "surgeries every Wednesday at the Kelby Hub"
    address_town_votes(doc, sent, mentions)  # "St Ann's Church, Kelby": the town
    described_town_votes(doc, sent, mentions)  # "Foo, the Kelby music charity": the town


_PLACE_PREPOSITIONS = {"in", "at", "from", "to", "near", "across", "around", "throughout", "into"}


def _lone_given_name(m: Mention, before) -> bool:
    """A given name alone ("Ada", "Chloe") that the recogniser reads as a place, that
    the gazetteer does not know and that no preposition of place comes before."""
    return (
        m.end - m.start == 1
        and m.ner in PLACE_ENTS
        and not m.gazetteer
        and is_given_name(m.text)
        and (before is None or before.lower_ not in _PLACE_PREPOSITIONS)
    )


def _quoted_after(doc, start: int, sent_start: int) -> bool:
    """The name starting at `start` is who said what comes before it: ", said X",
    "” says X" (a speaking verb right before the name, after a comma or a closing
    quote)."""
    return (
        start - 2 >= sent_start
        and doc[start - 1].lower_ in lx.SPEAKING_VERBS
        and doc[start - 2].text in {",", "”", '"', "’", "'"}
    )
