"""Cutting one piece of a capitalised run further, once `split.split_run` has cut the
run at its connectors: after a head word that a verb or a person's name follows
("Bright Futures Project Launched", a caption's "Kelby Hospice Tom Ridley"), a place
before an event's or project's name ("UK Futures in Arts and Culture Symposium"),
two places of a list with the comma left out ("from Whitby, Marlow Bedale and
Thirsk")."""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import PLACE_ENTS, is_cap, lower_word

_FUND_HEADS = vocab.words("fund_heads")  # "fund", "chest": a pot of money's last word


def cut_piece(doc, start: int, end: int, heading: bool) -> list[tuple[int, int]]:
    """The names in doc[start:end] (see the module), in order; `heading` when the
    run is in a heading, where every word is capitalised."""
    out: list[tuple[int, int]] = []
    for s, e in _split_after_head(doc, start, end, heading=heading):
        for s2, e2 in _split_council_fund(doc, s, e):
            out.extend(_split_place_prefix(doc, s2, e2))
    return out


def _split_council_fund(doc, start: int, end: int) -> list[tuple[int, int]]:
    """'the Kelby Town Council Green Fund' -> the council, then its fund: a council's
    name, then one to four capitalised words closed by a pot of money's head word
    (`vocab/fund_heads.txt`), read as "Kelby Town Council's Green Fund" is."""
    for k in range(start + 1, end - 1):
        if lower_word(doc[k]) != "council":
            continue
        rest = doc[k + 1 : end]
        if (
            1 <= len(rest) <= 4
            and all(is_cap(t) and t.is_alpha for t in rest)
            and len(rest) >= 2
            and lower_word(rest[-1]) in _FUND_HEADS
        ):
            return [(start, k + 1), (k + 1, end)]
        break
    return [(start, end)]


def _split_place_prefix(doc, start: int, end: int) -> list[tuple[int, int]]:
    """'UK Futures in Arts and Culture Symposium' -> the place, then the event; two
    places side by side in a list, a comma left out ("from Whitby, Marlow Bedale and
    Thirsk") -> the two."""
    if _two_listed_places(doc, start, end):
        return [(start, start + 1), (start + 1, end)]
    first = doc[start]
    if (
        end - start >= 3
        and first.ent_type_ in PLACE_ENTS
        and first.text.isupper()
        and doc[start + 1].ent_type_ not in PLACE_ENTS
        and head_kind(lower_word(doc[end - 1]))[0] in {"Event", "Project"}
    ):
        return [(start, start + 1), (start + 1, end)]
    return [(start, end)]


def _two_listed_places(doc, start: int, end: int) -> bool:
    """Two one-word gazetteer places that are no place together, an item of a
    list: a comma before them and a comma, "and" or "or" after."""
    return (
        end - start == 2
        and start > 0
        and doc[start - 1].text == ","
        and end < len(doc)
        and doc[end].lower_ in {",", "and", "or", "&"}
        and is_uk_place(doc[start].text)
        and is_uk_place(doc[start + 1].text)
        and not is_uk_place(doc[start:end].text)
    )


def _split_after_head(doc, start: int, end: int, *, heading: bool) -> list[tuple[int, int]]:
    """'Bright Futures Project Launched' -> the name, then the verb; 'Kelby Hospice
    Tom Ridley' (a caption, "Chair of Kelby Hospice Tom Ridley") -> the body, then
    the person the recogniser reads to the end of the run."""
    for k in range(start + 1, end - 0):
        if k >= end:
            break
        prev = lower_word(doc[k - 1])
        if head_kind(prev)[0] is None or k - start < 2:
            continue
        word = doc[k]
        if head_kind(prev)[0] == "Organisation" and _person_to_end(doc, k, end):
            return [(start, k), (k, end)]
        low = lower_word(word)
        if word.pos_ in {"VERB", "AUX"} or (
            heading
            and low.endswith(("ed", "es"))
            and head_kind(low)[0] is None
            and word.ent_type_ == ""
        ):
            rest = [(k, end)] if is_cap(doc[k]) else []
            return [(start, k), *_drop_verbs(doc, rest, heading=heading)]
    return [(start, end)]


def _person_to_end(doc, k: int, end: int) -> bool:
    """Whether the recogniser reads a person's name from token k to `end`."""
    return (
        doc[k].ent_type_ == "PERSON"
        and doc[k].ent_iob_ == "B"
        and 2 <= end - k <= 3
        and all(t.ent_type_ == "PERSON" for t in doc[k:end])
        and (end >= len(doc) or doc[end].ent_iob_ != "I")
    )


def _drop_verbs(doc, pieces: list[tuple[int, int]], *, heading: bool) -> list[tuple[int, int]]:
    out = []
    for s, e in pieces:
        while s < e and (doc[s].pos_ == "AUX" or (heading and lower_word(doc[s]).endswith("ed"))):
            s += 1
        if s < e:
            out.append((s, e))
    return out
