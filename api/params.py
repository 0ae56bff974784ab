"""Query parameters several routers share: the time window, so it reads alike everywhere."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

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
