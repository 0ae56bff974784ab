"""Posts named with no organisation, placed at the body the page is written by or
about: its publisher, the one it keeps coming back to, or its one council."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts as _posts


def _page(url: str, body: str) -> dict:
    return extract_text(f"---\nurl: {url}\n---\n\n{body}\n", path="page.txt")


def test_a_bare_chief_executive_is_at_the_body_that_publishes_the_page():
    seed = _page(
        "https://www.fernbrookhospice.org.uk/news/garden",
        "Fernbrook Hospice has opened a garden built with help from Ashby Garden Trust.\n\n"
        "Volunteers from Ashby Garden Trust dug the beds, and Ashby Garden Trust gave "
        "the plants.\n\n"
        "Chief Executive Rona Pike said: “We are so grateful.”",
    )
    posts = _posts(seed)
    assert ("Rona Pike", "WORKS_FOR", "Fernbrook Hospice", "chief executive") in posts
    assert not any(w == "Rona Pike" and org == "Ashby Garden Trust" for w, _, org, _ in posts)


def test_a_council_leader_named_with_no_council_is_at_the_one_council_named():
    seed = extract_text(
        "Brackwater Council has signed a new contract with local charities.\n\n"
        "The contract with Brackwater Council runs for five years.\n\n"
        "Council leader Tam Oduya said: “This gives our charities room to plan.”\n\n"
        "Team leader Ros Hale said the work would start in May.\n"
    )
    posts = _posts(seed)
    assert ("Tam Oduya", "WORKS_FOR", "Brackwater Council", "council leader") in posts
    assert not any(w == "Ros Hale" for w, *_ in posts)


def test_a_council_for_a_field_of_work_is_not_the_council_a_councillor_sits_on():
    seed = extract_text(
        "Wyford Libraries have been given a grant by the Heritage Skills Council.\n\n"
        "The Heritage Skills Council said Wyford Libraries had a strong bid, backed by Wyford "
        "County Council.\n\n"
        "Cllr Nia Penn, county cabinet member for libraries, said: “We are delighted.”\n"
    )
    posts = _posts(seed)
    assert any(w == "Nia Penn" and o == "Wyford County Council" for w, _, o, _ in posts)
    assert not any(w == "Nia Penn" and o == "Heritage Skills Council" for w, _, o, _ in posts)


def test_the_hospice_is_the_one_hospice_the_page_names_in_full():
    seed = extract_text(
        "Royal visitor opens Hospice garden\n\n"
        "The Countess visited Fernbrook Hospice to open its new garden.\n\n"
        "When she arrived at the Hospice, she was met by the Hospice's Chairman, Ada Vell, "
        "and the Mayor.\n\n"
        "She was shown round by Mr Ode, who has worked at the Hospice since 1990.\n"
    )
    posts = _posts(seed)
    assert ("Ada Vell", "MEMBER_OF", "Fernbrook Hospice", "chairman") in posts
    assert not any(e["name"] == "Hospice" for e in seed["entities"])


def test_a_trusts_letters_without_nhs_foundation_trust_are_the_trust():
    seed = extract_text(
        "Staff were honoured at University Hospital Kelby NHS Foundation Trust last night.\n\n"
        "The evening was hosted by UHK chairman Ivo Sand.\n"
    )
    posts = _posts(seed)
    home = "University Hospital Kelby NHS Foundation Trust"
    assert ("Ivo Sand", "MEMBER_OF", home, "chairman") in posts
    assert not any(e["name"] == "UHK" for e in seed["entities"])


def test_a_style_between_the_post_and_the_name_keeps_the_post_with_the_name():
    seed = extract_text(
        "Loxley Borough Council's Deputy Leader Cllr Bryn Ash met volunteers at the depot.\n\n"
        "Hallam Food Trust's Chief Executive Dr Iola Penn thanked them.\n"
    )
    posts = _posts(seed)
    assert ("Bryn Ash", "WORKS_FOR", "Loxley Borough Council", "deputy council leader") in posts
    assert ("Iola Penn", "WORKS_FOR", "Hallam Food Trust", "chief executive") in posts


def test_the_body_the_page_keeps_calling_the_trust_is_the_pages_own():
    seed = extract_text(
        "Ada Rook, the former head of Ashby Council, has been made chair of Kelby Health "
        "NHS Trust.\n\n"
        "She left Ashby Council last month.\n\n"
        "The Trust's governors chose her, and she will join the Trust in April.\n\n"
        "Chief Executive Ola Brandt said: “We are delighted to welcome Ada to the Trust.”\n\n"
        "Ada said she was looking forward to joining Kelby Health NHS Trust.\n"
    )
    posts = _posts(seed)
    assert ("Ola Brandt", "WORKS_FOR", "Kelby Health NHS Trust", "chief executive") in posts


def test_in_a_list_of_titles_then_names_each_title_is_the_next_names():
    seed = extract_text(
        "On arrival the Countess was met by the Mayor of Kelby, Councillor Cy Dunn, Chief "
        "Executive of Kelby Borough Council, Di Park, Deputy Lieutenant, Eli Moss, and "
        "the Chairman of Westshire County Council, Councillor Fay Lowe.\n\n"
        "Gus Hale, chief executive of Wenlow Carers, said he was pleased.\n"
    )
    posts = _posts(seed)
    assert ("Di Park", "WORKS_FOR", "Kelby Borough Council", "chief executive") in posts
    assert not any(w == "Cy Dunn" and r == "chief executive" for w, _, _, r in posts)
    assert ("Gus Hale", "WORKS_FOR", "Wenlow Carers", "chief executive") in posts


def test_of_state_is_part_of_a_ministers_title_not_a_body():
    seed = extract_text(
        "Speakers at the reception included the Minister of State for Health, Kit Vale MP, "
        "and Lena Moor MP, former Secretary of State for Housing.\n"
    )
    names = {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
    assert not any("State" in n for n in names)
    assert not any(o.startswith("State") for _, _, o, _ in _posts(seed))


def test_an_independent_chair_after_the_bodys_name_is_its_chair():
    seed = extract_text("“She will lead us well,” said Westshire ICS independent chair Rob Lyle.\n")
    assert ("Rob Lyle", "MEMBER_OF", "Westshire ICS", "independent chair") in _posts(seed)


def test_a_staff_post_named_with_no_body_is_at_the_body_that_publishes_the_page():
    seed = _page(
        "https://www.fernbrookhospice.org.uk/news/cafe",
        "Fernbrook Hospice has opened a cafe for families.\n\n"
        "Adviser Lyle Orme will run a weekly drop-in there.\n\n"
        "Tess Vane, project manager, said: “We are so pleased.”\n\n"
        "The Mayor, Cllr Ody Brand, and journalist Kit Sall came to the opening.",
    )
    posts = _posts(seed)
    assert ("Lyle Orme", "WORKS_FOR", "Fernbrook Hospice", "adviser") in posts
    assert ("Tess Vane", "WORKS_FOR", "Fernbrook Hospice", "project manager") in posts
    assert not any(w in {"Kit Sall", "Ody Brand"} for w, *_ in posts)


def test_a_staff_post_is_not_placed_at_a_body_the_page_says_funds_others():
    seed = extract_text(
        "Ashby Garden Trust has awarded £5,000 to Kelby Youth Club.\n\n"
        "Ashby Garden Trust gives grants every year, and Ashby Garden Trust funded "
        "Kelby Youth Club before.\n\n"
        "Tess Vane, project manager, said: “We are delighted to have been awarded this.”\n"
    )
    posts = _posts(seed)
    assert not any(w == "Tess Vane" and o == "Ashby Garden Trust" for w, _, o, _ in posts)


def test_with_no_body_of_its_own_a_post_is_at_the_body_named_just_before():
    seed = extract_text(
        "Westshire Council has given grants to local groups.\n\n"
        "Kelby Youth Club will use its grant for a summer scheme.\n\n"
        "Tess Vane, project manager, said: “We are delighted.”\n\n"
        "Ashby Carers Network has also opened a cafe.\n\n"
        "Len Howe, partnership coordinator, said: “It is open to all.”\n"
    )
    posts = _posts(seed)
    assert ("Tess Vane", "WORKS_FOR", "Kelby Youth Club", "project manager") in posts
    assert not any(w == "Len Howe" for w, *_ in posts)


def test_posts_in_brackets_after_names_in_a_caption_are_at_the_page_body():
    seed = _page(
        "https://www.kelbyhomes.org.uk/news/team-changes",
        "Kelby Homes has new faces on its team this year.\n\n"
        "Picture, L-R: Ada Brook (Chairman), Sam Cole (General Manager), "
        "Jo Lane (Finance Director)",
    )
    posts = _posts(seed)
    assert ("Ada Brook", "MEMBER_OF", "Kelby Homes", "chairman") in posts
    assert ("Sam Cole", "WORKS_FOR", "Kelby Homes", "general manager") in posts
    assert ("Jo Lane", "WORKS_FOR", "Kelby Homes", "finance director") in posts


def test_a_bracketed_post_is_at_the_page_body_for_a_guest_who_took_part_too():
    seed = _page(
        "https://www.fenbyhospice.org.uk/news/open-day",
        "Fenby Hospice opened its doors to visitors on Saturday.\n\n"
        "Guests were welcomed by Rona Pike (Chief Executive) and Tam Oduya (Trustee).",
    )
    posts = _posts(seed)
    assert ("Rona Pike", "WORKS_FOR", "Fenby Hospice", "chief executive") in posts
    assert ("Tam Oduya", "MEMBER_OF", "Fenby Hospice", "trustee") in posts


def test_a_bracket_holding_more_than_a_post_is_not_read_as_a_bare_post():
    seed = _page(
        "https://www.fenbyhospice.org.uk/news/open-day",
        "Fenby Hospice opened its doors to visitors on Saturday.\n\n"
        "Guests included Rona Pike (Chief Executive, Ashby Garden Trust).",
    )
    posts = _posts(seed)
    assert not any(w == "Rona Pike" and org == "Fenby Hospice" for w, _, org, _ in posts)


@pytest.mark.parametrize(
    "first",
    [
        "A new interim chief executive has been appointed at Kelby Vale NHS Trust.",
        "Kelby Vale NHS Trust has appointed a new interim chief executive.",
    ],
)
def test_a_bare_post_is_at_the_body_the_page_announces_a_new_post_at(first):
    seed = extract_text(
        f"{first}\n\nGreta Wills took up the role on 1 March.\n\n"
        "She was director of operations at Orrin Hospitals NHS Trust and chief executive "
        "of Dalby Health NHS Trust.\n\n"
        "For the past two months Dr Rona Pike has been the acting chief executive.\n",
        path="page.txt",
    )
    posts = _posts(seed)
    assert ("Rona Pike", "WORKS_FOR", "Kelby Vale NHS Trust", "chief executive") in posts


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Since last year, Ada Brook has been both Chairman and acting as General Manager.",
         ("Ada Brook", "MEMBER_OF", "Kelby Homes", "chairman")),
        ("Sam Cole has been both chief executive and a volunteer driver since 2019.",
         ("Sam Cole", "WORKS_FOR", "Kelby Homes", "chief executive")),
    ],
)  # fmt: skip
def test_the_first_of_both_posts_is_at_the_page_body(line, row):
    seed = _page("https://www.kelbyhomes.org.uk/news/team", f"Kelby Homes has new faces.\n\n{line}")
    assert row in _posts(seed)


def test_a_post_held_now_after_our_is_at_the_pages_body():
    seed = _page(
        "https://www.kelbydeaf.org.uk/news/helm",
        "A Change at the Helm\n\n"
        "This has been a year of change for KDA. As Chair of Trustees, I would like to "
        "thank my fellow Trustees, and especially Owen Dale, our outgoing Acting General "
        "Manager.\n\n"
        "Owen officially retired from KDA on November 30th having been with us for 25 years.\n\n"
        "I wish our new manager all the best in her KDA journey. Mo Pratt, our former "
        "Treasurer, sent her thanks.",
    )
    posts = _posts(seed)
    assert ("Owen Dale", "WORKS_FOR", "KDA", "acting general manager") in posts
    assert not any(w == "Mo Pratt" for w, *_ in posts)


def test_a_post_for_an_area_is_at_the_pages_body_not_the_place():
    seed = _page(
        "https://www.westshireambulance.example/news/visit",
        "Westshire Ambulance Service welcomes local MP\n\n"
        "Westshire Ambulance Service (WSAS) welcomed Ada Brook MP to its Lincoln "
        "headquarters on Friday.\n\n"
        "Ben Hale, General Manager for Lincolnshire said: “The visit started with a "
        "conversation about the pressures.”\n\n"
        "Cal Dunn, Director of Operations for Westshire Ambulance Service, said: “We were "
        "glad to host her.”",
    )
    posts = _posts(seed)
    row = (
        "Ben Hale",
        "WORKS_FOR",
        "Westshire Ambulance Service",
        "general manager for lincolnshire",
    )
    assert row in posts
    assert not any(org == "Lincolnshire" for *_, org, _ in posts)


def test_one_of_a_bodys_posts_is_that_post_there():
    seed = _page(
        "https://www.westmoorhealth.example/news/chapel",
        "Westmoor Health NHS Trust opens new chapel\n\n"
        "Westmoor Health NHS Trust opened its new chapel in Northtown on Friday. The Trust "
        "thanked everyone who helped.\n\n"
        "Tom Reed, one of the Trust's Chaplains, played music throughout the event.\n\n"
        "Ben Hale, one of our governors, cut the ribbon.\n\n"
        "Cal Dunn, one of Westmoor Health NHS Trust's nurses, gave a tour.\n\n"
        "Dee Fox, one of the many volunteers, served tea.",
    )
    posts = _posts(seed)
    trust = "Westmoor Health NHS Trust"
    assert ("Tom Reed", "WORKS_FOR", trust, "chaplain") in posts
    assert ("Ben Hale", "MEMBER_OF", trust, "governor") in posts
    assert ("Cal Dunn", "WORKS_FOR", trust, "nurse") in posts
    assert not any(w == "Dee Fox" for w, *_ in posts)


@pytest.mark.parametrize("post", ["Chair of Trustees", "Chief Executive"])
def test_a_sign_off_of_a_name_line_then_a_post_line_is_a_post_at_the_pages_body(post):
    seed = _page(
        "https://www.kelbydeaf.org.uk/news/helm",
        "A Change at the Helm\n\n"
        "2020 has been a year of change for Kelby Deaf Association. I would like to thank "
        "my fellow Trustees for their support.\n\n"
        "Tom Hale\n"
        f"{post}",
    )
    posts = {(w, k, t, r.lower()) for w, k, t, r in _posts(seed)}
    assert any(w == "Tom Hale" and t == "Kelby Deaf Association" for w, _, t, _ in posts)


def test_a_name_line_then_a_post_of_another_body_is_no_post_at_the_pages_body():
    seed = _page(
        "https://www.kelbydeaf.org.uk/news/helm",
        "A Change at the Helm\n\n"
        "2020 has been a year of change for Kelby Deaf Association.\n\n"
        "Tom Hale\n"
        "Chair of the Dalby Rotary Club",
    )
    assert not any(w == "Tom Hale" and t == "Kelby Deaf Association" for w, _, t, _ in _posts(seed))


def test_joining_us_as_our_new_post_is_a_post_at_the_pages_body():
    seed = _page(
        "https://www.kelbydeaf.org.uk/news/helm",
        "News from Kelby Deaf Association\n\n"
        "Taking over from Ian is Ruth Penn, who has joined us as our new General Manager.\n\n"
        "Last year we went to the polls to vote Tom Hale in as our Mayor.",
    )
    posts = {(w, k, t) for w, k, t, _ in _posts(seed)}
    assert ("Ruth Penn", "WORKS_FOR", "Kelby Deaf Association") in posts
    assert not any(w == "Tom Hale" for w, _, _ in posts)


@pytest.mark.parametrize(
    "body",
    [
        "Westshire Council has given grants to local groups. Among them:\n\n"
        "- Kelby Youth Club – to run a summer scheme\n"
        "- Ashby Carers Network – to open a cafe\n\n"
        "Tess Vane – Head of Grants, the Westsh\n",
        "Grants this year went to:\n\n"
        "- Fenby Garden Trust, for new raised beds\n"
        "- Kelby Sports Club, for a minibus\n\n"
        "Len Howe, chief executive, said the panel was impressed.\n",
    ],
)
def test_a_bare_post_after_a_list_is_not_at_the_last_item_body(body):
    posts = _posts(extract_text(body))
    listed = {"Ashby Carers Network", "Kelby Sports Club", "Kelby Youth Club", "Fenby Garden Trust"}
    assert not any(org in listed for _, _, org, _ in posts), posts
