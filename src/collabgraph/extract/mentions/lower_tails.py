"""A name closed by lower-case words. A place's: "across the Teg valley", "in the
upper Derwen valley" (`vocab/place_lower_tails.txt`). The writer names the valley
by its river and writes the kind in lower case; the name alone ("Teg") is no place
the page means. An occasion's, a day's or week's name and a lower-case noun: "our
Volunteers' Week lunch", "a Welcome Week family picnic", "the Bonfire Night event"
(`vocab/observance_occasion_heads.txt`, `observance_occasion_nouns.txt`): the page's
own occasion held for the week, whose name alone is the cause, not the lunch the
page tells of. A venue's or site's: a name and a lower-case noun of a site, "at
Kelby bus station", "the Mill Street arches", "St Ida's church hall"
(`vocab/place_site_tails.txt`): the writer names the site by its street, town or
owner and writes what it is in lower case. A noun the place is called by with or
without: "on the Westfield estate" (`vocab/place_alias_tails.txt`), the fuller form
an alias. Read by `add.add_mention`."""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import span_text
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import lower_word

_LOWER_TAILS = vocab.words("place_lower_tails")
_SITE_TAILS = vocab.words("place_site_tails")
ALIAS_TAILS = vocab.words("place_alias_tails")  # also read by entity_names
_SITE_TAIL_WORDS = frozenset(w for tail in _SITE_TAILS for w in tail.split())
_POSSESSIVE = {"'s", "’s"}
_SAINT = {"St", "St.", "Saint"}
_UPPER_LOWER = {"upper", "lower"}
_OCCASION_HEADS = vocab.words("observance_occasion_heads")
_OCCASION_NOUNS = vocab.words("observance_occasion_nouns")
_OCCASION_OPENERS = {"our", "the", "a", "an", "its", "their"}
_OCCASION_MODIFIERS = 1  # "family" in "a Welcome Week family picnic"
_OCCASION_ADJECTIVES = 2  # "annual" in "the annual Unity Day festival"
_NAMED_OCCASION_NOUNS = vocab.words("named_occasion_nouns")


def lower_tailed(doc, start: int, end: int) -> tuple[int, int] | None:
    """The (start, end) of the place doc[start:end] names with the lower-case word
    after it, "the" before it (a lower-case "upper" or "lower" between taken in);
    None when no such word follows or no "the" comes before."""
    if end >= len(doc) or doc[end].text not in _LOWER_TAILS:
        return None
    k = start - 1
    if k >= 0 and doc[k].lower_ in _UPPER_LOWER and doc[k].is_lower:
        k -= 1
    if k < 0 or doc[k].lower_ != "the":
        return None
    return k + 1, end + 1


def _opened(doc, start: int) -> bool:
    """Whether an article or a possessive stands before doc[start], up to two
    lower-case adjectives between: "our", "a", "this year's", "the annual"."""
    k = start - 1
    for _ in range(_OCCASION_ADJECTIVES):
        if k >= 0 and doc[k].is_lower and doc[k].tag_ in {"JJ", "JJS"}:
            k -= 1
    return k >= 0 and (doc[k].lower_ in _OCCASION_OPENERS or doc[k].tag_ == "POS")


def _coined(doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is a coined name of two words or more, neither a
    body's nor a place's ("Celebration of Age", "Exporting Essentials", not "Kelby
    Trust", "Fenby Library" nor a town): an occasion's own name its noun may follow."""
    if end - start < 2 or is_uk_place(span_text(doc, start, end)):
        return False
    return head_kind(lower_word(doc[end - 1]))[0] not in {"Organisation", "Place"}


def occasion_tail(doc, start: int, end: int) -> int:
    """How many lower-case words after doc[start:end] (a name ending in a day's or
    week's word, an article or "our" before it) close the occasion's name: the
    occasion's singular noun, one lower-case word before it allowed; 0 when none
    follows ("Refugee Week events", "during Volunteers' Week"). A coined name
    (`_coined`) takes the nouns of vocab/named_occasion_nouns.txt ("our Celebration
    of Age fair", "the Exporting Essentials workshop"), a day's or week's those too."""
    if start == 0 or end >= len(doc) or not _opened(doc, start):
        return 0
    if doc[end - 1].lower_ in _OCCASION_HEADS:
        nouns = _OCCASION_NOUNS | _NAMED_OCCASION_NOUNS
    elif _coined(doc, start, end):
        nouns = _NAMED_OCCASION_NOUNS
    else:
        return 0
    for k in range(end, min(end + 1 + _OCCASION_MODIFIERS, len(doc))):
        tok = doc[k]
        if not (tok.is_alpha and tok.is_lower):
            return 0
        if tok.lower_ in nouns and tok.tag_ in {"NN", "JJ"}:  # "fair" read as an adjective
            if k + 1 < len(doc) and doc[k + 1].is_lower and doc[k + 1].tag_ in {"NN", "NNS"}:
                return 0  # "the Kelby Kites fair organisers": the noun names another thing
            return k + 1 - end
        if tok.pos_ not in {"NOUN", "ADJ"}:
            return 0  # "the Kelby Project cooked lunch": a verb, the name's sentence goes on
    return 0


def site_tail(doc, start: int, end: int) -> int:
    """The end of the lower-case noun of a site (`vocab/place_site_tails.txt`, one or
    two words) right after the name doc[start:end] ("'s" between after a saint's name:
    "St Luke's church hall"); `end` when none follows, or the noun only qualifies the
    next ("the Kelby skatepark project")."""
    saint = doc[start].text in _SAINT and end < len(doc) and doc[end].text in _POSSESSIVE
    k = end + saint
    if k >= len(doc) or doc[k].lower_ not in _SITE_TAIL_WORDS or not doc[k].is_lower:
        return end
    for n in (2, 1):
        stop = k + n
        if stop > len(doc) or " ".join(t.lower_ for t in doc[k:stop]) not in _SITE_TAILS:
            continue
        if not all(t.is_lower for t in doc[k:stop]):
            continue
        if stop < len(doc) and doc[stop].is_lower and doc[stop].pos_ in {"NOUN", "PROPN"}:
            return end  # "the Kelby skatepark project": the noun names another thing
        return stop
    return end


def alias_tail(doc, start: int, end: int) -> str | None:
    """The lower-case noun right after the name doc[start:end], "the" before it, that
    the place may be called by with or without (`vocab/place_alias_tails.txt`: "on the
    Westfield estate"); None when no such noun follows or no "the" comes before."""
    if start == 0 or doc[start - 1].lower_ != "the":
        return None
    if end >= len(doc) or doc[end].text not in ALIAS_TAILS:
        return None
    return doc[end].text
