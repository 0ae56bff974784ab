"""Names the recogniser alone calls organisations: kept when the page bears them
out, left out when nothing does (topics, policies, adjectives). Small made-up
write-ups, one kind of fault from real pages (issue 11), worded several ways.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, extract_text, pairs, typed


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Ann Bell spoke about Rough Sleeping and the work of Harbour Trust in Dalby.",
            "Rough Sleeping",
        ),
        (
            "Harbour Trust called for changes to Universal Credit at the meeting.",
            "Universal Credit",
        ),
        (
            "Guests discussed the Cost of Living Crisis with Harbour Trust staff.",
            "Cost of Living Crisis",
        ),
        ("Staff shared memories of the Kelby Flood with Harbour Trust.", "Kelby Flood"),
    ],
)
def test_a_topic_the_recogniser_calls_a_body_is_left_out(text, topic):
    names = {n for _, n in entities(text)}
    assert topic not in names
    assert "Harbour Trust" in names


@pytest.mark.parametrize(
    "text",
    [
        "Speakers came from Brightwave, Harbour Trust and Dalby Council.",  # listed with bodies
        "The hub in Dalby was funded by Brightwave.",  # does something
        "Harbour Trust is building a new service with Brightwave Community Health.",  # with X
    ],
)
def test_a_body_the_page_bears_out_is_kept(text):
    assert {n for t, n in entities(text) if t == "Organisation"} & {
        "Brightwave",
        "Brightwave Community Health",
    }


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "COMMUNITIES along the coast will benefit from new activities from Dalby "
            "Libraries this year.",
            "Communities",
        ),
        ("Inequality… isolation… many in Kelby feel unheard, Ann Bell said.", "Inequality"),
    ],
)
def test_one_common_word_the_page_never_uses_as_a_body_is_left_out(text, word):
    """A capitalised word of ordinary English (a line's first word, a kind of
    group) that only the recogniser calls a body, in no relation, listed with no
    body, after no "with", "from", "in" or "by": nothing bears it out."""
    assert word not in {n for _, n in entities(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A review by the Lighthouse found that Harbour Trust saved money.", "Lighthouse"),
        ("Ann Bell, chief executive of Compass, spoke at the Harbour Trust event.", "Compass"),
        ("Jane Doe, a volunteer at Oasis, said the cafe was busy.", "Oasis"),
        ("Kelby Council and Harbour Trust have thanked Lighthouse for its work.", "Lighthouse"),
        ("Jane Doe said that Beacon runs a drop-in for young people in Kelby.", "Beacon"),
    ],
)
def test_one_common_word_the_page_uses_as_a_body_is_kept(text, word):
    """ "a review by X" (the agent of something), "chief executive of X" (a post held
    there), "a volunteer at X": the page uses the word as a body, so it stays one;
    and a word written mid-sentence with a capital, not at a line's start, is a
    name ("have thanked Lighthouse", "said that Beacon runs")."""
    assert ("Organisation", word) in entities(text)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Harbour Trust handed out free PPE to carers in Dalby.", "PPE"),
        ("Queues at A&E grew, and staff were stretched, said Harbour Trust.", "A&E"),
        ("MND can affect anyone, Harbour Trust says.", "MND"),
        ("HRH opened the new Harbour Trust centre in Dalby.", "HRH"),
    ],
)
def test_letters_for_a_thing_or_a_style_are_no_body(text, letters):
    """vocab/name_generic_words.txt: letters for a thing, a condition or a style
    ("free PPE", "queues at A&E", "living with MND", "HRH") are never a body's
    name alone, whatever the recogniser calls them."""
    assert letters not in {n for _, n in entities(text)}


def test_letters_for_a_thing_inside_a_body_name_are_kept():
    assert ("Organisation", "Kelby MND Group") in entities(
        "The Kelby MND Group met Harbour Trust staff in Dalby."
    )


def test_an_acronym_the_recogniser_calls_a_body_is_kept():
    assert ("Organisation", "KFA") in entities("Staff from KFA joined volunteers in Dalby.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She holds a PhD in public health from Kelby University.", "PhD"),
        ("Volunteers learned about Learn To Thrive at the session.", "Learn To Thrive"),
    ],
)
def test_a_report_only_the_recogniser_reads_is_left_out(text, word):
    """A degree or a course the recogniser reads as a work of art: nothing on the
    page makes it a document."""
    assert not typed(text, word)


def test_a_report_the_page_calls_one_is_kept():
    text = "The Kelby Trust published its annual report, Homes for All, in May."
    assert typed(text, "Homes for All") == {"Report"}


def test_letters_before_a_post_with_its_holder_name_a_body():
    """ "KFHA Chairman Cllr Tom Reed": the letters qualify the post, and the post
    is held there, so they name a body, not a topic ("the Grenfell fire")."""
    seed = extract_text(
        "Councils team up on loneliness\n\nKFHA Chairman Cllr Tom Reed said: “Councils "
        "across all tiers are increasingly recognising the added value in reaching out "
        "and working together.”\n"
    )
    assert ("Organisation", "KFHA") in {(e["type"], e["name"]) for e in seed["entities"]}
    assert ("Tom Reed", "KFHA") in pairs(seed, "MEMBER_OF")


def test_a_newspaper_named_once_is_kept():
    """ "readers of the Daily Kelby": a newspaper's title, named once and in no
    relation, is still a body (vocab/newspaper_words.txt)."""
    found = entities(
        "Kelby Trust awards\n\nThe Kelby Trust awards took place on Friday night. The "
        "categories included leadership, research and a readers' choice award, nominated "
        "by readers of the Daily Kelby.\n"
    )
    assert ("Organisation", "Daily Kelby") in found
