"""Programme lines whose title is the session's own: "11.20 "Who cares for the
carers?" - Dr Ada Foss, Kelby University", "- Budgets that work - led by Jo
Tern, Fenby Credit Union": who took part in the page's event. Every name below
is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles as _rels

_EVENT = "Kelby Carers Summit 2032"
_PAGE = f"{_EVENT}\n\nThe {_EVENT} took place on 4 March 2032 at Kelby Corn Exchange.\n\n"


def _took_part(text: str) -> set[tuple[str, str, str]]:
    seed = extract_text(_PAGE + text, path="page.txt")
    return {(who, to, role) for who, to, role in _rels(seed, "PARTICIPATED_IN")}


def test_timed_lines_with_a_title_of_their_own_name_speakers():
    took_part = _took_part(
        "Running order\n"
        "09.15 Doors open\n"
        '10.05 "Who cares for the carers?" - Dr Ada Foss, Kelby University\n'
        "10.40 Growing food on the estate – Cllr Ravi Dane, Fenby Borough Council\n"
        "15.30 Close – Mina Hart, Programme Lead, Heron Trust\n"
    )
    assert {
        ("Ada Foss", _EVENT, "speaker"),
        ("Ravi Dane", _EVENT, "speaker"),
        ("Mina Hart", _EVENT, "speaker"),
    } <= took_part


def test_listed_sessions_led_by_people_and_bodies():
    took_part = _took_part(
        "11:00 Breakout sessions (pick one)\n"
        "- Budgets that work - led by Jo Tern, Finance Officer, Fenby Credit Union\n"
        "- Talking to the council - led by Omar Pike, Osprey Advice Centre\n"
        "- Warm rooms all winter - led by the Lark Warm Spaces Network\n"
    )
    assert {
        ("Jo Tern", _EVENT, "speaker"),
        ("Omar Pike", _EVENT, "speaker"),
        ("Lark Warm Spaces Network", _EVENT, "speaker"),
    } <= took_part


def test_a_cue_giving_its_own_role_and_a_label_word_in_the_title():
    took_part = _took_part(
        "14.00 What next for respite care? Chaired by Bea Lowe, Kelby CVS\n"
        '14.45 Panel: "Paying for care" - Sam Orme, Heron Trust\n'
    )
    assert ("Bea Lowe", _EVENT, "chair") in took_part
    assert ("Sam Orme", _EVENT, "panellist") in took_part


def test_lines_that_say_no_part_or_read_as_prose_give_none():
    took_part = _took_part(
        "19.00 Apologies – Dee Marsh, Fenby Library\n"
        "10.30 Tickets – Lou Brent, Osprey Advice Centre\n"
        "The new garden – planted last spring – was dug by Cal Reed and friends.\n"
        "3. Youth club – the Tern Street club has reopened, run by Kai Moss of Fenby Youth.\n"
    )
    people = {who for who, _, _ in took_part}
    assert not people & {"Dee Marsh", "Lou Brent", "Cal Reed", "Kai Moss"}


def test_timed_lines_on_a_page_about_no_event_take_no_part():
    seed = extract_text(
        "Kelby Trust opening hours\n\nKelby Trust runs advice sessions in Fenby.\n\n"
        "10.00 Advice drop-in – Ada Foss, Kelby Trust\n",
        path="page.txt",
    )
    assert not {who for who, _, _ in _rels(seed, "PARTICIPATED_IN")} & {"Ada Foss"}


def test_opening_the_day_names_a_speaker_past_a_title_before_the_name():
    took_part = _took_part(
        "Opening the day, forum chair Ada Foss said carers were tired of waiting.\n\n"
        "Opening the summit, Council Leader Cllr Ravi Dane announced a new fund.\n\n"
        "Closing the day, network lead Jo Tern thanked the volunteers.\n"
    )
    assert {
        ("Ada Foss", _EVENT, "speaker"),
        ("Ravi Dane", _EVENT, "speaker"),
        ("Jo Tern", _EVENT, "speaker"),
    } <= took_part


def test_opening_a_door_or_the_day_on_a_page_about_no_event_names_no_speaker():
    seed = extract_text(
        "Kelby Trust news\n\nKelby Trust runs advice sessions in Fenby.\n\n"
        "Opening the day, adviser Ada Foss said the queue was long.\n",
        path="page.txt",
    )
    assert not {who for who, _, _ in _rels(seed, "PARTICIPATED_IN")} & {"Ada Foss"}
