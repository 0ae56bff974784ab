"""The people whose posts run the programme a page is about ("Project coordinator Ada
Foss leads a team of volunteers", "contact the programme manager, Jo Tern"): the
person RUNS the page's project in that post (project_posts.py). Kinds seen in four
writers' project profiles and news; made-up names.
"""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_PAGE = """Kelby Tech Pals: a year of the project

The Kelby Tech Pals project helps older residents use phones and tablets.
Kelby Tech Pals is run by Fenby Libraries Trust and meets at Kelby Library.

{line}

More than 300 residents have joined a Kelby Tech Pals session this year.
"""


def _runs(line: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(_PAGE.format(line=line), path="page.txt"), "RUNS")


def test_post_before_name_runs_the_project() -> None:
    runs = _runs(
        "Project coordinator Ada Foss, who is employed by Fenby Libraries Trust, "
        "leads a team of 20 volunteers."
    )
    assert ("Ada Foss", "Kelby Tech Pals", "Project coordinator") in runs


def test_post_after_name_runs_the_project() -> None:
    runs = _runs("To volunteer, contact the programme manager, Jo Tern.")
    assert {(a, b) for a, b, _ in runs} >= {("Jo Tern", "Kelby Tech Pals")}


def test_other_posts_run_nothing() -> None:
    runs = _runs("Chief executive Ada Foss said the trust was proud of the volunteers.")
    assert not {r for r in runs if r[0] == "Ada Foss"}


def test_post_naming_another_programme_runs_nothing() -> None:
    runs = _runs(
        "Jo Tern, Fenby Databank Programme Lead at Orton Digital, explained how the "
        "Fenby Databank gives free mobile data to the project's members."
    )
    assert not {r for r in runs if r[0] == "Jo Tern" and r[1] == "Kelby Tech Pals"}


def test_post_held_at_a_body_runs_nothing() -> None:
    runs = _runs("Ada Foss, project manager at Fenby Libraries Trust, said demand had doubled.")
    assert not {r for r in runs if r[0] == "Ada Foss"}
