"""The page address and dates: the event a URL names, the date an event took place."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.page_event.phrase_heads import HEADS, MODIFIERS
from collabgraph.extract.written_dates import YEAR, parse_date
from collabgraph.model.dates import month_number

_SLUG_STOP = vocab.words("address_name_stops")


def slug_words(url: str | None) -> tuple[list[str], str | None]:
    """The words of a page address's last part, and a date written at its end.

    ".../event/people-powered-health-summit" -> (["people", ..., "summit"], None);
    ".../2030-vision-event-30-april-2015" -> (["2030", "vision", "event"], "2015-04-30").
    """
    if not url:
        return [], None
    path = urlparse(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    last = re.sub(r"\.(html?|php|aspx?)$", "", last, flags=re.I)
    last = re.sub(r"^\d+\.", "", last)
    words = [w for w in re.split(r"[-_]+", last.lower()) if w]
    date_words: list[str] = []
    while words and (words[-1].isdigit() or month_number(words[-1]) is not None):
        date_words.insert(0, words.pop())
    date = parse_date(" ".join(date_words)) if len(date_words) >= 2 else None
    if date_words and not date and len(date_words) == 1 and YEAR.fullmatch(date_words[0]):
        words.append(date_words[0])  # "summit-2023": the year is part of the name
    return words, date


def slug_event(words: list[str]) -> tuple[list[str], bool] | None:
    """The event an address names at its end: (name words, named?), or None. A
    write-up of what followed the event names it before "post" and the event noun
    ("...-the-river-days-2031-post-conference-report": "river days 2031";
    vocab/title_recap_words.txt)."""
    after = _after_event(words)
    if after is not None:
        name = slug_event([*after, "event"])
        return (name[0][:-1], True) if name is not None and len(name[0]) > 1 else None
    end = len(words)
    if end and YEAR.fullmatch(words[-1]):
        end -= 1
    if not end or words[end - 1] not in HEADS:
        return None
    k = end - 1
    while k > 0 and words[k - 1] not in _SLUG_STOP:
        k -= 1
    kept = words[k:]
    if len(kept) > 8:
        return None
    named = any(w not in MODIFIERS and w not in HEADS for w in kept)
    return kept, named


def named_before(words: list[str], nouns: set[str]) -> list[str] | None:
    """The words an address gives before a vague event noun inside it, back to a
    small word (vocab/address_name_stops.txt): ".../westmoor-village-awards-event-
    honouring-local-heroes" -> ["westmoor", "village", "awards"]; None when no such
    noun has two to six words before it."""
    k = next((i for i, w in enumerate(words) if w in nouns), 0)
    j = k
    while j > 0 and words[j - 1] not in _SLUG_STOP:
        j -= 1
    return words[j:k] if 2 <= k - j <= 6 else None


def _after_event(words: list[str]) -> list[str] | None:
    """The words before "post", the event noun and a write-up's word ("report",
    "round-up" written "round", "up") that end an address; None when it does not
    end so."""
    for n in (2, 1):
        rest = words[:-n]
        if len(rest) > 2 and lx.RECAP_WORDS.fullmatch("-".join(words[-n:])) and rest[-2] == "post":
            return rest[:-2] if rest[-1] in HEADS else None
    return None


def title_case(words: list[str]) -> str:
    return " ".join(w if w in {"and", "of", "for", "on", "in"} else w.capitalize() for w in words)


MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
"""The months' names, lower-cased, as a pattern's alternatives."""
DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(%s)\b(?:,?\s+((?:19|20)\d\d))?" % MONTH_NAMES,
    re.I,
)


def date_in(text: str, published: str | None) -> str | None:
    """The date an event took place, from "on Friday 8th October 2021" or "on 9
    October" (the year of publication)."""
    m = DAY_MONTH.search(text)
    if not m:
        return None
    year = m.group(3) or (published[:4] if published else None)
    if year is None:
        return None
    return parse_date(f"{m.group(1)} {m.group(2)} {year}")
