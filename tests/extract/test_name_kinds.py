"""Capitalised words that say what kind of thing is meant but name none: a kind
of body ("the Local Authority"), a part of one ("the Executive Team"), a kind of
document ("our Annual Report"), an award's category ("Charity of the Year"),
and credits for a photograph. Small made-up write-ups, one kind of fault from
real pages (issue 11) each, worded several ways.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, pairs

# ------------------------------------------------ a kind of body, not a body


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The charity works with the Local Authority to help residents.", "Local Authority"),
        ("Staff from the Clinical Commissioning Group came.", "Clinical Commissioning Group"),
        ("Ann Bell said an Integrated Care Board would plan services.", "Integrated Care Board"),
        ("Each Primary Care Network sent two nurses to Harbour Trust.", "Primary Care Network"),
        ("The Executive Team presented the plan to Harbour Trust members.", "Executive Team"),
        ("Jo Ng thanked the Board of Trustees of Harbour Trust.", "Board of Trustees"),
        ("The Upper Tier Local Authority nominated two councillors.", "Upper Tier Local Authority"),
    ],
)
def test_a_kind_of_body_alone_is_no_entity(text, kind):
    assert kind not in {name for _, name in entities(text)}


def test_a_kind_of_body_that_refers_back_keeps_what_it_says():
    text = (
        "Westshire County Council has backed the new hub. "
        "The County Council funded Harbour Trust for three years."
    )
    seed = extract_text(text, path="page.txt")
    names = {e["name"] for e in seed["entities"]}
    assert "Westshire County Council" in names
    assert "County Council" not in names
    assert ("Westshire County Council", "Harbour Trust") in pairs(seed, "FUNDED")


def test_a_body_named_with_the_words_of_a_kind_is_still_a_body():
    found = entities("Dalby NHS Trust and the Health Foundation met the Westmoor Local Authority.")
    assert ("Organisation", "Dalby NHS Trust") in found
    assert ("Organisation", "Health Foundation") in found
    assert ("Organisation", "Westmoor Local Authority") in found


def test_a_relation_to_a_kind_of_body_is_not_made():
    seed = extract_text("The Local Authority funded Harbour Trust last year.", path="page.txt")
    assert not pairs(seed, "FUNDED")


# ------------------------------------------------ a kind of local body, each named for its place


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dalby got a boost from its local Community Foundation.", "Community Foundation"),
        ("The Community Centre hosted a reception for Harbour Trust.", "Community Centre"),
        ("Guests from the Hospital Trust attended the Harbour Trust meeting.", "Hospital Trust"),
        ("Ann Bell thanked the Friends for their gifts to Harbour Trust.", "Friends"),
        ("Jo Ng of the Ambulance Service spoke to Harbour Trust volunteers.", "Ambulance Service"),
        ("Staff at Healthwatch in Kelby and Fenby will take over the work.", "Healthwatch"),
        ("The Third Sector Interface in each area will hand it out.", "Third Sector Interface"),
    ],
)
def test_a_kind_of_local_body_alone_is_no_entity(text, kind):
    """A body of a kind every area has one of, named without its place or its
    own words ("the Community Foundation" of many), is no name (GOLD.md: "the
    council" with no name)."""
    assert kind not in {name for _, name in entities(text)}


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        (
            "Women in Dalby got a boost from their local Community Foundation. "
            "The Community Foundation for Dalby funded Harbour Trust.",
            "Community Foundation for Dalby",
            "Community Foundation",
        ),
        (
            "The Kelby Rural Community Council launched an appeal. "
            "The Rural Community Council thanked its donors.",
            "Kelby Rural Community Council",
            "Rural Community Council",
        ),
        (
            "Ann Bell chairs the Friends of Dalby Hospital. The Friends raised £5,000.",
            "Friends of Dalby Hospital",
            "Friends",
        ),
    ],
)
def test_a_kind_of_local_body_leaves_the_named_body(text, body, kind):
    names = {name for _, name in entities(text)}
    assert body in names
    assert kind not in names


# ------------------------------------------------ a kind of document


@pytest.mark.parametrize(
    "text",
    [
        "Our Annual Report and Accounts are now available from Harbour Trust.",
        "Harbour Trust published its Annual Review in May.",
        "Read the Privacy Policy and the Terms and Conditions of Harbour Trust.",
    ],
)
def test_a_kind_of_document_is_no_report(text):
    assert not [n for t, n in entities(text) if t == "Report"]


def test_a_named_report_stays_a_report():
    found = entities("Harbour Trust published the Tides of Change report in May.")
    assert ("Report", "Tides of Change") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            # "the": after "a" a capitalised phrase is a kind (test_spurious_bodies)
            "Westshire Council and Kelby University have signed the Shared Research "
            "Agreement to speed up research.",
            "Shared Research Agreement",
        ),
        (
            "Both councils signed the Northtown Data Sharing Agreement last week.",
            "Northtown Data Sharing Agreement",
        ),
    ],
)
def test_a_named_agreement_is_a_report(text, name):
    """An agreement bodies sign is a document (GOLD.md: charters, strategies), not
    a body, whatever the recogniser says."""
    assert ("Report", name) in entities(text)


# ------------------------------------------------ award categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Harbour Trust was named Charity of the Year at the Dalby Business Awards.",
            "Charity of the Year",
        ),
        (
            "Ann Bell won Volunteer of the Year for her work with Harbour Trust.",
            "Volunteer of the Year",
        ),
        (
            "Harbour Trust won Community Partnership of the Year from Dalby Council.",
            "Community Partnership of the Year",
        ),
        (
            "Dalby Foodbank has won the Community Impact category at the Westshire Charity Awards.",
            "Community Impact",
        ),
        (
            "Harbour Trust was shortlisted for Best Small Charity at the Westshire Charity Awards.",
            "Best Small Charity",
        ),
        ("The Rising Star award went to Jo Ng of Harbour Trust.", "Rising Star"),
    ],
)
def test_an_award_category_is_no_entity(text, category):
    seed = extract_text(text, path="page.txt")
    assert category not in {e["name"] for e in seed["entities"]}
    assert all(category not in (r["from"], r["to"]) for r in seed["relations"])


def test_a_body_giving_an_award_stays_a_body():
    found = entities("Jo Ng received a Harbour Trust award for her volunteering in Dalby.")
    assert ("Organisation", "Harbour Trust") in found


def test_a_name_opening_with_best_and_no_body_word_stays_a_name():
    found = entities("Best Beginnings, a charity, works with Harbour Trust in Dalby.")
    assert ("Organisation", "Best Beginnings") in found


# ------------------------------------------------ credits for a photograph


@pytest.mark.parametrize(
    "credit",
    [
        "Image credit: Kelby Studios",
        "Photo by Kelby Studios",
        "Picture courtesy of Kelby Studios",
        "Photograph: Sam Price/Kelby Studios",
        "Credit: Kelby Studios",
    ],
)
def test_a_photo_credit_names_no_entity(credit):
    text = (
        "Harbour Trust opens hub\n\n"
        "Harbour Trust opened a hub in Dalby on Monday.\n\n"
        f"{credit}\n\n"
        "The hub will be run by volunteers."
    )
    names = {n for _, n in entities(text)}
    assert "Kelby Studios" not in names
    assert "Sam Price" not in names
    assert "Harbour Trust" in names


def test_a_caption_still_names_who_is_pictured():
    text = (
        "Harbour Trust opens hub\n\n"
        "Harbour Trust opened a hub in Dalby on Monday.\n\n"
        "Photo: Ann Bell of Harbour Trust at the hub\n\n"
        "The hub will be run by volunteers."
    )
    assert ("Person", "Ann Bell") in entities(text)


# ------------------------------------------------ quoted names: publications or not


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Ann Bell described the hub as a "Lifeline For The Community" at the opening.', None),
        ('The choir sang "Lean On Me" as the Harbour Trust centre opened.', None),
        ("The Duchess said the Harbour Trust centre was 'Truly Inspiring'.", None),
        ("Harbour Trust's 'Warm Welcome' campaign has helped 300 families.", "Project"),
    ],
)
def test_a_quoted_name_nothing_calls_a_publication_is_no_report(text, quoted):
    found = entities(text)
    assert not [n for t, n in found if t == "Report"]
    if quoted:
        assert (quoted, "Warm Welcome") in found


@pytest.mark.parametrize(
    "text",
    [
        'Harbour Trust launched its new strategy, "Together We Can", at the event.',
        "Harbour Trust published 'Together We Can' in May.",
        "The 'Together We Can' report sets out how Harbour Trust will grow.",
        "Harbour Trust is consulting on its draft 'Together We Can Strategy 2030'.",
    ],
)
def test_a_quoted_publication_is_a_report(text):
    assert [n for t, n in entities(text) if t == "Report" and n.startswith("Together We Can")]
