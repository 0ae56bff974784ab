"""Posts, boards, funders and collaborators written the ways pages other than the
ones the rules were first written on put them: new posts announced before the
holder is named, seats filled by a list under a lead line, several posts in one
sentence, funders listed together, first-person grants, collaborators given as
examples. All names are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.mentions.mention import RoleSpan
from collabgraph.extract.mentions.role_fit import body_before_post
from collabgraph.extract.nlp_model import load_nlp
from tests.extract.reading import evidence as _evidence
from tests.extract.reading import pairs as _pairs
from tests.extract.reading import rows as _rels
from tests.extract.reading import ruled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orrin Vale Hospice has a new chairman - former chief executive of the Kelby "
            "Development Agency Dr Tomas Vell.",
            ("Tomas Vell", "MEMBER_OF", "Orrin Vale Hospice", "chairman"),
        ),
        (
            "Westbrook Housing Trust has appointed a new chief executive: Ola Brisk.",
            ("Ola Brisk", "WORKS_FOR", "Westbrook Housing Trust", "chief executive"),
        ),
        (
            "The Fenmoor Carers Network welcomes a new chair, Pete Sands, who joins from "
            "a career in banking.",
            ("Pete Sands", "MEMBER_OF", "Fenmoor Carers Network", "chair"),
        ),
    ],
)
def test_a_new_post_and_its_holder_after_a_dash_colon_or_comma(text, expected):
    seed = extract_text(text + "\n", path="news.txt")
    assert expected in _rels(seed)


def test_a_new_post_announced_before_the_holder_is_named():
    text = (
        "Kelby Vale Hospitals Trust has appointed a new chief executive.\n\n"
        "Greta Wills will join the Trust from Orrin Community Health Trust, where she is "
        "presently the director of nursing.\n"
    )
    seed = extract_text(text, path="news.txt")
    rels = _rels(seed)
    assert ("Greta Wills", "WORKS_FOR", "Kelby Vale Hospitals Trust", "chief executive") in rels
    assert ("Greta Wills", "WORKS_FOR", "Orrin Community Health Trust", "director of nursing") in (
        rels
    )
    evidence = _evidence(seed, "Greta Wills", "Kelby Vale Hospitals Trust")
    assert "appointed a new chief executive" in evidence and "will join the Trust" in evidence


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (
            "A new interim chief executive has been appointed at Kelby Vale Hospitals Trust.",
            ("Greta Wills", "WORKS_FOR", "Kelby Vale Hospitals Trust", "interim chief executive"),
        ),
        (
            "A new chair has been named by Fenmoor Carers Network.",
            ("Greta Wills", "MEMBER_OF", "Fenmoor Carers Network", "chair"),
        ),
    ],
)
def test_a_new_post_said_in_the_passive_waits_for_the_next_sentences_subject(first, expected):
    text = f"{first}\n\nGreta Wills took up the role on 1 March.\n"
    assert expected in _rels(extract_text(text, path="news.txt"))


def test_a_passive_new_post_is_only_one_opening_its_sentence():
    text = (
        "Patients say a new chair has been appointed at Kelby Vale Hospitals Trust.\n\n"
        "Greta Wills took up the role on 1 March.\n"
    )
    seed = extract_text(text, path="news.txt")
    assert not any(r["from"] == "Greta Wills" for r in ruled(seed)["relations"])


def test_a_new_post_waits_only_for_the_next_sentences_subject():
    text = (
        "Kelby Vale Hospitals Trust has appointed a new chief executive.\n\n"
        "The appointment follows a long search. Patients told Greta Wills they were pleased.\n"
    )
    seed = extract_text(text, path="news.txt")
    assert not any(r["from"] == "Greta Wills" for r in seed["relations"])


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        (
            "The five non-executive directors have been appointed following a formal "
            "recruitment process. The successful candidates are:",
            "non-executive director",
        ),
        ("New trustees elected at this year's meeting:", "trustee"),
    ],
)
def test_people_listed_under_a_line_that_fills_seats_hold_them(lead, role):
    text = (
        "Fenmoor Community Foundation\n\n"
        "Fenmoor Community Foundation gives grants across the county. Fenmoor Community "
        "Foundation is run by its board.\n\n"
        f"{lead}\n\n"
        "- Ada Quill from Kelby Council for Voluntary Service\n"
        "- Tomas Vell from Orrin Valley Housing Association\n"
    )
    seed = extract_text(text, path="page.md")
    rels = _rels(seed)
    for person in ("Ada Quill", "Tomas Vell"):
        assert (person, "MEMBER_OF", "Fenmoor Community Foundation", role) in rels
    assert lead.split()[1] in _evidence(seed, "Ada Quill", "Fenmoor Community Foundation")


def test_a_list_under_a_line_with_no_seat_gives_no_post():
    text = (
        "Fenmoor Community Foundation\n\n"
        "Fenmoor Community Foundation gives grants across the county. Fenmoor Community "
        "Foundation is run by its board.\n\n"
        "Our speakers were announced today:\n\n"
        "- Ada Quill from Kelby Council for Voluntary Service\n"
    )
    seed = extract_text(text, path="page.md")
    assert ("Ada Quill", "Fenmoor Community Foundation") not in _pairs(seed, "MEMBER_OF")


def test_several_posts_in_one_sentence_each_where_it_is_held():
    text = (
        "Dr Tomas Vell joined the board last year. He has been chair of Orrin Vale "
        "Hospice. He is also a visiting professor at the University of Kelby, a director "
        "of Fenmoor Studios Ltd, and a trustee of the Westbrook Arts Trust.\n"
    )
    rels = _rels(extract_text(text, path="news.txt"))
    assert ("Tomas Vell", "MEMBER_OF", "Orrin Vale Hospice", "chair") in rels
    assert ("Tomas Vell", "WORKS_FOR", "University of Kelby", "visiting professor") in rels
    assert ("Tomas Vell", "WORKS_FOR", "Fenmoor Studios Ltd", "director") in rels
    assert ("Tomas Vell", "MEMBER_OF", "Westbrook Arts Trust", "trustee") in rels


def test_a_post_at_a_body_that_no_longer_exists():
    text = "Mr Sands was chairman of the former Kelby Vale NHS Trust, which ran two hospitals.\n"
    rels = _rels(extract_text(text, path="news.txt"))
    assert ("Sands", "MEMBER_OF", "Kelby Vale NHS Trust", "chairman") in rels


def test_a_post_before_a_name_with_the_bodys_word_alone():
    text = (
        "The Orrin Heritage Museum reopens next week. Museum manager Ada Quill said the "
        "new galleries were ready.\n"
    )
    rels = _rels(extract_text(text, path="news.txt"))
    assert ("Ada Quill", "WORKS_FOR", "Orrin Heritage Museum", "manager") in rels


def test_a_body_word_inside_a_name_is_not_read_as_the_body():
    text = "The Orrin Heritage Museum reopens next week. Kelby Museum manager Ada Quill visited.\n"
    assert ("Ada Quill", "Orrin Heritage Museum") not in _pairs(
        extract_text(text, path="news.txt"), "WORKS_FOR"
    )


def test_each_funder_listed_funded_the_grantee():
    text = (
        "The Fenmoor Library Service has been awarded funding of £70,000 from Kelby Arts "
        "Board and the Orrin Heritage Fund as part of a new programme.\n"
    )
    funded = _pairs(extract_text(text, path="news.txt"), "FUNDED")
    assert ("Kelby Arts Board", "Fenmoor Library Service") in funded
    assert ("Orrin Heritage Fund", "Fenmoor Library Service") in funded


def test_a_grantee_named_with_its_town_between_commas():
    text = (
        "Grants worth £2m from the Orrin Community Fund were announced today. Westbrook "
        "Womens Aid, Middlesbrough, picked up £23,522 to support families.\n"
    )
    funded = _pairs(extract_text(text, path="news.txt"), "FUNDED")
    assert ("Orrin Community Fund", "Westbrook Womens Aid") in funded


def test_we_received_a_grant_is_the_pages_own_organisation():
    text = (
        "---\nurl: https://www.fenmoormuseum.org/news/grant\n---\n\n"
        "Fenmoor Museum & Gallery has news for its visitors. We have recently received a "
        "£90,000 grant from the Kelby Arts Board.\n"
    )
    funded = _pairs(extract_text(text, path="page.md"), "FUNDED")
    assert ("Kelby Arts Board", "Fenmoor Museum & Gallery") in funded


def test_collaborators_given_as_examples_of_a_group():
    text = (
        "---\nurl: https://www.fenmoormuseum.org/news/plans\n---\n\n"
        "Fenmoor Museum & Gallery has plans for the year. We will also work with charities "
        "and organisations throughout the region – such as the Orrin Carers Trust and the "
        "Kelby Deaf Society – to reach new visitors. This helps us go further through our "
        "relationships with local services such as the Westbrook Housing Association, "
        "local schools and galleries.\n"
    )
    pairs = _pairs(extract_text(text, path="page.md"), "COLLABORATES_WITH")
    for other in ("Orrin Carers Trust", "Kelby Deaf Society", "Westbrook Housing Association"):
        assert ("Fenmoor Museum & Gallery", other) in pairs


def test_examples_after_a_named_partner_are_not_read_as_collaborators():
    text = (
        "Fenmoor Museum & Gallery will work with the Orrin Carers Trust on visits for "
        "groups such as Kelby Youth Club.\n"
    )
    pairs = _pairs(extract_text(text, path="news.txt"), "COLLABORATES_WITH")
    assert ("Fenmoor Museum & Gallery", "Orrin Carers Trust") in pairs
    assert ("Fenmoor Museum & Gallery", "Kelby Youth Club") not in pairs


def test_a_chair_designate_is_a_board_post_and_says_where():
    text = (
        "Jane Morrow has been appointed chair designate of Kelby Hospice. Tomas Vell has "
        "been appointed chair designate of the ICB. Kelby Care Network held its meeting. "
        "Kelby Care Network thanked its members.\n"
    )
    seed = ruled(extract_text(text, path="news.txt"))
    assert ("Jane Morrow", "MEMBER_OF", "Kelby Hospice", "chair designate") in _rels(seed)
    # "of the ICB", a body named only by its kind's letters, is not the page's own
    # organisation: the post is at the ICB
    assert {r["to"] for r in seed["relations"] if r["from"] == "Tomas Vell"} <= {"ICB"}


@pytest.mark.parametrize(
    "text",
    [
        "Ada Quill has chaired the existing Kelby Care Network structures for two years.",
        "Ada Quill is co-chair of the Kelby Care Network's reference group for leaders.",
        "Ada Quill chaired the Kelby Care Network annual meeting.",
    ],
)
def test_a_post_in_something_a_body_owns_is_not_a_post_at_the_body(text):
    seed = extract_text(text + "\n", path="news.txt")
    assert not any(r["type"] == "MEMBER_OF" for r in seed["relations"])


def test_a_post_at_a_body_and_its_board_is_still_at_the_body():
    rels = _rels(extract_text("Ada Quill chairs the Kelby Care Network board.\n", path="n.txt"))
    assert ("Ada Quill", "MEMBER_OF", "Kelby Care Network", "chair") in rels


def test_a_funder_named_with_a_passive_award_stays_in_view_for_later_grantees():
    text = (
        "The Fenmoor Trust has been awarded £460,778 from the Orrin Community Fund for its "
        "family work. Kelby Womens Aid, Hartlepool, picked up £123,522 to help it support "
        "victims.\n"
    )
    funded = _pairs(extract_text(text, path="news.txt"), "FUNDED")
    assert ("Orrin Community Fund", "Fenmoor Trust") in funded
    assert ("Orrin Community Fund", "Kelby Womens Aid") in funded


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kelby Council, Orrin Housing Trust and the Fenmoor Hospice will work together "
            "on a new service.",
            "COLLABORATES_WITH",
        ),
        (
            "Kelby Council, Orrin Housing Trust and Fenmoor Hospice have joined forces to "
            "tackle homelessness.",
            "PARTNER_OF",
        ),
    ],
)
def test_bodies_a_sentence_opens_with_work_together_each_with_each(text, kind):
    pairs = _pairs(extract_text(text + "\n", path="news.txt"), kind)
    bodies = ["Kelby Council", "Orrin Housing Trust", "Fenmoor Hospice"]
    for i, a in enumerate(bodies):
        for b in bodies[i + 1 :]:
            assert (a, b) in pairs or (b, a) in pairs


def test_bodies_that_only_attend_together_are_not_collaborators():
    text = "Kelby Council, Orrin Housing Trust and Fenmoor Hospice attended the meeting.\n"
    seed = extract_text(text, path="news.txt")
    assert not any(r["type"] in {"COLLABORATES_WITH", "PARTNER_OF"} for r in seed["relations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kelby Council has formed a partnership with Orrin Housing Trust.",
            ("Kelby Council", "PARTNER_OF", "Orrin Housing Trust"),
        ),
        (
            "An agreement between Kelby Council and Orrin Housing Trust was signed today.",
            ("Kelby Council", "PARTNER_OF", "Orrin Housing Trust"),
        ),
        (
            "Kelby Museum will collaborate with the Orrin Arts Trust on the exhibition.",
            ("Kelby Museum", "COLLABORATES_WITH", "Orrin Arts Trust"),
        ),
        (
            "Kelby Museum has co-operated with the Orrin Arts Trust for years.",
            ("Kelby Museum", "COLLABORATES_WITH", "Orrin Arts Trust"),
        ),
        (
            "The Orrin Trust has donated £5,000 to Kelby Foodbank.",
            ("Orrin Trust", "FUNDED", "Kelby Foodbank"),
        ),
    ],
)
def test_ordinary_phrasings_of_partnership_collaboration_and_giving(text, expected):
    seed = extract_text(text + "\n", path="news.txt")
    assert expected in {(r["from"], r["type"], r["to"]) for r in seed["relations"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Retiring as a trustee is Ada Quill, who was one of the four members of the "
            "Kelby Nursing Society who campaigned for a hospice.",
            ("Ada Quill", "MEMBER_OF", "Kelby Nursing Society"),
        ),
        (
            "Kelby Hospice is one of the founding members of the Orrin Hospices Alliance.",
            ("Kelby Hospice", "MEMBER_OF", "Orrin Hospices Alliance"),
        ),
        (
            "We met Ada Quill, who is a trustee of the Fenmoor Trust.",
            ("Ada Quill", "MEMBER_OF", "Fenmoor Trust"),
        ),
    ],
)
def test_one_of_the_members_and_who_clauses(text, expected):
    seed = extract_text(text + "\n", path="news.txt")
    assert expected in {(r["from"], r["type"], r["to"]) for r in seed["relations"]}


def test_a_programme_that_is_its_own_is_the_givers():
    text = (
        "The Fenmoor Trust has been awarded £460,778 from the Orrin Community Fund as part "
        "of its Reaching Out programme.\n"
    )
    rels = {(r["from"], r["type"], r["to"]) for r in extract_text(text, path="n.txt")["relations"]}
    assert ("Orrin Community Fund", "RUNS", "Reaching Out") in rels
    assert ("Fenmoor Trust", "RUNS", "Reaching Out") not in rels


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Council and its partners, Orrin Housing Trust and Fenmoor Hospice, met today.",
        "The scheme is run by a partnership of Kelby Council, Orrin Housing Trust and "
        "Fenmoor Hospice.",
    ],
)
def test_partners_named_with_their_partner(text):
    pairs = _pairs(extract_text(text + "\n", path="news.txt"), "PARTNER_OF")
    assert ("Kelby Council", "Orrin Housing Trust") in pairs
    assert ("Kelby Council", "Fenmoor Hospice") in pairs


_PAGE = (
    "Kelby Carers Trust\n\nKelby Carers Trust supports carers. Kelby Carers Trust is a charity.\n\n"
)


@pytest.mark.parametrize(
    "listing",
    [
        "Our trustees\n\n- Jane Morrow (Chair)\n- Tomas Vell\n- Ada Quill\n",
        "Board of Trustees:\n\n- Jane Morrow (Chair)\n- Tomas Vell\n- Ada Quill\n",
    ],
)
def test_people_listed_under_a_heading_naming_seats_hold_them(listing):
    rels = _rels(extract_text(_PAGE + listing, path="page.md"))
    assert ("Jane Morrow", "MEMBER_OF", "Kelby Carers Trust", "chair") in rels
    for person in ("Tomas Vell", "Ada Quill"):
        assert (person, "MEMBER_OF", "Kelby Carers Trust", "trustee") in rels


def test_people_listed_under_another_heading_hold_no_seat():
    listing = "Our speakers\n\n- Tomas Vell\n- Ada Quill\n"
    seed = extract_text(_PAGE + listing, path="page.md")
    assert not any(r["type"] == "MEMBER_OF" for r in seed["relations"])


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The board of Kelby Carers Trust is made up of Jane Morrow, Tomas Vell and Ada Quill.",
            "board member",
        ),
        ("Kelby Carers Trust's board of trustees includes Jane Morrow and Tomas Vell.", "trustee"),
    ],
)
def test_the_people_a_bodys_board_is_made_of_are_its_members(text, role):
    rels = _rels(extract_text(text + "\n", path="news.txt"))
    assert ("Jane Morrow", "MEMBER_OF", "Kelby Carers Trust", role) in rels
    assert ("Tomas Vell", "MEMBER_OF", "Kelby Carers Trust", role) in rels


def test_a_post_at_a_body_described_in_lower_case_words():
    text = (
        "Speakers were Dr Ada Quill, Chief Executive of national Kelby Mind, and Tomas "
        "Vell, director at housing charity Orrin Homes Trust.\n"
    )
    rels = _rels(extract_text(text, path="news.txt"))
    assert ("Ada Quill", "WORKS_FOR", "Kelby Mind", "chief executive") in rels
    assert ("Tomas Vell", "WORKS_FOR", "Orrin Homes Trust", "director") in rels


def test_a_body_awarded_money_is_not_a_funder_of_the_next_grantee():
    text = (
        "Kelby Carers was awarded £10,000 by the Orrin Fund. Fenmoor Youth Club received £5,000.\n"
    )
    funded = _pairs(extract_text(text, path="news.txt"), "FUNDED")
    assert ("Orrin Fund", "Kelby Carers") in funded
    assert ("Orrin Fund", "Fenmoor Youth Club") in funded
    assert ("Kelby Carers", "Fenmoor Youth Club") not in funded


def test_the_chair_in_a_clause_before_a_grant_is_not_the_grantee():
    text = (
        "The charity, which is chaired by Ada Quill, has received £20,000 from the Orrin "
        "Community Foundation.\n"
    )
    seed = extract_text(text, path="news.txt")
    assert ("Orrin Community Foundation", "Ada Quill") not in _pairs(seed, "FUNDED")
    assert ("Person", "Ada Quill") in {(e["type"], e["name"]) for e in seed["entities"]}


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        ("The two organisations have agreed a three-year partnership.", "PARTNER_OF"),
        ("The two organisations have met twice this year.", "COLLABORATES_WITH"),
    ],
)
def test_bodies_working_together_are_partners_on_a_page_that_calls_it_a_partnership(second, kind):
    text = f"Orrin Foundation and Kelby Council are working together on loneliness. {second}\n"
    pairs = _pairs(extract_text(text, path="news.txt"), kind)
    assert ("Orrin Foundation", "Kelby Council") in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "worked alongside" is working with, not a stated partnership (GOLD.md)
            "Working alongside Orrin Council, Kelby CVS will run the scheme.",
            ("Kelby CVS", "COLLABORATES_WITH", "Orrin Council"),
        ),
        (
            "Jane Morrow and Tomas Vell co-founded Kelby Carers in 2010.",
            ("Jane Morrow", "COLLABORATES_WITH", "Tomas Vell"),
        ),
        (
            "Kelby Hospice, Orrin Hospice and Fenmoor Hospice have formed a new collaborative.",
            ("Orrin Hospice", "COLLABORATES_WITH", "Fenmoor Hospice"),
        ),
    ],
)
def test_partners_and_collaborators_in_other_orders(text, expected):
    seed = extract_text(text + "\n", path="news.txt")
    assert expected in {(r["from"], r["type"], r["to"]) for r in seed["relations"]}


def test_in_collaboration_with_is_read_once():
    text = "Kelby CVS, in collaboration with Orrin Council, hosted the summit.\n"
    seed = extract_text(text, path="news.txt")
    kinds = [r["type"] for r in seed["relations"] if r["to"] == "Orrin Council"]
    # one tie, and GOLD.md's: "in collaboration with" is no formal partnership
    assert kinds == ["COLLABORATES_WITH"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Morrow, who heads the Kelby Food Partnership, said it was a good year.",
            ("Jane Morrow", "WORKS_FOR", "Kelby Food Partnership", "head"),
        ),
        (
            "Tomas Vell has been confirmed as chair designate. He has led Kelby Council for "
            "25 years.",
            ("Tomas Vell", "WORKS_FOR", "Kelby Council", "leader"),
        ),
        (
            "Jane Morrow leads the Kelby Pathways project.",
            ("Jane Morrow", "RUNS", "Kelby Pathways", ""),
        ),
    ],
)
def test_a_person_who_heads_or_leads_a_body(text, expected):
    assert expected in _rels(extract_text(text + "\n", path="news.txt"))


@pytest.mark.parametrize(
    "text",
    [
        "The project, led by Jane Morrow, ran for a year.",
        "Kelby Council led the bid for the funding.",
        "Jane Morrow leads the Kelby Carers Network team at Orrin Council.",
    ],
)
def test_leading_something_else_is_no_post(text):
    seed = extract_text(text + "\n", path="news.txt")
    assert not any(r["type"] in {"WORKS_FOR", "RUNS"} for r in seed["relations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Orrin Foundation has given £50,000 to Kelby Carers to expand its services.",
            [("Orrin Foundation", "Kelby Carers")],
        ),
        (
            "Grants have been awarded to Kelby Carers and Fenmoor Youth Club by the Westbrook "
            "Community Fund.",
            [
                ("Westbrook Community Fund", "Kelby Carers"),
                ("Westbrook Community Fund", "Fenmoor Youth Club"),
            ],
        ),
        (
            "The Orrin Foundation has committed £1m to Kelby Carers.",
            [("Orrin Foundation", "Kelby Carers")],
        ),
    ],
)
def test_money_given_to_grantees(text, expected):
    funded = _pairs(extract_text(text + "\n", path="news.txt"), "FUNDED")
    assert set(expected) <= funded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kelby Council is one of the partners in the Orrin Health and Care Partnership.",
            [("Kelby Council", "Orrin Health and Care Partnership")],
        ),
        (
            "Kelby Council, Fenmoor NHS Trust and Kelby CVS are all members of the Orrin "
            "Health and Care Partnership.",
            [
                ("Kelby Council", "Orrin Health and Care Partnership"),
                ("Fenmoor NHS Trust", "Orrin Health and Care Partnership"),
                ("Kelby CVS", "Orrin Health and Care Partnership"),
            ],
        ),
        (
            "Jane Morrow, who chaired Kelby Hospice for six years, has retired.",
            [("Jane Morrow", "Kelby Hospice")],
        ),
    ],
)
def test_members_named_before_the_body(text, expected):
    assert set(expected) <= _pairs(extract_text(text + "\n", path="news.txt"), "MEMBER_OF")


def test_funding_we_received_is_not_given_to_the_project_in_focus():
    text = (
        "The Orrin Foundation's Main Grants programme opened in May. Kelby Youth Club was "
        "awarded £5,000. Ada Quill, project manager, said: “We’re delighted to have been "
        "awarded this funding from the Orrin Foundation.”\n"
    )
    funded = _pairs(extract_text(text, path="news.txt"), "FUNDED")
    assert ("Orrin Foundation", "Main Grants") not in funded


def test_a_career_post_held_most_recently_at_a_body():
    text = (
        "Tomas Vell is the new chair. He joined the board in January after a career as a "
        "Chief Executive in the charitable sector, most recently at Kelby Hospice.\n"
    )
    rels = _rels(extract_text(text, path="news.txt"))
    assert ("Tomas Vell", "WORKS_FOR", "Kelby Hospice", "chief executive") in rels


def test_the_fuller_of_two_titles_for_one_post_is_kept():
    text = (
        "Westbrook Housing has appointed Ada Quill as its interim head. The board has "
        "appointed Ms Quill as interim chief executive of Westbrook Housing.\n"
    )
    rels = _rels(extract_text(text, path="news.txt"))
    assert ("Ada Quill", "WORKS_FOR", "Westbrook Housing", "chief executive") in rels
    assert ("Ada Quill", "WORKS_FOR", "Westbrook Housing", "head") not in rels


def test_a_body_and_its_post_set_apart_from_the_holder_by_commas():
    text = (
        "Kelby plan launched\n\nThe plan was launched on Monday at a conference. Tom Reed, "
        "NHS Kelby CEO, said it was good news.\n\nAlso there was Ann Lee, NHS Dalby Chief "
        "Executive, who said it was good.\n"
    )
    seed = extract_text(text, path="news.txt")
    names = {e["name"] for e in seed["entities"]}
    assert ("Ann Lee", "WORKS_FOR", "NHS Dalby", "chief executive") in _rels(seed)
    assert "NHS Dalby Chief Executive" not in names


def _post_in_brackets(text: str, body: str, post: str) -> bool:
    doc = load_nlp()(text)
    words = [t.text for t in doc]
    start = words.index(body.split()[0])
    post_start = start + len(body.split())
    post_end = post_start + len(post.split())
    return body_before_post(doc, RoleSpan(post, post_start, post_end), start, post_end, start)


@pytest.mark.parametrize(
    ("text", "body", "post", "expected"),
    [
        (
            "We heard from Tom Reed, NHS Kelby Chief Executive, and others.",
            "NHS Kelby",
            "Chief Executive",
            True,
        ),
        (
            "NHS Kelby Medical Director, Professor Tom Reed, spoke.",
            "NHS Kelby",
            "Medical Director",
            True,
        ),
        # the post may have taken the body's last words, or one word is a kind
        (
            "We heard from Tom Reed (Kelby Community Centre Manager) and others.",
            "Kelby Community Centre",
            "Manager",
            False,
        ),
        (
            "We heard from Tom Reed (Kelby Patient Engagement Lead) and others.",
            "Kelby Patient Engagement",
            "Lead",
            False,
        ),
        (
            "We heard from Tom Reed (Kelby Patient and Engagement Lead) and others.",
            "Kelby Patient and",
            "Engagement Lead",
            False,
        ),
        ("We heard from Tom Reed (Hospice Director) and others.", "Hospice", "Director", False),
    ],
)
def test_which_words_before_a_post_name_its_body(text, body, post, expected):
    assert _post_in_brackets(text, body, post) is expected
