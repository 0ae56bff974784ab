"""A programme's lines on an event page: "10:00 Welcome - A, Foo Trust",
"Chair: A", "Keynote speaker: B (Bar University)": who took part, as what, and
whom they work for. Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs
from tests.extract.reading import with_roles as _rels

_EVENT = "Fenmoor Young Carers Forum 2031"
_PAGE = f"{_EVENT}\n\nThe {_EVENT} took place on 9 June 2031 at Fenmoor Library.\n\n"


def test_timed_programme_lines_name_speakers_and_their_bodies():
    seed = extract_text(
        _PAGE + "Programme\n"
        "09:30 Registration and coffee\n"
        "10:00 Welcome – Anna Okafor, Fenmoor Carers Trust\n"
        "10.15am - 11am Keynote: Peter Varga, Marsh Vale Council\n"
        "11:15 Panel discussion - Helen Moss, Tom Black and Sara Wood\n",
        path="page.txt",
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert {
        ("Anna Okafor", _EVENT, "speaker"),
        ("Peter Varga", _EVENT, "keynote speaker"),
        ("Helen Moss", _EVENT, "panellist"),
        ("Tom Black", _EVENT, "panellist"),
        ("Sara Wood", _EVENT, "panellist"),
    } <= took_part
    assert {("Anna Okafor", "Fenmoor Carers Trust"), ("Peter Varga", "Marsh Vale Council")} <= (
        pairs(seed, "WORKS_FOR")
    )


def test_labelled_lines_with_a_colon():
    seed = extract_text(
        _PAGE + "Chair: Anna Okafor (Fenmoor Carers Trust)\n"
        "Host: Peter Varga\n"
        "Workshop - Fenmoor Credit Union\n",
        path="page.txt",
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert ("Anna Okafor", _EVENT, "chair") in took_part
    assert ("Peter Varga", _EVENT, "chair") in took_part
    assert ("Fenmoor Credit Union", _EVENT, "workshop leader") in took_part


def test_a_line_whose_label_is_not_a_part_of_the_programme_names_no_role():
    seed = extract_text(
        _PAGE + "Contact: Anna Okafor, Fenmoor Carers Trust\nPhoto: Peter Varga\n",
        path="page.txt",
    )
    took_part = {who for who, _, _ in _rels(seed, "PARTICIPATED_IN")}
    assert not took_part & {"Anna Okafor", "Peter Varga"}


def test_labelled_lines_on_a_page_about_no_event_take_no_part():
    seed = extract_text(
        "Fenmoor Carers Trust: who we are\n\n"
        "Fenmoor Carers Trust supports young carers in Fenmoor.\n\n"
        "Chair: Anna Okafor\nHost families: Peter Varga\n",
        path="page.txt",
    )
    assert not _rels(seed, "PARTICIPATED_IN")
