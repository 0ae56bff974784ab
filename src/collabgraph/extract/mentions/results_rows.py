"""Sports teams and competitors in results lists.

Teams in a results list or a league table: a line that is nothing but names and
scores ("Kelby Rovers 2 Dalby Town 1", "Northam (4) v Southby (13)
1330", "Postponed: Ayton v Beeford (to Tuesday)", a table row "Dalby Town 16 11
5 0 32 12 38"). Every name on such a line is a team, an organisation, whatever
its words say otherwise (a town's name, a plural noun, a word the recogniser
calls a person or a place). A line that names a person (a given name, an
initial) is a list of players' or athletes' results, not of teams, and is left
alone.

Competitors: a line of results whose every name is followed by a country in
brackets ("4. Jane Doe (Norway) 24:09.5 (1)", "Jo Roe (Chile) beat Ann Lee (Peru)
11-2 12-10") names people, whatever the recogniser says.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.tokens import Span

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import currency_flags, span_text, texts_with_ws, token_texts
from collabgraph.extract.mentions.add import PLACE_VOTE
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_TEAM_WORDS = vocab.words("team_name_words")

_VERSUS = vocab.words("results_versus")
_SCORE_PUNCT = {"-", "–", ":", ","}
_DATE = re.compile(r"\d{4}-\d\d-\d\d|\d\d?[-/.]\d\d?[-/.]\d{2,4}")
TEAM_VOTE = 8
"""A team's vote: more than a gazetteer place the recogniser also calls a place (3 + 3)."""


_SCORE = re.compile(r"\d{1,3}(-\d{1,3})?")
_KICK_OFF = re.compile(r"\d{4}")


def _is_score(tok) -> bool:
    """'2', '38', '3-1': a score or a table's figure (not a time, a year or an amount)."""
    return _SCORE.fullmatch(tok.text) is not None


def _bracket_end(doc, i: int, end: int) -> int:
    """The index after the bracket opened at doc[i], or i when it is not closed."""
    k = i + 1
    while k < end and doc[k].text != ")":
        if doc[k].text == "(":
            return i
        k += 1
    return k + 1 if k < end else i


_KEPT = "collabgraph.results_lines"


def _line(doc, sent: Span) -> Span:
    """The line `sent` is on: the parser may cut a results line in two ("A 2 (Jo
    Roe 24) | B 0"). Where the Doc's lines end is read once and kept on it."""
    kept = doc.user_data.get(_KEPT)
    if kept is None:
        ends = [i + 1 for i, w in enumerate(texts_with_ws(doc)) if "\n" in w]
        kept = doc.user_data[_KEPT] = (ends, {})
    ends = kept[0]
    before = bisect_right(ends, sent.start)
    start = ends[before - 1] if before else 0
    after = bisect_left(ends, sent.end)
    end = ends[after] if after < len(ends) else len(doc)
    return doc[start:end]


def _rows(doc, line: Span) -> tuple[list, list]:
    """`results_row` and `competitor_row` of a line, read once for all its sentences
    (the second only where the first finds no teams)."""
    rows = doc.user_data[_KEPT][1]
    bounds = (line.start, line.end)
    if bounds not in rows:
        teams = results_row(doc, line)
        rows[bounds] = (teams, [] if teams else competitor_row(doc, line))
    return rows[bounds]


def results_row(doc, sent: Span) -> list[tuple[int, int]]:
    """The teams' (start, end) token spans when `sent` is a results or table line;
    [] otherwise.

    A results line: an optional label ("Postponed:"), then names each followed by
    a score, a bracketed number or "v"; bracketed notes ("(to Wednesday)") and
    commas between fixtures allowed; nothing else in lower case. At least two
    names with a score or "v" between them, or one name followed by three or more
    numbers (a table row).
    """
    start, end = sent.start, sent.end
    if _DATE.search(span_text(sent.doc, start, end)):
        return []  # "KELBY 1996-12-07": a dateline's place
    while end > start and doc[end - 1].text in {".", ";"}:
        end -= 1
    if end - start >= 2 and doc[start + 1].text == ":" and is_cap(doc[start]):
        start += 2  # "Postponed: ...", "Result: ..."
    names: list[tuple[int, int]] = []
    numbers_after: list[int] = []  # how many scores follow each name
    versus = 0
    i = start
    while i < end:
        tok = doc[i]
        if is_cap(tok) and tok.text.lower() not in _VERSUS:
            j = i
            while j < end and (is_cap(doc[j]) or doc[j].text in {"'s", "'", "&"}):
                if doc[j].text.lower() in _VERSUS:
                    break
                j += 1
            names.append((i, j))
            numbers_after.append(0)
            i = j
            continue
        if _is_score(tok):
            if not names:
                return []  # a rank or a time first: an athletes' list, not a table
            numbers_after[-1] += 1
        elif tok.text == "(":
            k = _bracket_end(doc, i, end)
            if k == i:
                if names and any(t.is_lower for t in doc[i + 1 : end]):
                    break  # "A v B (both now play on": a note the line break cut
                return []
            inner = doc[i + 1 : k - 1]
            if len(inner) == 1 and _is_score(inner[0]) and names:
                numbers_after[-1] += 1  # "(4)": a league position
            elif any(_is_score(t) for t in inner):
                pass  # "A 2 (Jo Roe 24, Al Lee 48) B 0": the scorers, who are no teams
            elif any(is_cap(t) for t in inner) and not any(t.is_lower for t in inner):
                return []  # "(Germany)": a competitor's country
            i = k
            continue
        elif versus and _KICK_OFF.fullmatch(tok.text):
            pass  # "A (4) v B (13) 1330": the kick-off time of a fixture
        elif tok.text.lower() in _VERSUS:
            if not names:
                return []
            versus += 1
        elif tok.text not in _SCORE_PUNCT:
            return []
        i += 1
    if not names or any(a_person(doc, s, e) for s, e in names):
        return []
    paired = len(names) >= 2 and (versus or all(n for n in numbers_after))
    table = len(names) == 1 and numbers_after[0] >= 3
    return names if paired or table else []


def a_person(doc, start: int, end: int) -> bool:
    """'Jane Doe', 'J. Doe': a given name or an initial opens a name of two or more
    words, none of them a club's word ("Ross County" is a team)."""
    first = doc[start].text
    return (
        end - start >= 2
        and (is_given_name(first) or (len(first.rstrip(".")) == 1 and first[:1].isupper()))
        and not any(lower_word(t) in _TEAM_WORDS for t in doc[start:end])
    )


_RESULT_WORDS = vocab.words("results_words")
PERSON_VOTE = 4
"""A competitor's vote: more than the recogniser's (2), less than a name's legal form (5)."""


def competitor_row(doc, sent: Span) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """((start, end) of the competitor, (start, end) of the country) of each name
    when `sent` is a line of people's results: an optional rank ("4."), then names
    each followed by a country in brackets, with results (times, scores, "beat")
    and nothing else in lower case; [] otherwise."""
    start, end = sent.start, sent.end
    texts, currency = token_texts(sent.doc), currency_flags(sent.doc)
    if "(" not in texts[start:end]:
        return []  # every name's country is in brackets: no bracket, no row
    if any(currency[k] or texts[k] == "%" for k in range(start, end)):
        return []  # "Foo Rotary (Kelby) £500": a grant list, not results
    names: list[tuple[int, int]] = []
    countries: dict[int, tuple[int, int]] = {}  # a name's end -> its country
    numbers = 0
    i = start
    while i < end:
        tok = doc[i]
        if tok.text == "(":
            k = _bracket_end(doc, i, end)
            inner = doc[i + 1 : k - 1]
            if k == i or not len(inner):
                return []
            if all(is_cap(t) for t in inner if t.is_alpha) and any(t.is_alpha for t in inner):
                if not names or names[-1][1] != i:
                    return []  # a country with no name just before it
                countries[i] = (i + 1, k - 1)
            elif not all(t.like_num or not t.is_alpha for t in inner):
                return []
            i = k
            continue
        if is_cap(tok) and tok.text.lower() not in _RESULT_WORDS:
            j = i
            while j < end and (is_cap(doc[j]) or doc[j].text in {"-"}):
                j += 1
            names.append((i, j))
            i = j
            continue
        if tok.like_num or any(c.isdigit() for c in tok.text):
            numbers += 1
        elif tok.text.lower() not in _RESULT_WORDS and tok.is_alpha:
            return []
        i += 1
    if not names or not numbers:
        return []
    if not all(e in countries for _, e in names):
        return []
    return [((s_, e_), countries[e_]) for s_, e_ in names]


def result_line_names(doc, sent: Span, add: Callable[[int, int], Mention | None]) -> set[int]:
    """The names of a results line made mentions with `add(start, end)` (which
    returns the mention, or None when the span is no name) and voted for: teams
    Organisation, competitors Person and their countries Place (a name whose last
    word says what it is keeps what it says). The token indices taken."""
    taken: set[int] = set()
    teams, competitors = _rows(doc, _line(doc, sent))
    for start, end in teams:
        if not sent.start <= start < sent.end:
            continue
        m = add(start, end)
        if m is not None:
            m.votes["Organisation"] += TEAM_VOTE
        taken.update(range(start, end))
    if teams:
        return taken
    for person, country in competitors:
        if not sent.start <= person[0] < sent.end:
            continue
        for (start, end), kind, vote in ((person, "Person", PERSON_VOTE),
                                         (country, "Place", PLACE_VOTE)):  # fmt: skip
            m = add(start, end)
            if m is not None and head_kind(lower_word(doc[end - 1]))[0] is None:
                m.votes[kind] += vote
            taken.update(range(start, end))
    return taken
