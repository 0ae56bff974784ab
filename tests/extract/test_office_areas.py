"""A public office after a place's "'s" ("Westshire's Crime
Commissioner", "Northtown's Lord Mayor"): the place is the office's area, a
place, not a body ("Westshire's Police" was one); a body's post after its "'s"
("Fenby Housing's Chief Executive") keeps the body. Made-up write-ups (issue 11).
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "area", "glued"),
    [
        (
            "Ada Brook, Westshire’s Crime Commissioner, heard the concerns of "
            "local people in Fenby.",
            "Westshire",
            "Westshire's Crime",
        ),
        ("Ada Brook, Northtown’s Lord Mayor, opened the hub.", "Northtown", "Northtown's Lord"),
    ],
)
def test_the_area_of_a_public_office_is_a_place(text, area, glued):
    found = entities(text)
    assert ("Place", area) in found
    assert ("Organisation", area) not in found
    assert glued not in {name for _, name in found}


def test_a_bodys_post_after_its_possessive_keeps_the_body():
    found = entities("Ada Brook, Fenby Housing’s Chief Executive, opened the hub.")
    assert ("Organisation", "Fenby Housing") in found
