"""Posts: who holds which post where, from appositives, appointments, careers,
and posts the page leaves at its own organisation or council."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts as _posts


def test_titles_in_appositives_lower_case_and_unlisted():
    seed = extract_text(
        "Dana Fell, debt team manager at Brookside Advice, said the service was busy.\n\n"
        "Omar Vance, lead social prescriber with Kelby Primary Care Network, agreed.\n\n"
        "Rhian Tapp, divisional director of nursing in the Family Care Division at "
        "Kelby Hospitals NHS Trust, said: “We are glad.”\n"
    )
    posts = _posts(seed)
    assert ("Dana Fell", "WORKS_FOR", "Brookside Advice", "debt team manager") in posts
    assert (
        "Omar Vance",
        "WORKS_FOR",
        "Kelby Primary Care Network",
        "lead social prescriber",
    ) in posts
    assert {(w, t) for w, _, t, _ in posts if w == "Rhian Tapp"} == {
        ("Rhian Tapp", "Kelby Hospitals NHS Trust")
    }


def test_name_title_organisation_lists_and_board_posts():
    seed = extract_text(
        "The forum heard from Dame Ivy Crane, Chair, Lowland Health Advisorate, Professor "
        "Tom Reyes OBE, Chief Executive, Lowland Care Alliance (LCA), and Mia Stone, "
        "Director of the Reyes Commission and Reyes Academy, who closed the day.\n"
    )
    posts = _posts(seed)
    assert ("Ivy Crane", "MEMBER_OF", "Lowland Health Advisorate", "chair") in posts
    assert ("Tom Reyes", "WORKS_FOR", "Lowland Care Alliance", "chief executive") in posts
    assert {t for w, _, t, _ in posts if w == "Mia Stone"} == {"Reyes Commission", "Reyes Academy"}
    assert not any(w == "Tom Reyes" and t == "Reyes Commission" for w, _, t, _ in posts)


def test_a_title_with_commas_and_a_dash_in_its_field():
    seed = extract_text(
        "Kit Moss, Director for Experience, Participation and Equalities, NHS Westshire, and "
        "Ana Bell, Director of Wales – North & East at the Heritage Trust Fund, spoke.\n"
    )
    posts = _posts(seed)
    role = "director for experience, participation and equalities"
    assert ("Kit Moss", "WORKS_FOR", "NHS Westshire", role) in posts
    assert (
        "Ana Bell",
        "WORKS_FOR",
        "Heritage Trust Fund",
        "director of wales – north & east",
    ) in posts


def test_brackets_and_from_name_where_people_work():
    seed = extract_text(
        "Panellists were Ruth Penn (Kindred Voices) and Sam Ode, from the Upland Carers "
        "Trust, who spoke last.\n"
    )
    # (a collective's people named with no post are its members: test_meeting_seats.py)
    works = {(w, t) for w, kind, t, _ in _posts(seed) if kind == "WORKS_FOR"}
    assert {("Ruth Penn", "Kindred Voices"), ("Sam Ode", "Upland Carers Trust")} <= works


def test_a_title_and_organisation_before_the_name():
    seed = extract_text(
        "The chief executive of Marsh Housing Association, Dr Len Howe, has announced that "
        "he will retire.\n"
    )
    assert ("Len Howe", "WORKS_FOR", "Marsh Housing Association", "chief executive") in _posts(seed)


def test_appointments_and_careers_with_he_and_she():
    seed = extract_text(
        "Fernhill Care Trust has appointed Dr Maya Crane as the new chair of its board of "
        "trustees.\n\n"
        "She is currently a non-executive director at Downs Housing Group.\n\n"
        "She has also served as chief executive of Vale Carers.\n\n"
        "Before that she spent nine years at Hill Mosaic, which merged in 2018, as group "
        "director of supported housing.\n\n"
        "Rob Tully will join from Westfield NHS Trust, where he is presently the deputy "
        "chief executive.\n"
    )
    posts = _posts(seed)
    assert ("Maya Crane", "MEMBER_OF", "Fernhill Care Trust", "chair") in posts
    assert ("Maya Crane", "MEMBER_OF", "Downs Housing Group", "non-executive director") in posts
    assert ("Maya Crane", "WORKS_FOR", "Vale Carers", "chief executive") in posts
    assert any(
        post[:3] == ("Maya Crane", "WORKS_FOR", "Hill Mosaic")
        and post[3].startswith("group director")
        for post in posts
    )
    assert ("Rob Tully", "WORKS_FOR", "Westfield NHS Trust", "deputy chief executive") in posts


def test_board_posts_with_no_organisation_are_at_the_pages_own():
    seed = extract_text(
        "Fernhill Care Trust thanks its retiring trustees\n\n"
        "Fernhill Care Trust said goodbye to two trustees this week.\n\n"
        "Also stepping down is deputy chairman Ari Lowe.\n\n"
        "Retiring as a trustee is Bea Quist, who joined Fernhill Care Trust in 1990.\n\n"
        "Cal Ruiz had a long career as a chief executive in the charity sector.\n"
    )
    posts = _posts(seed)
    assert ("Ari Lowe", "MEMBER_OF", "Fernhill Care Trust", "deputy chairman") in posts
    assert ("Bea Quist", "MEMBER_OF", "Fernhill Care Trust", "trustee") in posts
    assert not any(w == "Cal Ruiz" for w, *_ in posts)


def test_a_councillors_post_is_at_the_council_the_page_names():
    seed = extract_text(
        "Northtown Council backs the new partnership\n\n"
        "Northtown Council will sign the agreement on Thursday.\n\n"
        "Councillor Jo Reed, Cabinet Member for Housing, said the council was ready.\n\n"
        "Cllr Abe Stott, Northtown Council health committee chairman, said it was a good day.\n"
    )
    posts = _posts(seed)
    assert ("Jo Reed", "WORKS_FOR", "Northtown Council", "cabinet member for housing") in posts
    # an elected post at a council is the council's work, even a chair
    assert ("Abe Stott", "WORKS_FOR", "Northtown Council", "health committee chairman") in posts
    assert not any(kind == "MEMBER_OF" for _, kind, _, _ in posts)


def test_a_post_in_an_appositive_stays_with_its_person():
    seed = extract_text(
        "Speakers were Gwen Ashby, the Chair of the Upland Carers Network, Cora Lind who talked "
        "about a lift scheme, and Tom Ure.\n"
    )
    posts = _posts(seed)
    assert ("Gwen Ashby", "MEMBER_OF", "Upland Carers Network", "chair") in posts
    assert not any(w == "Cora Lind" for w, *_ in posts)


def test_lower_case_posts_before_names_are_at_the_pages_own():
    seed = extract_text(
        "Brackenfold Hospital NHS Trust names a new chairman\n\n"
        "Brackenfold Hospital NHS Trust has confirmed the appointment of Ivo Sand as "
        "chairman of the trust.\n\n"
        "It follows the news that current chairman, Professor Una Teal (since 2015) will "
        "step down to become chair of Lowmere Health Trust.\n\n"
        "Members of the board gave reports and chair of governors Pia Roan talked about the "
        "year.\n\n"
        "CEO of the trust, Ned Cray said: “We thank Una for her service.”\n\n"
        "The former chair, Ola Vint, sent her good wishes.\n"
    )
    posts = _posts(seed)
    home = "Brackenfold Hospital NHS Trust"
    assert ("Una Teal", "MEMBER_OF", home, "chairman") in posts
    assert ("Una Teal", "MEMBER_OF", "Lowmere Health Trust", "chair") in posts
    assert ("Pia Roan", "MEMBER_OF", home, "chair of governors") in posts
    # "the trust" is the page's own, not the trust named last
    assert ("Ned Cray", "WORKS_FOR", home, "ceo") in posts
    assert not any(w == "Ned Cray" and org != home for w, _, org, _ in posts)
    # a former seat on the page's board is one it held there (GOLD.md keeps former posts)
    assert {(org, role) for w, _, org, role in posts if w == "Ola Vint"} == {(home, "chair")}


def test_a_post_of_the_trust_with_no_page_organisation_is_at_the_trust_named():
    seed = extract_text(
        "Lowmere Health Trust and Ashby Carers met on Monday. "
        "CEO of the trust, Ned Cray said it went well.\n"
    )
    assert ("Ned Cray", "WORKS_FOR", "Lowmere Health Trust", "ceo") in _posts(seed)


def test_years_at_a_body_are_a_post_there():
    seed = extract_text(
        "Sam Okoro will succeed Ann Lowe, who is retiring after a decade at the Kelby Heart "
        "Trust. Ned Ruiz said his two years at the Dale Arts Festival were happy ones.\n"
    )
    posts = _posts(seed)
    assert ("Ann Lowe", "WORKS_FOR", "Kelby Heart Trust", "") in posts
    assert not any(who in {"Sam Okoro", "Ned Ruiz"} for who, *_ in posts)


def test_a_chair_who_is_also_a_trustee_is_the_chair():
    seed = extract_text(
        "Kelby Hospice has appointed Tom Reyes as the new chair of its board of trustees.\n\n"
        "Tom Reyes, a trustee of Kelby Hospice since 2020, takes over in May.\n"
    )
    board = {(w, role) for w, kind, org, role in _posts(seed) if org == "Kelby Hospice"}
    assert board == {("Tom Reyes", "chair")}


def test_a_title_at_a_bodys_possessive_before_the_name():
    seed = extract_text(
        "Kelby Hospice has a new chair. Chief executive at Dale Care’s Mia Lund said she was "
        "glad. Kelby Hospice's Ravi Dunn agreed.\n"
    )
    posts = _posts(seed)
    assert ("Mia Lund", "WORKS_FOR", "Dale Care", "chief executive") in posts
    assert ("Ravi Dunn", "WORKS_FOR", "Kelby Hospice", "") in posts


def test_a_body_whose_name_opens_with_letters_like_a_style():
    seed = extract_text(
        "Ola Penn is to leave her post as chief executive of the MS Trust to take the reins "
        "at the Kelby Heart Trust from next April.\n"
    )
    posts = _posts(seed)
    assert ("Ola Penn", "WORKS_FOR", "MS Trust", "chief executive") in posts
    assert not any(org == "Kelby Heart Trust" and role for _, _, org, role in posts)


def test_a_letter_signed_with_a_name_and_post_is_a_byline():
    seed = extract_text(
        "Kelby Health Bulletin: May\n\n"
        "I am retiring next month after seven years leading this work.\n\n"
        "Yours,\n\n"
        "Rina Mace\n"
        "Director, Healthy Streets Improvement Programme\n\n"
        "Kind regards\n"
        "Omar Lyle\n"
        "Chief Executive, Dale Carers Trust\n"
    )
    assert seed["source"].get("author") == "Rina Mace"
    rels = {(r["from"], r["type"], r["to"]) for r in seed["relations"]}
    assert ("Rina Mace", "RUNS", "Healthy Streets Improvement Programme") in rels
    assert ("Omar Lyle", "WORKS_FOR", "Dale Carers Trust") in rels
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types["Healthy Streets Improvement Programme"] == "Project"


def test_two_posts_joined_by_and_each_where_it_is_held():
    seed = extract_text(
        "Karen Stott is the chief executive of Dunmoor Council for Voluntary Service and a "
        "non-executive director of Kelby Hospitals NHS Trust.\n\n"
        "Before joining Fenbridge Borough Council, Ada Quill was chief executive of Orrin "
        "District Council and director of place at Kelby Borough Council.\n"
    )
    posts = _posts(seed)
    assert (
        "Karen Stott",
        "WORKS_FOR",
        "Dunmoor Council for Voluntary Service",
        "chief executive",
    ) in posts
    assert (
        "Karen Stott",
        "MEMBER_OF",
        "Kelby Hospitals NHS Trust",
        "non-executive director",
    ) in posts
    assert ("Ada Quill", "WORKS_FOR", "Kelby Borough Council", "director of place") in posts
    assert not any(w == "Ada Quill" and t == "Fenbridge Borough Council" for w, _, t, _ in posts)


def test_an_appositive_post_now_held_its_and_a_described_employer():
    seed = extract_text(
        "Ada Quill, currently deputy chief executive at Orrin District Council, will join in "
        "May.\n\n"
        "Nia Brook, chair of NHS Fenbridge ICB, and Tom Pardoe, its chief executive, signed "
        "the agreement.\n\n"
        "Lew Hart, chief executive officer of food supply organisation Kelby Food Network, "
        "said it was welcome.\n"
    )
    posts = _posts(seed)
    assert ("Ada Quill", "WORKS_FOR", "Orrin District Council", "deputy chief executive") in posts
    assert ("Tom Pardoe", "WORKS_FOR", "NHS Fenbridge ICB", "chief executive") in posts
    assert ("Lew Hart", "WORKS_FOR", "Kelby Food Network", "chief executive officer") in posts
    assert {r for w, _, _, r in posts if w == "Lew Hart"} == {"chief executive officer"}


def test_caption_title_organisation_then_name():
    seed = extract_text(
        "Left to right: Chair of Kelby Hospice Tom Ridley and Chief Executive of Fenbridge "
        "Borough Council Lia Marr.\n\n"
        "Pictured: Orrin District Council Leader Nia Brook.\n"
    )
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types["Tom Ridley"] == "Person"
    assert types["Kelby Hospice"] == "Organisation"
    assert types["Orrin District Council"] == "Organisation"
    posts = _posts(seed)
    assert ("Tom Ridley", "MEMBER_OF", "Kelby Hospice", "chair") in posts
    assert ("Lia Marr", "WORKS_FOR", "Fenbridge Borough Council", "chief executive") in posts
    assert ("Nia Brook", "WORKS_FOR", "Orrin District Council", "council leader") in posts


def test_a_career_told_with_she_and_her():
    seed = extract_text(
        "Kelby Hospitals NHS Trust has appointed Ada Quill as its new chair.\n\n"
        "She is a trustee of Orrin Mind and a member of the Fenbridge Place Partnership.\n\n"
        "Her experience includes roles as director of finance at Kelby Borough Council and as "
        "chair of the Fenbridge Carers Network.\n"
    )
    posts = _posts(seed)
    assert {
        ("Ada Quill", "MEMBER_OF", "Kelby Hospitals NHS Trust", "chair"),
        ("Ada Quill", "MEMBER_OF", "Orrin Mind", "trustee"),
        ("Ada Quill", "MEMBER_OF", "Fenbridge Place Partnership", "member"),
        ("Ada Quill", "WORKS_FOR", "Kelby Borough Council", "director of finance"),
        ("Ada Quill", "MEMBER_OF", "Fenbridge Carers Network", "chair"),
    } <= posts


def test_the_acronym_of_an_organisation_named_before_holds_the_post():
    seed = extract_text(
        "NHS Kelby Integrated Care Board (ICB) has a new chair.\n\n"
        'The ICB\'s Chief Executive, Dr Ruth Penn, added: "We are thrilled."\n'
    )
    assert (
        "Ruth Penn",
        "WORKS_FOR",
        "NHS Kelby Integrated Care Board",
        "chief executive",
    ) in _posts(seed)


def test_a_caption_title_and_body_right_before_the_name_with_no_comma():
    seed = extract_text(
        "Kelby Hospice Trust has a new chairman - former chief executive of the Westshire "
        "Housing Agency Dr Ada Brook.\n"
    )
    posts = _posts(seed)
    assert ("Ada Brook", "WORKS_FOR", "Westshire Housing Agency", "chief executive") in posts


def test_an_appositive_post_at_the_body_named_before_by_its_word():
    seed = extract_text(
        "Kelby Community Housing Trust has opened a jobs club.\n\n"
        "Ada Brook, director of property and new business at the trust, said: "
        "“We are very excited.”\n"
    )
    posts = _posts(seed)
    post = ("Ada Brook", "WORKS_FOR", "Kelby Community Housing Trust", "director of property")
    assert (*post[:3], post[3] + " and new business") in posts


def test_a_person_representing_a_body_works_for_it():
    seed = extract_text(
        "The panel included Ada Brook, representing the carers charity Kelby Carers Trust, "
        "and Len Howe, representing Westshire.\n"
    )
    posts = _posts(seed)
    assert any(w == "Ada Brook" and o == "Kelby Carers Trust" for w, _, o, _ in posts)
    assert not any(w == "Len Howe" for w, *_ in posts)


def test_holder_read_into_a_long_body_name_after_a_post_of():
    # the recogniser reads the holder into the body's name; the body's head word
    # ("Council") is earlier in the name, not right before the holder
    seed = extract_text(
        "The chief executive of the Westmoor Council for Voluntary Organisations Ada Brook "
        "is to retire next year.\n\n"
        "Director of the Kelby NHS Confederation Tom Ridley reflects on working across "
        "sector boundaries.\n"
    )
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types.get("Ada Brook") == "Person"
    assert types.get("Westmoor Council for Voluntary Organisations") == "Organisation"
    assert types.get("Tom Ridley") == "Person"
    assert types.get("Kelby NHS Confederation") == "Organisation"
    assert not any(
        n.endswith(("Ada Brook", "Tom Ridley")) and n not in {"Ada Brook", "Tom Ridley"}
        for n in types
    )
    posts = _posts(seed)
    assert (
        "Ada Brook",
        "WORKS_FOR",
        "Westmoor Council for Voluntary Organisations",
        "chief executive",
    ) in posts


def test_posts_written_with_a_hyphen_are_no_bodies():
    seed = extract_text(
        "The Lord-Lieutenant of Westshire Lady Ada Brook MBE cut the ribbon to open the "
        "Northtown Centre.\n\n"
        "Commenting on his appointment, Tom Reed said: “I'm delighted to become Chair-Elect. "
        "It will be an honour to lead Kelby Trust.”\n"
    )
    names = {e["name"] for e in seed["entities"]}
    assert "Ada Brook" in names and "Tom Reed" in names
    assert not any("Lieutenant" in n or "Elect" in n for n in names)
    assert not any(a == "Ada Brook" and b == "Westshire" for a, _, b, _ in _posts(seed))


def test_a_short_post_between_a_body_and_its_holder_is_the_holders_post():
    seed = extract_text(
        "Kelby City Council CE Ann Dale said it was heartening to see the work.\n\n"
        "Foo Homes MD Tom Reed welcomed the news.\n\n"
        "Pupils from St Mary's CE Primary School sang, and Ola Brisk, head teacher at "
        "Fenby CE Academy, said it was lovely.\n"
    )
    posts = _posts(seed)
    assert ("Ann Dale", "WORKS_FOR", "Kelby City Council", "ce") in posts
    assert ("Tom Reed", "WORKS_FOR", "Foo Homes", "md") in posts
    names = {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
    assert {"St Mary's CE Primary School", "Fenby CE Academy"} <= names
    assert ("Ola Brisk", "WORKS_FOR", "Fenby CE Academy", "head teacher") in posts
