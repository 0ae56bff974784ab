"""The page's own event, when the page names no organiser, was held by the page's
own organisation (event_owners.publisher_hosted); not a signing or a meeting of a
body the name gives. The page's organisation is the one its address names, past a
part of the site such as "news." (document.site_name)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.address_spelling import spells_mixed
from collabgraph.extract.document import site_name
from tests.extract.reading import events, pairs

_SUMMIT = (
    "---\nurl: https://www.kelbycarers.org/news/first-carers-summit-takes-place\n---\n\n"
    "The first Carers Summit takes place in Kelby\n\n"
    "The first Carers Summit took place at Dalby Hall on Wednesday 12 February.\n\n"
    "The summit was attended by carers and support workers from across Westshire.\n\n"
    "Ada Brook, chief executive of Kelby Carers, said: “It was a great day for "
    "everyone who looks after a loved one.”\n"
)

_SIGNING = (
    "---\nurl: https://www.kelbycarers.org/news/partnership-with-fenby-college\n---\n\n"
    "Kelby Carers and Fenby College sign memorandum of understanding\n\n"
    "Kelby Carers and Fenby College have signed a memorandum of understanding at Dalby "
    "House to "
    "train more support workers in Westshire.\n\n"
    "Ada Brook, chief executive of Kelby Carers, said: “This is a great step.”\n"
)


def test_the_pages_body_held_its_event_when_no_one_else_is_said_to():
    seed = extract_text(_SUMMIT, path="summit.txt")
    names = [e["name"] for e in events(seed)]
    assert names, seed["entities"]
    assert ("Kelby Carers", names[0]) in pairs(seed, "ORGANISED"), seed["relations"]


def test_a_signatory_did_not_organise_the_signing():
    seed = extract_text(_SIGNING, path="signing.txt")
    signings = [e["name"] for e in events(seed) if e["name"].lower().startswith("signing of")]
    assert signings, seed["entities"]
    assert not [to for _, to in pairs(seed, "ORGANISED") if to in signings], seed["relations"]


def test_a_sites_news_section_is_not_its_name():
    assert site_name("https://news.westshire.gov.uk/summit") == "westshire"
    assert site_name("https://blogs.kelbytrust.org.uk/2031/05/x") == "kelbytrust"
    assert site_name("https://www.kelbytrust.org.uk/news/x") == "kelbytrust"


def test_the_council_held_the_summit_its_newsroom_reports():
    seed = extract_text(
        "---\nurl: https://news.westshire.gov.uk/first-carers-summit-takes-place\n---\n\n"
        "The first Carers Summit takes place in Fenby\n\n"
        "The first Carers Summit took place at Dalby Hall on Wednesday 12 February.\n\n"
        "The summit was attended by carers and support workers from across the county.\n\n"
        "Councillor Tom Reed, Cabinet Member for Health at Westshire Council, said: “It "
        "was a great day for everyone who looks after a loved one.”\n",
        path="summit.txt",
    )
    names = [e["name"] for e in events(seed)]
    assert names, seed["entities"]
    assert ("Westshire Council", names[0]) in pairs(seed, "ORGANISED"), seed["relations"]


def test_a_short_addresss_council_held_the_summit():
    # "kelby" is under six letters: too short to be read as the start of any body's
    # name, but the council it opens as a whole word is the address's own
    seed = extract_text(
        "---\nurl: https://news.kelby.gov.uk/housing-summit-held\n---\n\n"
        "Housing Summit held in Fenby\n\n"
        "The Housing Summit took place at Dalby Hall on Friday 7 March.\n\n"
        "The summit was attended by tenants and landlords from across the city.\n\n"
        "Councillor Tom Reed, Executive Member for Housing at Kelby City Council, said: "
        "“It was a useful day for everyone who rents a home.”\n",
        path="summit.txt",
    )
    names = [e["name"] for e in events(seed)]
    assert names, seed["entities"]
    assert ("Kelby City Council", names[0]) in pairs(seed, "ORGANISED"), seed["relations"]


def test_the_body_its_address_abbreviates_held_the_summit():
    # "kfh" is the initials of the trust's name, which the page never abbreviates
    seed = extract_text(
        "---\nurl: https://www.kfh.nhs.uk/news/first-carers-summit-takes-place\n---\n\n"
        "The first Carers Summit takes place in Kelby\n\n"
        "The first Carers Summit took place at Dalby Hall on Wednesday 12 February.\n\n"
        "The summit was attended by carers and support workers from across Westshire.\n\n"
        "Ada Brook, chief nurse at Kelby and Fenby Hospitals NHS Trust, said: “It was a "
        "great day for everyone who looks after a loved one.”\n",
        path="summit.txt",
    )
    names = [e["name"] for e in events(seed)]
    assert names, seed["entities"]
    pair = ("Kelby and Fenby Hospitals NHS Trust", names[0])
    assert pair in pairs(seed, "ORGANISED"), seed["relations"]


def test_a_summit_hosted_by_the_bodys_own_staff_was_held_by_the_body():
    seed = extract_text(
        "---\nurl: https://www.kelbycarers.org/news/first-carers-summit-takes-place\n---\n\n"
        "The first Carers Summit takes place in Kelby\n\n"
        "The first Carers Summit took place at Dalby Hall on Wednesday 12 February.\n\n"
        "The summit was hosted by Ada Brook, chief executive of Kelby Carers, and "
        "attended by carers and support workers from across Westshire.\n",
        path="summit.txt",
    )
    names = [e["name"] for e in events(seed)]
    assert names, seed["entities"]
    organised = pairs(seed, "ORGANISED")
    assert ("Ada Brook", names[0]) in organised, seed["relations"]
    assert ("Kelby Carers", names[0]) in organised, seed["relations"]


def _summit_at(url: str, staff_line: str) -> str:
    return (
        f"---\nurl: {url}\n---\n\n"
        "The first Carers Summit takes place in Kelby\n\n"
        "The first Carers Summit took place at Dalby Hall on Wednesday 12 February.\n\n"
        "The summit was attended by carers and support workers from across Westshire.\n\n"
        f"{staff_line}\n"
    )


def test_the_body_its_address_spells_in_initials_and_a_word_held_the_summit():
    # "cfwestshire": the Community Foundation for Westshire, two initials then a word
    seed = extract_text(
        _summit_at(
            "https://www.cfwestshire.org.uk/news/first-carers-summit-takes-place",
            "Ada Brook, grants officer at the Community Foundation for Westshire, said: "
            "“It was a great day for everyone who looks after a loved one.”",
        ),
        path="summit.txt",
    )
    names = [e["name"] for e in events(seed)]
    assert names, seed["entities"]
    pair = ("Community Foundation for Westshire", names[0])
    assert pair in pairs(seed, "ORGANISED"), seed["relations"]


def test_the_acronym_its_address_spells_with_a_word_held_the_summit():
    # "fenbyclt": "FCLT", its first letter written out as the word it stands for
    seed = extract_text(
        _summit_at(
            "https://www.fenbyclt.org.uk/news/first-carers-summit-takes-place",
            "Ada Brook, secretary of FCLT, said: “It was a great day for everyone.”",
        ),
        path="summit.txt",
    )
    names = [e["name"] for e in events(seed)]
    assert names, seed["entities"]
    assert ("FCLT", names[0]) in pairs(seed, "ORGANISED"), seed["relations"]


def test_an_address_spells_a_name_in_initials_and_words_only_in_order():
    assert spells_mixed("Community Foundation for Westshire", "cfwestshire")
    assert spells_mixed("FCLT", "fenbyclt")
    assert not spells_mixed("Community Foundation", "cfwestshire")  # a word left over
    assert not spells_mixed("Kelby Carers", "kelbycarers")  # whole words only: read before
    assert not spells_mixed("CLT", "fenbyclt")
    assert spells_mixed("KCT", "kelbycarerstrust")  # every letter a word
    assert not spells_mixed("KT", "kelbycarerstrust")  # too short to tell
    assert not spells_mixed("Westshire Community Foundation", "cfwestshire")


def test_the_acronym_its_address_writes_out_in_full_held_the_summit():
    # "kelbycarerstrust": "KCT", every letter written out as its word
    seed = extract_text(
        _summit_at(
            "https://www.kelbycarerstrust.org.uk/news/first-carers-summit-takes-place",
            "Ada Brook, a volunteer with KCT, said: “It was a great day for everyone.”",
        ),
        path="summit.txt",
    )
    names = [e["name"] for e in events(seed)]
    assert names, seed["entities"]
    assert ("KCT", names[0]) in pairs(seed, "ORGANISED"), seed["relations"]
