"""The sittings of a course or service said to be held somewhere ("Sessions take
place at Y Library", "Classes are held at Y Hall") place the project the passage
is about there; with no project named, they place nothing."""

from __future__ import annotations

from tests.extract.reading import located


def test_sessions_of_a_course_place_the_course():
    text = (
        "Laptop course returns\n\nThe Byte Steps course, run by Brindle Trust, returns in May. "
        "Sessions take place at Hollin Library on Tuesday mornings.\n"
    )
    assert ("Byte Steps", "Hollin Library") in located(text)


def test_classes_place_the_scheme_named_before():
    text = (
        "News\n\nBrindle Trust runs Tea Pals, a course for carers. "
        "Classes are held at Hollin Library every Monday.\n"
    )
    assert ("Tea Pals", "Hollin Library") in located(text)


def test_classes_with_no_project_place_no_body():
    text = (
        "News\n\nBrindle Trust has new volunteers. "
        "Classes are held at Hollin Library every Monday.\n"
    )
    assert not any(o == "Brindle Trust" and p == "Hollin Library" for o, p in located(text))
