"""The page's own event on pages worded in other ways than the ones the rules
were first written on: an untitled event named after its subject, found where
people go to it or hold it; headlines with "Round-Up" after the name; "our
AGM"; "Webinar: <title>"; fun days, awards and concerts; and who took part in it."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import with_roles as _rels


def test_a_summit_on_a_subject_written_with_a_gerund_and_a_place():
    seed = extract_text(
        "New approach to rural transport to be discussed\n\n"
        "A summit on improving rural transport and community buses in Wexshire is being "
        "held this week.\n\n"
        "The summit was organised by Wexshire Rural Action.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Summit on improving rural transport and community buses in Wexshire"
    assert ("Wexshire Rural Action", event["name"], None) in _rels(seed, "ORGANISED")


def test_people_gathered_for_a_summit_on_a_subject_with_an_article():
    seed = extract_text(
        "Charity leaders meet to discuss cost of living\n\n"
        "Leaders from across the voluntary sector gathered in Brackwell on Tuesday for a "
        "summit on the cost of living crisis, convened by Brackwell CVS.\n\n"
        "The summit heard from Ellen Moss, chief executive of Brackwell CVS, and Sam Oyelaran "
        "from the Brackwell Food Partnership.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Summit on the cost of living crisis"
    assert ("Brackwell CVS", event["name"], None) in _rels(seed, "ORGANISED")
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {
        ("Ellen Moss", event["name"], "speaker"),
        ("Sam Oyelaran", event["name"], "speaker"),
    } <= (took_part)


def test_we_hosted_a_roundtable_discussion_and_its_chair():
    seed = extract_text(
        "What we learned about rural loneliness\n\n"
        "On 3 May we hosted a roundtable discussion on rural loneliness with partners from "
        "across the county. Cllr Dara Pike, Cabinet Member for Communities at Westmoor County "
        "Council, chaired the discussion.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Roundtable discussion on rural loneliness"
    assert ("Dara Pike", event["name"], "chair") in _rels(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "sentence, chair",
    [
        ("The Chairman, Mr Tom Reed, presided.", "Tom Reed"),
        ("Jane Doe presided over the meeting and thanked the volunteers.", "Jane Doe"),
    ],
)
def test_who_presided_at_the_meeting_chaired_it(sentence, chair):
    seed = extract_text(
        "Kelby Friends annual general meeting\n\n"
        "The Kelby Friends annual general meeting was held at Dalby Hall on 3 May 2031. "
        f"{sentence} Ann Dale gave the treasurer's report.\n"
    )
    (event,) = _events(seed)
    assert (chair, event["name"], "chair") in _rels(seed, "PARTICIPATED_IN")


def test_representatives_attended_a_workshop_named_after_its_subject():
    seed = extract_text(
        "Partners discuss the future of youth services\n\n"
        "Representatives from twelve organisations attended a workshop on the future of "
        "youth services at the Hollin Centre on 3 March 2031.\n"
    )
    (event,) = _events(seed)
    assert (event["name"], event.get("date")) == (
        "Workshop on the future of youth services",
        "2031-03-03",
    )


def test_a_reception_is_named_after_its_only_host():
    seed = extract_text(
        "A day in Westminster\n\n"
        "Yesterday I attended a reception hosted by the Coalition for Young Carers at "
        "Portcullis House.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Coalition for Young Carers reception"
    assert ("Coalition for Young Carers", event["name"], None) in _rels(seed, "ORGANISED")


def test_a_reception_with_two_hosts_is_named_after_both_and_both_organised_it():
    seed = extract_text(
        "A day in Westminster\n\n"
        "Yesterday I attended a reception hosted by the Coalition for Young Carers and "
        "Carers Link at Portcullis House.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Coalition for Young Carers and Carers Link reception"
    organisers = {who for who, _, _ in _rels(seed, "ORGANISED")}
    assert organisers == {"Coalition for Young Carers", "Carers Link"}


def test_a_headline_with_round_up_after_the_name():
    for headline in ("Social Value Summit Round-Up", "Social Value Summit Highlights"):
        seed = extract_text(
            f"{headline}\n\n"
            "Thank you to everyone who came along. Anna Pike of Fenby Homes spoke at the "
            "summit.\n"
        )
        assert [e["name"] for e in _events(seed)] == ["Social Value Summit"], headline


def test_an_annual_conference_capitalised_with_its_year_is_a_name():
    seed = extract_text(
        "Highlights from our Annual Conference 2031\n\n"
        "Over 150 delegates joined us at the Guildhall. Speakers included Tom Reed and "
        "Ada Ngozi.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Annual Conference 2031"
    assert ("Ada Ngozi", event["name"], "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_our_agm_is_named_after_the_organisation_the_page_speaks_for():
    seed = extract_text(
        "---\nurl: https://www.fenbyhomes.org.uk/news/our-agm\n---\n\n"
        "Thank you\n\n"
        "Thank you to all who attended our AGM on 12 June 2031. Fenby Homes welcomed over 80 "
        "tenants to the Guildhall.\n\n"
        "Speakers included Ravi Shah and Lena Brook.\n"
    )
    (event,) = _events(seed)
    assert (event["name"], event.get("date")) == ("Fenby Homes AGM", "2031-06-12")
    assert ("Fenby Homes", event["name"], None) in _rels(seed, "ORGANISED")
    assert ("Lena Brook", event["name"], "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_a_headline_event_noun_then_its_title():
    seed = extract_text(
        "Webinar: Funding for small charities\n\n"
        "On 10 February 2031 the Fenland Community Foundation ran a free webinar about "
        "applying for grants. Ruth Kell presented.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Funding for small charities webinar"
    assert "Funding for small charities" in event["aliases"]


def test_a_fun_day_named_in_full_after_the_headline_and_awards_as_an_event():
    seed = extract_text(
        "Community Fun Day a big success\n\n"
        "The Eastgate Community Fun Day took place on Saturday in Eastgate Park, organised by "
        "Eastgate Residents Association.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["Eastgate Community Fun Day"]
    seed = extract_text(
        "Celebrating volunteers\n\n"
        "The Northfold Volunteer Awards 2031 took place at Northfold Town Hall on 6 June 2031, "
        "hosted by Northfold Voluntary Action.\n"
    )
    (event,) = _events(seed)
    assert (event["name"], event.get("date")) == ("Northfold Volunteer Awards 2031", "2031-06-06")
    assert ("Northfold Voluntary Action", event["name"], None) in _rels(seed, "ORGANISED")


def test_a_funder_that_awards_money_is_no_event():
    seed = extract_text(
        "Northfold Foundation awards £50,000 to youth clubs\n\n"
        "The Northfold Foundation has awarded grants to five youth clubs.\n"
    )
    assert _events(seed) == []


def test_who_took_part_written_as_those_taking_part_among_the_speakers_and_joined_us():
    seed = extract_text(
        "Wexby Carers Summit 2031\n\n"
        "The Wexby Carers Summit 2031 took place on 4 May 2031 at Wexby Guildhall.\n\n"
        "Among those taking part were Dr Ian Cole, clinical director of Hale Primary Care "
        "Network, and Beth Oni from Hale Age Concern.\n\n"
        "We were joined by Paul Dray, Chief Executive of Carers Link.\n\n"
        "Anna Lee was among the speakers.\n\n"
        "Guest speaker Rob Lyle shared his experience of caring for his mother.\n\n"
        "Those attending included Wexby Mind and the Hale Foodbank.\n"
    )
    event = "Wexby Carers Summit 2031"
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {
        ("Ian Cole", event, "participant"),
        ("Beth Oni", event, "participant"),
        ("Paul Dray", event, "speaker"),
        ("Anna Lee", event, "speaker"),
        ("Rob Lyle", event, "speaker"),
        ("Wexby Mind", event, "attendee"),
        ("Hale Foodbank", event, "attendee"),
    } <= took_part
    assert not any(who in {"Hale Primary Care Network", "Carers Link"} for who, _, _ in took_part)


def test_people_who_spoke_included_but_not_a_list_of_funders():
    seed = extract_text(
        "Wexby Carers Summit 2031\n\n"
        "The Wexby Carers Summit 2031 took place on 4 May 2031 at Wexby Guildhall.\n\n"
        "People who spoke included Kit Lowe and Omar Haq.\n\n"
        "As part of the programme, funding came from Wexby Council.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {("Kit Lowe", "Wexby Carers Summit 2031", "speaker"),
            ("Omar Haq", "Wexby Carers Summit 2031", "speaker")} <= took_part  # fmt: skip
    assert not any(who == "Wexby Council" for who, _, _ in took_part)


def test_an_event_named_after_the_programme_it_is_about():
    seed = extract_text(
        "Bright Futures Programme showcase\n\n"
        "On 30 April 2031 Fenby Trust hosted the Bright Futures Programme showcase at the Corn "
        "Exchange. The Bright Futures Programme supports young carers across Fenby.\n"
    )
    event = "Bright Futures Programme showcase"
    assert _rels(seed, "ABOUT") == {(event, "Bright Futures Programme", None)}
    assert _rels(seed, "ORGANISED") == {("Fenby Trust", event, None)}


def test_a_headline_event_described_in_lower_case_words():
    seed = extract_text(
        "Community gardening event brings together partners\n\n"
        "More than 100 people attended the event in Kelby on 4 May 2031.\n\n"
        "Speakers included Ruth Amadi and Colm Reilly.\n"
    )
    (event,) = _events(seed)
    assert (event["name"], event.get("date")) == ("Community gardening event", "2031-05-04")
    assert ("Colm Reilly", event["name"], "speaker") in _rels(seed, "PARTICIPATED_IN")
    seed = extract_text(
        "Northshire allotment holders conference 2031\n\n"
        "More than 100 tenants attended the conference on 4 May 2031.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["Northshire allotment holders conference 2031"]


def test_a_name_with_a_capitalised_our_and_a_hyphen_is_kept_whole():
    seed = extract_text(
        "Keep Our Libraries event\n\nOver 70 people came to the event at Kelby Town Hall.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["Keep Our Libraries event"]
    seed = extract_text(
        "All-Wales Allotment Holders Conference\n\n"
        "More than 100 tenants attended the conference on 4 May 2031.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["All-Wales Allotment Holders Conference"]


def test_a_great_event_is_not_named_great_event():
    seed = extract_text(
        "Thank you\n\nThank you to everyone who came to a wonderful event on 4 May 2031.\n"
    )
    assert not any(e["name"].lower().startswith("wonderful") for e in _events(seed))


def test_bodies_that_teamed_up_to_host_an_event_organised_it():
    seed = extract_text(
        "News\n\n"
        "Wexby Council joined forces with the Hale Carers Trust and Age Concern Hale to "
        "organise a roundtable on respite care on 4 May 2031.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Roundtable on respite care"
    assert {who for who, _, _ in _rels(seed, "ORGANISED")} == {
        "Wexby Council",
        "Hale Carers Trust",
        "Age Concern Hale",
    }


def test_to_host_names_no_organiser_of_a_project():
    seed = extract_text(
        "News\n\n"
        "Wexby Council worked with the Hale Carers Trust to run the Respite Breaks programme.\n"
    )
    assert _rels(seed, "ORGANISED") == set()


def test_speakers_who_told_delegates_reflected_outlined_or_shared():
    seed = extract_text(
        "Wexby Carers Summit 2031\n\n"
        "The Wexby Carers Summit 2031 took place on 4 May 2031.\n\n"
        "Dr Amal Reyes, Director of Public Health at Wexby Council, told delegates that carers "
        "needed more support. Tom Hale reflected on the findings of the survey. Lena Ford "
        "outlined the new strategy. Kit Moss shared her experience of caring for her son.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    for who in ("Amal Reyes", "Tom Hale", "Lena Ford", "Kit Moss"):
        assert (who, "Wexby Carers Summit 2031", "speaker") in took_part
    assert not any(who == "Wexby Council" for who, _, _ in took_part)


def test_outlined_on_a_page_with_no_event_is_no_participation():
    seed = extract_text(
        "New strategy for carers\n\n"
        "Lena Ford, Director of Adult Services at Wexby Council, outlined the new strategy.\n"
    )
    assert _rels(seed, "PARTICIPATED_IN") == set()


def test_a_headline_that_is_only_the_summit_names_it():
    seed = extract_text(
        "The Summit\n\n"
        "The summit brought together leaders from health and housing in Bexford on 4 June "
        "2031. It was organised by Bexford Voluntary Action.\n\n"
        "We heard from Asha Mistry and Tom Lyle.\n"
    )
    (event,) = _events(seed)
    assert (event["name"], event.get("date")) == ("The Summit", "2031-06-04")
    assert ("Bexford Voluntary Action", "The Summit", None) in _rels(seed, "ORGANISED")
    assert ("Tom Lyle", "The Summit", "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_our_agm_with_no_organisation_known_is_not_named_agm():
    seed = extract_text("Our AGM\n\nThank you to all who attended our AGM on 12 June 2031.\n")
    assert not any(e["name"] == "AGM" for e in _events(seed))


def test_name_title_org_lines_under_a_speakers_heading():
    seed = extract_text(
        "Wexby Carers Summit 2031\n\n"
        "The Wexby Carers Summit 2031 took place on 4 May 2031.\n\n"
        "Speakers\n\n"
        "Amal Reyes, Director of Public Health, Wexby Council\n\n"
        "Tom Hale, Chief Executive, Carers Link Trust\n\n"
        "Panel\n\n"
        "Lena Ford - Hale Mind\n\n"
        "About us\n\n"
        "Jo Bell, our chair\n"
    )
    event = "Wexby Carers Summit 2031"
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {("Amal Reyes", event, "speaker"), ("Tom Hale", event, "speaker"),
            ("Lena Ford", event, "panellist")} <= took_part  # fmt: skip
    assert not any(who == "Jo Bell" for who, _, _ in took_part)


def test_a_weekly_forum_and_a_new_chairs_board_meeting_are_not_the_pages_event():
    seed = extract_text(
        "Support for carers\n\n"
        "Wexby Carers Trust runs a weekly carers forum at the Hale Centre. The trust also "
        "holds a monthly coffee morning for carers.\n"
    )
    assert _events(seed) == []
    seed = extract_text(
        "New chair for Wexby Hospice\n\n"
        "Wexby Hospice has appointed Jo Bell as its new chair. She will attend her first "
        "board meeting in June.\n"
    )
    assert _events(seed) == []


def test_workshop_bodies_keynote_with_a_title_and_a_capitalised_national_in_the_name():
    seed = extract_text(
        "Volunteering Conference 2031 round-up\n\n"
        "Last Thursday, Fenby CVS welcomed more than 120 volunteer managers to the "
        "Volunteering Conference 2031 at Fenby Town Hall.\n\n"
        "Keynote speaker Dr Leon Marsh from the Institute for Volunteering Studies shared his "
        "research on volunteer wellbeing.\n\n"
        "In the afternoon, delegates took part in workshops led by Fenby Mind and the Fenby "
        "Food Partnership.\n"
    )
    event = "Volunteering Conference 2031"
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert ("Leon Marsh", event, "keynote speaker") in took_part
    assert {("Fenby Mind", event, "participant"),
            ("Fenby Food Partnership", event, "participant")} <= took_part  # fmt: skip
    assert not any(
        who in {"Fenby Mind", "Fenby Food Partnership"} for who, _, _ in _rels(seed, "ORGANISED")
    )
    seed = extract_text(
        "Blog: What I learned at the National Housing Summit\n\n"
        "By Priya Shah, Policy Officer, Tenant Voice\n\n"
        "Last week I attended the National Housing Summit in Kelby, organised by the Housing "
        "Forum.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["National Housing Summit"]
    assert ("Priya Shah", "National Housing Summit", "attendee") in _rels(seed, "PARTICIPATED_IN")


def test_who_welcomed_people_to_the_event_organised_it_and_who_also_attended():
    seed = extract_text(
        "Volunteering Conference 2031 round-up\n\n"
        "Last Thursday, Fenby CVS welcomed more than 120 volunteer managers to the "
        "Volunteering Conference 2031 at Fenby Town Hall.\n\n"
        "Representatives of Kelby Mind and the Kelby Foodbank also attended.\n"
    )
    event = "Volunteering Conference 2031"
    assert ("Fenby CVS", event, None) in _rels(seed, "ORGANISED")
    assert {("Kelby Mind", event, "attendee"), ("Kelby Foodbank", event, "attendee")} <= _rels(
        seed, "PARTICIPATED_IN"
    )


def test_attended_with_no_event_in_view_is_nothing():
    seed = extract_text("New chair\n\nJo Bell, the new chair of Kelby Mind, also attended.\n")
    assert _rels(seed, "PARTICIPATED_IN") == set()


def test_a_panel_chaired_by_one_person_included_others():
    seed = extract_text(
        "Kelby Housing Summit 2031\n\n"
        "The Kelby Housing Summit 2031 took place on 4 May 2031.\n\n"
        "The panel, chaired by Dev Patel of Kelby CVS, included Eve Stone (Kelby Mind) and "
        "Finn Ray (Shelter Kelby).\n"
    )
    event = "Kelby Housing Summit 2031"
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {("Dev Patel", event, "chair"), ("Eve Stone", event, "panellist"),
            ("Finn Ray", event, "panellist")} <= took_part  # fmt: skip
    assert not any(r == ("Dev Patel", event, "panellist") for r in took_part)


def test_an_event_that_focused_on_a_programme_or_showcased_a_toolkit_is_about_it():
    seed = extract_text(
        "Kelby Housing Summit 2031\n\n"
        "The Kelby Housing Summit 2031 took place on 4 May 2031. The summit focused on the "
        "Warm Homes Programme.\n\n"
        "The Kelby Housing Summit 2031 also showcased the Tenant Voice Toolkit.\n"
    )
    about = _rels(seed, "ABOUT")
    assert {("Kelby Housing Summit 2031", "Warm Homes Programme", None),
            ("Kelby Housing Summit 2031", "Tenant Voice Toolkit", None)} <= about  # fmt: skip


def test_a_council_that_discussed_a_programme_is_no_event_about_it():
    seed = extract_text(
        "Council update\n\nKelby Council discussed the Warm Homes Programme on Tuesday.\n"
    )
    assert _rels(seed, "ABOUT") == set()


def test_two_summits_named_in_the_first_sentences_stay_two_events():
    seed = extract_text(
        "Kelby Carers Summit 2031\n\n"
        "The Kelby Carers Summit 2031 heard from young carers. It followed the Dale Carers "
        "Summit 2030 in Thirsk.\n"
    )
    names = {e["name"] for e in _events(seed)}
    assert "Kelby Carers Summit 2031" in names
    assert not any("Dale" in a for e in _events(seed) for a in e.get("aliases", []))


def test_a_concert_is_the_pages_event():
    for text, name in (
        (
            "This year's Northtown Hospice Carol Concert took place on Friday 1 December at "
            "the Westshire Hall.\n\nAda Brook, chief executive, thanked the choir.\n",
            "Northtown Hospice Carol Concert",
        ),
        (
            "Westshire Youth Band held its summer concert in Northtown Park on Saturday.\n\n"
            "Ada Brook conducted the band.\n",
            "Westshire Youth Band summer concert",
        ),
    ):
        assert [e["name"] for e in _events(extract_text(text))] == [name]


def test_a_fair_in_lower_case_after_a_noun_owned_by_a_body():
    # "fair" names an event in lower case when it closes a compound after a noun,
    # and the lower-case nouns between the owner's "'s" and it are the event's words
    seed = extract_text(
        "Volunteers praised by Northtown Provost\n\n"
        "Provost Ada Brook praised volunteers for their work.\n\n"
        "Speaking at Volunteer Northtown’s volunteer recruitment fair on Friday at the "
        "Dalby Arts Centre, she said: “You are the unsung heroes of the area.”\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Volunteer Northtown volunteer recruitment fair"
    assert ("Volunteer Northtown", event["name"], None) in _rels(seed, "ORGANISED")
    seed = extract_text(
        "Jobs on offer in Westshire\n\n"
        "Dozens of employers came to Westshire College’s careers fair on Tuesday.\n\n"
        "Ada Brook of Northtown Mind spoke to students about working for a charity.\n"
    )
    assert [e["name"] for e in _events(seed)] == ["Westshire College careers fair"]


def test_fair_as_an_adjective_is_no_event():
    seed = extract_text(
        "Tenants call for a fair deal\n\n"
        "Tenants of Northtown Homes asked for a fair deal on rents at a meeting with "
        "Ada Brook, chair of the Westshire Tenants Federation.\n"
    )
    assert all("fair" not in e["name"].lower() for e in _events(seed))
