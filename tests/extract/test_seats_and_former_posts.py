"""Posts and seats worded as pages nobody tuned on word them: former posts after
an adverb, posts owned by "the charity" or "the trust", people of an
organisation in a coordination, members listed after a group."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    "text",
    [
        "Dr Ravi Pellow leads Kinwell.\n\nPellow was formerly director of the Marsh Trust.\n",
        "Dr Ravi Pellow leads Kinwell.\n\nHe was previously director of the Marsh Trust.\n",
        "Dr Ravi Pellow leads Kinwell.\n\nMr Pellow was once director at the Marsh Trust.\n",
        "Dr Ravi Pellow was until recently director of the Marsh Trust.\n",
    ],
)
def test_a_former_post_after_an_adverb_of_time(text):
    assert ("Ravi Pellow", "WORKS_FOR", "Marsh Trust", "director") in posts(extract_text(text))


def test_a_former_board_seat_is_a_seat():
    seed = extract_text("Ms Nell Okafor was formerly a trustee of the Quarry Foundation.\n")
    assert ("Nell Okafor", "MEMBER_OF", "Quarry Foundation", "trustee") in posts(seed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Graham Tull, the charity's chief executive, said: “We are delighted.”",
        "The charity's chief executive, Graham Tull, said they were delighted.",
        "“We are delighted,” said Graham Tull, the organisation's chief executive.",
    ],
)
def test_a_post_at_the_charity_is_at_the_page_organisation(sentence):
    seed = extract_text(
        "Heron Family Support has been awarded £40,000 by the Orchard Fund.\n\n"
        "Heron Family Support will train volunteers in Selby.\n\n" + sentence + "\n"
    )
    assert ("Graham Tull", "WORKS_FOR", "Heron Family Support", "chief executive") in posts(seed)
    assert not any(t == "Orchard Fund" for w, _, t, _ in posts(seed) if w == "Graham Tull")


def test_the_trusts_post_is_at_the_trust_last_named():
    seed = extract_text(
        "Mrs Ana Kovac joins Heron Care from Foxley Community NHS Trust, where she has "
        "been the trust's chairman since 2015.\n\n"
        "Mrs Kovac was before that the hospice's director of care at Birch Hospice.\n"
    )
    found = posts(seed)
    assert ("Ana Kovac", "MEMBER_OF", "Foxley Community NHS Trust", "chairman") in found


def test_a_post_held_at_a_body_named_with_a_possessive():
    seed = extract_text(
        "Mrs Ana Kovac joins Heron Care. She is currently Foxley Trust's vice-chair.\n"
    )
    assert ("Ana Kovac", "MEMBER_OF", "Foxley Trust", "vice-chair") in posts(seed)


@pytest.mark.parametrize(
    "text",
    [
        "Good practice examples from Grace Obi and Tom Hale of Quarrybank Homes had us thinking.\n",
        "The panel included Grace Obi and Tom Hale from Quarrybank Homes, who spoke on repairs.\n",
        "Lena Marsh, Grace Obi and Tom Hale of Quarrybank Homes led a workshop on repairs.\n",
    ],
)
def test_people_joined_before_their_organisation_all_work_there(text):
    found = posts(extract_text(text))
    assert ("Grace Obi", "WORKS_FOR", "Quarrybank Homes", "") in found
    assert ("Tom Hale", "WORKS_FOR", "Quarrybank Homes", "") in found


def test_people_with_their_own_post_or_on_two_sides_are_not_joined():
    found = posts(
        extract_text(
            "We heard from Grace Obi, chair of the Kelby Trust, and Tom Hale of "
            "Quarrybank Homes.\n\n"
            "The debate between Ann Lee and Omar Vance of Quarrybank Homes was lively.\n"
        )
    )
    assert ("Grace Obi", "MEMBER_OF", "Kelby Trust", "chair") in found
    assert not any(
        w in {"Grace Obi", "Ann Lee"} and t == "Quarrybank Homes" for w, _, t, _ in found
    )
    assert ("Omar Vance", "WORKS_FOR", "Quarrybank Homes", "") in found


@pytest.mark.parametrize(
    ("line", "relation", "role"),
    [
        (
            "Mrs Sally Tomes, KFHA Chief Executive, said the plan was good.",
            "WORKS_FOR",
            "chief executive",
        ),
        ("The day heard from Mrs Sally Tomes (KFHA Board Member).", "MEMBER_OF", "board member"),
        ("Thanks go to Mrs Sally Tomes, KFHA Chair.", "MEMBER_OF", "chair"),
    ],
)
def test_a_post_after_an_organisations_letters(line, relation, role):
    seed = extract_text(
        "The Kelby Federation of Housing Associations (KFHA) welcomed the plan.\n\n" + line + "\n"
    )
    found = posts(seed)
    assert ("Sally Tomes", relation, "Kelby Federation of Housing Associations", role) in found


def test_letters_of_a_place_before_a_title_are_no_employer():
    seed = extract_text("Tom Hale, UK Chief Executive, said the plan was good.\n")
    assert posts(seed) == set()


@pytest.mark.parametrize(
    ("appositive", "relation"),
    [
        ("founder of Lantern Youth", "WORKS_FOR"),  # runs the charity
        ("co-founder of Lantern Youth", "WORKS_FOR"),  # one of those who run it
        ("founder and chair of Lantern Youth", "MEMBER_OF"),
        ("board member and founder of Lantern Youth", "MEMBER_OF"),
        ("founder and chief executive of Lantern Youth", "WORKS_FOR"),
        ("founder of the Lantern Carers Network", "MEMBER_OF"),  # a body of members
        ("founder of the Lantern Support Group", "MEMBER_OF"),
    ],
)
def test_a_founder_runs_a_charity_but_holds_a_seat_beside_one_or_in_a_group(appositive, relation):
    seed = extract_text(f"Mr Dev Shah, {appositive}, said the grant was welcome.\n")
    body = appositive.split(" of ", 1)[1].removeprefix("the ")
    assert {(w, rel, t) for w, rel, t, _ in posts(seed)} == {("Dev Shah", relation, body)}


@pytest.mark.parametrize(
    "text",
    [
        "The Glenmoor NHS Trust has announced the appointment of its new chairman, "
        "Mrs Ana Kovac.\n",
        "Glenmoor NHS Trust is pleased to announce the appointment of its new chairman: "
        "Mrs Ana Kovac.\n",
        "Glenmoor NHS Trust has appointed a new chairman. Mrs Ana Kovac will take up the post "
        "in May.\n",
        "Glenmoor NHS Trust today confirmed the appointment of a new chairman, Dr Ana Kovac, "
        "who joins from Kelby Homes.\n",
    ],
)
def test_an_announced_new_post_and_its_holder(text):
    found = posts(extract_text(text))
    assert ("Ana Kovac", "MEMBER_OF", "Glenmoor NHS Trust", "chairman") in found


@pytest.mark.parametrize(
    "text",
    [
        "Tenants from their newly formed Northtown Residents Forum, Paul Ambrose and Lena Gorski, "
        "spoke about repairs.\n",
        "The day showcased residents from the new Kelby Housing Forum, Mrs Lena Gorski and "
        "Mr Paul Ambrose.\n",
        "We heard from the Youth Steering Group, Paul Ambrose, Lena Gorski and Amy Roe.\n",
    ],
)
def test_people_listed_after_a_group_are_its_members(text):
    found = posts(extract_text(text))
    members = {(w, t) for w, rel, t, role in found if rel == "MEMBER_OF" and role == "member"}
    assert {"Paul Ambrose", "Lena Gorski"} <= {w for w, _ in members}
    assert len({t for _, t in members}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "We thank the Steering Group, Jane Doe and Tom Hale for their help.\n",
        "Thanks go to Kelby Council, the Steering Group, Jane Doe and Tom Hale.\n",
    ],
)
def test_people_listed_beside_a_group_are_not_its_members(text):
    assert not any(rel == "MEMBER_OF" for _, rel, _, _ in posts(extract_text(text)))


def test_a_seat_in_an_appositive_is_only_its_own_persons():
    seed = extract_text(
        "Tom Hale, policy officer for the Wren Trust, and Amy Roe, a trustee of Kelby Homes, "
        "spoke.\n\nOla Brisk and Dev Shah, both members of the Orchard Network, spoke too.\n"
    )
    found = posts(seed)
    assert ("Amy Roe", "MEMBER_OF", "Kelby Homes", "trustee") in found
    assert not any(w == "Tom Hale" and t == "Kelby Homes" for w, _, t, _ in found)
    assert {w for w, rel, t, _ in found if t == "Orchard Network"} == {"Ola Brisk", "Dev Shah"}


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Cllr Deborah Crane, Westshire County Council's Cabinet member for skills and "
         "learning, said: “This is exciting.”", "cabinet member for skills and learning"),
        ("Mr Tom Hale, Westshire County Council's Head of housing strategy, said it "
         "was good.", "head"),
    ],
)  # fmt: skip
def test_a_post_written_after_a_possessive_with_its_first_word_capitalised(line, role):
    found = posts(extract_text(line + "\n"))
    assert any(t == "Westshire County Council" and r.startswith(role) for _, _, t, r in found), (
        found
    )
    assert not any(r == "councillor" for _, _, _, r in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Amy Roe, who will become Kelby Homes' chief executive in May, said it was good.\n",
        "Mrs Amy Roe has been appointed as Kelby Homes’s chief executive.\n",
        "Kelby Homes has named Mrs Amy Roe as the charity's new chief executive.\n",
    ],
)
def test_a_post_to_come_at_a_body_named_with_a_possessive(text):
    found = posts(extract_text(text))
    assert ("Amy Roe", "WORKS_FOR", "Kelby Homes", "chief executive") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Homes trustees Amy Roe and Tom Hale opened the day.\n",
        "Kelby Homes' new trustees, Amy Roe and Tom Hale, opened the day.\n",
        "Kelby Homes’s two new trustees are Amy Roe and Tom Hale.\n",
    ],
)
def test_seats_in_the_plural_after_the_body_that_has_them(text):
    found = posts(extract_text(text))
    assert {(w, rel, t) for w, rel, t, _ in found} == {
        ("Amy Roe", "MEMBER_OF", "Kelby Homes"),
        ("Tom Hale", "MEMBER_OF", "Kelby Homes"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Amy Roe (pictured), chief executive of Kelby Housing Trust, said the plan was good.\n",
        "Amy Roe, 54, chief executive of Kelby Housing Trust, said the plan was good.\n",
        "Amy Roe (left), chief executive of Kelby Housing Trust, and Tom Hale (right).\n",
    ],
)
def test_a_photo_note_or_an_age_between_a_name_and_its_post(text):
    found = posts(extract_text(text))
    assert ("Amy Roe", "WORKS_FOR", "Kelby Housing Trust", "chief executive") in found


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Amy Roe, a trustee of the Wren Trust and chair of Kelby Housing Trust, spoke.", "chair"),
        ("Amy Roe, CEO of the Wren Trust, and chair of Kelby Housing Trust, spoke.", "chair"),
        ("Amy Roe, director at the Wren Trust and a trustee of Kelby Housing Trust, spoke.",
         "trustee"),
    ],
)  # fmt: skip
def test_a_second_post_after_and_in_an_appositive(text, second):
    found = posts(extract_text(text + "\n"))
    assert ("Amy Roe", "MEMBER_OF", "Kelby Housing Trust", second) in found
    assert len({t for w, _, t, _ in found if w == "Amy Roe"}) == 2


def test_a_later_post_is_not_one_title_with_the_first():
    found = posts(
        extract_text(
            "Amy Roe, chief executive of Kelby Housing Trust since 2019 and previously "
            "director of services at the Wren Trust, said the plan was good.\n\n"
            "Mike Dole, Head of the School of Children and Families at Kelby University, "
            "said he was delighted.\n"
        )
    )
    assert ("Amy Roe", "WORKS_FOR", "Kelby Housing Trust", "chief executive") in found
    assert not any(w == "Amy Roe" and t == "Wren Trust" and "kelby" in r for w, _, t, r in found)
    assert ("Mike Dole", "WORKS_FOR", "Kelby University") in {(w, rel, t) for w, rel, t, _ in found}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Amy Roe and Tom Hale, co-chairs of the Kelby Youth Forum, opened the day.", "co-chair"),
        ("Amy Roe, Tom Hale and Ola Brisk, all trustees of Kelby Housing Trust, spoke.",
         "trustee"),
    ],
)  # fmt: skip
def test_people_joined_before_a_post_in_the_plural_each_hold_it(text, role):
    found = posts(extract_text(text + "\n"))
    holders = {w for w, rel, _, r in found if rel == "MEMBER_OF" and r == role}
    assert {"Amy Roe", "Tom Hale"} <= holders


@pytest.mark.parametrize("post", ["chief executive", "a trustee"])
def test_joining_a_body_as_a_post_is_that_post_only(post):
    found = posts(extract_text(f"Amy Roe joined Kelby Housing Trust as {post} in 2019.\n"))
    assert [r for _, _, t, r in found if t == "Kelby Housing Trust"] == [post.removeprefix("a ")]


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("Amy Roe, Chief Executive of Public Health Westshire, was welcomed to the stage.",
         "Public Health Westshire"),
        ("The day began with Amy Roe, Chief Executive of Housing Justice Westshire, "
         "discussing repairs.", "Housing Justice Westshire"),
        ("The day began with Amy Roe, Chief Executive of the Housing Executive, discussing "
         "repairs.", "Housing Executive"),
        ("Amy Roe, chair of Social Care Kelby, spoke first.", "Social Care Kelby"),
    ],
)  # fmt: skip
def test_what_follows_a_chief_executive_or_chair_of_is_a_body_not_a_field(line, org):
    found = posts(extract_text(line + "\n"))
    assert {(w, t) for w, _, t, _ in found} == {("Amy Roe", org)}


def test_a_director_of_a_field_keeps_the_field():
    seed = extract_text(
        "Amy Roe, Director of Public Health for Westshire County Council, spoke.\n\n"
        "Tom Hale, chair of trustees at Kelby Homes, spoke.\n"
    )
    found = posts(seed)
    assert (
        "Amy Roe",
        "WORKS_FOR",
        "Westshire County Council",
        "director of public health",
    ) in found
    assert ("Tom Hale", "MEMBER_OF", "Kelby Homes", "chair of trustees") in found


@pytest.mark.parametrize("adverb", ["until recently ", "", "previously "])
def test_a_second_post_after_a_title_and_its_body(adverb):
    seed = extract_text(
        f"Dr Tom Hale, former chief executive of Kelby Hospitals Trust, and {adverb}co-director "
        "of the Northern Centre for Ageing, said it was an honour.\n"
    )
    found = posts(seed)
    assert ("Tom Hale", "WORKS_FOR", "Kelby Hospitals Trust", "chief executive") in found
    assert ("Tom Hale", "WORKS_FOR", "Northern Centre for Ageing", "co-director") in found


def test_a_chair_held_now_is_kept_over_the_seat_held_before_it():
    seed = extract_text(
        "Dana Whitcombe joins Kinwell from Foo NHS Trust, where she has been the trust's "
        "chairman since 2015. Prior to that she was a non-executive director with the trust.\n"
    )
    assert ("Dana Whitcombe", "MEMBER_OF", "Foo NHS Trust", "chairman") in posts(seed)
