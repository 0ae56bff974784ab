"""Where a name ends: a place's council written in lower case after it ("Kelby
council"), a body's newsletter word after it ("Foo Trust Newsletter"), a
body's letters that are no honour ("the WH CB"), a closing "In"/"On" that is
the name's own ("Plugged In").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import is_cap

_COUNCIL_KINDS = {k.lower() for k in vocab.ordered("council_kinds")}
_NOT_COUNCIL = vocab.words("council_not_body_after")


def council_after(doc, start: int, end: int) -> int:
    """'Kelby council', 'Kelby county council': a place's council written with its
    kind in lower case is the council's name; how many words after the place
    the name takes in (0 when none; not "Kelby council tax")."""
    k = end
    if k < len(doc) and doc[k].lower_ in _COUNCIL_KINDS and doc[k].is_lower:
        k += 1
    if k >= len(doc) or doc[k].text != "council":
        return 0
    if k + 1 < len(doc) and doc[k + 1].lower_ in _NOT_COUNCIL:
        return 0
    if not is_uk_place(doc[start:end].text) or end - start > 3:
        return 0
    return k + 1 - end


_PUBLICATION_WORDS = vocab.words("name_publication_words")
_UPDATE_WORDS = vocab.words("name_update_words")
_REPORT_WORDS = _PUBLICATION_WORDS | _UPDATE_WORDS


def publication_of_body(doc, start: int, end: int, words: list[str]) -> bool:
    """'Dalby Healthwatch Newsletter', 'Westmoor CVS News', 'KCLT Update': a body's
    publication, its name the body's and a word for a newsletter
    (`vocab/name_publication_words.txt`), or the body's short form in capitals alone
    and such a word or one for an update (`vocab/name_update_words.txt`); the body
    is what is named."""
    if len(words) < 2:
        return False
    if end - start == 2 and _short_form(doc[start]):
        return words[-1] in _REPORT_WORDS
    return words[-1] in _PUBLICATION_WORDS and any(
        head_kind(w)[0] == "Organisation" for w in words[:-1]
    )


def _short_form(tok) -> bool:
    """'KCLT', 'ACT': a body's letters, capitals only."""
    return tok.is_alpha and tok.text.isupper() and len(tok) >= 2


def closing_particle(doc, end: int, heading: bool) -> bool:
    """'Plugged In', 'Switched On': a capitalised "In" or "On" closing a name in
    running text (not a title-case heading) is the name's own last word, not a
    small word it runs on with."""
    tok = doc[end - 1]
    return (
        not heading
        and tok.lower_ in {"in", "on"}
        and tok.text[0].isupper()
        and end >= 2
        and is_cap(doc[end - 2])
        and (end >= len(doc) or not doc[end].text[:1].isalpha() or doc[end].is_lower)
    )


def letters_of_a_body(doc, start: int, end: int) -> bool:
    """'(WH CB)', 'the WH CB': groups of capitals in brackets or after "the" are a
    body's short form, their last group no honour ("Jane Doe CB" keeps its own)."""
    return (
        start > 0
        and (doc[start - 1].text == "(" or doc[start - 1].lower_ == "the")
        and all(_short_form(t) for t in doc[start:end])
    )
