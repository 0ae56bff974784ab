"""An event named in passing, in lower case, after its holder's possessive, further
down a page about something else ("stepped down at Fenby’s annual general meeting")
is an event: named after its holder, the page's own form an alias, held by that
body; whoever the sentence says spoke there took part. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.model.names import name_key
from tests.extract.reading import events, in_passing, pairs


@pytest.mark.parametrize(
    ("sentence", "name", "form"),
    [
        ("Ann Lee paid tribute to Jane Doe, who stepped down at Fenby’s annual general "
         "meeting on September 25.", "Fenby annual general meeting",
         "Fenby’s annual general meeting"),
        ("Jane Doe spoke at Fenby Housing Group's annual conference in May.",
         "Fenby Housing Group annual conference", "Fenby Housing Group's annual conference"),
        ("Marlow Homes’ summer fair raised £500 for the tenants' fund.",
         "Marlow Homes summer fair", "Marlow Homes' summer fair"),
    ],
)  # fmt: skip
def test_the_holders_event_is_found_and_held_by_it(sentence, name, form):
    seed = in_passing(sentence)
    found = {e["name"]: e.get("aliases") or [] for e in events(seed)}
    assert name in found, found
    assert name_key(form) in {name_key(n) for n in (name, *found[name])}
    holder = name.removesuffix(" " + " ".join(name.split()[-2:]))
    organised = {o for o, e in pairs(seed, "ORGANISED") if e == name}
    assert organised, pairs(seed, "ORGANISED")
    assert any(o.startswith(holder.split()[0]) for o in organised)


def test_who_spoke_there_took_part():
    seed = in_passing("Jane Doe spoke at Fenby Housing Group's annual conference in May.")
    assert ("Jane Doe", "Fenby Housing Group annual conference") in pairs(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe runs Fenby Housing Group's weekly coffee morning in the hall.",
        "Jane Doe chaired November's board meeting.",
        "Jane Doe praised Fenby Housing Group's meeting rooms.",
    ],
)
def test_no_event_from_a_recurring_activity_a_month_or_a_compound(sentence):
    seed = in_passing(sentence)
    assert not [e for e in events(seed) if "meeting" in e["name"] or "morning" in e["name"]]


@pytest.mark.parametrize(
    "text",
    [
        "Fenby Housing Group Parliamentary reception\n\nLast Wednesday Fenby Housing Group "
        "held our annual reception at Dalby Hall with the support of Ann Lee MP.\nGuests met "
        "the tenants' panel.\nAnn Lee opens proceedings at Fenby Housing Group's reception in "
        "the Long Room.\n",
        "Kelby Trust summer reception\n\nOn Friday the Kelby Trust held its summer reception "
        "at Dalby Hall.\nGuests met the tenants' panel.\nJane Doe opened proceedings at the "
        "Kelby Trust's reception in the Long Room.\n",
    ],
)
def test_the_pages_own_event_written_so_is_no_second_event(text):
    found = [e["name"] for e in events(extract_text(text, path="page.txt"))]
    assert len([n for n in found if "reception" in n]) == 1, found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Westshire County Council has agreed a compact with local charities.\nThe compact "
         "was drafted over a year.\nIt sets out how grants are made.\nA report on it will "
         "be presented at the council’s cabinet meeting next week.", "Cabinet meeting"),
        ("Kelby Carers Trust supports carers in Dalby.\nIt was founded in 1990.\nIt has "
         "forty volunteers.\nJane Doe spoke at the charity's annual conference in May.",
         "Annual conference"),
    ],
)  # fmt: skip
def test_after_a_bodys_common_noun_the_event_is_named_as_written(text, event):
    seed = extract_text(f"News\n\n{text}\n", path="page.txt")
    holder = text.split(" has ")[0].split(" supports ")[0]
    assert (holder, event) in pairs(seed, "ORGANISED"), pairs(seed, "ORGANISED")


@pytest.mark.parametrize(
    ("sentence", "name", "form", "holder"),
    [
        ("Three tenant groups were recognised for their work at Fenby's AGM in September.",
         "Fenby AGM", "Fenby's AGM", "Fenby Housing Group"),
        ("The grants will be announced at the Fenby Housing Group annual general meeting "
         "which will be held in February.", "Fenby Housing Group annual general meeting",
         "Fenby Housing Group annual general meeting", "Fenby Housing Group"),
        ("Ann Lee, who chairs Marlow Homes, spoke at the Marlow Homes annual members "
         "meeting in May.", "Marlow Homes annual members meeting",
         "Marlow Homes annual members meeting", "Marlow Homes"),
    ],
)  # fmt: skip
def test_a_short_form_or_a_body_named_right_before_its_agm(sentence, name, form, holder):
    seed = in_passing(sentence)
    found = {e["name"]: e.get("aliases") or [] for e in events(seed)}
    assert name in found, found
    assert name_key(form) in {name_key(n) for n in (name, *found[name])}
    assert (holder, name) in pairs(seed, "ORGANISED"), pairs(seed, "ORGANISED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe met the Fenby Housing Group events team in May.",
        "Jane Doe spoke at the Kelby summer fair in May.",
        "Jane Doe thanked everyone at the Fenby Housing Group event in May.",
        "Jane Doe will speak at the Fenby Housing Group annual conference in May.",
        "The Fenby Housing Group meeting is at Dalby Hall on Monday at 7pm.",
    ],
)
def test_no_event_from_a_place_other_event_words_or_a_team(sentence):
    seed = in_passing(sentence)
    assert not [e["name"] for e in events(seed)], events(seed)
