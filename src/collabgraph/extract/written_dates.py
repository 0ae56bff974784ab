"""Dates as a page writes them, in a byline, a header field or an event's line:
"February 2017", "14th Feb 2017", "March 3, 2021", "03/03/2021".

Unlike `collabgraph.model.dates.parse_date`, which reads a whole field and
refuses what it cannot read, this finds a date inside a longer text and gives
None when there is none.
"""

from __future__ import annotations

import calendar
import re

from collabgraph.model.dates import month_number

MONTH_RE = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

MONTH_NAMES = "|".join(
    sorted({*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"}, key=len, reverse=True)
)
"""The months as a line writes them, capitalised, whole or cut short ("April",
"Apr", "Sept"), longest first: a regex alternation."""
WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?\.?"
"""A day of the week, capitalised, whole or cut short ("Saturday", "Sat", "Thurs."):
a regex."""


def is_month_and_year(text: str) -> bool:
    """Whether `text` is only a month and a year ("Jan 2020", "Sept. 2031"): a date,
    never a name, though "Jan" is a given name too (`is_month_and_year("Jan 2020")`
    is True, `is_month_and_year("Jan Bell")` False)."""
    return _MONTH_AND_YEAR.fullmatch(text.strip()) is not None


_MONTH_AND_YEAR = re.compile(r"%s\.?,?\s+(19|20)\d\d" % MONTH_RE, re.I)

YEAR = re.compile(r"(19|20)\d\d")
"""A year written alone ("2031"), 1900 to 2099: match a whole token or word with
`YEAR.fullmatch`."""
_YEAR_END = re.compile(r"\s+(19|20)\d\d$")

YEAR_RANGE = re.compile(r"(19|20)\d\d[-‐–/]((19|20)?\d\d)")
"""A span of years written as one token ("2025–2030", "2025/26"): match with
`YEAR_RANGE.fullmatch`."""
_RANGE_MARKS = {"-", "‐", "–", "/"}
_RANGE_END = re.compile(r"((19|20)?\d\d)")


def year_range_end(doc, j: int, end: int) -> int:
    """The index after the span of years that opens at token j ("2025-2030",
    "2022-23", "2025/26", "2025–2030" as one token or three glued ones, the second
    year after the first), or j when no span opens there."""
    if j >= end:
        return j
    if YEAR_RANGE.fullmatch(doc[j].text):
        return j + 1 if _later(doc[j].text[:4], doc[j].text[5:]) else j
    if (
        YEAR.fullmatch(doc[j].text)
        and j + 2 < end
        and not doc[j].whitespace_
        and doc[j + 1].text in _RANGE_MARKS
        and not doc[j + 1].whitespace_
        and _RANGE_END.fullmatch(doc[j + 2].text)
        and _later(doc[j].text, doc[j + 2].text)
    ):
        return j + 3
    return j


def _later(first: str, second: str) -> bool:
    """Whether `second` (four digits, or the last two) is a later year than `first`."""
    full = second if len(second) == 4 else first[:2] + second
    return full > first


def undated_words(doc, start: int, end: int, words: list[str]) -> list[str]:
    """`words` (the lower-case words of the name doc[start:end], no hyphens) less a
    year or span of years closing the name ("Kelby Plan 2025-2030", "Kelby Review
    2022-23", "Stronger Futures 2031"), when a word comes before it; all of them when
    none closes it. Read by `mentions.add` to vote on a dated name's words."""
    for k in (end - 3, end - 1):
        if k > start and year_range_end(doc, k, end) == end:
            dated = sum(1 for t in doc[k:end] if t.text not in {"-", "‐"})
            return words[:-dated] if dated < len(words) else words
    if len(words) >= 2 and YEAR.fullmatch(words[-1]):
        return words[:-1]
    return words


def closed_by_years_span(doc, start: int, end: int) -> bool:
    """Whether a span of years closes the name doc[start:end] ("Kelby Plan 2025-2030",
    "Warm Spaces 2025/26"): the years a plan, programme or grant round covers, not
    the year of an occasion ("Stronger Futures 2031")."""
    return any(k > start and year_range_end(doc, k, end) == end for k in (end - 3, end - 1))


def is_date_alone(text: str) -> bool:
    """Whether `text` is a date and little else: at most five words holding a date
    `parse_date` reads ("16 January 2031", "Tuesday 4 June 2031"), as a part of a
    title or masthead line split at its dashes and bars."""
    return len(text.split()) <= _DATE_ALONE_WORDS and bool(parse_date(text))


_DATE_ALONE_WORDS = 5


def without_year(name: str) -> str:
    """`name` without a year closing it: "Foo Show 2031" -> "Foo Show"; a name
    not ending in a year ("Foo Show", "Foo2031") comes back unchanged."""
    return _YEAR_END.sub("", name)


def parse_date(text: str) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from a written date, or None.

    Reads "February 2017", "14th Feb 2017", "March 3, 2021", "2021-03-03",
    "03/03/2021" (day first, as written in the UK).
    """
    text = text.strip()
    m = re.search(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?", text)
    if m:
        return "-".join(g for g in m.groups() if g)
    m = re.search(
        r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?%s\.?,?\s+(\d{4})\b" % MONTH_RE, text, re.I
    )
    if m:
        day, month, year = int(m.group(1)), month_number(m.group(2)[:3]), m.group(3)
        return f"{year}-{month:02d}-{day:02d}" if 1 <= day <= 31 else f"{year}-{month:02d}"
    m = re.search(r"\b%s\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b" % MONTH_RE, text, re.I)
    if m:
        month = month_number(m.group(1)[:3])
        return f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}"
    m = re.search(r"\b%s\.?,?\s+(\d{4})\b" % MONTH_RE, text, re.I)
    if m:
        return f"{m.group(2)}-{month_number(m.group(1)[:3]):02d}"
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\d{4})", text)
    if m:
        return m.group(1)
    return None


def written_date(iso: str) -> str | None:
    """An ISO date as a reader writes it in a name: "2031-06-03" -> "3 June 2031",
    "2031-06" -> "June 2031"; None for a year alone or anything else."""
    m = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?", iso or "")
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    month = f"{calendar.month_name[int(m.group(2))]} {m.group(1)}"
    return f"{int(m.group(3))} {month}" if m.group(3) else month
