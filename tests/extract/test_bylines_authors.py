"""The page's author: bylines in their several shapes ("Posted on <date> by X", "By X,
Post, Body" however long, "Words by X", a body as the byline), and the first-person
"I" who writes: the body they work for ("I work at Foo", "my colleagues at Foo",
"six of us from Foo") and the event they came to."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.layout import lay_out
from tests.extract.reading import pairs, posts, rows


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


@pytest.mark.parametrize(
    "line",
    [
        "Posted on 4 March 2025 by Jo Tern",
        "Posted 4 March 2025 by Jo Tern",
        "Published 4 March 2025 by Jo Tern",
        "Posted on 4 March 2025, by Jo Tern",
    ],
)
def test_a_date_before_the_by_is_still_a_byline(line):
    layout = lay_out(f"Notes from the Fenby Food Summit\n\n{line}\n\nWe met at Corve Hall.\n")
    assert layout.author == "Jo Tern"
    assert layout.published == "2025-03-04"
    assert [b.kind for b in layout.blocks][:2] == ["title", "byline"]


@pytest.mark.parametrize(
    "line, author",
    [
        ("By Lea Moss, Youth Engagement Lead, Fenby Council for Voluntary Service", "Lea Moss"),
        (
            "By Lea Moss, policy and research lead at Fenby Council for Voluntary Service",
            "Lea Moss",
        ),
        ("Words by Priya Lund", "Priya Lund"),
        ("Text: Priya Lund", "Priya Lund"),
    ],
)
def test_long_and_worded_bylines_are_read(line, author):
    layout = lay_out(f"A spring of growing\n\n{line}\n\nThe garden opened in May.\n")
    assert layout.author == author


@pytest.mark.parametrize(
    "line",
    [
        "By Christmas, we hope to have opened three more warm spaces across the borough",
        "By working with Kelby Trust and Fenby Council we have reached many more families",
        "By the end of the year the centre will have trained forty volunteers in first aid",
    ],
)
def test_prose_opening_with_by_is_no_byline(line):
    layout = lay_out(f"Our winter plans\n\n{line}.\n\nThe garden opened in May.\n")
    assert layout.author is None
    assert not any(b.kind == "byline" for b in layout.blocks)


def test_a_long_byline_gives_the_post_at_the_body():
    seed = _seed(
        "Fenby youth forum meets the mayor\n\n"
        "By Lea Moss, Youth Engagement Lead, Fenby Council for Voluntary Service\n\n"
        "On 3 April we hosted the Fenby Youth Forum at Market House.\n\n"
        "I was proud to see so many first-time speakers.\n"
    )
    assert (
        "Lea Moss",
        "WORKS_FOR",
        "Fenby Council for Voluntary Service",
        "youth engagement lead",
    ) in posts(seed), seed["relations"]
    assert ("Lea Moss", "Fenby Youth Forum") in pairs(seed, "PARTICIPATED_IN")


def test_a_body_in_the_byline_is_the_pages_author():
    seed = _seed(
        "A year of warm spaces\n\n"
        "Published 2 February 2025 by Kelby Borough Council\n\n"
        "This winter we gave £40,000 to Ashby Community Centre to keep its doors open.\n"
    )
    assert seed["source"].get("author") == "Kelby Borough Council"
    assert ("Kelby Borough Council", "Ashby Community Centre") in pairs(seed, "FUNDED")
    assert not any(e["type"] == "Person" for e in seed["entities"]), seed["entities"]


def _post(sentence: str, byline: str = "By Nia Roe") -> dict:
    return _seed(
        f"My week at the Kelby Arts Fair\n\n{byline}\n\n"
        "Last week I spent three days at the Kelby Arts Fair.\n\n"
        f"{sentence}\n"
    )


@pytest.mark.parametrize(
    "sentence, row",
    [
        (
            "I work at Fenby Museum as a learning officer.",
            ("Nia Roe", "WORKS_FOR", "Fenby Museum", "learning officer"),
        ),
        (
            "I have worked for Fenby Museum since 2019.",
            ("Nia Roe", "WORKS_FOR", "Fenby Museum", ""),
        ),
        (
            "I'm the tenancy lead at Ashby Homes.",
            ("Nia Roe", "WORKS_FOR", "Ashby Homes", "tenancy lead"),
        ),
        ("I am a trustee at Fenby Museum.", ("Nia Roe", "MEMBER_OF", "Fenby Museum", "trustee")),
        (
            "I went with my colleagues at Ashby Homes.",
            ("Nia Roe", "WORKS_FOR", "Ashby Homes", ""),
        ),
        (
            "I went for Kelby Trust, where I coordinate the volunteers.",
            ("Nia Roe", "WORKS_FOR", "Kelby Trust", "coordinator"),
        ),
        (
            "I went on behalf of Kelby Trust, where I work.",
            ("Nia Roe", "WORKS_FOR", "Kelby Trust", ""),
        ),
        (
            "Three of us from Fenby Museum ran a stall.",
            ("Nia Roe", "WORKS_FOR", "Fenby Museum", ""),
        ),
    ],
)
def test_the_first_person_author_works_where_they_say(sentence, row):
    seed = _post(sentence)
    assert row in rows(seed), seed["relations"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I worked with Fenby Museum on a mural.",
        "I met Fenby Museum staff at the fair.",
        "My friends at Fenby Museum came too.",
        "I had just left my job at Fenby Museum when the fair began.",
        "Six of us from Fenby travelled to the fair.",
        "We went on to Kelby Trust, where I met their director.",
        "I grew up in Fenby, where I work now.",
    ],
)
def test_no_post_from_first_person_near_misses(sentence):
    seed = _post(sentence)
    assert not [p for p in posts(seed) if p[0] == "Nia Roe"], seed["relations"]


def test_i_in_a_quotation_is_the_speaker_not_the_author():
    seed = _post('"I work at Fenby Museum," said Ann Brook.')
    got = posts(seed)
    assert ("Ann Brook", "WORKS_FOR", "Fenby Museum", "") in got, seed["relations"]
    assert not [p for p in got if p[0] == "Nia Roe"]


def test_counted_among_us_the_author_came_to_the_visit():
    seed = _seed(
        "Notes from our visit to Marrow Bay\n\n"
        "Posted 12 May 2024 by Sam Ort\n\n"
        "Last month five of us from Lindale Housing Co-op travelled to Marrow Bay to learn how "
        "Marrow Bay Community Land Trust builds homes.\n"
    )
    assert ("Sam Ort", "Lindale Housing Co-op") in pairs(seed, "WORKS_FOR"), seed["relations"]
    assert any(a == "Sam Ort" for a, _ in pairs(seed, "PARTICIPATED_IN")), seed["relations"]


@pytest.mark.parametrize(
    "sentence, authors",
    [
        (
            "The Fenby Food Charter was drawn up by Kelby Trust and Fenby Carers.",
            {"Kelby Trust", "Fenby Carers"},
        ),
        ("The Fenby Food Charter was prepared by Kelby Trust.", {"Kelby Trust"}),
        ("Kelby Trust drafted the Fenby Food Charter last year.", {"Kelby Trust"}),
        (
            "The Fenby Food Charter, drafted by Jo Tern of Kelby Trust, sets out ten pledges.",
            {"Jo Tern"},
        ),
    ],
)
def test_who_drafted_or_drew_up_a_report_authored_it(sentence, authors):
    seed = _seed(f"A charter for food\n\n{sentence}\n")
    got = {a for a, b in pairs(seed, "AUTHORED") if b == "Fenby Food Charter"}
    assert got == authors, seed["relations"]


def test_things_prepared_that_are_no_report_have_no_author():
    seed = _seed(
        "Food festival\n\nLunch was prepared by volunteers from Kelby Trust at the Fenby Food "
        "Festival.\n"
    )
    assert not pairs(seed, "AUTHORED"), seed["relations"]


@pytest.mark.parametrize(
    "byline, row",
    [
        (
            "By Jo Tern, Head of Research, Kelby Trust",
            ("Jo Tern", "Kelby Trust", "head of research"),
        ),
        ("By Jo Tern, Director of Fenby Carers", ("Jo Tern", "Fenby Carers", "director")),
        ("By Jo Tern and Ada Foss, Kelby Trust", ("Ada Foss", "Kelby Trust", "")),
        (
            "Written by Jo Tern, policy lead at Kelby Trust",
            ("Jo Tern", "Kelby Trust", "policy lead"),
        ),
    ],
)
def test_the_post_in_a_byline_is_held_at_its_body(byline, row):
    seed = _seed(
        f"Warm spaces this winter\n\n{byline}\n\n"
        "This winter the centre opened its doors to forty families every week.\n"
    )
    who, body, role = row
    assert (who, "WORKS_FOR", body, role) in posts(seed), seed["relations"]


def test_a_field_after_the_post_is_no_body():
    seed = _seed(
        "Warm spaces this winter\n\nBy Jo Tern, Head of Policy\n\n"
        "This winter the centre opened its doors to forty families every week.\n"
    )
    assert not [e for e in seed["entities"] if e["name"] == "Policy"], seed["entities"]
    assert not [p for p in posts(seed) if p[2] == "Policy"], seed["relations"]


def test_a_note_on_the_writer_closing_a_first_person_page_names_the_author():
    seed = _seed(
        "What I took from the Fenby Food Summit\n\n"
        "Last Tuesday I went along to the Fenby Food Summit at Corve Hall.\n\n"
        "The morning keynote came from Ada Foss, director of Fenby Food Network.\n\n"
        "Jo Tern is policy lead at Kelby Trust.\n"
    )
    assert seed["source"].get("author") == "Jo Tern"
    assert ("Jo Tern", "Fenby Food Summit") in pairs(seed, "PARTICIPATED_IN"), seed["relations"]


def test_about_the_author_names_the_author():
    layout = lay_out(
        "A long walk for Kelby\n\nWe walked 40 miles for Kelby Hospice in May.\n\n"
        "We raised £2,000 in all.\n\nAbout the author\n\nNia Roe is a nurse at Kelby Hospice.\n"
    )
    assert layout.author == "Nia Roe"


@pytest.mark.parametrize(
    "last",
    [
        "Ned Vale is the chair of Fenby Food Network.",  # a third-person page: no writer
        "Kelby Trust is a charity working for families across Fenby.",  # the body's note
    ],
)
def test_no_author_from_a_closing_note_on_a_third_person_page_or_a_body(last):
    layout = lay_out(
        "Fenby Food Summit draws a crowd\n\n"
        "More than 100 people came to the Fenby Food Summit at Corve Hall.\n\n"
        '"I was thrilled," said Ada Foss, director of Fenby Food Network.\n\n'
        f"{last}\n"
    )
    assert layout.author is None


def test_a_writers_notes_on_an_event_they_went_to_make_their_body_no_host():
    seed = _seed(
        "What I took from the Fenby Food Summit\n\n"
        "By Jo Tern, Policy Lead, Kelby Trust\n\n"
        "Last Tuesday I went along to the Fenby Food Summit at Corve Hall.\n\n"
        "The morning keynote came from Ada Foss, director of Fenby Food Network.\n"
    )
    assert ("Jo Tern", "Fenby Food Summit") in pairs(seed, "PARTICIPATED_IN"), seed["relations"]
    assert ("Kelby Trust", "Fenby Food Summit") not in pairs(seed, "ORGANISED"), seed["relations"]


def test_a_body_that_says_we_hosted_its_own_event_still_hosts_it():
    seed = _seed(
        "Fenby youth forum meets the mayor\n\n"
        "By Lea Moss, Youth Engagement Lead, Fenby Council for Voluntary Service\n\n"
        "On 3 April our Fenby Youth Forum met at Market House, where forty young people "
        "met the mayor.\n\nI was proud to see so many first-time speakers.\n"
    )
    assert ("Fenby Council for Voluntary Service", "Fenby Youth Forum") in pairs(
        seed, "ORGANISED"
    ), seed["relations"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Ada Foss presented her report, Caring Alone, to the Fenby Carers Forum.",
        "Ned Vale thanked Ada Foss for her new report, Caring Alone.",
        "Caring Alone, a new report by Ada Foss of Corve University, was launched on Monday.",
        "Ada Foss, author of the Caring Alone report, spoke first.",
    ],
)
def test_a_reports_writer_told_around_its_name(sentence):
    seed = _seed(f"New report on caring\n\n{sentence}\n")
    assert ("Ada Foss", "Caring Alone") in pairs(seed, "AUTHORED"), seed["relations"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Foss spoke about her work with Kelby Trust and the Caring Alone report.",
        "Ned Vale, who chairs Kelby Trust, welcomed the Caring Alone report and her team.",
    ],
)
def test_no_writer_without_her_report_or_an_author_word(sentence):
    seed = _seed(f"New report on caring\n\n{sentence}\n")
    assert not pairs(seed, "AUTHORED"), seed["relations"]


@pytest.mark.parametrize(
    "opener",
    [
        "Hello, I'm Jo Tern, the larder coordinator at Kelby Trust.",
        "These are my notes – Jo Tern, larder coordinator at Kelby Trust.",
    ],
)
def test_a_writer_who_names_themself_is_the_pages_i(opener):
    seed = _seed(
        f"A year at the larder\n\n{opener}\n\n"
        "Last month I went to the Fenby Food Summit at Corve Hall.\n"
    )
    assert ("Jo Tern", "Fenby Food Summit") in pairs(seed, "PARTICIPATED_IN"), seed["relations"]


@pytest.mark.parametrize(
    "opener",
    [
        '"I\'m Jo Tern and I run the larder," said the woman behind the counter.',
        "I met Ada Foss – Jo Tern's sister – at the market.",
    ],
)
def test_no_writer_from_a_quoted_or_passing_name(opener):
    seed = _seed(
        f"A year at the larder\n\n{opener}\n\n"
        "Last month I went to the Fenby Food Summit at Corve Hall.\n"
    )
    assert ("Jo Tern", "Fenby Food Summit") not in pairs(seed, "PARTICIPATED_IN"), seed["relations"]
