"""Bodies that kept a stand at the page's event: "A and B also had stands" (which
the parse can read as "had" helping a verb "stands"), "C, who ran a stall all day",
"D, whose staff ran the refreshments tent": each took part in it (participant).
Near misses: someone met "at the tea tent" kept no tent, a council that "will have
its say" has no stand, and a body that "stands down" has none. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_DAY = "Kelby Open Day 2026"
_PAGE = (
    "Kelby Open Day 2026 - what a day!\n\n"
    "Sunday 8 September 2026\n\n"
    "Thank you to the hundreds of you who came down to Fenby Park on Saturday for the "
    "Kelby Open Day 2026.\n\n"
    "{body}\n\n"
    "See you next year.\n"
)


def _roles(body: str) -> dict[str, str | None]:
    seed = extract_text(_PAGE.format(body=body))
    return {who: role for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == _DAY}


@pytest.mark.parametrize(
    ("body", "keepers"),
    [
        (
            "The Kelby Flood Wardens and the Fenby Rivers Trust also had stands and signed "
            "up new volunteers.",
            ["Fenby Rivers Trust"],
        ),
        (
            "Fenby Mind, Kelby Recovery Partnership and Quarn Credit Union all had stands "
            "on the concourse.",
            ["Fenby Mind", "Kelby Recovery Partnership", "Quarn Credit Union"],
        ),
        (
            "Fenby Mind, Kelby Recovery Partnership, Quarn Parkrun, the Fire Service's home "
            "safety team and Orby Table Futures all had stands on the concourse.",
            ["Fenby Mind", "Kelby Recovery Partnership", "Quarn Parkrun"],
        ),
        (
            "And thanks to Citizens Advice Kelby and the Fenby Carers Society, who ran "
            "stalls all day.",
            ["Citizens Advice Kelby", "Fenby Carers Society"],
        ),
        (
            "The day was paid for by Fenby Building Society, whose staff also ran the "
            "refreshments tent.",
            ["Fenby Building Society"],
        ),
    ],
)
def test_bodies_that_had_or_ran_a_stand_took_part(body, keepers):
    roles = _roles(body)
    for name in keepers:
        assert roles.get(name) == "participant", roles


def test_meeting_someone_at_a_tent_keeps_no_tent():
    roles = _roles("Jo Tern met Ada Foss from Fenby Housing at the tea tent.")
    assert "Jo Tern" not in roles, roles


@pytest.mark.parametrize(
    "body",
    [
        "Kelby Borough Council will have its say on the plans next month.",
        "Fenby Housing Trust, which stands behind the scheme, sent its thanks.",
    ],
)
def test_having_a_say_or_standing_behind_is_no_stand(body):
    roles = _roles(body)
    assert "Kelby Borough Council" not in roles and "Fenby Housing Trust" not in roles, roles
