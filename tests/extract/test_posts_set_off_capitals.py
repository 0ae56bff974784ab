"""A post in capitals set off by commas between its holder and its body ("Jo Tern (JT),
Station Manager, Kelby Fire and Rescue Service"): the words are the post, held at the
body after them, not a body's name ("Station"); a body's name before a post, or a post
with no body after it, keeps its reading. And "the council" is a body whose name ends
with the word before one where it opens a field ("Fenby Council for Voluntary Service")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _read(text: str) -> tuple[set[str], set[tuple[str, str, str | None]]]:
    seed = extract_text(text + "\n", path="page.txt")
    return {e["name"] for e in seed["entities"]}, set(with_roles(seed, "WORKS_FOR"))


def test_minutes_lines_with_a_post_in_capitals_between_name_and_body():
    names, works = _read(
        "Minutes of the Kelby Safety Forum, 4 March\n\n"
        "Present:\n"
        "Jo Tern (JT), Station Manager, Kelby Fire and Rescue Service\n"
        "Ada Foss (AF), Link Worker Lead, Fenby Primary Care Network\n"
        "Ola Brisk, Older People's Lead, Kelby Community Health Trust\n"
    )
    assert ("Jo Tern", "Kelby Fire and Rescue Service", "Station Manager") in works
    assert ("Ada Foss", "Fenby Primary Care Network", "Link Worker Lead") in works
    assert ("Ola Brisk", "Kelby Community Health Trust", "Older People's Lead") in works
    assert not {"Station", "Link"} & names


def test_a_contact_line_in_running_text():
    _, works = _read(
        "Kelby Talks\n\nFor a place on the course, contact Ada Foss, Family Learning "
        "Manager, Fenby Adult College, by the end of May."
    )
    assert ("Ada Foss", "Fenby Adult College", "Family Learning Manager") in works


def test_a_bodys_name_before_a_post_keeps_its_reading():
    names, works = _read(
        "Kelby News\n\nAda Foss, Fenby Housing Trust Lead, said the new homes would open in May."
    )
    assert "Fenby Housing Trust" in names
    assert not any(role and "Housing Trust" in role for _, _, role in works)


def test_a_post_with_no_body_after_it_is_no_appositive():
    _, works = _read(
        "Kelby News\n\nAda Foss, Project Manager, and Jo Tern opened the garden on Friday."
    )
    assert not [w for w in works if w[0] == "Ada Foss"]


def test_the_council_is_the_council_not_a_council_for_a_field():
    _, works = _read(
        "Kelby News\n\nKelby Borough Council has signed a compact with Fenby Council for "
        "Voluntary Service. The council's chief executive, Jo Tern, said it was overdue."
    )
    assert ("Jo Tern", "Kelby Borough Council", "Chief Executive") in works
    assert not [w for w in works if w[1] == "Fenby Council for Voluntary Service"]


def test_a_list_going_on_after_a_name_is_no_post():
    _, works = _read(
        "Kelby Almshouses\n\nThe trustees are supported by our Clerk to the Trustees, Jo Tern, "
        "and Scheme Manager, Ada Foss."
    )
    assert not any(role and role.lower().startswith("and") for _, _, role in works)


def test_a_post_in_capitals_before_the_name_and_the_body_set_off_after_it():
    names, works = _read(
        "Minutes of the Kelby Safety Forum\n\n"
        "Present:\n"
        "Station Manager Jo Tern (JT), Kelby Fire and Rescue Service\n"
        "Apologies: Chief Superintendent Ola Brisk, Kelby Police\n\n"
        "Guest speaker: Inspector Tam Rigg, Fenby Police, on scams.\n"
    )
    assert ("Jo Tern", "Kelby Fire and Rescue Service", "Station Manager") in works
    assert ("Ola Brisk", "Kelby Police", "Chief Superintendent") in works
    assert ("Tam Rigg", "Fenby Police", "Inspector") in works
    assert {"Jo Tern", "Ola Brisk"} <= names
    assert "Station" not in names


def test_a_body_named_before_a_post_before_a_name_keeps_its_reading():
    names, works = _read(
        "Kelby News\n\nThanks to Fenby Library Manager Jo Tern, Kelby Reading Group, for the talk."
    )
    assert "Jo Tern" in names
    assert not any(role and role.startswith("Library") for _, _, role in works)


def test_the_hyphen_of_a_double_surname_sets_nothing_off():
    _, works = _read(
        "Fenby Town Council news\n\nFenby Town Council backed the festival again this year."
        "\n\n[Photo: Mayor of Fenby Councillor Jo Obi-Tern (centre) with festival organiser "
        "Ada Foss (left).]"
    )
    assert ("Jo Obi-Tern", "Fenby Town Council", "Mayor of Fenby") in works
