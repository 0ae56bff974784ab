"""Unquoted titles of publications set off by commas beside a publication's noun,
read whole across small words, years and one inner comma: "the draft strategy,
Kelby in Common 2025–2028, written by ...", "a short paper, Towards a Fairer
Fenby, in the new year", "the report, Foss Lane, Fenby Lane, was written by",
"presented Our Kelby, Our Fenby, a report they wrote with ...".

A capitalised run breaks at small words and commas; the noun and the commas
around the title say the words belong together.
"""

from __future__ import annotations

from spacy.tokens import Span

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.publications import title_cased
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_TITLE_NOUNS = vocab.words("title_nouns")
_TITLE_SMALL = vocab.words("title_small_words") - {":"}
_ARTICLES = {"a", "an"}
_NO_OPENERS = {"the", "of", "and", "for", "in", "on", "at"}  # words a name loses first
_PART_WORDS = 5  # most words in each part of a title holding a comma
_NOUN_GAP = 3  # lower-case words between "a" and the noun: "a new report"


def set_off_titles(doc, sent: Span) -> list[tuple[int, int, str]]:
    """(start, end, "Report") of each unquoted title a publication's noun sets off:
    after the noun and a comma ("the study, Kelby at the Turn, on ..."), or before a
    comma and "a <noun>" ("Our Kelby, Our Fenby, a report they wrote"). Right
    after the noun with no comma only a title holding a comma is read ("our report
    Kelby Days, Fenby Nights, researched by")."""
    out: list[tuple[int, int, str]] = []
    lows = lower_forms(doc)  # the spelling first: a Token only for a title's noun
    for i in range(sent.start, sent.end):
        if lows[i] not in _TITLE_NOUNS or not doc[i].is_lower:
            continue
        found = _after(doc, sent, i) or _before(doc, sent, i)
        if found and not any(s < found[1] and found[0] < e for s, e, _ in out):
            out.append((*found, "Report"))
    return out


def _after(doc, sent: Span, i: int) -> tuple[int, int] | None:
    """The title after the noun at `i`: closed by a comma before a lower-case word,
    or by the sentence's end."""
    comma = i + 1 < sent.end and doc[i + 1].text == ","
    k = i + 1 + comma
    if k >= sent.end or not is_cap(doc[k]) or doc[k].lower_ in _NO_OPENERS:
        return None  # "On the Fenby Road" would lose its "On" as a name: no title read
    j, commas = _run_end(doc, k, sent.end)
    if j >= sent.end or (not comma and not commas):
        return None
    closes = doc[j].text == "," and j + 1 < sent.end and doc[j + 1].is_lower
    closes = closes or (doc[j].text == "." and j + 1 >= sent.end)
    if not closes or (j - k < 2 and not commas):
        return None  # one word alone: a body or a place as likely as a title
    return (k, j) if _titled(doc, k, j) else None


def _before(doc, sent: Span, i: int) -> tuple[int, int] | None:
    """The title holding a comma before ", a [words] <noun>" at `i`, after a
    lower-case word: "presented Our Kelby, Our Fenby, a report ...". Titles
    without a comma there are `typed_names`' business."""
    c = i - 1
    while c > sent.start and doc[c].is_lower and doc[c].lower_ not in _ARTICLES:
        if i - c > _NOUN_GAP:
            return None
        c -= 1
    if doc[c].lower_ not in _ARTICLES or c - 1 <= sent.start or doc[c - 1].text != ",":
        return None
    j = c - 1
    k = j
    commas = 0
    while k > sent.start:
        prev = doc[k - 1]
        if is_cap(prev) or prev.lower_ in _TITLE_SMALL or prev.text[:1].isdigit():
            k -= 1
        elif prev.text == "," and commas == 0 and k - 2 >= sent.start and is_cap(doc[k - 2]):
            commas += 1
            k -= 1
        else:
            break
    while k < j and (doc[k].lower_ in _TITLE_SMALL or doc[k].text == ","):
        k += 1
    if not commas or k == sent.start or not doc[k - 1].is_lower:
        return None
    return (k, j) if _titled(doc, k, j) else None


def _run_end(doc, k: int, end: int) -> tuple[int, int]:
    """Where a title opening at `k` ends (capitalised words, small words, numbers,
    at most one comma with a capitalised word after it), and how many commas it holds."""
    j, commas = k, 0
    while j < end:
        tok = doc[j]
        if is_cap(tok) or tok.text[:1].isdigit() or tok.lower_ in _TITLE_SMALL:
            j += 1
        elif tok.text == "," and commas == 0 and j + 1 < end and is_cap(doc[j + 1]):
            commas += 1
            j += 1
        else:
            break
    while j > k and doc[j - 1].lower_ in _TITLE_SMALL:
        j -= 1
    return j, commas


def _titled(doc, k: int, j: int) -> bool:
    """Words k..j read as a title: 2 to 25 words, most of those title case
    capitalises capitalised; each part (a title may hold one comma) opening with a
    capital, not a person's name (a given name opening words the recogniser reads
    as a person's: "Ada Foss, Jo Tern") nor a known place, and short when there are
    two; not every part a body's or a place's name (its last word a body's or a
    place's head: "Kelby Foo Trust, Fenby Homes")."""
    if not title_cased([t for t in doc[k:j] if t.is_alpha], is_cap):
        return False
    parts, start = [], k
    for n in range(k, j + 1):
        if n == j or doc[n].text == ",":
            parts.append((start, n))
            start = n + 1
    for s, e in parts:
        if (e - s > _PART_WORDS and len(parts) > 1) or not is_cap(doc[s]):
            return False
        if is_given_name(doc[s].text) and all(t.ent_type_ == "PERSON" for t in doc[s:e]):
            return False
        if all(is_uk_place(doc[n].text) for n in range(s, e) if is_cap(doc[n])):
            return False
    heads = [head_kind(lower_word(doc[e - 1]))[0] for _, e in parts]
    return not all(h in {"Organisation", "Place"} for h in heads)


__all__ = ["set_off_titles"]
