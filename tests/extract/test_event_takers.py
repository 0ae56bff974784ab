"""Who took part in the page's event, read from wordings other writers use: stalls
kept at it (exhibitors, and "Stalls" is no programme), bodies whose members took
part ("Members of the Foo Club ... took part"), "Among the runners were A and
staff from B", and the role of those the participation model links when their
sentences say they ran, walked or slept out in it."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.learned.participants import role_of
from collabgraph.extract.mentions.event_venues import happened_here
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.nlp_model import load_nlp
from tests.extract.reading import SUMMIT, with_roles
from tests.extract.reading import at_summit as _at_event

_FAIR = "Ormsby Makers Fair 2031"
_FAIR_PAGE = f"{_FAIR}\n\nThe Ormsby Makers Fair took over the Drill Hall in Ormsby on 3 May.\n"


def _at_fair(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(_FAIR_PAGE + text + "\n"), "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "sentence",
    [
        "Stalls were run by Kelby Repair Cafe, Tern Valley Beekeepers and Fenby Credit Union.",
        "The stalls were run by Kelby Repair Cafe, Tern Valley Beekeepers and Fenby Credit Union.",
    ],
)
def test_bodies_keeping_stalls_exhibited_at_the_event(sentence):
    seed = extract_text(_FAIR_PAGE + sentence + "\n")
    takers = {(w, r) for w, to, r in with_roles(seed, "PARTICIPATED_IN") if to == _FAIR}
    assert ("Kelby Repair Cafe", "participant") in takers  # GOLD.md's word for exhibitors
    assert ("Fenby Credit Union", "participant") in takers
    assert not any(e["name"] == "Stalls" for e in seed["entities"])
    assert not [r for r in seed["relations"] if r["type"] == "RUNS"]


def test_a_workshop_led_still_gives_a_speaker():
    assert ("Ada Foss", "speaker") in _at_event("Workshops were led by Ada Foss of Kelby Arts.")


def test_a_named_service_run_by_a_body_is_still_run():
    seed = extract_text("Kelby news\n\nThe Kelby Device Bank is run by Tern Foundation.\n")
    assert {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "RUNS"} == {
        ("Tern Foundation", "Kelby Device Bank")
    }


def test_members_of_a_body_taking_part_bring_the_body():
    assert _at_event(
        "Members of the Kelby Walking Club and Jo Tern of Fenby Council took part in the summit."
    ) == {("Jo Tern", "participant"), ("Kelby Walking Club", "participant")}


def test_members_of_the_public_bring_no_body():
    assert _at_event("Members of the public took part in the summit.") == set()


def test_members_of_a_body_not_taking_part_bring_nothing():
    assert _at_event("Members of the Kelby Walking Club wrote to the council.") == set()


def test_among_the_runners_were_people_and_staff_of_a_body():
    assert _at_event(
        "Among the runners were Oli Brandt, chief executive of Marsh Lane Homes, and staff "
        "from Wexcombe Building Society."
    ) == {("Oli Brandt", "participant"), ("Wexcombe Building Society", "participant")}


def test_among_the_founders_is_no_list_of_takers():
    assert _at_event("Among the founders were Oli Brandt and Ada Foss.") == set()


@pytest.mark.parametrize(
    ("words", "kind", "role"),
    [
        ({"walked", "with", "her", "team"}, "Person", "participant"),
        ({"ran", "the", "whole", "thing"}, "Person", "attendee"),
        ({"among", "the", "sleepers", "were"}, "Person", "participant"),
        ({"walkers", "from"}, "Organisation", "participant"),
        ({"also", "came"}, "Person", "attendee"),
        ({"spoke", "walked"}, "Person", "speaker"),
    ],
)
def test_the_models_role_for_doing_the_events_activity(words, kind, role):
    assert role_of(frozenset(words), kind) == role


def test_summit_unchanged_for_attendees():
    assert _at_event("Jo Tern of Fenby Council attended.") == {("Jo Tern", "attendee")}
    assert SUMMIT


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Cllr Ada Foss, cabinet member for housing at Fenby Council, took questions "
         "from the floor.", "Ada Foss"),
        ("Jo Tern answered questions about the new lettings policy.", "Jo Tern"),
        ("Afterwards Oli Brandt fielded audience questions.", "Oli Brandt"),
    ],
)  # fmt: skip
def test_taking_questions_at_the_event_is_speaking(sentence, who):
    assert (who, "speaker") in _at_event(sentence)


def test_questions_asked_of_someone_are_not_their_speaking():
    assert _at_event("Residents asked Jo Tern questions by letter last year.") == set()


@pytest.mark.parametrize(
    ("sentence", "performers"),
    [
        ("Music by the Kelby Fiddlers.", {"Kelby Fiddlers"}),
        ("The day ended with live music from the Kelby Ukulele Band and Ada Foss.",
         {"Kelby Ukulele Band", "Ada Foss"}),
        ("Entertainment was provided by Fenby Youth Choir.", {"Fenby Youth Choir"}),
        ("Entertainment included the Kelby Steel Band and Orby Morris.",
         {"Kelby Steel Band", "Orby Morris"}),
        ("The afternoon closed with music played by the Fenby Silver Band.",
         {"Fenby Silver Band"}),
    ],
)  # fmt: skip
def test_music_and_entertainment_by_names_are_performers(sentence, performers):
    assert _at_event(sentence) == {(who, "participant") for who in performers}  # GOLD.md's word


def test_money_from_a_body_is_no_performance():
    assert _at_event("Funding from the Tern Trust paid for the hall.") == set()


def test_a_band_or_choir_is_a_body():
    seed = extract_text(_FAIR_PAGE + "Entertainment was provided by Fenby Youth Choir.\n")
    assert {e["type"] for e in seed["entities"] if e["name"] == "Fenby Youth Choir"} == {
        "Organisation"
    }


@pytest.mark.parametrize(
    "text",
    [
        "New sensory garden opens in Kelby\n\nA new sensory garden at Kelby Library has "
        "opened, with funding from the Tern Trust.\n",
        "Free repair shop opens its doors\n\nVolunteers from Fenby Climate Action mend "
        "toasters and bikes every Saturday.\n",
    ],
)
def test_an_unnamed_place_opening_in_a_headline_is_no_event(text):
    seed = extract_text(text)
    assert not [e for e in seed["entities"] if e["type"] == "Event"]


def test_a_named_place_reopening_in_a_headline_is_still_its_reopening():
    seed = extract_text(
        "Marsh Lane Family Centre reopens its doors\n\n"
        "Families were welcomed back on Saturday after a long refit.\n"
    )
    assert "Reopening of Marsh Lane Family Centre" in {
        e["name"] for e in seed["entities"] if e["type"] == "Event"
    }


def test_partners_set_off_after_the_project_named_first_take_part_in_it():
    # the project is the page's first name (its mention id is 0)
    seed = extract_text(
        "Tool share project reaches two villages\n\n"
        "The Spare Parts project will open tool sheds in Orby and Wexcombe from June. "
        "The partners, Orby Men's Shed and Tern Valley Repair Cafe, will train "
        "volunteers to look after the tools.\n"
    )
    assert {
        ("Orby Men's Shed", "Spare Parts", "partner"),
        ("Tern Valley Repair Cafe", "Spare Parts", "partner"),
    } <= with_roles(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orby Climate Assembly was attended by Ada Foss and Jo Tern.",
        "The Orby Climate Assembly took place at Orby Library on Saturday.",
        "The Orby Youth Forum was held online on 3 March.",
    ],
)
def test_an_assembly_or_forum_that_happened_is_an_event(sentence):
    seed = extract_text("Orby news\n\n" + sentence + "\n")
    kinds = {e["type"] for e in seed["entities"] if e["name"].startswith("Orby ")}
    assert "Event" in kinds and "Organisation" not in kinds


@pytest.mark.parametrize(
    ("sentence", "happened"),
    [
        ("The Orby Tenants Assembly was held in the Town Hall.", True),
        ("The Orby Tenants Assembly was attended by Ada Foss.", True),
        ("The Orby Tenants Assembly took place on Friday.", True),
        ("The Orby Tenants Assembly is held in high regard by the council.", False),
        ("The Orby Tenants Assembly has written to the council.", False),
        ("The Orby Tenants Trust was attended by Ada Foss.", False),  # no event's word
    ],
)
def test_an_assembly_or_forum_happened_only_by_an_occasions_verb(sentence, happened):
    doc = load_nlp()(sentence)
    m = Mention(id=0, text="Orby Tenants Assembly", title=None, block=0, section=0, sent=0,
                start=1, end=4)  # fmt: skip
    assert happened_here(doc, m, doc[:]) is happened


_WEBINAR = "Fenby Money Advice Webinar"
_WEBINAR_PAGE = (
    "Money advice webinar\n\nOur Fenby Money Advice Webinar was held online on 3 March 2031.\n"
)


def _at_webinar(sentence: str) -> set[tuple[str, str | None]]:
    seed = extract_text(_WEBINAR_PAGE + sentence + "\n")
    return {(w, r) for w, to, r in with_roles(seed, "PARTICIPATED_IN") if to == _WEBINAR}


def test_guests_joining_a_titled_host_are_speakers():
    assert _at_webinar(
        "Host Jo Tern, from Fenby CVS, was joined by Ada Foss of Kelby Credit Union and "
        "Oli Brandt from Fenby Law Centre."
    ) >= {("Jo Tern", "chair"), ("Ada Foss", "speaker"), ("Oli Brandt", "speaker")}


def test_people_joining_one_with_no_title_are_there_together():
    assert _at_webinar("Jo Tern was joined by Ada Foss of Kelby Credit Union.") >= {
        ("Jo Tern", "attendee"),
        ("Ada Foss", "attendee"),
    }


def test_with_a_person_present_is_attending_not_speaking():
    assert _at_event("The summit opened at ten, with Ada Foss of Kelby Growers present.") == {
        ("Ada Foss", "attendee")
    }


def test_a_person_who_presented_still_spoke():
    assert ("Ada Foss", "speaker") in _at_event("Ada Foss of Kelby Growers presented the findings.")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Runner Oli Brandt, who ran in memory of his father, said the crowd was loud.",
         {"Oli Brandt"}),
        ("Entrants included Ada Foss and Jo Tern.", {"Ada Foss", "Jo Tern"}),
    ],
)  # fmt: skip
def test_runners_and_entrants_named_take_part(sentence, who):
    assert _at_event(sentence) >= {(w, "participant") for w in who}


def test_a_club_named_for_runners_is_no_list_of_runners():
    assert _at_event("Fenby Runners meet every Tuesday at the leisure centre.") == set()


def test_an_open_studios_weekend_is_the_pages_event():
    seed = extract_text(
        "Open Studios weekend in Orby\n\n"
        "Makers across Orby opened their doors for the Orby Open Studios on 3 October 2031. "
        "The event was backed by the Tern Arts Fund.\n"
    )
    assert {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "FUNDED"} == {
        ("Tern Arts Fund", "Orby Open Studios")
    }
    assert "Open Studios weekend in Orby event" not in {e["name"] for e in seed["entities"]}
