"""A body's yearly sitting goes by every form the page gives it: the year the page
writes after it ("Our AGM 2031: a look back"), and the name with its kind written
the page's other way ("Foo Association - AGM" over "Our Annual General Meeting
was held ...") (page_event/sitting_forms.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _names(seed: dict) -> set[str]:
    return {n for e in events(seed) for n in (e["name"], *e.get("aliases", []))}


def test_the_year_after_agm_in_the_headline_dates_the_meeting_s_name():
    seed = extract_text(
        "Our AGM 2031: a look back and a look ahead\n\n"
        "Thank you to everyone who came to the Lantern Room at Kelby Community Centre on"
        " 26 November for our Annual General Meeting. It was our best-attended AGM in years.\n"
    )
    assert {"Annual General Meeting 2031", "AGM 2031"} <= _names(seed)


def test_a_body_s_agm_with_the_year_the_page_gives_it():
    seed = extract_text(
        "AGM 2031 – report and new committee\n\n"
        "Thank you to everyone who came along to the Kelby Dale Community Association AGM"
        " on Wednesday 19 March in the Scout Hut.\n"
    )
    assert "Kelby Dale Community Association AGM 2031" in _names(seed)


def test_a_headline_s_agm_is_the_body_s_annual_general_meeting_in_full():
    seed = extract_text(
        "Fenby Hill Community Association - AGM report\n\n"
        "Our Annual General Meeting was held on Thursday 25 September at Fenby Hill"
        " Community Centre, with 47 members present.\n"
    )
    assert "Fenby Hill Community Association Annual General Meeting" in _names(seed)


def test_no_year_is_added_where_the_page_gives_none():
    seed = extract_text(
        "Fenby Hill Community Association - AGM report\n\n"
        "Our Annual General Meeting was held on Thursday 25 September at Fenby Hill"
        " Community Centre. Membership grew by 12 in 2030.\n"
    )
    assert not any(n.endswith("2030") for n in _names(seed))
