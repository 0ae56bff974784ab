"""Dates as stored and compared: ISO 8601 at the precision given (`2016`, `2016-12`, `2016-12-01`).

Seed files write dates many ways; `parse_date` reads the common ones, UK
day-first forms included (`01/12/2016` is 1 December 2016), and refuses the
rest, so that a date is never compared as text. Partial dates compare on the
precision both have (`earlier`): "2017" overlaps "2017-02".
"""

from __future__ import annotations

import re
from datetime import date

_MONTH_NAMES = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)  # fmt: skip
_MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_MONTH = "(?P<month_name>[A-Za-z]{3,9})\\.?"
_FORMS = [
    # ISO: 2016, 2016-12, 2016-12-01, with an optional time after the date.
    re.compile(
        r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2})"
        r"(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?)?)?"
    ),
    # 2016/12/01, 2016.12.01
    re.compile(r"(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})"),
    # UK day first: 01/12/2016, 1.12.2016, 01-12-2016, with an optional time after it
    # (spreadsheets export `26/03/2001 00:00`).
    re.compile(r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})(?: [\d:.]+)?"),
    # 12/2016, 12-2016
    re.compile(r"(?P<month>\d{1,2})[/-](?P<year>\d{4})"),
    # 1 December 2016, 1st Dec 2016, 1 Dec. 2016
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})"),
    # December 1, 2016
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"),
    # December 2016
    re.compile(rf"{_MONTH},?\s+(?P<year>\d{{4}})"),
]  # fmt: skip


def month_number(name: str) -> int | None:
    """The month (1-12) a month's name or its usual abbreviation gives ("Sept",
    "december"), case aside; None for anything else."""
    return _MONTHS.get(name.lower().rstrip("."))


def parse_date(text: str | int) -> str:
    """An ISO 8601 date at the precision written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

    Reads ISO forms (a time after the date is dropped), `YYYY/MM/DD`, UK
    day-first `DD/MM/YYYY` (also with `.` or `-`, and a time after it dropped
    too), `MM/YYYY`, `1 December 2016`,
    `December 1, 2016` and `Dec 2016`. Raises ValueError, saying what is
    expected, for anything else or an impossible date (`31/02/2016`).
    """
    raw = str(text).strip()
    for form in _FORMS:
        match = form.fullmatch(raw)
        if match:
            return _iso(match.groupdict(), raw)
    raise ValueError(
        f"unreadable date {raw!r}: expected YYYY, YYYY-MM, YYYY-MM-DD, DD/MM/YYYY"
        " or a date such as '1 December 2016'"
    )


def _iso(parts: dict[str, str | None], raw: str) -> str:
    year = int(parts["year"])  # type: ignore[arg-type]
    month_name = parts.get("month_name")
    if month_name is not None:
        month = month_number(month_name)
        if month is None:
            raise ValueError(f"unreadable date {raw!r}: {month_name!r} is not a month")
    else:
        month = int(parts["month"]) if parts.get("month") else None
    day = int(parts["day"]) if parts.get("day") else None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise ValueError(f"impossible date {raw!r}: month {month} (dates are day/month/year)")
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise ValueError(f"impossible date {raw!r}: no day {day} in that month") from None


def parse_date_or_keep(text: str | None) -> str | None:
    """`parse_date`, or the text unchanged when it is not a readable date (for data
    stored before dates were checked)."""
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError:
        return text


def earlier(a: str, b: str) -> bool:
    """Whether ISO date `a` is strictly before `b` at the precision both have."""
    a, b = str(a), str(b)
    n = min(len(a), len(b))
    return a[:n] < b[:n]
