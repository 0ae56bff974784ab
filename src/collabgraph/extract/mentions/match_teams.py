"""Sports clubs named beside a match's score in running text.

A club is often named for its town ("Dalby", "Kelby Rovers"), and the recogniser
reads the town. Beside a score a careful reader sees a team, an organisation:

- after the score, its result and a preposition: "a 2-0 win over Kelby", "a
  1-1 draw for league leaders Fenby Rovers", "a 3-1 defeat at home to Dalby";
- before "'s" and the score: "Dalby's 1-0 lead";
- after a verb of the result, the score and a preposition: "winning 3-1 at
  Kelby", "lost 2-0 to Dalby Town";
- after "at home to" or "away to" in a sentence with a score.

A country's name there is its national side, a place (`vocab/country_names.txt`);
a person's name (a given name first) is a player's ("a 6-3 win over Jo Tern"); a
sentence with two scores side by side is a tennis or a squash set list
("beat Jo Tern 6-3 6-4") and is left alone.

A name of two words or more ending in a word that ends only clubs' names ("Kelby
Rovers", "Dalby United": `vocab/club_name_ends.txt`) is a club wherever it is
written, not a person.

Results lines and league tables ("Kelby 2 Dalby 1") are `results_rows.py`'s.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import token_texts
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.results_rows import TEAM_VOTE, a_person
from collabgraph.extract.mentions.tokens import POSSESSIVE, lower_word

_GOALS = re.compile(r"\d{1,2}")
_NOUNS = vocab.words("match_result_nouns")
_VERBS = vocab.words("match_result_verbs")
_TOWARDS = vocab.words("match_opponent_words")
_COUNTRIES = vocab.words("country_names")
_NATIONALITIES = vocab.words("nationality_words")
_CLUB_ENDS = vocab.words("club_name_ends")
_VENUES = {"home", "away"}
"""Where a match is played from a team's side: "a 2-0 away win at Kelby", "at home
to Dalby"."""
_GAP = 5
_BETWEEN = {"NOUN", "ADJ", "DET"}
"""How many words may stand between the preposition and the team: "for English
premier league leaders Arsenal"."""


def _opponent_at(doc, k: int, end: int, starts: dict[int, Mention]) -> Mention | None:
    """The mention the words from doc[k] lead to: the first name within `_GAP`
    words, only lower-case nouns, adjectives and determiners or a nationality
    between ("the league leaders", not "for the first time since")."""
    for i in range(k, min(k + _GAP + 1, end)):
        tok = doc[i]
        nationality = lower_word(tok) in _NATIONALITIES
        if i in starts and not nationality:
            return starts[i]
        if not nationality and not (tok.is_lower and tok.pos_ in _BETWEEN):
            return None
    return None


def _scores(doc, sent: Span) -> list[tuple[int, int]]:
    """The (first, last) token of each score in `sent`: "2-0" is three tokens."""
    found, texts = [], token_texts(doc)
    for i in range(sent.start, sent.end - 2):
        if texts[i + 1] not in lx.DASHES:
            continue  # no dash: no Token made
        a, dash, b = doc[i], doc[i + 1], doc[i + 2]
        if (
            not a.whitespace_
            and not dash.whitespace_
            and _GOALS.fullmatch(a.text)
            and _GOALS.fullmatch(b.text)
        ):
            found.append((i, i + 2))
    return found


def _teams(doc, sent: Span, starts: dict[int, Mention], ends: dict[int, Mention]) -> list:
    """The mentions of `sent` a score beside them marks as teams (see the module
    docstring)."""
    scores = _scores(doc, sent)
    if not scores or any(b[0] == a[1] + 1 for a, b in pairwise(scores)):
        return []
    found: list[Mention] = []
    end = sent.end
    lows = [lower_word(t) for t in doc[sent.start : end]]

    def low(i: int) -> str:
        return lows[i - sent.start] if sent.start <= i < end else ""

    for first, last in scores:
        noun = last + 2 if low(last + 1) in _VENUES else last + 1  # "a 2-0 away win"
        if low(noun) in _NOUNS and low(noun + 1) in _TOWARDS:
            found.append(_opponent_at(doc, noun + 2, end, starts))
        if low(first - 1) in _VERBS and low(last + 1) in _TOWARDS:
            found.append(_opponent_at(doc, last + 2, end, starts))
        if low(noun) in _NOUNS and first > sent.start and doc[first - 1].text in POSSESSIVE:
            found.append(ends.get(first - 1))
    for i in range(sent.start, end - 2):
        if low(i) in _VENUES and low(i + 1) == "to":
            found.append(_opponent_at(doc, i + 2, end, starts))
    return [m for m in found if m is not None]


def match_team_votes(doc, sent: Span, mentions: list[Mention]) -> None:
    """Vote Organisation for the clubs `sent` names beside a match's score, and for
    names ending in a club's word."""
    starts = {m.start: m for m in mentions}
    ends = {m.end: m for m in mentions}
    for m in _teams(doc, sent, starts, ends):
        if m.text.casefold() in _COUNTRIES or a_person(doc, m.start, m.end):
            continue
        m.votes["Organisation"] += TEAM_VOTE
    for m in mentions:
        if m.end - m.start >= 2 and lower_word(doc[m.end - 1]) in _CLUB_ENDS:
            m.votes["Organisation"] += TEAM_VOTE
