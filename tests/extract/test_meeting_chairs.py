"""Who chaired a meeting the page is about, told by the post the page gives them
there: "(Chair)" in the list of who was present, "Our chair, A, opened the
meeting". Near misses: a chair who opens a conference speaks; a chair who
presents the report or thanks volunteers is read by the speech rules; the others
in a present list are attendees, not chairs. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _roles(text: str, event: str) -> dict[str, str | None]:
    seed = extract_text(text)
    return {who: role for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == event}


_RECORD = (
    "Fenby Residents Forum meeting\n\n"
    "The Fenby Residents Forum meeting was held on 4 March 2026 at Fenby Library.\n\n"
    "{present}\n\nThe forum agreed to write to Kelby Council about the bus shelter.\n"
)
_FORUM = "Fenby Residents Forum meeting"


@pytest.mark.parametrize(
    ("present", "chair", "others"),
    [
        ("Present: Cllr Ada Foss (Chair), Jo Tern, Ben Ruskin (Orby Housing).",
         "Ada Foss", {"Jo Tern", "Ben Ruskin"}),
        ("Attendees: Revd Mia Hart (chair, MH), Oli Brandt, Kelby Tenants Group (OB), "
         "Dana Lowe (DL)", "Mia Hart", {"Oli Brandt", "Dana Lowe"}),
    ],
)  # fmt: skip
def test_the_chair_a_present_list_marks_chaired_the_meeting(present, chair, others):
    roles = _roles(_RECORD.format(present=present), _FORUM)
    assert roles.get(chair) == "chair"
    assert all(roles.get(o) not in (None, "chair") for o in others), roles


_AGM = (
    "Kelby Larder AGM 2025\n\n"
    "The Kelby Larder AGM 2025 was held at Fenby Hall on 3 May.\n\n{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Our chair, Mia Hart, opened the meeting and thanked the volunteers.",
        "The Chair, Mrs Mia Hart, welcomed members and guests to the hall.",
        "Our chairman, Mia Hart, opened the meeting with a minute's silence.",
    ],
)
def test_the_chair_who_opened_the_meeting_chaired_it(line):
    assert _roles(_AGM.format(line=line), "Kelby Larder AGM 2025").get("Mia Hart") == "chair"


@pytest.mark.parametrize(
    "line",
    [
        "Our chair, Mia Hart, presented the annual report.",
        "Our chair, Mia Hart, thanked the volunteers for another busy year.",
    ],
)
def test_a_chair_reporting_at_the_meeting_is_not_made_its_chair(line):
    assert _roles(_AGM.format(line=line), "Kelby Larder AGM 2025").get("Mia Hart") != "chair"


def test_a_chair_opening_a_conference_speaks_there():
    text = (
        "Kelby Health Summit 2025\n\n"
        "The Kelby Health Summit 2025 took place at Fenby Hall on 3 May, hosted by Kelby "
        "Trust.\n\nOur chair, Mia Hart, opened the day.\n"
    )
    assert _roles(text, "Kelby Health Summit 2025").get("Mia Hart") == "speaker"
