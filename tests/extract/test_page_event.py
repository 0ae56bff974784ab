"""The page's own event: found in the headline, the address or the first
sentences, named as a reader would, and the people and organisations it
gathered attached to it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import with_roles as _rels


def test_a_headline_names_the_event_with_a_lower_case_noun():
    seed = extract_text(
        "The first Healthy Rivers summit takes place in Northtown\n\n"
        "Northtown's first Healthy Rivers summit took place at Northtown Corn Exchange on "
        "Tuesday.\n\n"
        "Speakers included Dr Amira Sole, Bram Keel and Tess Varga.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["Healthy Rivers summit"]
    speakers = {(p, "Healthy Rivers summit", "speaker") for p in ("Amira Sole", "Bram Keel")}
    assert speakers | {("Tess Varga", "Healthy Rivers summit", "speaker")} <= _rels(
        seed, "PARTICIPATED_IN"
    )


def test_the_page_address_names_an_event_the_text_only_calls_this_summit():
    seed = extract_text(
        "---\nurl: https://example.org/events/coastal-carers-summit\n---\n\n"
        "This summit looked at how carers on the coast find support.\n\n"
        "Speakers included Sir Len Orrey, Lady Mair Tunde and Ola Brisk as well as figures "
        "from voluntary organisations including the Dune Carers Network, Saltmarsh Mind and "
        "Harbour Voices.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["Coastal Carers Summit"]
    took_part = _rels(seed, "PARTICIPATED_IN")
    for who in ("Len Orrey", "Mair Tunde", "Ola Brisk", "Dune Carers Network", "Harbour Voices"):
        assert (who, "Coastal Carers Summit", "speaker") in took_part


def test_a_date_at_the_end_of_the_address_is_the_event_date():
    seed = extract_text(
        "---\nurl: https://example.org/kindness-pledge-event-4-june-2030\n---\n\n"
        "Eastvale Trust and the Kindness Institute co-hosted an event for local employers.\n"
    )
    (event,) = _events(seed)
    assert (event["name"].lower(), event.get("date")) == ("kindness pledge event", "2030-06-04")
    organisers = {r[0] for r in _rels(seed, "ORGANISED")}
    assert organisers == {"Eastvale Trust", "Kindness Institute"}


def test_an_unnamed_meeting_is_named_after_the_organisation_that_holds_it():
    seed = extract_text(
        "18 October 2030\n\n"
        "Over 80 people attended Marsh Lane Housing Trust's combined Annual General Meeting "
        "and Annual Members Meeting on 9 October. The meeting took place at Quay House.\n\n"
        "Keynote Speakers\n\n"
        "Ada Pinch, Director of Housing, Rowan Council, and Omar Teale, from the Rowan Tenants "
        "Forum were the keynote speakers.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Marsh Lane Housing Trust Annual General Meeting"
    assert event["date"] == "2030-10-09"
    assert ("Marsh Lane Housing Trust", event["name"], None) in _rels(seed, "ORGANISED")
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {("Ada Pinch", event["name"], "keynote speaker"),
            ("Omar Teale", event["name"], "keynote speaker")} <= took_part  # fmt: skip
    assert not any(who in {"Rowan Council", "Rowan Tenants Forum"} for who, _, _ in took_part)


def test_a_meeting_of_an_organisation_in_the_headline_and_its_short_form():
    seed = extract_text(
        "Trust marks Kindness Day with annual general meeting\n\n"
        "Governors and staff gathered for the annual general meeting of Fenwick Care Trust "
        "on Kindness Day, 10 October.\n\n"
        "Trust chair Nia Rowe welcomed the audience to the Drill Hall.\n\n"
        "Chief Executive Ben Hale told the audience that the AGM was a time to listen.\n\n"
        "Later, chair of governors Ivy Pratt talked about the year.\n"
    )
    (event,) = [e for e in _events(seed) if e["name"] != "Kindness Day"]
    assert event["name"] == "Fenwick Care Trust annual general meeting"
    assert "AGM" in event["aliases"]
    took_part = _rels(seed, "PARTICIPATED_IN")
    for who in ("Nia Rowe", "Ben Hale", "Ivy Pratt"):
        assert (who, event["name"], "speaker") in took_part


def test_an_event_called_only_the_workshop_takes_the_page_title():
    seed = extract_text(
        "---\nurl: https://example.org/blog/tackling-rural-isolation\n---\n\n"
        "Tackling Rural Isolation\n\n"
        "The workshop looked at why older people in villages lose touch.\n\n"
        "Speakers were Gwen Ashby (who wrote the Lonely Lanes report), Ravi Patel, the Chair "
        "of the Upland Forum, Cora Lind who talked about a lift scheme and Tom Ure who spoke "
        "about the Village Hub.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Tackling Rural Isolation workshop"
    took_part = {who for who, _, _ in _rels(seed, "PARTICIPATED_IN")}
    assert took_part == {"Gwen Ashby", "Ravi Patel", "Cora Lind", "Tom Ure"}


def test_a_title_before_a_colon_names_the_event_the_rest_describes():
    seed = extract_text(
        "Bright Horizons 2031: what we heard at the Eastvale Assembly\n\n"
        "Bright Horizons 2031 brought 200 people to Eastvale.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["Bright Horizons 2031"]


def test_a_page_not_about_an_event_gets_none_from_a_passing_meeting():
    seed = extract_text(
        "IT'S all change at Wren Hospice, as its chair of 20 years retires.\n\n"
        "Hal Moss retired from his post at the annual general meeting of the hospice this "
        "week.\n"
    )
    # the meeting is the hospice's (owned_events), not the page's event: no one is
    # said to have taken part in it
    events = {e["name"] for e in _events(seed)}
    assert {(r["from"], r["type"]) for r in seed["relations"] if r["to"] in events} == {
        ("Wren Hospice", "ORGANISED")
    }


def test_speakers_from_organisations_and_attendees_from_organisations_including():
    seed = extract_text(
        "Coastal Care Summit 2031: notes\n\n"
        "Speakers from Gull Housing, the Tide Network and Brine Council came next.\n\n"
        "Attendees from a range of organisations including Kelp Trust, Shore CVS and Reef "
        "Foundation held workshops.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    for who in ("Gull Housing", "Tide Network", "Brine Council"):
        assert (who, "Coastal Care Summit 2031", "speaker") in took_part
    for who in ("Kelp Trust", "Shore CVS", "Reef Foundation"):
        assert (who, "Coastal Care Summit 2031", "attendee") in took_part


def test_panellists_with_their_organisations_in_brackets():
    seed = extract_text(
        "Ageing Well Forum 2030: a write-up\n\n"
        "Our three guest panellists, Rosa Klein (Elder Voice), Sam Oduya (Kith Trust) and "
        "Lena Marr (Grey Matters Network) gave their impressions.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {who for who, _, role in took_part if role == "panellist"} == {
        "Rosa Klein",
        "Sam Oduya",
        "Lena Marr",
    }


def test_an_event_named_in_quotes_and_who_organised_it():
    seed = extract_text(
        "---\nurl: https://example.org/news/organiser-of-citys-housing-conference-speaks\n---\n\n"
        "Last week 60 delegates from across Kelby met to talk about housing.\n\n"
        "Hosted by church-collective Hope Kelby, it involved councillors and police.\n\n"
        "Today organiser Ravi Dunn gives an insight into the meeting.\n\n"
        "“Roofs, Rents and Rights’ gave delegates time to discuss the number of homes.\n\n"
        "The conference was organised by Kelby Voluntary Action and Hope Kelby.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["Roofs, Rents and Rights"]
    organisers = {who for who, _, _ in _rels(seed, "ORGANISED")}
    assert organisers == {"Hope Kelby", "Ravi Dunn", "Kelby Voluntary Action"}


def test_a_summit_named_in_quotes_after_its_noun():
    seed = extract_text(
        "Elder Voices hosted its spring summit, ‘Growing Older Together’, at the Corn Hall "
        "in Kelby.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["Growing Older Together"]
    assert ("Elder Voices", "Growing Older Together", None) in _rels(seed, "ORGANISED")


def test_co_hosts_named_before_they_are_known_as_bodies():
    seed = extract_text(
        "---\nurl: https://example.org/housing-futures-event-2-may-2031\n---\n\n"
        "With a new Government in view, Positive Ageing and the Centre for Later Life "
        "co-hosted an event inviting representatives from across the sector.\n\n"
        "The evening began with Positive Ageing sharing key findings from a survey. "
        "Positive Ageing is a national charity.\n"
    )
    organisers = {who for who, _, _ in _rels(seed, "ORGANISED")}
    assert organisers == {"Positive Ageing", "Centre for Later Life"}


def test_the_subject_of_held_its_agm_organised_it_and_names_it():
    seed = extract_text(
        "Fenby Voluntary Action held its AGM on 12 June 2031 at the Orchard Rooms. "
        "Speakers included Tomas Barrow of Quayside Homes and Anna Pike, director of Wexley "
        "CVS.\n"
    )
    (event,) = _events(seed)
    assert (event["name"], event.get("date")) == ("Fenby Voluntary Action AGM", "2031-06-12")
    assert _rels(seed, "ORGANISED") == {("Fenby Voluntary Action", event["name"], None)}
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert ("Tomas Barrow", event["name"], "speaker") in took_part
    assert ("Anna Pike", event["name"], "speaker") in took_part


def test_an_untitled_roundtable_is_named_after_its_subject():
    seed = extract_text(
        "Wexley Borough Council, together with Fenby Voluntary Action, convened a roundtable "
        "on community wealth building on 4 March 2031.\n\n"
        "Speakers included Tomas Barrow of Quayside Homes.\n"
    )
    (event,) = _events(seed)
    assert (event["name"], event.get("date")) == (
        "Roundtable on community wealth building",
        "2031-03-04",
    )
    assert ("Wexley Borough Council", event["name"], None) in _rels(seed, "ORGANISED")
    assert ("Tomas Barrow", event["name"], "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_a_headline_verb_read_as_a_noun_does_not_hide_the_event():
    seed = extract_text(
        "Living without Fear summit tackles isolation\n\n"
        "More than 90 people came to the summit in Fenby on 3 May 2031. "
        "Speakers included Rhian Coltrane and Osei Mbatha.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Living without Fear summit"
    assert ("Rhian Coltrane", event["name"], "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_a_year_alone_does_not_name_an_event_and_a_joint_noun_stays_in_the_name():
    seed = extract_text(
        "Quayside Homes attended the ACVO/NAVCA annual voluntary sector conference and "
        "exhibition 2031 in Fenby.\n\n"
        "Rhian Coltrane spoke at the conference.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "ACVO/NAVCA annual voluntary sector conference and exhibition 2031"
    assert ("Quayside Homes", event["name"], "attendee") in _rels(seed, "PARTICIPATED_IN")
    assert ("Rhian Coltrane", event["name"], "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_a_headline_gives_the_meeting_an_organiser():
    seed = extract_text(
        "Recap: Quayside Homes's AGM\n\n"
        "Speakers included Anna Pike and Tomas Barrow.\n\n"
        "The event was held at the Orchard Rooms on 4 May 2031.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Quayside Homes AGM"
    assert _rels(seed, "ORGANISED") == {("Quayside Homes", "Quayside Homes AGM", None)}
    assert ("Anna Pike", "Quayside Homes AGM", "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_a_headline_that_is_a_sentence_does_not_name_the_event():
    seed = extract_text(
        "Over 100 attend Wexley wellbeing day\n\n"
        "The event was held at the Orchard Rooms on 4 May 2031.\n"
    )
    assert not any(e["name"].startswith("Over 100") for e in _events(seed))


def test_people_who_joined_an_organisations_meeting():
    seed = extract_text(
        "News\n\n"
        "More than 60 people joined the Fenby Tenants Forum's spring meeting on 4 May 2031.\n\n"
        "Speakers included Anna Pike and Tomas Barrow.\n"
    )
    (event,) = _events(seed)
    assert (event["name"], event.get("date")) == (
        "Fenby Tenants Forum spring meeting",
        "2031-05-04",
    )
    assert ("Fenby Tenants Forum", event["name"], None) in _rels(seed, "ORGANISED")
    assert ("Tomas Barrow", event["name"], "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_their_agm_is_the_agm_of_the_body_named_before():
    seed = extract_text(
        "Diary\n\n"
        "Later, I am at the opening of new homes built by a housing association, Ternhome, "
        "and then am guest speaker at their AGM.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Ternhome AGM"
    assert _rels(seed, "ORGANISED") == {("Ternhome", "Ternhome AGM", None)}
    assert ("Organisation", "Ternhome") in {(e["type"], e["name"]) for e in seed["entities"]}


def test_the_event_named_without_its_year_is_the_same_event():
    seed = extract_text(
        "Stories from the Fenby Care Show 2031\n\n"
        "by Rosie Amber, Media Lead, Tern Network\n\n"
        "9th March not only marked #CarersDay, but was also our second annual Fenby Care Show.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Fenby Care Show 2031"
    assert "Fenby Care Show" in event.get("aliases", [])
    assert _rels(seed, "ORGANISED") == {("Tern Network", "Fenby Care Show 2031", None)}
