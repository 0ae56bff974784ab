"""Query parameters several routers share: the time window, so it reads alike everywhere."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

# YYYY, YYYY-MM or YYYY-MM-DD, years 0001 to 9999, months 01 to 12, days 01 to 31.
# A day the month does not have (2023-02-30) and an `until` before `since` fit it
# and are refused all the same (422 `bad_window`): no pattern can say so.
_DATE = (
    r"(000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})"
    r"(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
)
DATE_PATTERN = rf"^{_DATE}$"
# A period of /analysis/changes: a date (the whole of it) or a range of two, either
# side open (2019..2021, 2019.., ..2021).
PERIOD_PATTERN = rf"^({_DATE}|{_DATE}\.\.({_DATE})?|\.\.{_DATE})$"

SinceQuery = Annotated[
    str | None,
    Query(
        pattern=DATE_PATTERN,
        description="Only what held on or after this date (YYYY, YYYY-MM or YYYY-MM-DD: "
        "from its first day). Relations without any date count in every window.",
        examples=["2022"],
    ),
]
UntilQuery = Annotated[
    str | None,
    Query(
        pattern=DATE_PATTERN,
        description="Only what held on or before this date (to the last day of the year, "
        "month or day it names).",
        examples=["2023"],
    ),
]
