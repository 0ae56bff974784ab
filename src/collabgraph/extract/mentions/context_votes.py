"""Votes for a mention's type from the words around it: "Chief Executive X" is a
person, "X's Director" an organisation, "in Ayton, Beeford and Cowton" places,
"the Northtown Hubs pilot" a project.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.around import (
    age_after,
    body_part_after,
    described_as_body,
    determined,
    hometown,
    job_before,
    noun_after_votes,
    place_of,
    quoted_type,
    receives_money,
    role_follows,
    run_by_body,
    runs_by,
    speaks,
)
from collabgraph.extract.mentions.body_slots import (
    BODY_SLOT_VOTES,
    body_slot_votes,
    body_vote,
    may_fill,
)
from collabgraph.extract.mentions.event_venues import VENUE_VOTES, event_venue
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.list_votes import list_votes
from collabgraph.extract.mentions.mention import Mention, RoleSpan
from collabgraph.extract.mentions.role_fit import (
    holder_after_dash,
    holder_after_place_of_work,
    looks_like_persons_name,
)
from collabgraph.extract.mentions.tokens import LOCATED_SUFFIXES, POSSESSIVE, lower_word
from collabgraph.extract.mentions.type_noun_votes import type_noun_votes
from collabgraph.extract.mentions.votes import name_head

_BY_FUNDER = vocab.words("by_verbs_funder")
_BY_ORGANISER = vocab.words("by_verbs_organiser")
_TYPE_NOUNS = vocab.table("type_nouns")
_OWNED_HEADS = vocab.words("owned_programme_heads")
_JOINING = vocab.words("role_joining_words")
_CIVIC_OFFICES = vocab.words("civic_offices")
_FACILITY_HEADS = vocab.words("facility_heads")
# as many as person_evidence.PROGRAMME_EVIDENCE: alone enough to make it a project
_FACILITY_VOTES = 4


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
        before = doc[m.start - 1] if m.start > sent.start else None
        after = doc[m.end] if m.end < sent.end else None
        after2 = doc[m.end + 1] if m.end + 1 < sent.end else None
        if m.start in role_ends:
            m.votes["Person"] += 4
        elif m.start - 1 in role_ends and holder_after_dash(doc, role_ends[m.start - 1], m):
            m.votes["Person"] += 4  # "Chair – Jane Doe, Foo Trust"
        # "X's Director of ..."; "Westshire's Crime Commissioner": a
        # public office's area (vocab/civic_offices.txt), a place unless a body's word
        # ends the name; never a known place ("Kelby's Director of Public Health")
        if (
            after is not None
            and after.text in POSSESSIVE
            and after2 is not None
            and (after2.i in role_starts)
            and not is_uk_place(m.text)
        ):
            if _area_of_office(doc, role_starts[after2.i], m):
                m.votes["Place"] += 4
            else:
                m.votes["Organisation"] += 4
        # "X Leader Jane Doe": a name right before a role that precedes another name
        if m.end in role_starts and any(o.start == role_starts[m.end].end for o in mentions):
            m.votes["Organisation"] += 3
        # "Jane Doe, Director of ...", "Jane Doe – Non-executive member"
        if after is not None and after.text in {",", "(", "–", "—"} and m.end + 1 in role_starts:
            m.votes["Person"] += 3
        elif (
            after is not None
            and after.text == "("
            and _post_in_brackets(doc, m.end + 1, sent.end)
            and looks_like_persons_name(doc[m.start : m.end])
        ):
            m.votes["Person"] += 3  # "Jane Doe (Commission chair, writer)"
        # "Jane Doe Deputy Director, Foo Trust": a speaker list's line
        if m.end in role_starts and _titled_after(doc, role_starts[m.end], m, sent):
            m.votes["Person"] += 3
        # "Jane Doe, Fenby Director, said": a body's short name between the holder's
        # comma and the post (one word, or no person's name), whatever the recogniser says
        if (
            m.end in role_starts
            and before is not None
            and before.text == ","
            and any(o.end == m.start - 1 and (o.ner == "PERSON" or o.title) for o in mentions)
            and (m.end - m.start == 1 or not looks_like_persons_name(doc[m.start : m.end]))
        ):
            m.votes["Person"] = 0
            m.votes["Organisation"] += 4
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
        if age_after(doc, m.end, sent.end) and not m.gazetteer:
            m.votes["Person"] += 3  # "Jane Doe (21) from Dalby": only people have ages
        if hometown(doc, m, sent):
            m.votes["Place"] += 4  # "Jane Doe (21) from Dalby"
        # "Jane Doe said" (not "Foo Trust said"); a name opening with a given name
        # that only the recogniser calls a body still ("Dana Whitcombe said")
        if speaks(doc, m.end, sent.end) and (
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
        located = after is not None and (
            after.lower_ in LOCATED_SUFFIXES
            or (hyphen and after2 is not None and after2.lower_ in LOCATED_SUFFIXES)
        )
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
            and m.ner in {"GPE", "LOC"}
        ):
            m.votes["Place"] += 1
        # "Jane Doe of/from X", "Chief Executive of X": X is where someone works;
        # "Chief Executive of national X": a word in lower case may qualify X
        b = m.start - 1
        if (
            before is not None
            and before.is_alpha
            and before.is_lower
            and before.lower_ not in {"the", "a", "an", "its", "their", "our"}
            and b - 1 > sent.start
            and b - 1 in role_ends
        ):
            b -= 1
        works_at = (
            before is not None
            and b >= 1
            and (
                doc[b].lower_ in {"of", "from", "at"} or (doc[b].lower_ == "for" and b in role_ends)
            )
        )
        if (
            works_at
            and not located  # "director of Dalby-based Foo": Foo is where she works
            and not (m.gazetteer and m.attributive)
            and not (b in role_ends and _place_of_civic_post(doc, role_ends[b], m))
            and (
                b in role_ends
                or any(o.end == b and o.votes.get("Person", 0) >= 2 for o in mentions)
            )
        ):
            # "Jane Doe of X" is where she works unless X is a place (a UK one, or
            # one the recogniser reads so: "Ann Lee from Austria")
            employer = b in role_ends or (m.ner != "GPE" and may_fill(doc, m, sent))
            m.votes["Organisation"] += BODY_SLOT_VOTES if employer else 2
        elif works_at and b in role_ends and _place_of_civic_post(doc, role_ends[b], m):
            m.votes["Place"] += 4  # "the Mayor of Kelby": a place, its council works for it
        # "Jane Doe, Secretary, X said": the body after a job title and a comma; but
        # after "its new chair," or "the trust's chief executive," the post's holder
        if (
            before is not None
            and before.text == ","
            and m.start - 1 in role_ends
            and head_kind(lower_word(doc[m.end - 1]))[0] in {None, "Organisation"}
        ):
            if determined(doc, role_ends[m.start - 1], sent) or _given_named(doc, m):
                m.votes["Person"] += 3  # "Hospice Chief Executive, Kate Hoops said"
            elif not m.votes.get("Person"):
                m.votes["Organisation"] += 3
        # "Jane Doe (Campaign to End Boredom)": the body in brackets after a person
        # (a country or place there says where she is from: "Ann Lee (Austria)")
        if (
            m.ner not in {"GPE", "LOC", "NORP"}
            and not m.gazetteer
            and before is not None
            and before.text == "("
            and after is not None
            and after.text == ")"
            and head_kind(lower_word(doc[m.end - 1]))[0] in {None, "Organisation"}
            and any(
                o.end == m.start - 1 and (o.votes.get("Person", 0) >= 2 or o.ner == "PERSON")
                for o in mentions
            )
        ):
            m.votes["Organisation"] += 3
        # "Siobhan Kelly (Harbour Trust)": a person's name, then her body in brackets
        if (
            after is not None
            and after.text == "("
            and looks_like_persons_name(doc[m.start : m.end])
            and any(
                o.start == m.end + 1
                and o.end < sent.end
                and doc[o.end].text == ")"
                and head_kind(lower_word(doc[o.end - 1]))[0] == "Organisation"
                for o in mentions
            )
        ):
            m.votes["Person"] += 2
        # "Jo Bell of the Harbour Trust": a person's name, then "of" and her body
        if 2 <= m.end - m.start <= 3 and _of_a_body(doc, m, mentions, sent):
            m.votes["Person"] += 2
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
        # "the programme of Open Doors": the name of the programme
        if (
            before is not None
            and before.lower_ == "of"
            and m.start >= 2
            and _TYPE_NOUNS.get(doc[m.start - 2].lower_) in {"Project", "Event"}
        ):
            m.votes[_TYPE_NOUNS[doc[m.start - 2].lower_]] += 4
        # "on behalf of X", "in partnership with X", "X has joined forces"
        body_slot_votes(doc, sent, m)
        # "a funding programme, “Core Strength”", "their ‘Core Strength’ programme"
        quoted = quoted_type(doc, m, sent)
        if quoted:
            m.votes[quoted] += 5
        type_noun_votes(doc, sent, m, mentions)
        # "took place at the Old Mill College", "a sharing event at Dale Chapel": where
        # an event is held is a venue, whatever body's word ends its name
        if event_venue(doc, m, sent, mentions):
            m.votes["Place"] += VENUE_VOTES
        # "returns to the Old Hall", "at Market Hall": a venue
        if (
            m.votes.get("Place")
            and name_head([lower_word(t) for t in doc[m.start : m.end]])[0] == "Place"
            and any(
                t.lower_ in {"at", "to", "in"} for t in doc[max(m.start - 2, sent.start) : m.start]
            )
        ):
            m.votes["Place"] += 2
    # In a list ("in Ayton, Beeford, Cowton and Dalby") the items share a type.
    list_votes(doc, sent, mentions)


_PLACE_PREPOSITIONS = {"in", "at", "from", "to", "near", "across", "around", "throughout", "into"}


def _post_in_brackets(doc, start: int, end: int) -> bool:
    """'(Commission chair, ...', '(chief executive)': a post word written in lower
    case among the first words in brackets, before a comma or the closing bracket
    (a run of capitals leaves it out, so no job title was read there)."""
    for tok in doc[start : min(start + 4, end)]:
        if tok.text in {",", ")", ";"}:
            return False
        if tok.is_lower and tok.lower_ in lx.ROLE_CORE:
            return True
    return False


def _given_named(doc, m: Mention) -> bool:
    """A person's name of two or three words opening with a given name ("Kate
    Hoops"), no body's, place's or post's word in it: after "Chief Executive," it
    holds the post, where "Secretary, Foo Trust" names the post's body."""
    words = doc[m.start : m.end]
    return 2 <= len(words) <= 3 and is_given_name(words[0].text) and looks_like_persons_name(words)


def _lone_given_name(m: Mention, before) -> bool:
    """A given name alone ("Ada", "Chloe") that the recogniser reads as a place, that
    the gazetteer does not know and that no preposition of place comes before."""
    return (
        m.end - m.start == 1
        and m.ner in {"GPE", "LOC"}
        and not m.gazetteer
        and is_given_name(m.text)
        and (before is None or before.lower_ not in _PLACE_PREPOSITIONS)
    )


def _of_a_body(doc, m: Mention, mentions: list[Mention], sent) -> bool:
    """ "Jo Bell of the Harbour Trust": the mention looks like a person's name and
    "of" (and "the") is all that stands between it and a name ending in a body's
    strong head word."""
    k = m.end
    if k >= sent.end or doc[k].lower_ != "of":
        return False
    k += 1 + (k + 1 < sent.end and doc[k + 1].lower_ == "the")
    return looks_like_persons_name(doc[m.start : m.end]) and any(
        o.start == k and head_kind(lower_word(doc[o.end - 1])) == ("Organisation", 3)
        for o in mentions
    )


def _titled_after(doc, role: RoleSpan, m: Mention, sent) -> bool:
    """The name is followed by its holder's title, then a comma, a bracket or the
    end of the sentence, and reads as a person's name."""
    after = doc[role.end].text if role.end < sent.end else ""
    return after in {",", "(", ""} | lx.DASHES and looks_like_persons_name(doc[m.start : m.end])


def _area_of_office(doc, role: RoleSpan, m: Mention) -> bool:
    """Whether `m`, before "'s" and `role`, is the area of a public office
    ("Westshire's Crime Commissioner", "Northtown's Mayor"): the
    office's last word is one (vocab/civic_offices.txt) and no body's head word
    ends the name ("Northtown Council's Mayor" is the council's)."""
    office = lower_word(doc[role.end - 1])
    return office in _CIVIC_OFFICES and head_kind(lower_word(doc[m.end - 1]))[0] is None


def _place_of_civic_post(doc, role: RoleSpan, m: Mention) -> bool:
    """ "the Mayor of Kelby", "Chief Constable of Westshire": a civic post of a place
    (vocab/place_post_bodies.txt), the name after it no body's (no body's head word)."""
    post = " ".join(t.lower_ for t in doc[role.start : role.end] if t.lower_ not in {"the", "a"})
    last = lower_word(doc[m.end - 1])
    return post in lx.PLACE_POST_BODIES and last not in lx.ORG_HEADS | lx.EXTRA_ORG_HEADS
