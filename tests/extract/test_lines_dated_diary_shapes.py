"""Dated diary and listing lines of other shapes than "- date – event": the event
first and its date after a dash or colon, a bulleted item's date then a comma, a
month alone then a colon, and lines with no bullet in a run of such lines. A label
("Deadline: 4 April"), a body's or place's name before the date, a diary of what was
done ("Hosted a ...") and a lone date line name no event."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs

_TITLE_FIRST = (
    "Fenby Growers - summer newsletter 2027\n\n"
    "Thanks to everyone who helped at the garden this spring.\n\n"
    "Coming up\n"
    "- AGM: Thursday 12 August, 7pm, Kelby Tern Hall\n"
    "- Seed swap – Saturday 4 September, Fenby Library\n"
    "- Bat walk: October, date tbc\n"
)


def test_an_event_before_its_date_is_named_dated_and_placed():
    graph = extract_text(_TITLE_FIRST)
    found = {(e["name"], e.get("date")) for e in events(graph)}
    assert {("AGM", "2027-08-12"), ("Seed swap", "2027-09-04")} <= found
    assert "Bat walk" in {name for name, _ in found}
    located = pairs(graph, "LOCATED_IN")
    assert ("AGM", "Kelby Tern Hall") in located
    assert ("Seed swap", "Fenby Library") in located


_COMMA_AND_MONTH = (
    "Kelby Twinning Association - our year 2027\n\n"
    "We had a busy year and thank all our members.\n\n"
    "Plans\n"
    "- 20 June, Summer picnic, Fenby Castle Park\n"
    "- May: Spring quiz, Tern Rooms\n"
)


def test_a_date_then_a_comma_or_a_month_alone_opens_an_item():
    graph = extract_text(_COMMA_AND_MONTH)
    names = {e["name"] for e in events(graph)}
    assert {"Summer picnic", "Spring quiz"} <= names
    assert ("Summer picnic", "Fenby Castle Park") in pairs(graph, "LOCATED_IN")


_UNBULLETED = (
    "Kelby Parish News - Autumn 2027\n\n"
    "Our bells will ring again this autumn.\n\n"
    "Diary\n"
    "Sat 9 Oct - Harvest supper, Fenby Church Hall\n"
    "Sat 27 Nov - Christmas fair in aid of Kelby Hospice, Tern Rooms\n"
)


def test_a_run_of_dated_lines_with_no_bullet_is_a_diary():
    graph = extract_text(_UNBULLETED)
    names = {e["name"] for e in events(graph)}
    assert {"Harvest supper", "Christmas fair"} <= names
    assert ("Harvest supper", "Fenby Church Hall") in pairs(graph, "LOCATED_IN")


def test_labels_bodies_and_deeds_before_a_date_name_no_event():
    graph = extract_text(
        "Kelby Community Fund - round 4\n\n"
        "The fund gives small grants to groups in Kelby.\n\n"
        "Key dates\n"
        "- Deadline: Friday 3 March, 5pm\n"
        "- Kelby Library: Saturday 9 August, 10.30am\n"
        "- Fenby Forum: 4 May, Tern Rooms\n\n"
        "My diary\n"
        "4 July - Hosted a roundtable with Fenby Youth Network\n"
        "9 July - Met Ada Foss of Kelby Trust\n"
    )
    names = {e["name"] for e in events(graph)}
    assert not names & {
        "Deadline",
        "Kelby Library",
        "Fenby Forum",
        "Hosted a roundtable",
        "Met Ada Foss",
    }


def test_one_dated_line_with_no_bullet_is_no_diary():
    graph = extract_text(
        "Kelby Tenants' Association\n\n"
        "12 March: Council approves the new play area for the estate\n\n"
        "The council agreed the plans after a long campaign by residents.\n"
    )
    assert not [e for e in events(graph) if e["name"].startswith("Council")]
