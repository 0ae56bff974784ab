"""The items of a programme under a heading that names its sessions ("Keynote
presentations", "Breakout workshops", "Programme"): who led each session took
part in the page's own event, with the role the heading gives; and a session
named with no event ("a workshop, chaired by A") is a part of the page's own
event, even after another event's name. Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import ruled
from tests.extract.reading import with_roles as _rels

_EVENT = "Northtown Carers Summit 2031"
_PAGE = (
    f"{_EVENT}\n\nThe {_EVENT} took place on 4 May 2031 at Northtown Library. "
    "It was organised by Northtown CVS.\n\n"
)


def _took_part(text: str, page: str = _PAGE) -> set[tuple[str, str, str | None]]:
    return _rels(ruled(extract_text(page + text, path="page.txt")), "PARTICIPATED_IN")


def _at_the_event(took_part: set[tuple[str, str, str | None]]) -> dict[str, str | None]:
    """Who took part in the page's event, and as what."""
    return {who: role for who, event, role in took_part if event == _EVENT}


def test_a_session_title_then_the_people_who_led_it_under_a_heading_of_sessions():
    for heading, items, role in (
        (
            "Keynote presentations",
            "- Caring in later life: Ada Brook, Chief Executive, Northtown CVS\n"
            "- Young carers and schools: Tom Black, Director, Westshire Carers Trust\n",
            "keynote speaker",
        ),
        (
            "Breakout workshops",
            "- Money advice for carers – Ada Brook (Westshire Council)\n"
            "- Digital inclusion – Tom Black (Eastvale Housing)\n",
            "workshop leader",
        ),
        (
            "Panel",
            "- Ada Brook, Chief Executive, Northtown CVS\n"
            "- Tom Black, Director, Eastvale Housing\n",
            "panellist",
        ),
    ):
        took_part = _at_the_event(_took_part(heading + "\n\n" + items))
        assert took_part == {"Ada Brook": role, "Tom Black": role}, heading


def test_a_timed_item_names_its_leader_and_keeps_the_post_at_the_pages_body():
    seed = extract_text(
        _PAGE + "Programme\n\n"
        "- 10:00 Caring at home – Ada Brook, Project Officer\n"
        "- 11:00 Co-op funerals and bereavement – Tom Black, Chair\n",
        path="page.txt",
    )
    took_part = _at_the_event(_rels(seed, "PARTICIPATED_IN"))
    assert took_part == {"Ada Brook": "speaker", "Tom Black": "speaker"}
    posts = _rels(seed, "WORKS_FOR") | _rels(seed, "MEMBER_OF")
    assert {
        ("Ada Brook", "Northtown CVS", "Project Officer"),
        ("Tom Black", "Northtown CVS", "Chair"),
    } <= posts


def test_a_judging_panel_names_judges_not_panellists():
    for heading in ("Judging panel", "The judges"):
        took_part = _at_the_event(
            _took_part(
                heading + "\n\n- Ada Brook, Chief Executive, Northtown CVS\n"
                "- Tom Black, Director, Eastvale Housing\n"
            )
        )
        assert took_part == {"Ada Brook": "judge", "Tom Black": "judge"}, heading


def test_an_item_that_tells_what_the_person_did_names_a_speaker():
    took_part = _at_the_event(
        _took_part(
            "Speakers\n\n"
            "- Ada Brook, Director, Foo Trust gave a talk on carers' rights.\n"
            "- Tom Black, Chief Executive of Westshire Council, explained how the council "
            "supports carers.\n"
        )
    )
    assert took_part == {"Ada Brook": "speaker", "Tom Black": "speaker"}


def test_lines_with_no_bullet_under_a_heading_of_sessions():
    took_part = _at_the_event(
        _took_part(
            "Breakout workshops\n\n"
            "Money advice for carers – Ada Brook (Westshire Council)\n\n"
            "Digital inclusion – Tom Black (Eastvale Housing)\n"
        )
    )
    assert took_part == {"Ada Brook": "workshop leader", "Tom Black": "workshop leader"}


def test_people_of_an_item_that_names_another_event_go_to_the_pages_event():
    took_part = _took_part(
        "Keynote presentations\n\n"
        "- Lessons from the Westshire Carers Festival 2030: Ada Brook, Chief Executive, "
        "Northtown CVS\n"
        "- The Eastvale Carers Conference 2030 – Tom Black (Westshire Council)\n"
    )
    assert _at_the_event(took_part) == {
        "Ada Brook": "keynote speaker",
        "Tom Black": "keynote speaker",
    }
    assert {who for who, event, _ in took_part if event != _EVENT} == set()


def test_lists_of_partners_grantees_or_winners_are_no_programme():
    for text in (
        "Our partners\n\n- Ada Brook, Northtown CVS\n- Tom Black, Eastvale Housing\n",
        "Grants awarded\n\n- Northtown Food Bank: £5,000\n- Eastvale Youth Club: £2,000\n",
    ):
        took_part = _at_the_event(_took_part(text))
        assert not set(took_part) & {"Ada Brook", "Tom Black", "Northtown Food Bank"}, text
    # an award list's winners took part as winners (rules/award_list_lines.py), never
    # with a session's role
    took_part = _at_the_event(
        _took_part(
            "Award winners\n\n- Volunteer of the Year: Ada Brook, Northtown CVS\n"
            "- Young Carer of the Year: Tom Black\n"
        )
    )
    assert took_part == {"Ada Brook": "participant", "Tom Black": "participant"}


def test_a_programme_on_a_page_about_no_event_names_no_one_taking_part():
    page = "Northtown CVS annual review\n\nNorthtown CVS supports 300 local groups.\n\n"
    took_part = _took_part(
        "Workshops\n\n- Money advice – Ada Brook (Westshire Council)\n"
        "- Digital inclusion – Tom Black (Eastvale Housing)\n",
        page=page,
    )
    assert not {who for who, _, _ in took_part} & {"Ada Brook", "Tom Black"}


def test_a_workshop_named_with_no_event_is_a_part_of_the_pages_event():
    for text, who, role in (
        (
            "The morning opened with a film about the Westshire Carers Festival 2030. "
            "Following this a workshop, chaired by Ada Brook of Westshire Tenants Network, "
            "allowed delegates to discuss the issues.\n",
            "Ada Brook",
            "chair",
        ),
        (
            "The morning opened with the Eastvale Carers Conference 2030 film. "
            "Workshops were led by Tom Black.\n",
            "Tom Black",
            "speaker",
        ),
    ):
        took_part = _took_part(text)
        assert (who, _EVENT, role) in took_part, text
        assert {w for w, event, _ in took_part if event != _EVENT} == set(), text


def test_each_heading_gives_the_role_of_the_items_under_it_not_of_the_list_before():
    took_part = _at_the_event(
        _took_part(
            "Keynote presentations\n"
            "- Caring in later life: Ada Brook, Chief Executive, Northtown CVS\n"
            "Breakout workshops\n"
            "- Money advice for carers: Tom Black, Director, Westshire Carers Trust\n"
        )
    )
    assert took_part == {"Ada Brook": "keynote speaker", "Tom Black": "workshop leader"}
