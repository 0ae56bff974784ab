"""Participation in clause shapes write-ups use around names: a group that "took
part in" something, with examples after "including"; a person quoted "during"
or "at" the event; performers from a body ("pupils from Foo sang"); an absolute
"with ... attending" clause. Each with near-misses that must not give the relation."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles as _rels

_FAIR = "Ridgeway Garden Fair\n\nThe Ridgeway Garden Fair was held on the village green.\n\n"
_EVENT = "Ridgeway Garden Fair"


def test_group_took_part_with_examples_after_including():
    seed = extract_text(
        "Quarry Lane news\n\n"
        "Seven youth clubs took part in the Quarry Lane Cycling Challenge in June, "
        "including Pennyfield Youth Club and the Mossbank Scouts.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    challenge = "Quarry Lane Cycling Challenge"
    assert ("Pennyfield Youth Club", challenge, "participant") in took_part
    assert ("Mossbank Scouts", challenge, "participant") in took_part
    kinds = {e["name"]: e["type"] for e in seed["entities"]}
    assert kinds[challenge] == "Project"


def test_named_subject_keeps_its_own_reading_not_the_examples():
    # a named subject took part; the bodies after "including" are what was done
    seed = extract_text(
        "Quarry Lane news\n\n"
        "Hollow Oak Trust took part in the Quarry Lane Summit, including a workshop "
        "with Bracken Housing.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert not any(who == "Bracken Housing" for who, _, _ in took_part)


def test_quoted_during_the_event_is_a_speaker():
    seed = extract_text(
        _FAIR + '"Gardens bring neighbours together," said Wren Halloway, head of '
        "outreach at Ridgeway Growers, during the fair.\n"
    )
    assert ("Wren Halloway", _EVENT, "speaker") in _rels(seed, "PARTICIPATED_IN")


def test_quoted_at_a_place_or_body_is_not_a_speaker():
    seed = extract_text(
        _FAIR + '"We have new plots," said Wren Halloway, head of outreach at Ridgeway '
        "Growers.\n\n"
        '"The hall needs a new roof," said Colm Ashe at the Parish Office.\n'
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert ("Wren Halloway", _EVENT, "speaker") not in took_part
    assert ("Colm Ashe", _EVENT, "speaker") not in took_part


def test_performers_from_a_body():
    seed = extract_text(_FAIR + "Children from Ridgeway Infant School sang two songs.\n")
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert ("Ridgeway Infant School", _EVENT, "participant") in took_part  # a performer


def test_singing_about_a_body_is_no_part_for_it():
    seed = extract_text(_FAIR + "Ivo Marsh sang the praises of Ridgeway Infant School.\n")
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert not any(who == "Ridgeway Infant School" for who, _, _ in took_part)


def test_with_bodies_attending():
    seed = extract_text(
        "Ridgeway Garden Fair\n\nThe Ridgeway Garden Fair was held on the village green, "
        "with volunteers from groups including Ridgeway Growers, the Ashcombe Bee Club "
        "and Fallow Seeds attending.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    for body in ("Ridgeway Growers", "Ashcombe Bee Club", "Fallow Seeds"):
        assert (body, _EVENT, "attendee") in took_part
        assert not any(r["from"] == body and r["type"] == "ORGANISED" for r in seed["relations"])


def test_with_a_person_present_is_not_a_host():
    seed = extract_text(
        "Ridgeway Garden Fair\n\nThe Ridgeway Garden Fair was held on the village green, "
        "with Tamsin Roe and Ivo Marsh present.\n"
    )
    assert ("Tamsin Roe", _EVENT, "attendee") in _rels(seed, "PARTICIPATED_IN")
    assert not any(
        r["type"] == "ORGANISED" and r["from"] == "Tamsin Roe" for r in seed["relations"]
    )


def test_held_with_a_partner_is_still_hosting():
    seed = extract_text(
        "Ridgeway Garden Fair\n\nThe Ridgeway Garden Fair was held on the village green "
        "with Ridgeway Growers.\n"
    )
    took_part = _rels(seed, "PARTICIPATED_IN")
    assert not any(who == "Ridgeway Growers" and role == "attendee" for who, _, role in took_part)
