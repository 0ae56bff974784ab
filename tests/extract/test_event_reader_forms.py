"""The page's event under the names a reader writes it by: a headline that is an
event noun and a question ("Roundtable: can ...?") names it as written; a
"Webinar recap: <title>" headline is the write-up of the webinar "<title>", also
"Webinar: <title>"; a body's meeting ("its annual general meeting") also
goes by its holder's name and year ("Fenby Tenants Forum AGM 2031",
`meeting_forms.py`). Near misses keep their names. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "headline",
    [
        "Roundtable: can village halls stay open all winter?",
        "Roundtable – what would it take for Kelby to keep its village halls open?",
        "Workshop: how should small charities share their back offices?",
    ],
)
def test_a_headline_event_noun_then_a_question_is_the_event_as_written(headline):
    seed = extract_text(
        f"{headline}\n\n"
        "On 3 May 2031 Kelby Rural Trust convened a roundtable and a workshop of twenty "
        "trustees, wardens and councillors at Orton Mill.\n\n"
        "The discussion was chaired by Ada Foss.\n"
    )
    names = [e["name"] for e in _events(seed)]
    noun, _, question = headline.replace(" –", ":").partition(": ")
    assert f"{noun}: {question}" in names
    if noun == "Roundtable":  # the first sentence's "Foo convened a roundtable": its holder
        assert ("Kelby Rural Trust", f"{noun}: {question}") in pairs(seed, "ORGANISED")


def test_a_headline_event_noun_then_a_title_keeps_the_headline_form_as_an_alias():
    seed = extract_text(
        "Webinar: Funding for small charities\n\n"
        "On 10 February 2031 the Fenland Community Foundation ran a free webinar about "
        "applying for grants. Ruth Kell presented.\n"
    )
    (event,) = _events(seed)
    assert event["name"] == "Funding for small charities webinar"
    assert "Webinar: Funding for small charities" in event["aliases"]


def test_a_webinar_recap_headline_names_the_webinar_in_both_forms():
    seed = extract_text(
        "Webinar recap: Green spaces and good health\n\n"
        "Thanks to all who joined our webinar on 9 March 2031, run by Fenby Parks Trust. "
        "Our host was Jo Tern.\n"
    )
    events = _events(seed)
    assert [e["name"] for e in events] == ["Green spaces and good health"]
    assert "Webinar: Green spaces and good health" in events[0]["aliases"]


def test_a_lower_case_headline_that_is_no_question_is_no_title():
    seed = extract_text(
        "Roundtable: what we heard\n\n"
        "On 3 May 2031 Kelby Rural Trust held a roundtable on village halls at Orton Mill.\n"
    )
    assert "Roundtable: what we heard" not in [e["name"] for e in _events(seed)]


def _aliases(seed) -> set[str]:
    return {a for e in _events(seed) for a in [e["name"], *e.get("aliases", ())]}


@pytest.mark.parametrize(
    "sentence, form",
    [
        (
            "Fenby Tenants Forum held its annual general meeting on 4 March 2031 at Fenby Library.",
            "Fenby Tenants Forum AGM 2031",
        ),
        (
            "Thank you to the forty members who came to the annual general meeting of "
            "Orton Food Larder on 2 October 2031 at Orton Library.",
            "Orton Food Larder AGM 2031",
        ),
        (
            "Dale Arts Network welcomed two new trustees at its annual meeting on 8 May "
            "2031 at Dale Library.",
            "Annual meeting of Dale Arts Network",
        ),
    ],
)
def test_a_bodys_meeting_goes_by_its_holders_name_and_year_too(sentence, form):
    seed = extract_text(f"A busy year\n\n{sentence} Jo Tern was elected chair.\n")
    assert form.lower() in {a.lower() for a in _aliases(seed)}


def test_a_named_event_takes_no_holders_forms():
    seed = extract_text(
        "Housing summit\n\n"
        "Kelby Housing Trust organised the Fenby Housing Summit 2031 on 4 March 2031 at "
        "Fenby Library.\n"
    )
    assert ("Kelby Housing Trust", "Fenby Housing Summit 2031") in pairs(seed, "ORGANISED")
    assert not any(a.startswith("Kelby Housing Trust") for a in _aliases(seed))
