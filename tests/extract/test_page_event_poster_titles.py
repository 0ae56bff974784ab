"""A poster's or programme's headline with no event noun names the page's event:
"FENBY FEST 2031" over the line that dates it, or over a subtitle telling what kind
of occasion it is ("The county food summit"); not a body's name over a meeting's
date, nor a news headline."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events


def _names(seed) -> set[str]:
    return {n for e in _events(seed) for n in [e["name"], *(e.get("aliases") or [])]}


def test_a_headline_with_its_year_over_a_date_line_names_the_event():
    seed = extract_text(
        "KELBY LANTERNS 2031\n"
        "Friday 31 July – Sunday 2 August\n\n"
        "Presented by Kelby Arts with Fenby Town Council. Three days of music, circus and "
        "lanterns on the beach, with performers from across the county.\n"
    )
    assert "Kelby Lanterns 2031" in _names(seed)


def test_a_programme_label_after_a_dash_is_left_off():
    seed = extract_text(
        "FENBY PRIDE 2031 – WHAT'S ON\n"
        "Saturday 15 August · Dale Gardens, Fenby · Free\n\n"
        "The march sets off from the Corn Exchange at 11am, led by Jo Tern and the "
        "Fenby Samba Band.\n"
    )
    assert "Fenby Pride 2031" in _names(seed)
    assert not any("What's On" in n for n in _names(seed))


def test_a_subtitle_saying_what_kind_of_occasion_keeps_the_headline_as_its_name():
    seed = extract_text(
        "FEEDING KELBY 2031\n"
        "The county food summit\n\n"
        "Friday 5 March 2031, Dale Academy, Fenby\n\n"
        "Convened by the Kelby Food Partnership. Ada Foss, coordinator of the Kelby Food "
        "Partnership, will open the summit.\n"
    )
    assert "Feeding Kelby 2031" in _names(seed)
    assert "The county food summit" in _names(seed)


def test_a_bodys_name_over_a_meetings_date_is_no_events_name():
    seed = extract_text(
        "KELBY FOOD PARTNERSHIP\n"
        "Thursday 9 January 2031, 2pm, Committee Room 2, Fenby Town Hall\n\n"
        "Present: Jo Tern (chair), Ada Foss, Ola Brisk.\n"
        "1. Apologies were received from Ben Dale.\n"
    )
    assert "Kelby Food Partnership" not in _names(seed)


def test_a_news_headline_over_its_date_names_no_event():
    seed = extract_text(
        "Kelby charity appoints new chair\n"
        "Thursday 30 October 2031\n\n"
        "The Kelby Youth Trust has appointed Jo Tern as its new chair, replacing Ada Foss.\n"
    )
    assert not any("appoints" in n for n in _names(seed))


def test_a_plan_with_its_year_over_a_date_is_no_event():
    seed = extract_text(
        "KELBY NEIGHBOURHOOD PLAN 2031\n"
        "Saturday 18 April · Fenby Methodist Church\n\n"
        "Come and tell us what you think of the draft plan. Jo Tern will be there to answer "
        "questions.\n"
    )
    assert "Kelby Neighbourhood Plan 2031" not in _names(seed)
