"""Board and appointment pages: who was appointed to which post, where; chairs,
trustees, non-executive directors and members (MEMBER_OF), chief executives
(WORKS_FOR). All names are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import evidence as _evidence
from tests.extract.reading import posts as _posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fenbridge Borough Council has appointed Ola Brisk as its new chief executive.",
            ("Ola Brisk", "WORKS_FOR", "Fenbridge Borough Council", "chief executive"),
        ),
        (
            "Marlow Heath District Council has confirmed the appointment of Ola Brisk as "
            "chief executive.",
            ("Ola Brisk", "WORKS_FOR", "Marlow Heath District Council", "chief executive"),
        ),
        (
            "Orrin Hospice welcomes Pete Sands as its new chair of trustees.",
            ("Pete Sands", "MEMBER_OF", "Orrin Hospice", "chair of trustees"),
        ),
        (
            "The council of governors of Kelby Vale Hospitals NHS Foundation Trust has "
            "appointed Greta Wills as a non-executive director.",
            (
                "Greta Wills",
                "MEMBER_OF",
                "Kelby Vale Hospitals NHS Foundation Trust",
                "non-executive director",
            ),
        ),
        (
            "Tariq Noon has been appointed to the role of chair of the Orrin Valley Carers "
            "Alliance.",
            ("Tariq Noon", "MEMBER_OF", "Orrin Valley Carers Alliance", "chair"),
        ),
    ],
)
def test_the_appointing_organisation_is_where_the_post_is(text, expected):
    seed = extract_text(text + "\n", path="news.txt")
    assert expected in _posts(seed)
    # the organisation is not given a second, made-up post
    assert len(_posts(seed)) == 1
    assert _evidence(seed, expected[0], expected[2]) == text


def test_a_post_said_without_its_organisation_goes_to_the_appointing_one_not_another():
    seed = extract_text(
        "Hestan Borough Council has appointed Mark Ensor as its new chief executive. He will "
        "take up the post in June, joining from Pelham District Council, where he is "
        "currently director of place.\n",
        path="news.txt",
    )
    assert _posts(seed) == {
        ("Mark Ensor", "WORKS_FOR", "Hestan Borough Council", "chief executive"),
        ("Mark Ensor", "WORKS_FOR", "Pelham District Council", "director of place"),
    }


def test_several_people_appointed_together_each_get_the_post():
    seed = extract_text(
        "Priya Lomax, Owen Tarrant and Beth Quell have joined the board of Harlow Vale "
        "University Hospitals NHS Trust as non-executive directors.\n\n"
        "The Orrin Valley Carers Alliance has elected Gwen Pardoe and Tariq Noon as co-chairs.\n",
        path="news.txt",
    )
    posts = _posts(seed)
    trust = "Harlow Vale University Hospitals NHS Trust"
    for who in ("Priya Lomax", "Owen Tarrant", "Beth Quell"):
        assert (who, "MEMBER_OF", trust, "non-executive director") in posts
    for who in ("Gwen Pardoe", "Tariq Noon"):
        assert (who, "MEMBER_OF", "Orrin Valley Carers Alliance") in {p[:3] for p in posts}


def test_a_plural_post_is_read_only_where_people_are_given_it():
    seed = extract_text(
        "Ada Quill spoke about the role of non-executive directors in Fenbridge Housing Trust.\n",
        path="news.txt",
    )
    assert _posts(seed) == set()


def test_members_of_a_partnership_all_get_the_member_role():
    seed = extract_text(
        "Nell Ashby and Tariq Noon are members of the Fenbridge Place Partnership.\n\n"
        "Fenbridge Carers Network is also a member of the Fenbridge Place Partnership.\n",
        path="news.txt",
    )
    posts = _posts(seed)
    partnership = "Fenbridge Place Partnership"
    assert ("Nell Ashby", "MEMBER_OF", partnership, "member") in posts
    assert ("Tariq Noon", "MEMBER_OF", partnership, "member") in posts
    assert ("Fenbridge Carers Network", "MEMBER_OF", partnership, "member") in posts


def test_a_person_described_by_a_post_stays_a_person():
    seed = extract_text(
        "Karen Stott is the chief executive of Dunmoor Council for Voluntary Service.\n\n"
        "Nell Ashby is a member of the Fenbridge Place Partnership.\n",
        path="news.txt",
    )
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types["Karen Stott"] == "Person"
    assert types["Nell Ashby"] == "Person"
    posts = _posts(seed)
    assert (
        "Karen Stott",
        "WORKS_FOR",
        "Dunmoor Council for Voluntary Service",
        "chief executive",
    ) in posts


def test_seats_named_in_the_plural_before_a_list_of_people():
    seed = extract_text(
        "Board appointments at Kelby Hospice\n\n"
        "Kelby Hospice has announced two new trustees, Lorna Peck and Hamid Shah.\n\n"
        "Lorna Peck is a retired headteacher.\n",
        path="news.txt",
    )
    posts = _posts(seed)
    assert ("Lorna Peck", "MEMBER_OF", "Kelby Hospice", "trustee") in posts
    assert ("Hamid Shah", "MEMBER_OF", "Kelby Hospice", "trustee") in posts


def test_a_board_listed_line_by_line_sits_at_the_page_organisation():
    seed = extract_text(
        "NHS Fenbridge Integrated Care Board announces its board\n\n"
        "NHS Fenbridge Integrated Care Board has confirmed the members of its board.\n\n"
        "Chair: Alma Reddick\n\n"
        "Non-executive members: Priya Lomax, Owen Tarrant and Beth Quell\n\n"
        "- Ivo Marsh – Non-executive member\n"
        "- Ruth Penn, Associate Non-Executive Director\n",
        path="news.txt",
    )
    types = {e["name"]: e["type"] for e in seed["entities"]}
    board = "NHS Fenbridge Integrated Care Board"
    posts = {(w, k, t) for w, k, t, _ in _posts(seed)}
    for who in ("Alma Reddick", "Priya Lomax", "Owen Tarrant", "Beth Quell", "Ivo Marsh"):
        assert types[who] == "Person"
        assert (who, "MEMBER_OF", board) in posts
    assert ("Ruth Penn", "MEMBER_OF", board) in posts
    roles = {w: r for w, _, _, r in _posts(seed)}
    assert roles["Alma Reddick"] == "chair"
    assert roles["Priya Lomax"] == "non-executive member"


def test_member_organisations_listed_are_still_organisations():
    seed = extract_text(
        "The Orrin Food Alliance welcomed three new member organisations: Kelby Food Bank, "
        "Orrin Community Fridge and Fenbridge Foodshare.\n",
        path="news.txt",
    )
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types["Kelby Food Bank"] == "Organisation"
    assert types["Fenbridge Foodshare"] == "Organisation"


def test_who_chairs_a_board_or_commission():
    seed = extract_text(
        "Lena Gault, who chairs the Westmoor Health and Wellbeing Board, said the board "
        "would meet monthly.\n\n"
        "The Orrin Poverty Commission, chaired by Dame Iris Vole, reported in May.\n\n"
        "Dr Ada Quill chaired the Kelby Trust's annual meeting.\n",
        path="news.txt",
    )
    posts = _posts(seed)
    assert ("Lena Gault", "MEMBER_OF", "Westmoor Health and Wellbeing Board", "chair") in posts
    assert ("Iris Vole", "MEMBER_OF", "Orrin Poverty Commission", "chair") in posts
    # chairing a meeting of a trust is no seat on its board
    assert not any(w == "Ada Quill" for w, *_ in posts)


def test_the_members_of_a_partnership_or_network_listed():
    seed = extract_text(
        "The Fenbridge Health and Care Partnership brings together Fenbridge Borough Council, "
        "Kelby Hospitals NHS Trust and Fenbridge CVS.\n\n"
        "The Orrin Place Board, which includes Orrin District Council and Orrin Carers Centre, "
        "met on Tuesday.\n\n"
        "Members of the Kelby Youth Forum include Kelby Youth Trust and Orrin Scouts Group.\n\n"
        "The Brackley Trust funded projects including Brackley Food Bank.\n",
        path="news.txt",
    )
    members = {(w, t) for w, k, t, r in _posts(seed) if k == "MEMBER_OF" and r == "member"}
    partnership = "Fenbridge Health and Care Partnership"
    assert {
        ("Fenbridge Borough Council", partnership),
        ("Kelby Hospitals NHS Trust", partnership),
        ("Fenbridge CVS", partnership),
        ("Orrin District Council", "Orrin Place Board"),
        ("Orrin Carers Centre", "Orrin Place Board"),
        ("Kelby Youth Trust", "Kelby Youth Forum"),
    } <= members
    # a trust's grantees are not its members
    assert not any(t == "Brackley Trust" for _, t in members)


def test_the_bodies_that_formed_a_partnership_or_network_are_its_members():
    seed = extract_text(
        "Kelby Carers Alliance is a partnership formed by Barset Borough Council, Foo Trust "
        "and a host of local groups to support carers.\n\n"
        "The Orrin Youth Alliance was set up by Orrin Scouts Group and Orrin Youth Trust "
        "in 2019.\n\n"
        "Fenbridge Together CIC is a new local network that brings together Fenbridge CVS and "
        "Fenbridge Borough Council.\n\n"
        "The Kelby Arts Network was set up by Jane Doe in 1990.\n\n"
        "Brackley Trust was formed by the merger of Brackley Care and Brackley Homes.\n",
        path="news.txt",
    )
    members = {(w, t) for w, k, t, r in _posts(seed) if k == "MEMBER_OF" and r == "member"}
    assert {
        ("Barset Borough Council", "Kelby Carers Alliance"),
        ("Foo Trust", "Kelby Carers Alliance"),
        ("Orrin Scouts Group", "Orrin Youth Alliance"),
        ("Orrin Youth Trust", "Orrin Youth Alliance"),
        ("Fenbridge CVS", "Fenbridge Together CIC"),
        ("Fenbridge Borough Council", "Fenbridge Together CIC"),
    } <= members
    # a founder is no member; a trust formed by a merger has no members
    assert not any(w == "Jane Doe" for w, _ in members)
    assert not any(t == "Brackley Trust" for _, t in members)


def test_the_person_succeeded_held_the_same_post():
    seed = extract_text(
        "Kelby Borough Council has confirmed that Ada Quill will be its next chief executive.\n\n"
        "She will replace Tom Pardoe, who is retiring after ten years in the role.\n\n"
        "Orrin Hospice has appointed Ivo Marsh as chair of its board of trustees. He takes over "
        "from Lena Gault, who has stepped down.\n",
        path="news.txt",
    )
    posts = _posts(seed)
    assert ("Ada Quill", "WORKS_FOR", "Kelby Borough Council", "chief executive") in posts
    assert ("Tom Pardoe", "WORKS_FOR", "Kelby Borough Council", "chief executive") in posts
    assert ("Ivo Marsh", "MEMBER_OF", "Orrin Hospice", "chair") in posts
    assert ("Lena Gault", "MEMBER_OF", "Orrin Hospice", "chair") in posts
    assert _evidence(seed, "Tom Pardoe", "Kelby Borough Council").startswith("She will replace")


def test_a_successor_with_no_new_post_passes_nothing_on():
    seed = extract_text(
        "Ada Quill, director of place at Orrin District Council, spoke first. She replaced "
        "Tom Pardoe on the panel.\n",
        path="news.txt",
    )
    assert not any(w == "Tom Pardoe" for w, *_ in _posts(seed))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Quill has been appointed chair of Kelby Hospitals NHS Trust.",
            ("Ada Quill", "MEMBER_OF", "Kelby Hospitals NHS Trust", "chair"),
        ),
        (
            "Ada Quill has been named the new chief executive of Orrin Mind.",
            ("Ada Quill", "WORKS_FOR", "Orrin Mind", "chief executive"),
        ),
        (
            "Ada Quill will join Orrin District Council as its director of public health in "
            "September.",
            ("Ada Quill", "WORKS_FOR", "Orrin District Council", "director of public health"),
        ),
        (
            "Former nurse Ada Quill has been elected to the board of governors of Kelby "
            "Hospitals NHS Foundation Trust.",
            ("Ada Quill", "MEMBER_OF", "Kelby Hospitals NHS Foundation Trust", "governor"),
        ),
    ],
)
def test_appointed_named_elected_straight_to_a_post(text, expected):
    seed = extract_text(text + "\n", path="news.txt")
    assert expected in _posts(seed)


def test_a_post_in_an_earlier_career_is_not_the_new_one():
    seed = extract_text(
        "Orrin Hospice has appointed Ivo Marsh as chair of its board of trustees.\n\n"
        "He joined the Orrin Hospice board in January 2024 after a long career as a chief "
        "executive in the charitable sector.\n",
        path="news.txt",
    )
    assert {(w, k, t) for w, k, t, _ in _posts(seed)} == {
        ("Ivo Marsh", "MEMBER_OF", "Orrin Hospice")
    }


def test_a_seat_list_without_a_colon_and_one_that_is_not_about_the_names_after_it():
    seed = extract_text(
        "Orrin Hospice has appointed new non-executive members Priya Lomax and Owen Tarrant.\n\n"
        "Paying tribute to the retiring chair and trustees, Lew Hart, chief executive of "
        "Orrin Hospice, said they had served well.\n",
        path="news.txt",
    )
    posts = _posts(seed)
    for who in ("Priya Lomax", "Owen Tarrant"):
        assert (who, "MEMBER_OF", "Orrin Hospice", "non-executive member") in posts
    assert {(k, r) for w, k, _, r in posts if w == "Lew Hart"} == {("WORKS_FOR", "chief executive")}


def test_a_list_running_on_after_a_name_is_no_post():
    seed = extract_text(
        "The board includes Priya Lomax and Owen Tarrant, and partner members from Kelby "
        "County Council.\n",
        path="news.txt",
    )
    assert not any(w == "Owen Tarrant" for w, *_ in _posts(seed))


def test_co_chairs_named_together():
    seed = extract_text(
        "The Orrin Poverty Commission, co-chaired by Dame Iris Vole and Tom Pardoe, reported "
        "in May.\n\nLena Gault co-chairs the Westmoor Health and Wellbeing Board.\n",
        path="news.txt",
    )
    posts = _posts(seed)
    assert ("Iris Vole", "MEMBER_OF", "Orrin Poverty Commission", "co-chair") in posts
    assert ("Tom Pardoe", "MEMBER_OF", "Orrin Poverty Commission", "co-chair") in posts
    assert ("Lena Gault", "MEMBER_OF", "Westmoor Health and Wellbeing Board", "co-chair") in posts


def test_a_new_post_announced_after_an_apposition_waits_for_its_holder():
    seed = extract_text(
        "Kelby news\n\nHealthwatch Kelby, the independent champion for people who use "
        "health services in the county, has welcomed a new chairman of the board.\n\n"
        "Ada Brook, from Dalby, is a former head of Dalby High School.\n",
        path="news.txt",
    )
    assert ("Ada Brook", "MEMBER_OF", "Healthwatch Kelby", "chairman") in {
        (a, t, b, (r or "").lower()) for a, t, b, r in _posts(seed)
    }


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Until last year, Tom Reed headed the Board of not-for-profit trust Kelby Leisure "
         "Trust, which ran the town's pools.",
         ("Tom Reed", "MEMBER_OF", "Kelby Leisure Trust", "chair")),
        ("Rita Moss chaired the board of housing charity Westshire Homes for ten years.",
         ("Rita Moss", "MEMBER_OF", "Westshire Homes", "chair")),
    ],
)  # fmt: skip
def test_heading_or_chairing_the_board_of_a_described_body_is_its_chair(sentence, row):
    seed = extract_text(f"News\n\n{sentence}\n", path="page.txt")
    assert row in _posts(seed)


def test_a_convener_of_a_body_chairs_it_and_organises_no_event():
    seed = extract_text(
        "Westshire Commissioning Board and Local Councils Group sign concordat\n\n"
        "The Westshire Commissioning Board (WCB) and the Local Councils Group (LCG) have "
        "signed a concordat.\n\n"
        "Tom Reed, interim convener of LCG, said: “We are indebted to the board.”\n",
        path="page.txt",
    )
    rows = {(r["from"], r["type"], r["to"]) for r in seed["relations"]}
    assert ("Tom Reed", "MEMBER_OF", "Local Councils Group") in rows
    assert not any(w == "Tom Reed" and kind == "ORGANISED" for w, kind, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Fenby Hospice, one of the county's largest charities, has today announced the "
        "appointment of three new trustees to its board.\n\n"
        "Announced by Chair Ada Brook, the new trustees will work with the rest of the board.\n\n"
        "The new appointments include Tom Reed, Director of Dalby Arts, Amy Roe, Head of "
        "Marketing at Kelby Museum, and Hamid Shah, Managing Director at Northtown Consulting.\n",
        "Three new trustees have been voted onto the board of Fenby Hospice.\n\n"
        "Dr Tom Reed, GP Partner Dalby Group Practice; Amy Roe, Editor of the Kelby Gazette, "
        "and Hamid Shah, District Nurse, were selected from more than 30 applicants.\n",
    ],
)
def test_seats_counted_in_one_sentence_are_held_by_the_people_listed_in_the_next(text):
    seed = extract_text(f"New trustees for Fenby Hospice\n\n{text}", path="news.txt")
    posts = {(w, k, t, r.lower()) for w, k, t, r in _posts(seed)}
    for who in ("Tom Reed", "Amy Roe", "Hamid Shah"):
        assert (who, "MEMBER_OF", "Fenby Hospice", "trustee") in posts
    names = {e["name"] for e in seed["entities"]}
    assert "District Nurse" not in names


def test_people_named_after_counted_seats_beyond_the_next_two_sentences_hold_none():
    seed = extract_text(
        "News from Fenby Hospice\n\n"
        "Fenby Hospice has announced two new trustees.\n\n"
        "The hospice opened in 1990. It cares for 300 people a year. Its shop is in Dalby.\n\n"
        "Tom Reed and Amy Roe, the founders, opened the new garden.\n",
        path="news.txt",
    )
    assert not any(w == "Tom Reed" and k == "MEMBER_OF" for w, k, _, _ in _posts(seed))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Tom Reed steps down from Fenby Housing Group\n\n"
            "Tom Reed is to step down from Fenby Housing Group after nearly 20 years.\n\n"
            "Glenn Adcock, Fenby CEO, said: “It has been a privilege to work with Tom.”\n",
            ("Glenn Adcock", "WORKS_FOR", "Fenby Housing Group", "ceo"),
        ),
        (
            "Renew reception\n\n"
            "Last Wednesday Renew held its annual reception at Dalby Hall.\n\n"
            "The presentations were rounded off by Tom Hale, Renew Director, with a review "
            "of the year.\n",
            ("Tom Hale", "WORKS_FOR", "Renew", "director"),
        ),
    ],
)
def test_a_bodys_short_name_before_a_post_after_its_holder_is_where_it_is_held(text, row):
    seed = extract_text(text, path="news.txt")
    assert row in {(w, k, t, r.lower()) for w, k, t, r in _posts(seed)}
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types[row[2]] == "Organisation"
