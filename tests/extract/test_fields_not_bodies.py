"""A post's field of work is no body: "Head of Volunteer Involvement, Foo Trust" is
a post at Foo Trust, and a caption's "Jane Doe (Finance)" names her field, not a body
called "Finance". All names are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import entities, with_roles


def _works_for(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text("Kelby news\n\n" + text + "\n", path="news.txt"), "WORKS_FOR")


def test_a_field_after_of_before_a_comma_and_a_body_is_the_posts():
    rows = _works_for(
        "Anna Lind, Head of Volunteer Involvement, Brackmoor Hospice, said the scheme would help."
    )
    assert ("Anna Lind", "Brackmoor Hospice", "Head of Volunteer Involvement") in rows
    assert not any(to == "Volunteer Involvement" for _, to, _ in rows)


def test_a_field_ending_in_a_parts_head_word_is_the_posts():
    rows = _works_for("Ben Hart, Manager of Volunteer Services, Fenwick Housing Trust, opened it.")
    assert ("Ben Hart", "Fenwick Housing Trust", "Manager of Volunteer Services") in rows


def test_a_body_after_of_before_a_comma_stays_the_body():
    rows = _works_for("Dana Crisp, Director of Kelby Community Trust, Fenby, opened the day.")
    assert ("Dana Crisp", "Kelby Community Trust", "Director") in rows


def test_a_field_in_brackets_after_a_person_is_no_body():
    found = entities(
        "Kelby news\n\nThe Fenby Hospice team includes Jim Tallow (Finance) and "
        "Mara Quinn (Operations).\n"
    )
    assert ("Person", "Jim Tallow") in found
    assert not {n for _, n in found} & {"Finance", "Operations"}


def test_a_part_of_a_body_in_brackets_after_a_person_is_no_body():
    found = entities("Kelby news\n\nThe talks were given by Jim Tallow (Adult Services).\n")
    assert not any(n == "Adult Services" for _, n in found)


def test_a_body_in_brackets_named_by_field_words_stays_a_body():
    found = entities("Kelby news\n\nThe talks were given by Alice Grey (Wellbeing Sport).\n")
    assert ("Organisation", "Wellbeing Sport") in found


def test_fields_after_a_dash_in_a_post_are_the_posts():
    rows = _works_for(
        "Peter Holm, Strategic Director – Care, Protection and Lifestyle, "
        "Westshire County Council, signed the agreement."
    )
    role = "Strategic Director – Care, Protection and Lifestyle"
    assert ("Peter Holm", "Westshire County Council", role) in rows


def test_a_post_with_a_dash_in_a_list_of_signatories_is_at_its_own_body():
    rows = _works_for(
        "The agreement was signed by:\n\n"
        "Tom Moss, Chief Executive of Fenby Health Board\n\n"
        "Peter Holm, Assistant Director – Adult Social Care, Westshire County Council\n\n"
        "Rita Vane, Director of Communities, Kelby County Council"
    )
    assert (
        "Peter Holm",
        "Westshire County Council",
        "Assistant Director – Adult Social Care",
    ) in rows
    assert not any(who == "Peter Holm" and to == "Fenby Health Board" for who, to, _ in rows)


def test_a_holder_after_a_dash_is_no_field():
    rows = _works_for(
        "The board\n\nChair – Omar Sted, Kelby Housing Trust\n\nTreasurer – Ada Brook"
    )
    assert not any(r and "Omar" in r for _, _, r in rows)


def test_a_field_in_brackets_after_a_person_is_a_post_at_the_pages_body():
    seed = extract_text(
        "Kelby Health Alliance summit\n\nKelby Health Alliance held its first public health "
        "summit in Kelby on 4 May. The Kelby Health Alliance brings together researchers.\n\n"
        "Pictured: Jim Tallow (Finance) and Ola Pike (Operations).\n",
        path="page.txt",
    )
    rows = with_roles(seed, "WORKS_FOR")
    assert ("Jim Tallow", "Kelby Health Alliance", "Finance") in rows
    assert ("Ola Pike", "Kelby Health Alliance", "Operations") in rows


def test_a_heads_field_in_everyday_words_is_no_body():
    found = entities("Kelby news\n\nAnna Lind, Head of Volunteer Involvement, said it helps.\n")
    assert ("Person", "Anna Lind") in found
    assert not any(n == "Volunteer Involvement" for _, n in found)


def test_a_head_of_a_named_school_keeps_the_school():
    rows = _works_for("Anna Lind, Head of Kelby Virtual School, said it helps.")
    assert ("Anna Lind", "Kelby Virtual School", "Head") in rows


def test_a_field_before_and_and_the_next_guest_is_no_body():
    found = entities(
        "Kelby news\n\nGuests from Fenby Hospice attended, including Mrs Anna Lind, the "
        "Director of Corporate Affairs and Ms Mara Quinn the Chief Nurse.\n"
    )
    assert {("Person", "Anna Lind"), ("Person", "Mara Quinn")} <= found
    assert "Corporate Affairs" not in {n for _, n in found}


def test_a_field_with_and_inside_it_stays_the_posts():
    rows = _works_for("Ben Hart, Director of Health and Wellbeing at Fenwick Housing Trust, spoke.")
    assert ("Ben Hart", "Fenwick Housing Trust", "Director of Health and Wellbeing") in rows


def test_bodies_after_a_fellow_of_and_and_stay_bodies():
    found = entities(
        "Kelby news\n\nProfessor Ben Hart is a Fellow of the Society of Ecology and the "
        "Royal Society of Fenby.\n"
    )
    assert ("Organisation", "Society of Ecology") in found
    assert ("Organisation", "Royal Society of Fenby") in found
