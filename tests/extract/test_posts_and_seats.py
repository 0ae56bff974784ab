"""Posts and seats written in more ways: a post said with "is", its owner first
("Our chief officer is Jane Doe", "The charity's director is Jane Doe"); trades
and professions held at a body ("Jane Doe, a psychiatrist at Foo Trust"); a post
named for who it serves ("carers lead"). Small made-up write-ups; the shapes
from pages and probes by several writers.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_PAGE = "Dunmore Wildlife Trust looks after nine reserves across the valley.\n\n"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Our chief officer is Ruth Greaves. Call us to find out more.",
            ("Ruth Greaves", "WORKS_FOR", "Dunmore Wildlife Trust", "chief officer"),
        ),
        (
            "The charity's director is Owen Pike.",
            ("Owen Pike", "WORKS_FOR", "Dunmore Wildlife Trust", "director"),
        ),
        (
            "Volunteers do most of the work, and our treasurer is Nell Sayer.",
            ("Nell Sayer", "MEMBER_OF", "Dunmore Wildlife Trust", "treasurer"),
        ),
        (
            "Our patron is the Reverend Canon Hugh Marlow.",
            ("Hugh Marlow", "MEMBER_OF", "Dunmore Wildlife Trust", "patron"),
        ),
    ],
)
def test_a_post_said_with_is_after_its_owner(text, row):
    assert row in posts(extract_text(_PAGE + text, path="page.txt"))


def test_a_named_owner_before_the_post_said_with_is():
    text = "Brackwell Housing Trust builds homes. Brackwell Housing Trust's new chair is Amy Lowe."
    row = ("Amy Lowe", "MEMBER_OF", "Brackwell Housing Trust", "chair")
    assert row in posts(extract_text(text, path="page.txt"))


@pytest.mark.parametrize(
    "text",
    [
        "Our chair is a friend of Hugh Marlow.",  # not the holder
        "Our chair is Hugh Marlow's sister.",
        "Our speaker is Hugh Marlow.",  # no post
        "Our local MP is Hugh Marlow.",  # a civic office: not the page's
    ],
)
def test_no_post_for_near_misses_said_with_is(text):
    found = posts(extract_text(_PAGE + text, path="page.txt"))
    assert not any(who == "Hugh Marlow" for who, *_ in found)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Dr Ola Brisk, a psychiatrist at Marlow Health NHS Trust, gave the talk.",
            ("Ola Brisk", "WORKS_FOR", "Marlow Health NHS Trust", "psychiatrist"),
        ),
        (
            "Jo Tern, carers lead at Kelby Trust, opened the day.",
            ("Jo Tern", "WORKS_FOR", "Kelby Trust", "carers lead"),
        ),
        (
            "Guests heard from Sam Dole, an accountant with Barford & Lake, about pensions.",
            ("Sam Dole", "WORKS_FOR", "Barford & Lake", "accountant"),
        ),
    ],
)
def test_trades_and_posts_for_whom_held_at_a_body(text, row):
    assert row in posts(extract_text(text, path="page.txt"))


def test_a_coach_travelled_in_is_no_post():
    text = "Members of Fenby Tri Club travelled by coach to the race. The coach left at nine."
    assert not posts(extract_text(text, path="page.txt"))


def test_a_page_speaking_as_we_is_the_body_it_opens_with():
    text = (
        "What we do\n\n"
        "Harwick Community Action works with people of all ages across Harwick. "
        "Here are the projects we run.\n\n"
        "Good Neighbours\nVolunteers visit older people at home. Coordinator: Lena Vance.\n\n"
        "Our Chief Officer is Martin Cole. Call us to find out more.\n"
    )
    found = posts(extract_text(text, path="page.txt"))
    assert ("Martin Cole", "WORKS_FOR", "Harwick Community Action", "chief officer") in found
    assert ("Lena Vance", "WORKS_FOR", "Harwick Community Action", "coordinator") in found


def test_a_page_not_speaking_as_we_gets_no_body_from_its_opening():
    text = (
        "Town news\n\n"
        "Harwick Community Action works with people of all ages across Harwick. "
        "The Harwick Rotary Club met on Monday.\n\n"
        "Chief Officer Martin Cole said the year had been busy.\n"
    )
    found = posts(extract_text(text, path="page.txt"))
    assert not any(
        row[:3] == ("Martin Cole", "WORKS_FOR", "Harwick Community Action") for row in found
    )


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The Mill, a new hub in Harwick, opened on Monday. The hub is run by Harwick "
            "Community Partnership. The building was bought by Harwick District Council.\n\n"
            'Partnership chair Ola Brisk said: "At last."',
            ("Ola Brisk", "MEMBER_OF", "Harwick Community Partnership", "partnership chair"),
        ),
        (
            "Members of the Selby Youth Panel have made a film with help from Selby Radio. "
            "Panel member Ann Bell, 16, narrates it.",
            ("Ann Bell", "MEMBER_OF", "Selby Youth Panel", "member"),
        ),
    ],
)
def test_a_post_named_after_a_bodys_kind_is_held_at_the_body_last_named_so(text, row):
    assert row in posts(extract_text(text, path="page.txt"))


def test_a_kind_word_no_body_is_named_with_gives_no_post_there():
    text = "Selby Rovers won the cup on Saturday. Trust chair Tom Reed said it was a record."
    found = posts(extract_text(text, path="page.txt"))
    assert not any(row[:3] == ("Tom Reed", "MEMBER_OF", "Selby Rovers") for row in found)


def test_people_listed_as_joining_the_board_as_members_sit_on_the_pages_board():
    text = (
        "Harwick Homes builds homes across Harwick. Harwick Homes has 900 tenants.\n\n"
        "Joining the board as independent members are:\n"
        "- Nadia Cole, Head of Digital at Selby Water;\n"
        "- Callum Fry, a tenant.\n"
    )
    found = posts(extract_text(text, path="page.txt"))
    assert ("Nadia Cole", "MEMBER_OF", "Harwick Homes", "board member") in found
    assert ("Callum Fry", "MEMBER_OF", "Harwick Homes", "board member") in found
    assert ("Nadia Cole", "WORKS_FOR", "Selby Water", "head of digital") in found


def test_a_member_of_one_body_and_of_another():
    text = (
        "Harwick Homes is a member of the Selby Housing Consortium and of the Dale Anchor Network."
    )
    found = posts(extract_text(text, path="page.txt"))
    assert ("Harwick Homes", "MEMBER_OF", "Selby Housing Consortium", "member") in found
    assert ("Harwick Homes", "MEMBER_OF", "Dale Anchor Network", "member") in found


def test_a_member_of_one_body_and_its_partner_is_no_member_of_the_partner():
    text = "Harwick Homes is a member of the Selby Housing Consortium and works with Dale Trust."
    found = posts(extract_text(text, path="page.txt"))
    assert not any(row[2] == "Dale Trust" for row in found)


_CABINET = (
    "Selby County Council's Leader, Cllr Ann Bell, has named her Cabinet after the Annual "
    "Council meeting on 20 May at County Hall, Kelby.\n\n"
    "The Cabinet is:\n"
    "Cllr Ann Bell – Leader of the Council\n"
    "Cllr Tom Reed – Deputy Leader and Cabinet Member for Finance\n"
    "Cllr Ola Brisk – Cabinet Member for Adult Social Care\n\n"
    "The council's Chief Executive, Jo Tern, will join the board of the Kelby Port Partnership.\n"
)


def test_a_councils_sitting_is_no_body_and_the_cabinet_holds_posts_at_the_council():
    seed = extract_text(_CABINET, path="page.txt")
    found = posts(seed)
    assert not any(e["name"] == "Annual Council" for e in seed["entities"])
    for who, role in [
        ("Tom Reed", "deputy leader and cabinet member for finance"),
        ("Ola Brisk", "cabinet member for adult social care"),
        ("Jo Tern", "chief executive"),
    ]:
        assert (who, "WORKS_FOR", "Selby County Council", role) in found


def test_full_council_is_no_body():
    text = "Full Council agreed the budget on Tuesday. Selby County Council will publish it."
    names = {e["name"] for e in extract_text(text, path="page.txt")["entities"]}
    assert "Full Council" not in names and "Selby County Council" in names


def test_an_appointer_named_after_its_kind():
    text = (
        "The Kelby-based charity Selby Legal Advice has appointed Ann Bell as its director. "
        "Selby Legal Advice gives free advice."
    )
    assert ("Ann Bell", "WORKS_FOR", "Selby Legal Advice", "director") in posts(
        extract_text(text, path="page.txt")
    )


def test_a_plural_title_before_people_of_one_body_is_each_ones_post():
    text = "Librarians Dara Quinn and Bel Osei, both of Selby Libraries, ran a story session."
    found = posts(extract_text(text, path="page.txt"))
    assert ("Dara Quinn", "WORKS_FOR", "Selby Libraries", "librarian") in found
    assert ("Bel Osei", "WORKS_FOR", "Selby Libraries", "librarian") in found


def test_people_of_one_body_with_no_title_before_them_get_no_post_name():
    text = "Dara Quinn and Bel Osei, both of Selby Libraries, ran a story session."
    found = posts(extract_text(text, path="page.txt"))
    assert ("Dara Quinn", "WORKS_FOR", "Selby Libraries", "") in found


def test_a_title_right_before_a_person_from_a_body_is_the_post_held_there():
    text = (
        "The Fenby Memory Cafe meets on Tuesdays. There will also be a short talk by "
        "Nurse Fatima Bello from Selby Community Health Trust."
    )
    found = posts(extract_text(text, path="page.txt"))
    assert ("Fatima Bello", "WORKS_FOR", "Selby Community Health Trust", "nurse") in found
    assert not any(row[2] == "Fenby Memory Cafe" for row in found)


def test_a_post_for_an_area_is_held_at_the_body_joined():
    text = "Sam Lee has joined Selby Homes as Neighbourhood Officer for Canal Wharf."
    found = posts(extract_text(text, path="page.txt"))
    assert ("Sam Lee", "WORKS_FOR", "Selby Homes", "neighbourhood officer") in found
    assert not any(row[2] == "Canal Wharf" for row in found)


def test_a_post_for_a_body_is_held_at_that_body():
    text = "Selby Council has appointed Sam Lee as Director for the Kelby Health Partnership."
    found = posts(extract_text(text, path="page.txt"))
    assert any(row[0] == "Sam Lee" and row[2] == "Kelby Health Partnership" for row in found)


def test_a_post_after_a_dash_in_a_list_line():
    text = (
        "Selby Women's Aid has two new trustees.\n\n"
        "Trustees:\n"
        "Rosa Hart – a family law barrister at Kelby Law Trust\n"
        "Tom Reed – a solicitor at Kelby Legal Ltd\n"
    )
    found = posts(extract_text(text, path="page.txt"))
    assert ("Rosa Hart", "WORKS_FOR", "Kelby Law Trust", "family law barrister") in found
    assert ("Tom Reed", "WORKS_FOR", "Kelby Legal Ltd", "solicitor") in found


def test_a_dash_before_words_that_are_no_post_gives_none():
    text = "Rosa Hart – who ran the stall with Kelby Law Trust – said it went well."
    assert not posts(extract_text(text, path="page.txt"))


def test_its_post_is_held_at_the_body_the_last_sentence_was_about():
    text = (
        "The Selby Homeless Alliance brings together the Night Shelter, Pathways Selby and "
        "Dale House. Its development manager, Jo Tern, has been seconded from Selby City "
        "Council."
    )
    found = posts(extract_text(text, path="page.txt"))
    assert ("Jo Tern", "WORKS_FOR", "Selby Homeless Alliance", "development manager") in found
    assert not any(row[0] == "Jo Tern" and row[2] == "Dale House" for row in found)


def test_a_list_line_opening_with_the_names_a_member():
    text = (
        "The Selby Climate Network has grown to 40 members.\n\n"
        "The new members are:\n"
        "Tollbar Community Energy\n"
        "the Selby Food Alliance\n"
        "Hartley Academy Trust\n"
    )
    found = posts(extract_text(text, path="page.txt"))
    for body in ["Tollbar Community Energy", "Selby Food Alliance", "Hartley Academy Trust"]:
        assert (body, "MEMBER_OF", "Selby Climate Network", "member") in found


def test_a_prose_line_opening_with_the_is_no_list_item():
    text = (
        "The Selby Climate Network has grown.\n\n"
        "The new members are:\n"
        "Tollbar Community Energy\n"
        "the Network thanks Hartley Academy Trust for hosting the meeting\n"
    )
    found = posts(extract_text(text, path="page.txt"))
    assert not any(row[0] == "Hartley Academy Trust" for row in found)


@pytest.mark.parametrize("opener", ["By", "Written by"])
def test_a_byline_naming_a_body_and_no_post(opener):
    text = (
        "Case study: the Kitchen project\n\n"
        "The Kitchen project began in a church kitchen. It cooks 400 meals a week.\n\n"
        f"{opener} Hafsa Malik, Selby Community Development Trust\n"
    )
    found = posts(extract_text(text, path="page.txt"))
    assert ("Hafsa Malik", "WORKS_FOR", "Selby Community Development Trust", "") in found


def test_a_byline_of_two_people_names_no_body():
    text = "Our walk\n\nBy Hafsa Malik, Tom Reed\n\nWe walked ten miles on Sunday.\n"
    seed = extract_text(text, path="page.txt")
    assert not posts(seed)
    assert {"Hafsa Malik", "Tom Reed"} <= {e["name"] for e in seed["entities"]}


def test_a_post_to_a_body():
    text = "Tickets from Jean Parry, Clerk to Lowfield Parish Council."
    found = posts(extract_text(text, path="page.txt"))
    assert ("Jean Parry", "WORKS_FOR", "Lowfield Parish Council", "clerk") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ann Bell, a volunteer, went to Selby Trust on Monday.",
        "Ann Bell, who is a trustee, spoke to Selby Trust.",
    ],
)
def test_to_after_no_post_ties_no_one(text):
    assert not any(row[2] == "Selby Trust" for row in posts(extract_text(text, path="page.txt")))


def test_an_office_title_with_and_is_no_post_at_the_body_of_its_first_word():
    text = (
        "The unit brings together Selby Police and five councils. It is hosted by the Office "
        'of the Police and Crime Commissioner.\n\n"Violence is preventable," said Police and '
        "Crime Commissioner Naveed Akhtar.\n"
    )
    found = posts(extract_text(text, path="page.txt"))
    assert not any(row[0] == "Naveed Akhtar" and row[2] == "Selby Police" for row in found)


def test_a_part_every_body_has_before_a_post_is_the_page_body_s():
    text = "Selby Rovers won the cup on Saturday. Board chair Tom Reed said it was a record."
    found = posts(extract_text(text, path="page.txt"))
    assert any(row[:3] == ("Tom Reed", "MEMBER_OF", "Selby Rovers") for row in found)
