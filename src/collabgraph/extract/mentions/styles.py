"""Styles and offices written before a name: "Dr", "Cllr", "Labour MP", "Lord
Mayor", and names that keep a style as their own ("Sir Ronald Quayle Foundation").

The styles are `collabgraph.model.titles` (one list with name identity).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import RoleSpan
from collabgraph.extract.mentions.roles import role_at
from collabgraph.extract.mentions.tokens import is_cap, lower_word


def person_then_employer(doc, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Sgt Ann Baker of Northtown Police': after a style or a job title the name
    is a person's, and a person's name does not go on with "of"/"at"/"from"."""
    s, e = parts[0]
    for k in range(s + 1, e - 1):
        if doc[k].lower_ in {"of", "at", "from"} and is_cap(doc[k + 1]):
            return [(s, k), (k + 1, e), *parts[1:]]
    return parts


def holder_after_post_body(doc, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Minister for Loneliness Jane Doe', 'Mayor of Dalby Kwame Mensah': after a job
    title and "of"/"for", the last name of the run can be the post-holder's: two
    capitalised words to its end, none a head word, the first a given name
    (`gender-guesser`) the recogniser does not read inside a body's name, or letters
    after them ("MP"), or two or three where the
    recogniser starts a person; never from the run's first word ("Director of Sue
    Ryder" is a body named after a person) nor right after an "and" the run was
    read whole across ("Chair of Kelby and Vale UHB")."""
    *rest, (s, e) = parts
    name_end = e
    while name_end > s + 1 and doc[name_end - 1].text in lx.POST_NOMINALS_AS_WRITTEN:
        name_end -= 1  # "... Jane Doe MP": letters only a person has
    lettered = name_end < e
    for k in (name_end - 3, name_end - 2):
        holder = doc[k:name_end]
        if k <= s or not all(
            t.is_alpha and is_cap(t) and head_kind(lower_word(t))[0] is None for t in holder
        ):
            continue
        if lower_word(doc[k - 1]) in {"and", "&"}:
            continue  # "Chair of Kelby and Vale UHB": the run read as one name across "and"
        person = doc[k].ent_type_ == "PERSON" and (
            doc[k].ent_iob_ == "B" or is_uk_place(doc[s:k].text)  # "Mayor of Bristol Jo Bell"
        )
        # "Housing Justice Westshire": a given name the recogniser reads inside a body's
        body_on = (
            doc[k].ent_iob_ == "I"
            and doc[k].ent_type_ in {"ORG", "GPE", "LOC", "FAC"}
            and head_kind(lower_word(doc[k - 1]))[0] != "Organisation"
            and not _named_body_before(doc, s, k)
        )
        given = is_given_name(doc[k].text) and not body_on
        # a name of three words only where the recogniser reads one
        if person or (k == name_end - 2 and (lettered or given)):
            return [*rest, (s, k), (k, e)]
    return parts


def _named_body_before(doc, s: int, k: int) -> bool:
    """'Kelby Health Council Confederation', 'Westmoor Council for Voluntary
    Organisations': three words or more holding a body's head word before the given
    name, the last no given name itself, so the body's name is whole before it and the
    recogniser read the holder into it ("chief executive of the Westmoor Council for
    Voluntary Organisations Ada Brook")."""
    return (
        k - s >= 3
        and any(head_kind(lower_word(t))[0] == "Organisation" for t in doc[s:k])
        and not is_given_name(doc[k - 1].text)
    )


def affiliation_before_style(doc, start: int, style: int) -> bool:
    """'Labour MP Jane Doe', 'Green Cllr Ann Bell': one or two words right before a
    style, with no body's head word and no place among them, are the side the
    person stands for, not a body of the page (corpus/GOLD.md lists a party only
    when it acts: funds, hosts, employs)."""
    words = doc[start:style]
    return (
        len(words) <= 2
        and all(t.is_alpha for t in words)
        and not any(head_kind(lower_word(t))[0] for t in words)
        and not is_uk_place(words.text)
    )


def is_style(doc, i: int, end: int) -> bool:
    """A style before a name ("Dr", "Cllr", "MP"), not the letters of a name ("MS
    Society") nor the first word of an office ("Lord Mayor")."""
    tok = doc[i]
    low = lower_word(tok)
    if low not in lx.HONORIFICS or low == "father" or i + 1 >= end or not is_cap(doc[i + 1]):
        return False
    if not is_cap(tok):
        return False  # "the hackathon judge Ann Lee": a job in lower case, not a style
    if len(tok.text) > 1 and tok.text.isupper() and not doc[i + 1].text.isupper():
        return low in lx.UPPER_CASE_STYLES
    return lower_word(doc[i + 1]) not in lx.ROLE_CORE


def office_at(doc, i: int, end: int) -> RoleSpan | None:
    """An office whose first word is a style: "Lord Mayor", "Lord Lieutenant of X"."""
    if i + 1 >= end or lower_word(doc[i + 1]) not in lx.ROLE_CORE:
        return None
    span = role_at(doc, i + 1, end)
    return RoleSpan(doc[i : span.end].text, i, span.end) if span else None


def body_named_after(doc, i: int, end: int) -> bool:
    """'Sir Ronald Quayle Foundation', 'Dame Ada Pryor Trust': a style and a
    name of one or two words, then a body's head word; the style is the name's."""
    for k in range(i + 1, min(i + 3, end)):
        kind = head_kind(lower_word(doc[k]))[0]
        if kind is not None:
            return kind != "Place" or k == end - 1
        if not is_cap(doc[k]):
            return False
    return False
