"""One list of styles and post-nominals: names and the extractor read the same words."""

from __future__ import annotations

import pytest

from collabgraph.extract import lexicon
from collabgraph.model.names import entity_id, name_key
from collabgraph.model.titles import POST_NOMINALS, STYLE_WORDS, split_name


@pytest.mark.parametrize(
    ("written", "styles", "name", "post"),
    [
        ("The Rt Hon Dame Jane Smith DBE MP", "The Rt Hon Dame", "Jane Smith", "DBE MP"),
        ("Lord Victor Adebowale CBE", "Lord", "Victor Adebowale", "CBE"),
        ("Cllr. Jean Stretton", "Cllr", "Jean Stretton", None),
        ("Councillor Tariq Aziz", "Cllr", "Tariq Aziz", None),
        ("Revd Canon Mary Jones", "Rev Canon", "Mary Jones", None),
        ("Sgt Hollie Fenn", "Sgt", "Hollie Fenn", None),
        ("Prof. Sir John Curtice FRSE FBA", "Prof Sir", "John Curtice", "FRSE FBA"),
        ("Sir Keir Starmer KC MP", "Sir", "Keir Starmer", "KC MP"),
        ("Jane Smith JP DL", None, "Jane Smith", "JP DL"),
        ("Baroness Helen Ashdown, OBE", "Baroness", "Helen Ashdown", "OBE"),
        ("Amara Osei FRSA", None, "Amara Osei", "FRSA"),
        ("Dr the Hon Amy Lee", "Dr The Hon", "Amy Lee", None),
    ],
)
def test_styles_and_post_nominals_are_split_from_the_name(written, styles, name, post):
    parts = split_name(written)
    assert (parts.styles, parts.name, parts.post_nominals) == (styles, name, post)


@pytest.mark.parametrize("written", ["Lord", "Dame", "Dean Smith", "Ms", "Earl Jones"])
def test_a_name_is_never_emptied_or_cut_at_a_first_name(written):
    assert split_name(written).name == written


@pytest.mark.parametrize(
    "variants",
    [
        ["Jane Smith", "The Rt Hon Dame Jane Smith DBE MP", "Dame Jane Smith", "Jane Smith MP"],
        ["Jean Stretton", "Cllr. Jean Stretton", "Councillor Jean Stretton"],
        ["Mary Jones", "Revd Canon Mary Jones", "The Reverend Mary Jones"],
        ["Rhys Evans", "Rhys Evans KC", "Rhys Evans JP DL", "Sgt Rhys Evans"],
    ],
)
def test_styled_forms_of_a_person_are_one_person(variants):
    assert len({name_key(v, "Person") for v in variants}) == 1
    assert len({entity_id("Person", v) for v in variants}) == 1


def test_ms_the_style_is_not_ms_the_post_nominal():
    assert split_name("Ms Amy Lee").styles == "Ms"
    assert split_name("Amy Lee MS").post_nominals == "MS"
    assert split_name("Amy Lee Ms").post_nominals is None


def test_the_extractor_reads_the_same_list():
    assert lexicon.HONORIFICS == STYLE_WORDS
    assert {p.casefold() for p in POST_NOMINALS} == lexicon.POST_NOMINALS
    assert {"cllr", "revd", "sgt", "hon"} <= STYLE_WORDS
    assert {"KC", "FRSA", "JP", "DL", "DBE"} <= POST_NOMINALS


@pytest.mark.parametrize("acronym", ["CIC", "GMB", "CPRE", "MD", "USA"])
def test_organisation_acronyms_and_roles_are_not_post_nominals(acronym):
    assert acronym not in POST_NOMINALS
    assert split_name(f"Jane Smith {acronym}").name == f"Jane Smith {acronym}"
