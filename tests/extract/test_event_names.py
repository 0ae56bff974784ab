"""How the page's event is named when the page names it more than one way or not
at all: a qualifier before its name ("Inaugural", "the first") is the same event;
an untitled meeting under a heading that greets someone is not named after the
greeting, and one under a body's name with a month is named "<body> meeting
<month year>". All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events
from tests.extract.reading import with_roles as rels


def test_an_inaugural_summit_in_the_headline_is_the_summit_the_body_names():
    seed = extract_text(
        "Inaugural Kelby Carers Summit Ignites a Passion for Caring\n\n"
        "The Kelby Carers Summit, held on 4 May at the Grange Hotel, brought together "
        "carers and charities from across the county. Speakers included Jo Lane of Kelby "
        "Carers Trust.\n"
    )
    (event,) = events(seed)
    assert event["name"] == "Kelby Carers Summit"
    assert "Inaugural Kelby Carers Summit" in event["aliases"]
    assert ("Jo Lane", "Kelby Carers Summit", "speaker") in rels(seed, "PARTICIPATED_IN")


def test_the_first_forum_in_a_headline_is_no_body_beside_the_forum():
    seed = extract_text(
        "First Northdale Youth Forum Hears From Young Leaders\n\n"
        "Over 80 young people attended the Northdale Youth Forum on Saturday at the "
        "Guildhall.\n"
    )
    (event,) = events(seed)
    assert event["name"] == "Northdale Youth Forum"
    names = {e["name"] for e in seed["entities"]}
    assert "First Northdale Youth Forum" not in names


def test_the_latest_conference_named_later_in_the_page_is_the_same_event():
    seed = extract_text(
        "Volunteers celebrated\n\n"
        "The Westmoor Volunteering Conference took place on 3 June in Kelby. Our latest "
        "Westmoor Volunteering Conference was opened by Sam Roy of Foo Trust.\n"
    )
    (event,) = events(seed)
    assert event["name"] == "Westmoor Volunteering Conference"


def test_a_named_event_with_a_kept_word_before_it_stays_apart():
    # "Annual" is part of a name ("the Annual Foo Lecture"), not a qualifier to drop
    seed = extract_text(
        "Lecture season opens\n\n"
        "The Kelby Lecture took place on 3 June. Next month the Annual Kelby Lecture "
        "Series begins at the Guildhall.\n"
    )
    aliases = {a for e in events(seed) for a in e.get("aliases") or ()}
    assert "Annual Kelby Lecture Series" not in aliases


def test_a_meeting_under_a_greeting_is_not_named_after_the_greeting():
    for greeting in (
        "Happy Birthday Commissioner Hart",
        "Congratulations to Ann Bell",
        "Farewell, Sam!",
    ):
        seed = extract_text(
            f"{greeting}\n\n"
            "Kelby Safer Streets Board March 2031\n\n"
            "This meeting heard from Ann Bell of Kelby Victim Care about support for victims "
            "of crime.\n"
        )
        names = {e["name"] for e in events(seed)}
        assert names == {"Kelby Safer Streets Board meeting March 2031"}, greeting


def test_a_meeting_under_a_body_and_month_is_named_with_the_month_after_the_noun():
    seed = extract_text(
        "Happy new year from the team\n\n"
        "Kelby Safer Streets Board, March 2031\n\n"
        "The meeting heard from Ann Bell of Kelby Victim Care about support for victims "
        "of crime. It was chaired by Tom Hart.\n"
    )
    (event,) = events(seed)
    assert event["name"] == "Kelby Safer Streets Board meeting March 2031"
    assert event.get("date") == "2031-03"
    assert "Kelby Safer Streets Board, March 2031" in event["aliases"]


def _names(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"]}


def test_an_event_quoted_before_its_noun_is_named_by_the_quoted_words_not_the_address():
    # the address is cut at "our": "libraries open event" is no name of its own
    seed = extract_text(
        "A day of hope\n\n"
        "Over 60 residents came together at the lively ‘Keep Our Libraries Open’ event on "
        "Saturday, hosted by Kelby Friends of Libraries.\n\n"
        "The event heard from Jo Lane, chair of Kelby Reading Trust.\n",
        meta={
            "url": "https://kelbyvoice.org.uk/news/residents-rally-at-keep-our-libraries-open-event"
        },
    )
    (event,) = events(seed)
    assert event["name"] == "Keep Our Libraries Open"
    assert any(a.endswith("event") for a in event["aliases"])
    assert ("Jo Lane", "Keep Our Libraries Open", "speaker") in rels(seed, "PARTICIPATED_IN")


def test_a_quoted_event_name_with_no_address_is_not_its_own_organiser():
    seed = extract_text(
        "A day of hope\n\n"
        "Over 60 residents came together at the lively ‘Keep Our Libraries Open’ event on "
        "Saturday, hosted by Kelby Friends of Libraries.\n"
    )
    (event,) = events(seed)
    assert event["name"] == "Keep Our Libraries Open"
    assert ("Kelby Friends of Libraries", "Keep Our Libraries Open", None) in rels(
        seed, "ORGANISED"
    )


def test_a_workshop_called_a_quoted_name_is_that_event_not_a_body_nor_the_headline():
    seed = extract_text(
        "Looking back\n\n"
        'Last week we held a workshop called "Growing Together" for local growers at the '
        "Kelby Allotment Society. The workshop was led by Ann Bell.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Growing Together"]
    assert ("Organisation", "Growing Together") not in {
        (e["type"], e["name"]) for e in seed["entities"]
    }


def test_a_possessive_before_an_event_noun_is_no_quotation():
    seed = extract_text(
        "News from the network\n\n"
        "Members of the Tenants’ Panel met at the Tenants’ Conference in Kelby on 4 May, "
        "where Jo Lane spoke.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Tenants’ Conference"]


def test_a_quoted_title_before_a_plural_noun_names_no_event():
    seed = extract_text(
        "Summer programme\n\n"
        "Our ‘Healthy Minds’ workshops run every Tuesday at the Kelby Hub, led by Ann Bell.\n"
    )
    assert events(seed) == []


def test_spans_of_time_are_no_events_however_capitalised():
    seed = extract_text(
        "Kelby Trust news\n\n"
        "Jo Lane said the Festival Season is a busy time for volunteers. The Christmas "
        "Period saw 300 food parcels go out from Kelby Food Bank, and over the Easter "
        "Holidays Ann Bell ran craft sessions.\n"
    )
    assert events(seed) == []
    names = _names(seed)
    assert {"Festival Season", "Christmas Period", "Easter Holidays"}.isdisjoint(names)


def test_an_untitled_event_is_named_after_its_host_with_its_venue_between():
    for text, name in (
        (
            "Last week we attended a reception in Parliament hosted by the Kelby Carers Alliance.",
            "Kelby Carers Alliance reception",
        ),
        (
            "We went to a dinner at the Guildhall, hosted by Foo Trust, on Friday.",
            "Foo Trust dinner",
        ),
        (
            "Ann Bell attended a roundtable in Kelby organised by the Kelby Food Partnership "
            "on Monday.",
            "Kelby Food Partnership roundtable",
        ),
    ):
        seed = extract_text(f"Out and about\n\n{text}\n")
        assert [e["name"] for e in events(seed)] == [name]
        host = name.rsplit(" ", 1)[0]
        assert (host, name, None) in rels(seed, "ORGANISED")


def test_an_event_to_come_in_a_diary_is_not_named_after_the_pages_title():
    seed = extract_text(
        "Dates for your diary\n\n"
        "Sam Roy runs the Summer Camp at Kelby Park in August. The Annual General Meeting "
        "will be held in October.\n"
    )
    assert not any(e["name"].startswith("Dates for your diary") for e in events(seed))


def test_the_pages_own_open_day_is_still_named_after_its_host():
    seed = extract_text(
        "Doors open\n\n"
        "Kelby Hospice held an open day on Saturday 4 May. Over 200 visitors came to the "
        "Open Day, where Ann Bell of Kelby Hospice gave tours.\n"
    )
    (event,) = events(seed)
    assert event["name"] == "Kelby Hospice open day"
    assert ("Kelby Hospice", event["name"], None) in rels(seed, "ORGANISED")


def test_an_untitled_event_still_to_come_is_not_named_after_the_title():
    for sentence in (
        "The workshop will be held at Kelby Library on 3 June, led by Ann Bell.",
        "Our next workshop is on 3 June at Kelby Library, led by Ann Bell.",
        "The forthcoming workshop takes place at Kelby Library on 3 June.",
    ):
        seed = extract_text(f"Rethinking Rural Transport\n\n{sentence}\n")
        assert events(seed) == [], sentence


def test_an_untitled_event_that_took_place_is_named_after_the_title():
    seed = extract_text(
        "Rethinking Rural Transport\n\n"
        "The workshop brought together 30 councillors and bus operators at Kelby Library "
        "on 3 June.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Rethinking Rural Transport workshop"]


def test_an_owned_event_keeps_whom_it_is_for_in_its_name():
    for body in (
        "More than 150 tenants came to the Grange Hotel in Kelby on Saturday for Foo "
        "Housing's annual tenants' conference. Speakers included Jo Lane, chief executive "
        "of Foo Housing.",
        "Foo Housing hosted its annual tenants' conference at the Grange Hotel, Kelby, on "
        "4 May 2031. Jo Lane, chief executive of Foo Housing, spoke first.",
    ):
        seed = extract_text(f"Tenants gather for annual conference\n\n{body}\n")
        (event,) = events(seed)
        assert event["name"] == "Foo Housing annual tenants' conference"
        assert ("Foo Housing", event["name"], None) in rels(seed, "ORGANISED")
        assert ("Jo Lane", event["name"], "speaker") in rels(seed, "PARTICIPATED_IN")


def test_a_year_before_an_events_name_is_also_read_after_it():
    seed = extract_text(
        "Tenants gather\n\n"
        "The 2031 Foo Housing Tenants Conference took place at the Grange Hotel, Kelby, on "
        "4 May.\n"
    )
    (event,) = events(seed)
    assert "Foo Housing Tenants Conference 2031" in [event["name"], *event["aliases"]]


def test_a_vague_event_the_page_also_calls_a_bodys_event_is_named_after_it():
    seed = extract_text(
        "Councillors should listen to young people\n\n"
        "Kelby Youth Trust challenges candidates at youth-led event in Dalby.\n\n"
        "Participants at the KYT event sitting in the Grange Room as Jane Doe speaks\n\n"
        "Nearly 40 young people questioned a panel of candidates: Ada Brook (Labour) and "
        "Sam Roy (Green Party). The event was chaired by Jane Doe.\n"
    )
    (event,) = events(seed)
    assert event["name"] == "KYT youth-led event"
    assert {"KYT event", "Youth-led event"} <= set(event["aliases"])
    assert ("Jane Doe", "KYT youth-led event", "chair") in rels(seed, "PARTICIPATED_IN")


def test_a_vague_event_stays_apart_from_a_named_festival_of_another_kind():
    seed = extract_text(
        "Young people have their say\n\n"
        "Kelby Youth Trust held a youth-led event in Dalby on Tuesday.\n\n"
        "Many had also been to the Kelby Summer Festival in July.\n"
    )
    names = [e["name"] for e in events(seed)]
    assert "Kelby Summer Festival youth-led event" not in names, names
