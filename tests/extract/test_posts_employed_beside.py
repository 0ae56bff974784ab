"""A post set beside a name by a comma goes with the person to the body that employs
them: "Our shelter coordinator, Jane Doe, who is employed by Foo", "Jane Doe, a link
worker employed by Foo"."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text("Fenby news\n\n" + text + "\n", path="page.txt"), "WORKS_FOR")


def _role_at(found, who: str, body: str) -> str:
    return next((r or "") for f, t, r in found if f == who and t == body).lower()


def test_a_post_before_the_name_goes_to_the_employer():
    found = _roles(
        "Our night shelter coordinator, Ada Foss, who is employed by Kelby Housing Trust, "
        "writes about the winter."
    )
    assert "coordinator" in _role_at(found, "Ada Foss", "Kelby Housing Trust")


def test_a_post_after_the_name_goes_to_the_employer():
    found = _roles(
        "Jo Tern, a benefits advice worker employed by Kelby Housing Trust, described her caseload."
    )
    assert "worker" in _role_at(found, "Jo Tern", "Kelby Housing Trust")


def test_a_plural_post_before_two_names_goes_with_each():
    found = _roles(
        "Our two support workers, Ada Foss and Jo Tern, are employed by Kelby "
        "Housing Trust on behalf of the network."
    )
    assert "worker" in _role_at(found, "Ada Foss", "Kelby Housing Trust")
    assert "worker" in _role_at(found, "Jo Tern", "Kelby Housing Trust")
