"""Names glued to the words around them or cut apart: a post-holder run on from
the post's words ("Minister for Loneliness Jane Doe"). Small made-up write-ups,
one kind of fault from real pages (issue 11) each, worded several ways.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.layout import lay_out
from collabgraph.extract.mentions.acronyms import acronym_of
from tests.extract.reading import entities, pairs

# ------------------------------------------------ a post-holder glued to the post's words


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Minister for Loneliness Jane Doe said: "This fund matters."', "Jane Doe"),
        ("Minister for Veterans Tamsin Greaves MP welcomed the fund.", "Tamsin Greaves"),
        ("Shadow Minister for Tourism Ann Bell visited the Harbour Trust hub.", "Ann Bell"),
    ],
)
def test_a_minister_named_after_the_portfolio_is_a_person_and_the_portfolio_no_body(text, person):
    found = entities(text)
    assert ("Person", person) in found
    # the visit itself is the page's event (page_event/occasions.py), the portfolio no body
    assert not [n for t, n in found if t not in {"Person", "Event"} and n != "Harbour Trust"]


def test_a_post_holder_after_a_body_named_for_a_person_is_cut_from_it():
    seed = extract_text(
        "Chief Executive of Ada Lovell Trust Jane Doe spoke. "
        "Director of Ada Lovell Ann Bell also spoke.",
        path="page.txt",
    )
    found = {(e["type"], e["name"]) for e in seed["entities"]}
    assert {("Person", "Jane Doe"), ("Person", "Ann Bell")} <= found
    assert ("Jane Doe", "Ada Lovell Trust") in pairs(seed, "WORKS_FOR")
    assert not [n for _, n in found if n.endswith(("Lovell Ann Bell", "Lovell Jane Doe"))]


# ------------------------------------------------ a heading's first word, a party before a style


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Trust opens hub\n\nHarbour Trust opened a hub in Dalby.\n\nAbout Harbour Trust\n\n"
        "Harbour Trust is a charity for fishing families.",
        "Introducing Harbour Trust\n\nHarbour Trust is a charity for fishing families.",
    ],
)
def test_a_heading_about_a_body_names_the_body_alone(text):
    names = {n for _, n in entities(text)}
    assert "Harbour Trust" in names
    assert not [n for n in names if n.startswith(("About", "Introducing"))]


@pytest.mark.parametrize(
    "text",
    [
        "Labour MP Jane Doe hosted the reception for Harbour Trust.",
        "Green Cllr Jane Doe welcomed Harbour Trust volunteers.",
        "The reception was opened by Conservative MP Jane Doe and Harbour Trust.",
    ],
)
def test_a_party_before_a_style_is_no_body(text):
    found = entities(text)
    assert ("Person", "Jane Doe") in found
    assert {n for t, n in found if t == "Organisation"} == {"Harbour Trust"}


def test_members_of_parliament_in_the_plural_are_no_body():
    found = entities("The reception at Harbour Trust was attended by MPs and MSPs from Dalby.")
    assert not [n for _, n in found if n in {"MPs", "MSPs"}]


# ------------------------------------------------ a person, then her body in brackets


@pytest.mark.parametrize(
    "text",
    [
        "Joining the panel were Siobhan Kelly (Harbour Trust) and Wei Chen (Dalby University).",
        "The panel: Siobhan Kelly (Harbour Trust), Wei Chen (Dalby University).",
    ],
)
def test_a_person_before_her_body_in_brackets_is_a_person(text):
    found = entities(text)
    assert ("Person", "Siobhan Kelly") in found
    assert ("Organisation", "Harbour Trust") in found


# ------------------------------------------------ acronyms of the page's bodies


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        (
            "Leaders from Harbour Valley Hospitals NHS Foundation Trust met Kelby University. "
            "HVHT chair Jo Ng welcomed the deal.",
            "Harbour Valley Hospitals NHS Foundation Trust",
            "HVHT",
        ),
        (
            "North Westshire NHS Foundation Trust has a new chair. NWFT said Ann Bell would "
            "start in May.",
            "North Westshire NHS Foundation Trust",
            "NWFT",
        ),
        (
            "North Westshire NHS Trust has a new chair. NWNT said Ann Bell would start in May.",
            "North Westshire NHS Trust",
            "NWNT",
        ),
        (
            "The University of Kelby (UoK) and Dalby College signed it. UoK vice-chancellor "
            "Sam Price spoke.",
            "University of Kelby",
            "UoK",
        ),
        (
            "The Network of Community Ferry Groups (NCoFG) met in May. NCoFG chair Jo Ng "
            "opened the meeting.",
            "Network of Community Ferry Groups",
            "NCoFG",
        ),
        (
            "Harbour Valley Hospitals NHS Foundation Trust funds KBX Community Trust. "
            "KBXCT manager Sam Price welcomed the grant.",
            "KBX Community Trust",
            "KBXCT",
        ),
        (
            "Volunteers from Friends of the Fenby Canal cleared the towpath. FoTFC chair "
            "Jo Ng thanked them.",
            "Friends of the Fenby Canal",
            "FoTFC",
        ),
        (
            "Jane Doe thanked Friends of the Kelby Hills for the trees. Tom Reed said FoTKH "
            "would plant more next year.",
            "Friends of the Kelby Hills",
            "FoTKH",
        ),
    ],
)
def test_an_acronym_of_a_body_is_its_alias(text, body, short):
    seed = extract_text(text, path="page.txt")
    bodies = {e["name"]: e.get("aliases") or [] for e in seed["entities"]}
    assert short in bodies[body]
    assert short not in bodies


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "The centre opened at Royal Kelby Infirmary in May. Staff at RKI said it "
            "would help 300 people.",
            "Royal Kelby Infirmary",
            "RKI",
        ),
        (
            "Kelby Trust won an award for the Fenby Heath Restoration Project. Volunteers "
            "came to FHRP walks every week.",
            "Fenby Heath Restoration Project",
            "FHRP",
        ),
    ],
)
def test_letters_of_a_named_thing_are_its_alias(text, name, short):
    seed = extract_text(text, path="page.txt")
    names = {e["name"]: (e["type"], e.get("aliases") or []) for e in seed["entities"]}
    assert short in names[name][1]
    assert short not in names
    assert names[name][0] != "Organisation"


def test_letters_mixing_cases_may_write_a_small_word_in_capitals():
    # "FoTKH": "of" in lower case, "the" in capitals, as letters mixing the cases do
    assert acronym_of("FoTKH", ["Friends", "of", "the", "Kelby", "Hills"])
    assert acronym_of("FoKH", ["Friends", "of", "the", "Kelby", "Hills"])
    assert not acronym_of("FoTKH", ["Friends", "of", "Kelby", "Hills"])


@pytest.mark.parametrize(
    ("text", "thing", "letters", "kind"),
    [
        (
            "The fair was held at Kelby Community Centre. Jane Doe of KCC opened it and "
            "thanked the volunteers.",
            "Kelby Community Centre",
            "KCC",
            "Organisation",
        ),
        (
            "Sam Keel led walks on the Fenby Heritage Trail in May. Jane Doe, treasurer "
            "of FHT, thanked the walkers.",
            "Fenby Heritage Trail",
            "FHT",
            "Organisation",
        ),
        (
            "The Unity Kitchen project in Kelby fed 300 families last year, more than any "
            "other project in the UK.",
            "Unity Kitchen",
            "UK",
            "Place",
        ),
    ],
)
def test_letters_a_body_or_a_place_has_stay_apart_from_a_thing_sharing_them(
    text, thing, letters, kind
):
    # a body in a stated relation ("Jane Doe of KCC", "funded by FHT") or a known
    # place ("the UK") keeps its letters, though a venue or a programme shares them
    seed = extract_text(text, path="page.txt")
    names = {e["name"]: (e["type"], e.get("aliases") or []) for e in seed["entities"]}
    assert letters not in names[thing][1]
    assert names.get(letters, (None,))[0] == kind


def test_letters_no_name_spells_stay_apart():
    seed = extract_text(
        "The centre opened at Royal Kelby Infirmary in May. Staff at RHI said it "
        "would help 300 people.",
        path="page.txt",
    )
    names = {e["name"]: e.get("aliases") or [] for e in seed["entities"]}
    assert "RHI" not in names.get("Royal Kelby Infirmary", [])


# ------------------------------------------------ a call to read glued to the body's name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Read Harbour Trust UK's annual report. It helped 300 people.", "Harbour Trust UK"),
        ("Download Kelby Foodbank's new strategy here. It sets out five aims.", "Kelby Foodbank"),
        ("The report is out now. View Westshire Carers Network's findings online.",
         "Westshire Carers Network"),
    ],
)  # fmt: skip
def test_a_call_to_read_opening_the_sentence_is_not_in_the_bodys_name(text, body):
    found = entities(text)
    assert ("Organisation", body) in found
    assert not [n for _, n in found if n.startswith(("Read ", "Download ", "View "))]


# ------------------------------------------------ a hashtag run on into the name after it


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kelby youth conference\n\nYoung attendees at #KelbyYouth24 Jane Doe, chief executive "
         "of the Dale Trust, opened the conference.\n", "Jane Doe"),
        ("Dale summit\n\nDelegates at #DaleSummit Ann Bell and Tom Reed spoke for the Fenby "
         "Trust.\n", "Ann Bell"),
        ("Fenby awards\n\nThe evening, shared as #FenbyAwards Sam Price, host, said, was a "
         "joy.\n", "Sam Price"),
    ],
)  # fmt: skip
def test_a_hashtag_before_a_name_is_no_part_of_it(text, person):
    found = entities(text)
    assert ("Person", person) in found
    assert not [n for _, n in found if "Youth24" in n or "Summit " in n or "Awards " in n]


# ------------------------------------------------ a bracketed short form run on into a name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Our partners\n\nWe work with Kelby Health Board (KHB)Fenby County Council and the "
         "Dale Trust.\n", "Fenby County Council"),
        ("Signatories\n\nDale Community Voluntary Service (DCVS)Westshire Carers Network\n",
         "Westshire Carers Network"),
    ],
)  # fmt: skip
def test_a_short_form_in_brackets_glued_to_the_next_name_is_set_apart(text, body):
    found = entities(text)
    assert ("Organisation", body) in found
    assert not [n for _, n in found if ")" in n]


# ------------------------------------------------ a full stop run on into the next sentence


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Hub opens\n\nJane Doe opened the hub.Fenby Trust paid for the work.\n", "Fenby Trust"),
        ("Hub opens\n\nIt was a great day!Dale Carers Network ran the stalls.\n",
         "Dale Carers Network"),
        ('Hub opens\n\nAnn Bell said "it is ours."Fenby Trust paid for it.\n', "Fenby Trust"),
    ],
)  # fmt: skip
def test_a_sentence_glued_to_the_next_one_is_set_apart(text, body):
    found = entities(text)
    assert ("Organisation", body) in found
    assert not [n for _, n in found if "." in n or "!" in n]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("See www.kelby.gov.uk/News.Today for more", "www.kelby.gov.uk/News.Today"),
        ("Write to jo@kelby.org.Thanks", "jo@kelby.org.Thanks"),
        ("Bring tools, e.g.Spades and forks", "e.g.Spades"),
    ],
)
def test_an_address_or_a_short_form_is_not_cut_at_its_full_stop(text, kept):
    from collabgraph.extract.text import mend_glued_sentences

    assert kept in mend_glued_sentences(text)


# ------------------------------------------------ a page's encoding mistaken: "โ€™" for "’"


@pytest.mark.parametrize(
    "text",
    [
        "Fenby reception\n\nThe reception was hosted by Ann Bell MP and was the key event in "
        "FHTโ€™s Raising Awareness Week.\n\nSpeakers talked about the Fenby Heart Trustโ€™s "
        "work over the 15 years of the charityโ€™s existence.\n",
        "Fenby reception\n\nThe reception was hosted by Ann Bell MP and was the key event in "
        "FHTâ€™s Raising Awareness Week.\n\nSpeakers talked about the Fenby Heart Trustâ€™s "
        "work.\n",
    ],
)
def test_a_mistaken_encoding_leaves_no_stray_characters_in_names(text):
    found = entities(text)
    assert not [n for _, n in found if "€" in n or "โ" in n or "â" in n]
    assert ("Organisation", "Fenby Heart Trust") in found


# ------------------------------------------------ a line's last words glued to the next line's name

_WINNERS = (
    "Celebrating the Kelby Voice Awards\n\nOrganised by Kelby Voice, 200 guests came to the "
    "awards at Dale Hall.\nKelby winners included:\n"
    "Harbour Trust for using our findings to reach more Young Carers\n"
    "Fenby Borough Council for listening to our feedback about home care and making sure "
    "people have better support and access to free PPE\n"
    "Westshire Public Health for its work with community partners to reach families who were "
    "hit hardest by Covid\n"
    "Dalby Youth CIC for new ways to work with local schools and hear from young people\n"
)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (_WINNERS, ["Fenby Borough Council", "Westshire Public Health", "Dalby Youth CIC"]),
        ("Kelby fair\n\nStalls at the fair came from all over the county this year and more\n"
         "Harbour Trust stall holders this time came from the Foo Valley area Covid\n"
         "Fenby Foodbank brought a van of tins to give away to families in need on the day\n",
         ["Fenby Foodbank"]),
    ],
)  # fmt: skip
def test_a_line_ending_on_a_word_does_not_run_on_into_a_name_opening_the_next(text, bodies):
    names = {n for _, n in entities(text)}
    assert set(bodies) <= names
    assert not [n for n in names if n.startswith(("Carers ", "PPE ", "Covid ", "more "))]


@pytest.mark.parametrize(
    "caption",
    [
        "Volunteer Star Jo Ng receives her award from Dale High Sheriff Ann Bell MBE",
        "Kelby Hero Tom Reed receives his certificate from the Mayor of Dalby, Sam Price OBE",
    ],
)
def test_a_caption_written_twice_is_not_read_as_one_line(caption):
    text = f"Kelby Voice at ten\n\nKelby Voice has marked ten years.\n\n{caption}\n{caption}\n"
    names = {n for _, n in entities(text)}
    assert not [n for n in names if "MBE " in n or "OBE " in n]


def test_lines_naming_a_body_then_what_it_won_for_are_the_lists_items():
    seed = extract_text(_WINNERS, path="page.txt")
    winners = {f for f, t in pairs(seed, "PARTICIPATED_IN") if t == "Kelby Voice Awards"}
    assert {"Fenby Borough Council", "Westshire Public Health", "Dalby Youth CIC"} <= winners


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Dale network\n\nThere was a talk by Jo Ng, who leads the physical activity team of\n"
         "Westshire Community Action, on walking groups for older people.\n",
         "Westshire Community Action"),
        ("Dale network\n\nThe new network brings together the voluntary sector teams and\n"
         "Westshire Community Action in one room each month.\n", "Westshire Community Action"),
    ],
)  # fmt: skip
def test_a_line_stopping_on_a_small_word_runs_on_into_the_next(text, body):
    seed = extract_text(text, path="page.txt")
    assert ("Organisation", body) in {(e["type"], e["name"]) for e in seed["entities"]}
    # one paragraph, the line break read as a space
    assert any(
        f" {body}" in b.text and b.text.startswith(("There", "The new"))
        for b in lay_out(text).blocks
    )


def test_a_sites_search_box_is_no_title():
    text = ("Search the Westshire Health and Care NHS Trust website\n"
            "Trust to run Dalby services\n\nWestshire Health and Care NHS Trust will run "
            "services in Dalby from April.\n")  # fmt: skip
    found = entities(text)
    assert ("Organisation", "Westshire Health and Care NHS Trust") in found
    assert not [n for _, n in found if n.startswith("Search")]


# ------------------------------------------------ a shop's name ending in "'s", cut at it


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Fenby Foods, Kelby Market and Dobbie's for the hampers.",
        "Food came from Fenby Foods and Dobbie’s for the Christmas hampers this year.",
        "Jo Ng said: “We are grateful to the public in Dalby, Fenby Foods and Dobbie's for "
        "all the food donations.”",
    ],
)
def test_a_name_whose_s_owns_nothing_after_it_keeps_the_s(text):
    names = {n for _, n in entities(text)}
    assert "Dobbie's" in names
    assert "Dobbie" not in names


# ------------------------------------------------ a plural style before a list of names


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Foo theme is led by Profs Jo Ng and Sam Price.", {"Jo Ng", "Sam Price"}),
        ("Professors Jo Ng and Sam Price spoke for Dalby University.", {"Jo Ng", "Sam Price"}),
        ("The theme was led by Professors Jo Ng and Sam Price.", {"Jo Ng", "Sam Price"}),
    ],
)
def test_a_plural_style_before_names_is_not_in_the_first(text, people):
    found = entities(text)
    assert {("Person", p) for p in people} <= found
    assert not [n for _, n in found if n.startswith("Prof")]
