"""A list of fields of work inside a run of capitals that carries a name on past its
commas: after "of"/"for" in a body's or a job's name ("Department for Digital,
Culture, Media and Sport", "Director for Experience, Participation and
Equalities"), or a sector's fields before a body's head word ("Westshire Voluntary,
Community and Social Enterprise Alliance"). The fields are capitalised words of
`vocab/role_fields.txt` (`lx.DOMAIN_WORDS`); the heads before "of"/"for",
`vocab/name_list_heads.txt` or a post's core word.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_LIST_NAME_HEADS = vocab.words("name_list_heads")


def names_a_list(doc, start: int, j: int) -> bool:
    """'Department for Digital, Culture, Media and Sport', 'Director for
    Experience, Participation and Equalities': a body or a job whose name lists
    its fields, with commas, after "of"/"for"."""
    words = [lower_word(t) for t in doc[start:j]]
    for n in range(len(words) - 2, -1, -1):
        if (words[n] in _LIST_NAME_HEADS or words[n] in lx.ROLE_CORE) and words[n + 1] in {
            "of",
            "for",
        }:
            return all(_field_word(t) for t in doc[start + n + 2 : j])
    return False


def _field_word(tok) -> bool:
    return is_cap(tok) and lower_word(tok) in lx.DOMAIN_WORDS


def _field_list_end(doc, j: int, end: int) -> int | None:
    """Where a list of fields of work begun at the comma doc[j] ends (", Culture,
    Media and Sport": capitalised items after commas, the last after "and", an
    Oxford comma allowed), or None if the words are no such list."""
    k = j
    while k < end and doc[k].text == ",":
        m = k + 1
        last = m < end and lower_word(doc[m]) in {"and", "&"}
        m += last
        if m >= end or not _field_word(doc[m]):
            return None
        while m < end and _field_word(doc[m]):
            m += 1
        if last:
            return m
        if m + 1 < end and lower_word(doc[m]) in {"and", "&"}:
            if not _field_word(doc[m + 1]):
                return None
            m += 1
            while m < end and _field_word(doc[m]):
                m += 1
            return m
        k = m
    return None


def list_name_end(doc, j: int, end: int) -> int:
    """Where the comma list at doc[j] (", Culture, Media and Sport") ends, or j if
    it is not one or a capitalised word runs on after it."""
    k = _field_list_end(doc, j, end)
    return k if k is not None and (k >= end or not is_cap(doc[k])) else j


def sector_list_end(doc, j: int, end: int) -> int:
    """Where a body's name goes on past the comma at doc[j] when it lists the fields
    of a sector and then ends in a body's head word: "Westshire Voluntary,
    Community and Social Enterprise Alliance", "Kelby Voluntary, Community, Faith
    and Social Enterprise Sector Network" (cut before the letters of "...
    Enterprise (VCSE) Alliance"); j if it is not one: no capitalised head word
    after the list ("Voluntary, Community and Social Enterprise (VCSE) sector")."""
    if not _field_word(doc[j - 1]):
        return j
    k = _field_list_end(doc, j, end)
    if k is None:
        return j
    # "... Social Enterprise (VCSE) Alliance": the name is cut before its letters
    letters = k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")"
    n = k + 3 if letters and doc[k + 1].text.isupper() else k
    first = n
    while n < end and is_cap(doc[n]):
        n += 1
    if n == first or head_kind(lower_word(doc[n - 1]))[0] != "Organisation":
        return j
    return k if first > k else n
