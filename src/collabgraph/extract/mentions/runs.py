"""Where names are: runs of capitalised words with the small words names hold
(where one may start: `mentions/run_starts.py`; where one stops short, at a
heading's verb or a reference code: `mentions/run_stops.py`; publication titles
in quotes or after "report", "toolkit" are found by `mentions/publications.py`).
"""

from __future__ import annotations

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.and_parts import slash_name_end
from collabgraph.extract.mentions.field_lists import list_name_end, names_a_list, sector_list_end
from collabgraph.extract.mentions.gazetteer import place_across
from collabgraph.extract.mentions.owner_names import owned_run, paired_possessive_end
from collabgraph.extract.mentions.owner_starts import plural_owner_inside
from collabgraph.extract.mentions.paired_titles import paired_title_end
from collabgraph.extract.mentions.place_list_names import place_list_name
from collabgraph.extract.mentions.run_starts import (
    hashtag,
    may_open_name,
    name_start_ok,
    start_keys,
    to_in_name,
    years_in_name,
)
from collabgraph.extract.mentions.run_stops import (
    HEADING_HOST_VERBS,
    object_end,
    reference_code,
    subject_after_phrase,
    verb_before_object,
)
from collabgraph.extract.mentions.run_words import (
    PARTICLES,
    body_after_possessive,
    body_run_after_possessive,
    calendar_word_in_name,
    day_before_run_noun,
    head_follows,
    name_tail,
    number_after_of,
    observance_end,
    office_programme_end,
    particle_in_name,
)
from collabgraph.extract.mentions.tokens import (
    CALENDAR_WORDS,
    NON_NAME_ENTS,
    POSSESSIVE,
    SAINT_WORDS,
    hyphen_join,
    is_cap,
    joined,
    lower_word,
    lower_words,
)
from collabgraph.extract.written_dates import YEAR, YEAR_RANGE, year_range_end

_POSSESSIVE_NOUNS = vocab.words("name_possessive_nouns")
_NOT_BEFORE_YEAR = vocab.words("name_not_before_year")
_HEADS_AFTER_YEAR = vocab.words("event_heads_after_year")


def _place_across(doc, start: int, j: int, end: int) -> int:
    """The end of a UK place whose name goes on across the small word at `j`
    ("Newcastle under Lyme"), begun within the run doc[start:j]; 0 if none."""
    if is_cap(doc[j]) or j + 1 >= end or not is_cap(doc[j + 1]):
        return 0
    return place_across(doc, start, j, j + 1, end)


_RUNS_KEY = "collabgraph.capital_runs"


def capital_runs(
    doc, sent: Span, *, heading: bool = False, seen: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words with the small words names contain;
    `seen`: opening words of names known in the document (`memory.names_seen`).

    The runs read without `seen` are kept on the doc: `seen` changes them only
    where a word that reads as a sentence's first opens a name it holds
    (`run_starts.name_start_ok`), so when no such opening is in `seen` the runs
    read again with it are the same, and are not read twice."""
    if heading:
        return _capital_runs(doc, sent, heading, seen)
    kept = doc.user_data.setdefault(_RUNS_KEY, {})
    bounds = (sent.start, sent.end)
    if bounds in kept and (not seen or seen.isdisjoint(start_keys(doc, *bounds))):
        return list(kept[bounds])
    runs = _capital_runs(doc, sent, heading, seen)
    if not seen:
        kept[bounds] = tuple(runs)
    return runs


def _event_after_year(doc, k: int, end: int) -> int:
    """The end of "Northern Games" after the year in "Kelby 2026 Northern Games":
    capitalised words closed by an event's head (`vocab/event_heads_after_year`),
    or 0 when none follow the year."""
    j = k
    while j < end and j - k < 4 and is_cap(doc[j]):
        j += 1
    return j if j > k and lower_word(doc[j - 1]) in _HEADS_AFTER_YEAR else 0


def _capital_runs(doc, sent: Span, heading: bool, seen: frozenset[str]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i, end = sent.start, sent.end
    opens, lows = may_open_name(doc), lower_words(doc)
    while i < end:
        if not opens[i] or not name_start_ok(doc[i], sent.start, heading, seen):
            i += 1
            continue
        j = hyphen_join(doc, i)
        verb = False
        while j < end:
            t = doc[j]
            low = lows[j]
            if heading and low in HEADING_HOST_VERBS and j + 1 < end and is_cap(doc[j + 1]):
                verb = True  # "Northtown CVS Hosts Our First Volunteer Summit"
                break
            # "Stronger Futures 2023": a year closes a name
            if (
                (YEAR.fullmatch(t.text) or YEAR_RANGE.fullmatch(t.text))
                and is_cap(doc[j - 1])
                and lower_word(doc[j - 1]) not in CALENDAR_WORDS
                and not (j >= 2 and lower_word(doc[j - 2]) in CALENDAR_WORDS)
                and doc[j - 1].ent_type_ not in NON_NAME_ENTS
                and not doc[j - 1].text.isupper()
                and lower_word(doc[j - 1]) not in _NOT_BEFORE_YEAR
            ):
                if k := _event_after_year(doc, j + 1, end):
                    j = k  # "Kelby 2026 Northern Games": the year inside the name
                    continue
                j = max(j + 1, year_range_end(doc, j, end))  # "Kelby Plan 2025-2030"
                break
            years = years_in_name(doc, j, end)
            if years:
                j = years  # "Westshire 10-Year Plan"
                continue
            if k := observance_end(doc, j + (t.text in POSSESSIVE), end):
                j = k  # "Helpers Week 2031 celebrates": the recogniser's date is the name's end
                break  # ("Weavers' Day 2031": its date read from the mark on)
            if (
                t.ent_type_ in NON_NAME_ENTS
                and not (doc[j - 1].ent_type_ == t.ent_type_ and t.ent_iob_ == "I")
                and not (low in CALENDAR_WORDS and day_before_run_noun(doc, j, end))
                and not (t.ent_type_ == "ORDINAL" and t.is_title and t.is_alpha and not heading)
            ):  # a capitalised ordinal goes on the name in prose: "the Speak First campaign"
                break
            if reference_code(doc, j, end):
                break  # "Councillor Brook OSC22-035": an item's reference after a name
            if hashtag(t):
                break  # "at Fenby Hall #KelbyYouth24": a hashtag ends the name before it
            if (
                is_cap(t)
                and (low not in CALENDAR_WORDS or calendar_word_in_name(doc, j, end))
                and low != "i"
            ):
                j = hyphen_join(doc, j)
                continue
            if t.text.isupper() and len(t.text) > 1:
                j += 1
                continue
            if t.is_space and j + 1 < end and is_cap(doc[j + 1]) and "\n" not in t.text:
                j += 1  # "Foo and Bar  Partnership Forum": a second space, a copying slip
                continue
            if k := paired_possessive_end(doc, j, end):
                j = k  # "Kelby Boys' and Girls' Club": one name, two owners
                continue
            if t.text in POSSESSIVE and j + 1 < end and is_cap(doc[j + 1]):
                left = lower_word(doc[j - 1])
                saint = j >= 2 and lower_word(doc[j - 2]) in SAINT_WORDS
                person_next = doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].ent_iob_ == "B"
                if body_after_possessive(doc, j + 1, end, i):
                    j = hyphen_join(doc, j + 1)  # "Dilnot's Commission", "Prince's Trust"
                    continue
                if k := body_run_after_possessive(doc, i, j + 1, end) or owned_run(doc, i, j, end):
                    j = k  # "Kelby's Disease Association", "Moretti's Bakery"
                    continue
                if k := office_programme_end(doc, j, end):
                    j = k  # "the Commissioner's Kelby Lanes Fund"
                    continue
                if saint and not head_follows(doc, j + 1, end):
                    break  # "Chief executive at St Aidan's Emma Lowe said"
                # after a saint's title or a name's common noun the head word decides,
                # whatever the recogniser says of it ("St Aldric's Hospice",
                # "Kelby Children's Hospice" with "Hospice" tagged a person's)
                if (
                    saint
                    or (
                        left in _POSSESSIVE_NOUNS
                        and (not person_next or head_follows(doc, j + 1, end))
                    )
                    or (plural_owner_inside(doc, j) and head_follows(doc, j + 1, end))
                ):
                    j = hyphen_join(doc, j + 1)
                    continue
                break
            if particle_in_name(doc, j, end):
                while lower_word(doc[j]) in PARTICLES and not is_cap(doc[j]):
                    j += 1  # "Rhodri ap Iorwerth", "Ursula van der Berg"
                continue
            if low == "to" and j == i + 1 and to_in_name(doc, j, end):
                j = hyphen_join(doc, j + 1)  # "Campaign to End Boredom", "Time to Grow"
                continue
            tail = name_tail(doc, j, end)
            if tail:
                j += tail  # "Rowan Hospice at Home"
                continue
            across = _place_across(doc, i, j, end)
            if across:
                j = hyphen_join(doc, across - 1)  # "Ashby with Dale Council"
                continue
            if low in lx.NAME_CONNECTORS and verb_before_object(doc, i, j, end):
                break
            if low == "the" and subject_after_phrase(doc, j):
                break  # "After the Reception the Annual Meeting took place": two names
            if k := number_after_of(doc, j, end):
                j = k  # "the Circle of 5 programme": a count closes the name
                break
            if low in lx.NAME_CONNECTORS:
                k = j + 1
                if k < end and lower_word(doc[k]) == "the" and low != "the":
                    k += 1
                if k < end and is_cap(doc[k]) and doc[k].ent_type_ not in NON_NAME_ENTS:
                    j = hyphen_join(doc, k)
                    continue
            listed = place_list_name(doc, i, j, end)
            if listed:  # "Ayton, Beeford and Cowton Mind"
                if listed[0] > i:
                    runs.append((i, listed[0] - 1))  # "Foo Trust" before "and"
                i, j = listed
                break
            if t.text == "," and (k := paired_title_end(doc, i, j, end)) > j:
                j = k  # "its Safer Lanes, Brighter Homes programme": one name
                continue
            if t.text == "," and (k := sector_list_end(doc, j, end)) > j:
                j = k  # "Westshire Voluntary, Community and Social Enterprise Alliance"
                continue
            if t.text == "," and names_a_list(doc, i, j):
                k = list_name_end(doc, j, end)
                if k > j:
                    j = k
                    continue
            if (k := slash_name_end(doc, j, end)) > j:
                j = k  # "the Kelby/Fenby Resource Centre"
                continue
            if t.text in {"-", "‐"} and joined(doc[j - 1]) and j + 1 < end and is_cap(doc[j + 1]):
                j = hyphen_join(doc, j + 1)
                continue
            break
        if verb:
            runs.append((i, j))
            i = j + 1
            continue
        if verb_before_object(doc, i, j, end):
            # "Healthwatch Orley Promoting the Public Voice": the name ends before
            # the verb, and its object is no name unless a head word says so
            runs.append((i, j - 1))
            i = object_end(doc, j, end)
            continue
        runs.append((i, j))
        i = j
    return runs
