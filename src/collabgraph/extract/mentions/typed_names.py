"""Names a common noun beside them says the kind of, read whole across small
words: "the Bridges to Work project", "the Warmth through Winter helpline", "a
new programme, Healthy Lives for All,", "a report called Caring for Carers", "Fair
Shares for Families, a campaign", "our Pass It On scheme", "the Home by Noon
scheme", "a joint Care at Home service" (an adjective before the name is not
the name's; nor is "Our" opening a sentence, "Our Step into Work programme").

A capitalised run breaks at "to", "for" or "and" when nothing says the words
belong together; here the noun that frames them says so (`vocab/type_nouns.txt`,
`name_frame_words.txt`). Only runs that hold such a small word are returned:
other names are the capital runs' business.
"""

from __future__ import annotations

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import (
    CALENDAR_WORDS,
    POSSESSIVE,
    is_cap,
    lower_word,
    set_off,
)

_TYPE_NOUNS = {
    n: kind for n, kind in vocab.table("type_nouns").items() if kind in {"Project", "Report"}
}
# nouns that name a programme only right after its name ("the Help for Carers
# service"), not after a comma ("X, the new service": a kind)
_AFTER_ONLY = vocab.words("programme_after_nouns") - _TYPE_NOUNS.keys()
_FRAMES = vocab.words("name_frame_words")
# small words inside a name; before ", a campaign" a name does not run back across "by",
# "from" or "or" ("Funded by Foo Trust, the project ..."): the agent's is no part of it
_BETWEEN = {"of", "for", "to", "and", "&", "in", "on", "with", "the", "a", "at", "into", "through"}
_INNER = _BETWEEN | {"by", "from", "or"}  # "the Home by Noon scheme", "Mark It or Miss It"
_ENDS = {",", ".", ";", ":", ")", "("} | lx.DASHES
_ARTICLES = lx.ARTICLES
_BEFORE = {"the", "a", "an", "its", "their", "our", "his", "her", "new", "this", ","}
_OWNERS = {"our", "their", "its"}
_OPENING_VERBS = vocab.words("name_opening_verbs")  # "About the Foo project": no name's word
_INNER_ORG_HEADS = lx.STRONG_ORG_HEADS - {"action", "fund", "service", "services", "hub"}


def typed_names(doc, sent: Span) -> list[tuple[int, int, str]]:
    """(start, end, type) of each name a type noun frames, holding a small word."""
    out: list[tuple[int, int, str]] = []
    lows = lower_forms(doc)
    for i in range(sent.start, sent.end):
        low = lows[i]
        kind = _TYPE_NOUNS.get(low) or ("Project" if low in _AFTER_ONLY else None)
        if kind is None or not doc[i].is_lower or doc[i].dep_ == "compound":
            continue  # not "a project manager"
        found = _before_noun(doc, sent, i)
        if low in _AFTER_ONLY:
            found = found if found and not _joins_named_things(doc, *found) else None
        else:
            found = found or _after_noun(doc, sent, i) or _described(doc, sent, i)
        if found:
            out.append((*found, kind))
    return [
        (s, e, k)
        for s, e, k in out
        if (_holds_small_word(doc, s, e) or doc[s - 1].lower_ in _FRAMES) and _plain(doc, s, e)
    ]


def _before_noun(doc, sent: Span, i: int) -> tuple[int, int] | None:
    """ "the Bridges to Work project": the run just before the noun, after an
    article, a possessive or the sentence's start."""
    k = i
    while k > sent.start and (is_cap(doc[k - 1]) or (doc[k - 1].lower_ in _INNER and k < i)):
        k -= 1
    if k == sent.start and k + 1 < i and doc[k].lower_ in _OPENING_VERBS:
        k += 1  # "About the Back to Work project" heading a project's page
    while k < i and doc[k].lower_ in _INNER:
        k += 1
    if (held := _past_holder(doc, k, i)) > k and doc[held - 1].lower_ == "from":
        k = held  # "Jane Doe from the Kelby Wells scheme": her group's, not a name
        while k < i and doc[k].lower_ in _INNER:
            k += 1
    if i - k < 3 or not is_cap(doc[i - 1]):
        return None
    opener = doc[k - 1] if k > sent.start else None
    if (
        opener is not None
        and opener.lower_ not in _BEFORE
        and opener.text not in POSSESSIVE
        and not (opener.is_lower and opener.pos_ == "ADJ")  # "a joint Care at Home service"
    ):
        return None
    if k == sent.start and doc[k].lower_ in _OWNERS and i - k > 3:
        k += 1  # "Our Step into Health programme": the page's own, not the name's word
    return k, i


def _after_noun(doc, sent: Span, i: int) -> tuple[int, int] | None:
    """ "a new programme, Healthy Lives for All,", "a report called Caring for
    Carers", "its grant programme – Grants for Good", "our youth project, the Ladder
    of Hope,": the run after the noun and a comma, a dash, a colon or a word like
    "called" (and "the"), up to a comma, a full stop or a bracket."""
    k = i + 1
    if k < sent.end and (doc[k].text == "," or doc[k].lower_ in _FRAMES or set_off(doc, k)):
        k += 1
    else:
        return None
    if k + 1 < sent.end and doc[k - 1].text == "," and doc[k].lower_ in _FRAMES:
        k += 1  # "the project, called Young Voices,"
    if k + 1 < sent.end and doc[k - 1].lower_ not in _FRAMES and doc[k].lower_ == "the":
        k += 1  # "our youth project, the Ladder of Hope,"
    if k >= sent.end or not is_cap(doc[k]):
        return None
    j = k
    while j < sent.end and (
        (is_cap(doc[j]) and lower_word(doc[j]) not in CALENDAR_WORDS)
        or (doc[j].lower_ in _INNER and j + 1 < sent.end and is_cap(doc[j + 1]))
    ):
        j += 1
    while j > k and doc[j - 1].lower_ in _INNER:
        j -= 1  # "Caring for Carers on Monday"
    shortest = 1 if doc[k - 1].lower_ in _FRAMES else 3  # "a report called Futures"
    if j - k < shortest or (j < sent.end and doc[j].text not in _ENDS and not doc[j].is_lower):
        return None
    return k, j


def _described(doc, sent: Span, i: int) -> tuple[int, int] | None:
    """ "Fair Shares for Families, a campaign for ...": the run before a comma
    and "a"/"an"/"the" with at most three lower-case words before the noun."""
    c = i - 1
    while c > sent.start and doc[c].is_lower and i - c <= 3 and doc[c].lower_ not in _ARTICLES:
        c -= 1
    if doc[c].lower_ not in _ARTICLES or c - 1 <= sent.start or doc[c - 1].text != ",":
        return None
    j = c - 1
    k = j
    while k > sent.start and (is_cap(doc[k - 1]) or doc[k - 1].lower_ in _BETWEEN):
        k -= 1
    while k < j and doc[k].lower_ in _BETWEEN:
        k += 1
    k = _past_holder(doc, k, j)
    return (k, j) if j - k >= 3 and is_cap(doc[j - 1]) else None


def _past_holder(doc, start: int, end: int) -> int:
    """ "Jane Doe of Safe Steps, a falls project": a person's name (a given name and
    one or two words more) and "of", "from" or "at" before the name described: the
    name starts after it; else `start`."""
    if not is_given_name(doc[start].text):
        return start
    for k in range(start + 2, min(start + 4, end - 1)):
        if doc[k].lower_ in _HOLDER_JOINS:
            return k + 1 if all(is_cap(doc[n]) for n in range(start, k)) else start
    return start


_HOLDER_JOINS = {"of", "from", "at"}
_INNER_NOT_ARTICLE = _INNER - {"the"}  # built once, not once a word ("a": "Pass It On")


def _joins_named_things(doc, start: int, end: int) -> bool:
    """ "the Foo Therapy Services and Bar Care service": "and" after a word that ends
    a name of a kind (`mentions.heads`), so two names, not one."""
    return any(
        doc[k].lower_ in {"and", "&"} and head_kind(lower_word(doc[k - 1]))[0] is not None
        for k in range(start + 1, end)
    )


def _holds_small_word(doc, start: int, end: int) -> bool:
    return any(doc[k].lower_ in _INNER_NOT_ARTICLE for k in range(start + 1, end - 1))


def _plain(doc, start: int, end: int) -> bool:
    """Not two bodies or a body and a place run together ("Foo Trust and Bar
    Homes", "Foo Trust in Kelby"): no body's head word before a small word, no
    place. (The recogniser's PERSON is no sign here: it reads "Healthy Lives" so.)"""
    for k in range(start, end):
        tok = doc[k]
        if k < end - 1 and lower_word(tok) in _INNER_ORG_HEADS and doc[k + 1].lower_ in _INNER:
            return False
        if is_cap(tok) and is_uk_place(tok.text):
            return False
    return True


__all__ = ["typed_names"]
