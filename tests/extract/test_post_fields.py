"""Posts that take their field after "in" ("Senior Lecturer in Nursing",
"Consultant in Palliative Medicine"): the field is part of the post, so the post
stands next to the person and the body. All names are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _seed(text: str) -> dict:
    return extract_text("Kelby news\n\n" + text + "\n", path="news.txt")


def test_a_post_with_its_field_before_the_person_is_held_at_the_body():
    seed = _seed(
        "Senior Lecturer in Nursing at the University of Northtown, Dr Alan Hart said: "
        '"We see the agreement as being of mutual benefit."'
    )
    assert ("Alan Hart", "University of Northtown", "Senior Lecturer in Nursing") in with_roles(
        seed, "WORKS_FOR"
    )
    # the post is no person of its own
    assert not any(e["name"].startswith("Lecturer") for e in seed["entities"])


def test_the_bodys_post_with_its_field_before_a_name():
    seed = _seed(
        "The University of Northtown has joined three trusts to offer more places.\n\n"
        "The university's principal lecturer in nursing Alan Hart said the trusts could "
        "see the benefits."
    )
    assert ("Alan Hart", "University of Northtown", "principal lecturer in nursing") in {
        (a, b, (r or "").lower()) for a, b, r in with_roles(seed, "WORKS_FOR")
    }


def test_a_field_of_two_words_joined_by_and():
    seed = _seed("Ada Brook, Lecturer in Health and Social Care at Fenby University, spoke.")
    assert (
        "Ada Brook",
        "Fenby University",
        "Lecturer in Health and Social Care",
    ) in with_roles(seed, "WORKS_FOR")


def test_a_field_that_runs_into_a_bodys_name_is_the_body():
    seed = _seed("Ada Brook, Fellow in Public Health Westshire Trust, spoke.")
    assert not any("Trust" in (r or "") for _, _, r in with_roles(seed, "WORKS_FOR"))


def test_the_universitys_post_is_held_at_the_university_last_named():
    seed = extract_text(
        "Westshire Health Board news\n\n"
        "Westshire Health Board has agreed a partnership with Kelby College and the "
        "University of Northtown to train nurses.\n\n"
        "The university's principal lecturer Alan Hart said the trusts could see the benefits.\n",
        path="news.txt",
    )
    works = {(a, b) for a, b, _ in with_roles(seed, "WORKS_FOR")}
    assert ("Alan Hart", "University of Northtown") in works
    assert ("Alan Hart", "Westshire Health Board") not in works
