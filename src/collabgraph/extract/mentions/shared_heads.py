"""Places joined before one plural head word: "Kelby and Fenby Councils", "Ayton,
Beeford and Dalby CCGs", "Kelby and Fenby Borough Councils". Each place has the
body the head names (`vocab/shared_plural_heads.txt`), so the run is two or three
names written once: "Kelby Council" and "Fenby Council". Before a plural noun of
areas ("the Ayton and Beeford areas", `vocab/shared_plural_place_nouns.txt`) each
is a place of its own. After "both" the head may be singular ("both Kelby & Fenby
County Council"): two bodies, the last named in full as written ("Fenby County
Council"), the other by the head alone ("Kelby Council").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Span

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import token_texts
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import PLACE_ENTS, is_cap

_PLURALS = {w.lower() + "s": w for w in vocab.ordered("shared_plural_heads")}
_SINGULARS = set(_PLURALS.values())
_AREA_PLURALS = vocab.words("shared_plural_place_nouns")
_COUNCIL_KIND_WORDS = {w for k in vocab.ordered("council_kinds") for w in k.split()}
_PLACE_WORDS = 3  # words at most in one place's name
_HEAD_VOTE = 12  # over a place's gazetteer vote and a list's shared one


def shared_head_mentions(
    doc, sent: Span, add_name: Callable[[int, int], Mention | None]
) -> set[int]:
    """Add a body's mention for each place joined before a plural head word (its
    span the place's words, its text the body's name: "Fenby Council"), a place's
    before a plural noun of areas; the indices of the tokens read, for the run
    finder to leave alone."""
    claimed: set[int] = set()
    for h, places, heads in shared_head_names(doc, sent):
        for (start, end), head in reversed(list(zip(places, heads, strict=True))):
            m = add_name(start, end)
            if m is None:
                continue
            m.attributive = None  # the name, not a word qualifying the plural
            if not head:
                m.votes = Counter({"Place": _HEAD_VOTE})
                continue
            m.text = m.surface = f"{m.text} {head}"
            m.votes = Counter({"Organisation": _HEAD_VOTE})
            m.ner_vote, m.gazetteer = None, False
        claimed |= set(range(places[-1][0], h + 1))
    return claimed


def shared_head_names(doc, sent: Span) -> list[tuple[int, list[tuple[int, int]], list[str]]]:
    """(index of the plural, the places' token spans, the words each place takes
    after it: "Borough Council", none before a noun of areas) for each run of
    places joined by commas and "and" before a plural head word. A capitalised
    word after the plural makes it part of one longer name ("Ayton and Dalby CCGs
    Joint Committee"), so none is read."""
    found = []
    texts = token_texts(doc)
    for h in range(sent.start + 2, sent.end):
        text = texts[h]
        if text in _AREA_PLURALS and doc[h].is_lower:
            places = _places_before(doc, sent.start, h, area=True)
            if len(places) >= 2:
                found.append((h, places, [""] * len(places)))
            continue
        single = _PLURALS.get(text.lower())
        both = single is None and text in _SINGULARS
        if (single is None and not both) or not is_cap(doc[h]):
            continue
        if h + 1 < sent.end and is_cap(doc[h + 1]):
            continue
        k = h
        while k > sent.start and doc[k - 1].text in _COUNCIL_KIND_WORDS:
            k -= 1
        places = _places_before(doc, sent.start, k)
        if both and _after_both(doc, sent.start, places):
            full = " ".join(t.text for t in doc[k : h + 1])
            found.append((h, places, [full, doc[h].text]))  # the last place first
        elif not both and len(places) >= 2:
            head = " ".join([*(t.text for t in doc[k:h]), single])
            found.append((h, places, [head] * len(places)))
    return found


def _after_both(doc, lo: int, places: list[tuple[int, int]]) -> bool:
    """Whether "both" opens two places joined by "and" ("both Kelby & Fenby ...")."""
    first = places[-1][0] if len(places) == 2 else lo
    return first > lo and doc[first - 1].lower_ == "both"


def _places_before(doc, lo: int, end: int, *, area: bool = False) -> list[tuple[int, int]]:
    """The places ending at `end` that "A, B and C" lists, last first; [] unless
    at least two are joined by "and". Before a noun of areas (`area`) a name the
    gazetteer does not hold may be a run of words ("the Priory, Brookside and
    Canal Wharf estates")."""
    places: list[tuple[int, int]] = []
    joined = False
    while True:
        found = [_place_ending(doc, lo, end), _area_name_ending(doc, lo, end) if area else None]
        place = min((p for p in found if p), default=None)  # the longer
        if place is None:
            return places if joined and len(places) >= 2 else []
        places.append(place)
        before = place[0] - 1
        if before < lo:
            break
        if not joined and doc[before].lower_ in {"and", "&"}:
            joined = True
        elif not (joined and doc[before].text == ","):
            break
        end = before
    return places if joined and len(places) >= 2 else []


def _place_ending(doc, lo: int, end: int) -> tuple[int, int] | None:
    """The longest place name of capitalised words ending at `end`."""
    for n in range(_PLACE_WORDS, 0, -1):
        start = end - n
        if start < lo:
            continue
        span = doc[start:end]
        if not all(is_cap(t) for t in span):
            continue
        if is_uk_place(span.text) or all(t.ent_type_ in PLACE_ENTS for t in span):
            return start, end
    if end - 1 >= lo and _unknown_place_word(doc[end - 1]):
        return end - 1, end
    return None


def _area_name_ending(doc, lo: int, end: int) -> tuple[int, int] | None:
    """The longest run of capitalised words ending at `end` (three at most) whose
    last word names no kind of body, event or report ("Canal Wharf", not "Foo
    Trust"): an area's name before a plural noun of areas."""
    for n in range(_PLACE_WORDS, 0, -1):
        start = end - n
        if start < lo:
            continue
        span = doc[start:end]
        if all(is_cap(t) and t.is_alpha for t in span) and head_kind(span[-1].lower_)[0] in {
            None,
            "Place",
        }:
            return start, end
    return None


def _unknown_place_word(tok) -> bool:
    """'Kelby' in "Kelby and Fenby Councils": one capitalised word the gazetteer
    does not hold, no everyday word, head word, people or date (the recogniser's
    person or body on such a word is a guess the plural head overrules)."""
    return (
        is_cap(tok)
        and tok.is_alpha
        and not everyday_word(tok.text)
        and head_kind(tok.lower_)[0] is None
        and tok.ent_type_ not in {"NORP", "DATE"}
    )
