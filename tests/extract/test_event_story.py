"""An event write-up telling the day as a story: who spoke at the page's event when
no list or "spoke at" says so ("The day began with A, ... discussing", "B took
the stage", "C explained", "examples from D and E of Foo", "F, who described
..."), and a title-case headline read apart from the paragraph under it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.learned.participants import CONFIDENCE
from tests.extract.reading import events, pairs
from tests.extract.reading import with_roles as _rels

_EVENT = "Marlow Tenants Summit"
_HEAD = (
    "Marlow Tenants Summit Sparks Fresh Ideas for Tenant Voice\n"
    "The Marlow Tenants Summit, held on 4 May at the Lantern Rooms, brought together "
    "tenants and landlords from across the region.\n"
)


def _speakers(seed: dict) -> set[str]:
    return {who for who, to, role in _rels(seed, "PARTICIPATED_IN") if to == _EVENT and role}


def test_a_long_title_case_headline_is_not_joined_to_the_paragraph_under_it():
    seed = extract_text(_HEAD)
    assert [e["name"] for e in events(seed)] == [_EVENT]


def test_the_day_began_with_a_speaker_and_then_another_took_the_stage():
    seed = extract_text(
        _HEAD + "The morning opened with Priya Castellan, Chief Executive of the Fenby "
        "Tenants Federation, setting out its plans. Then, Simon Brandt took to the stage to "
        "describe his work. The afternoon kicked off with Dana Whitlow.\n"
    )
    assert {("Priya Castellan", _EVENT, "speaker"), ("Simon Brandt", _EVENT, "speaker")} <= (
        _rels(seed, "PARTICIPATED_IN")
    )
    assert "Dana Whitlow" in _speakers(seed)
    assert "Fenby Tenants Federation" not in _speakers(seed)


def test_people_who_explain_describe_or_set_out_things_spoke():
    seed = extract_text(
        _HEAD + "Helen Vasquez, Director of Operations at Keyline Homes, explained the new "
        "approach to complaints. Rowan Pike then set out the plans for next year, and Ama "
        "Quist and Felix Dorne described how the tenant panel works.\n"
    )
    assert {"Helen Vasquez", "Rowan Pike", "Ama Quist", "Felix Dorne"} <= _speakers(seed)
    assert "Keyline Homes" not in _speakers(seed)


def test_people_who_prepared_and_presented_a_session_spoke():
    seed = extract_text(
        _HEAD + "Cath Arden, Chief Executive at Fenby Leisure, and Mark Tolland, Chief Executive "
        "at Active Fenby, prepared and presented a policy session on leisure trusts.\n"
    )
    assert {"Cath Arden", "Mark Tolland"} <= _speakers(seed)
    assert "Keyline Homes" not in _speakers(seed)


def test_examples_and_a_welcome_from_people_make_them_speakers():
    seed = extract_text(
        _HEAD + "Good practice examples from Sarah Brennock and Jo Tarrant of Harbourside "
        "Housing and Miles Okafor from Greenway Living showed what scrutiny can do. The "
        "session ended with a warm welcome from Gary Lund, chair of the federation.\n"
    )
    assert {"Sarah Brennock", "Jo Tarrant", "Miles Okafor", "Gary Lund"} <= _speakers(seed)
    assert not {"Harbourside Housing", "Greenway Living"} & _speakers(seed)


def test_a_relative_clause_after_a_speakers_organisation():
    seed = extract_text(
        _HEAD + "Next up was Nora Quill from the Memory Support Trust, who explained how "
        "carers can get help.\n"
    )
    assert ("Nora Quill", _EVENT, "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_words_in_a_quotation_and_pages_with_no_event_give_nothing():
    quoted = extract_text(
        _HEAD + 'One tenant said: "Simon Brandt explained it better than anyone."\n'
    )
    assert "Simon Brandt" not in _speakers(quoted)
    no_event = extract_text(
        "Keyline Homes appoints a new director\n\n"
        "Helen Vasquez, the new Director of Operations at Keyline Homes, explained her "
        "plans for the association.\n"
    )
    assert not _rels(no_event, "PARTICIPATED_IN")


def test_people_who_give_an_update_or_deliver_the_keynote_spoke():
    seed = extract_text(
        _HEAD + "Chief Executive David Kerr then gave an update on new homes. The keynote was "
        "good, and Tina Morrow delivered a short presentation on damp.\n"
    )
    assert {"David Kerr", "Tina Morrow"} <= _speakers(seed)


def test_an_event_named_with_a_plural_possessive_is_found_whole():
    seed = extract_text(
        "Residents' Summit 2031\n\n"
        "Over 120 residents came to our Residents' Summit at the Lantern Rooms on Saturday. "
        "Margaret Oduya, who chairs the residents' panel, explained the new charter.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Residents' Summit 2031"]
    assert ("Margaret Oduya", "Residents' Summit 2031", "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_an_author_who_talks_about_the_event_she_hosted_held_it():
    seed = extract_text(
        "Fenby Social Prescribing Event\n\n"
        "Rita Moss from Keyline Health talks about a recent event she hosted in partnership "
        "with Fenby University. In partnership with Fenby University, we organised a social "
        "prescribing event in Fenby.\n"
    )
    event = "Fenby Social Prescribing Event"
    assert ("Rita Moss", event) in pairs(seed, "ORGANISED")
    assert not any(who == "Rita Moss" for who, _ in pairs(seed, "PARTICIPATED_IN"))


def test_a_blog_address_names_the_event_without_the_blog():
    seed = extract_text(
        "Over 60 people attended a social prescribing event in Fenby on 4 May.\n",
        meta={"url": "https://example.org/ritas-blog-fenby-social-prescribing-event/"},
    )
    assert [e["name"] for e in events(seed)] == ["Fenby Social Prescribing Event"]


def test_an_organiser_giving_an_insight_into_the_meeting_is_no_speaker():
    seed = extract_text(
        _HEAD + "Today organiser Paula Wood gives an insight into the meeting and the issues "
        "discussed.\n"
    )
    assert "Paula Wood" not in _speakers(seed)


def test_an_event_called_by_two_nouns_keeps_both_names():
    seed = extract_text(
        "Fenby Health Society news\n\n"
        "On 12 September the Fenby Health Society held its annual conference and awards "
        "ceremony at the Lantern Rooms.\n"
    )
    (event,) = events(seed)
    names = {event["name"], *event.get("aliases", ())}
    assert "Fenby Health Society annual conference and awards ceremony" in names


def test_an_opening_or_a_closing_from_people_was_given_by_speakers():
    seed = extract_text(
        _HEAD + "After coffee we sat through an uplifting opening from Ama Quist and Felix "
        "Dorne (Chief Executive of Keyline Homes). The day ended with a rousing closing "
        "from Rowan Pike.\n"
    )
    assert {"Ama Quist", "Felix Dorne", "Rowan Pike"} <= _speakers(seed)
    assert "Keyline Homes" not in _speakers(seed)


def test_the_subject_after_a_talk_or_opening_participle_spoke():
    seed = extract_text(
        _HEAD + "Speaking at the summit, Jane Doe, Chair of Keyline Homes, said the plans would "
        "go ahead. Officially opening the summit, Cllr Ann Pell said she was proud of the "
        "tenants. Addressing the delegates, Tom Ray said rents would be frozen.\n"
    )
    assert {"Jane Doe", "Ann Pell", "Tom Ray"} <= _speakers(seed)


def test_speaking_about_the_summit_or_opening_nothing_is_no_talk_at_it():
    seed = extract_text(
        _HEAD + "Speaking about the summit, Jane Doe said it was a success. Opening, Tom Ray "
        "said little. Visiting the summit, Ella Moss said it was busy.\n"
    )
    assert not {"Jane Doe", "Tom Ray", "Ella Moss"} & _speakers(seed)


def test_the_agents_of_a_talk_verb_in_the_passive_spoke_at_the_event():
    seed = extract_text(
        _HEAD + "The subject of rising rents was discussed by Dr Priya Castellan, Simon "
        "Brandt and Dr Dana Whitlow, the authors of a recent report.\n\n"
        "The findings of the tenant survey were presented by Omar Feld of the Fenby "
        "Tenants Federation.\n"
    )
    rows = {(who, role) for who, to, role in _rels(seed, "PARTICIPATED_IN") if to == _EVENT}
    assert {
        ("Priya Castellan", "speaker"),
        ("Simon Brandt", "speaker"),
        ("Dana Whitlow", "speaker"),
        ("Omar Feld", "speaker"),
    } <= rows


def test_speaking_at_the_event_he_or_she_said_is_the_person_last_spoken_of():
    for pronoun in ("she", "he"):
        seed = extract_text(
            _HEAD + "Councillor Priya Castellan praised the tenants for their work.\n\n"
            f"Speaking at the summit on Friday, {pronoun} said: “You are the heart of "
            "this region.”\n"
        )
        assert ("Priya Castellan", _EVENT, "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_a_present_tense_talk_verb_before_a_quotation_makes_no_speaker():
    quoted = extract_text(
        _HEAD + "Priya Castellan, chair of the Fenby Tenants Federation, explains why this "
        "matters:\n\n“Tenants need a voice in every decision.”\n"
    )
    assert ("Priya Castellan", _EVENT, "speaker") not in _rels(quoted, "PARTICIPATED_IN")
    told = extract_text(
        _HEAD + "Priya Castellan, chair of the Fenby Tenants Federation, explained how "
        "tenants can take part.\n"
    )
    assert ("Priya Castellan", _EVENT, "speaker") in _rels(told, "PARTICIPATED_IN")


def test_speaking_after_the_summit_is_no_talk_given_at_it():
    """No rule reads a talk at the summit in "Speaking after the summit, A said"; at
    most the participation model guesses A was there (learned confidence)."""
    seed = extract_text(
        _HEAD + "Speaking after the summit, Jane Doe, Chair of Keyline Homes, said the plans "
        "would go ahead. Speaking following the event, Tom Ray said rents would be frozen.\n"
    )
    for r in seed["relations"]:
        if r["type"] == "PARTICIPATED_IN" and r["from"] in {"Jane Doe", "Tom Ray"}:
            assert r["confidence"] <= CONFIDENCE, r
