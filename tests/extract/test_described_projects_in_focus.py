"""A project only its description makes one ("Talk Time is a free programme for
families") is what "It" and "The programme" in the next sentences are about
(rules/focus.descriptions); a page headed "About the <Name> project" names the
project, not "About the <Name>" (mentions/typed_names.py, mentions/run_starts.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _runs(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "RUNS")


def test_it_after_a_described_programme_is_the_programme():
    runs = _runs(
        "Talk Time is a free programme for families in Kelby. It is co-delivered by "
        "Fenby Council and the charity Tern Trust."
    )
    assert ("Fenby Council", "Talk Time") in runs
    assert ("Tern Trust", "Talk Time") in runs


def test_the_noun_after_a_described_scheme_is_the_scheme():
    assert ("Tern Trust", "Walk Tall") in _runs(
        "Walk Tall is a weekly scheme for older people across Dalby. "
        "The scheme is run by Tern Trust."
    )
    assert ("Orley Age Concern", "Kind Calls") in _runs(
        "Kind Calls is a winter project for people living alone in Orley. "
        "It is managed by Orley Age Concern."
    )


def test_it_after_a_described_body_is_no_programme():
    runs = _runs(
        "Tern Trust is a small charity for families in Kelby. It is run by volunteers "
        "and managed by Fenby Council."
    )
    assert not runs


def test_a_page_about_the_project_names_the_project():
    seed = extract_text(
        "About the Back to Work project\n\n"
        "Back to Work is a three-year project for young people in Kelby. "
        "It is run by Tern Trust.",
        path="page.txt",
    )
    names = {e["name"] for e in seed["entities"]}
    assert "Back to Work" in names
    assert not any(n.startswith("About") for n in names)
    assert ("Tern Trust", "Back to Work") in pairs(seed, "RUNS")


def test_an_about_us_heading_names_nothing():
    seed = extract_text("About us\n\nTern Trust supports families across Kelby.", path="page.txt")
    assert not any(e["name"].startswith("About") for e in seed["entities"])
