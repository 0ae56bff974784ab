"""Participation: who took part in the event a page is about, and as what, in the
phrasings write-ups use ("we heard from", "joined us", "was attended by"); who
organised and who funded it when one sentence says both."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import ruled
from tests.extract.reading import with_roles as _rels

_PAGE = (
    "Harbourside Carers Summit 2031\n\n"
    "The Harbourside Carers Summit took place on 4 May 2031 at the Lantern Rooms. "
    "It was organised by Fenby Voluntary Action and funded by the Gannet Foundation.\n\n"
)


def test_we_heard_from_a_list_of_speakers_with_their_posts():
    seed = extract_text(
        _PAGE + "We heard from Anna Pike, director of Northgate Mind, and Tomas Barrow of "
        "Quayside Homes.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    event = "Harbourside Carers Summit 2031"
    assert {("Anna Pike", event, "speaker"), ("Tomas Barrow", event, "speaker")} <= took_part
    assert not any(who in {"Northgate Mind", "Quayside Homes"} for who, _, _ in took_part)


def test_joined_us_and_attended_by():
    seed = extract_text(
        _PAGE + "Rhian Coltrane joined us to talk about young carers.\n\n"
        "The summit was attended by Osei Mbatha, chief executive of Wexley Borough Council.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    event = "Harbourside Carers Summit 2031"
    assert ("Rhian Coltrane", event, "participant") in took_part
    assert ("Osei Mbatha", event, "attendee") in took_part
    assert ("Wexley Borough Council", event, "attendee") not in took_part


def test_organised_by_one_and_funded_by_another_in_one_sentence():
    seed = extract_text(_PAGE)
    event = "Harbourside Carers Summit 2031"
    assert _rels(seed, "ORGANISED") == {("Fenby Voluntary Action", event, None)}
    assert _rels(seed, "FUNDED") == {("Gannet Foundation", event, None)}


def test_an_event_named_after_its_organisers_was_organised_by_them():
    seed = extract_text(
        "Tern Housing Annual Conference 2031\n\n"
        "More than 200 people came to the Tern Housing Annual Conference 2031 on 4 May. "
        "Tern Housing thanked everyone who came.\n"
    )
    organised = _rels(seed, "ORGANISED")
    assert ("Tern Housing", "Tern Housing Annual Conference 2031", None) in organised


def test_talks_by_and_a_panel_that_comprised_people():
    seed = ruled(
        extract_text(
            _PAGE + "The day featured talks by Anna Pike and Tomas Barrow.\n\n"
            "The panel comprised Rhian Coltrane, Osei Mbatha and Ifeoma Obi.\n\n"
            "Priya Nandi talks about housing with Sven Larsson.\n"
        )
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    event = "Harbourside Carers Summit 2031"
    assert {("Anna Pike", event, "speaker"), ("Tomas Barrow", event, "speaker")} <= took_part
    panel = {(p, event, "panellist") for p in ("Rhian Coltrane", "Osei Mbatha", "Ifeoma Obi")}
    assert panel <= took_part
    assert not any(who == "Sven Larsson" for who, _, _ in took_part)  # "talks" is a verb there


def test_representatives_from_bodies_attended():
    seed = extract_text(
        _PAGE + "Delegates included representatives from Tern Trust and Gull Housing.\n\n"
        "Representatives of Quill Network also attended.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    event = "Harbourside Carers Summit 2031"
    for body in ("Tern Trust", "Gull Housing", "Quill Network"):
        assert (body, event, "attendee") in took_part


def test_signed_by_people_at_a_named_meeting_they_were_its_signatories():
    seed = extract_text(
        "Fenby alliance agreement signed\n\n"
        "The Fenby Health Board has signed an agreement with the Fenby Voluntary Alliance.\n\n"
        "The agreement was signed by board chair Ada Brook and Alliance chair Tom Ray at "
        "November's Fenby Health Board meeting.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    meeting = "Fenby Health Board meeting"
    assert {("Ada Brook", meeting, "signatory"), ("Tom Ray", meeting, "signatory")} <= took_part


def test_signed_by_people_at_a_place_is_no_part_of_the_page_event():
    seed = extract_text(
        _PAGE + "A charter was signed by Ada Brook and Tom Ray at Fenby Town Hall.\n"
    )
    assert not {(who, role) for who, _, role in _rels(seed, "PARTICIPATED_IN")} & {
        ("Ada Brook", "signatory"),
        ("Tom Ray", "signatory"),
    }


def test_a_body_that_reflected_on_findings_at_the_event_spoke():
    seed = extract_text(
        _PAGE + "Quayside Homes reflected on the findings of its tenant survey. "
        "Northgate Mind welcomed the plans.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    event = "Harbourside Carers Summit 2031"
    assert ("Quayside Homes", event, "speaker") in took_part
    assert "Northgate Mind" not in {who for who, _, _ in took_part}
