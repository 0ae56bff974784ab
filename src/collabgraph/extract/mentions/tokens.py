"""Token tests the mention finder shares: capitals, hyphenated words, possessives."""

from __future__ import annotations

import re

from spacy.tokens import Token

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import kept_list, lower_forms, remembered, token_texts
from collabgraph.model.titles import is_style_word

POSSESSIVE = {"'s", "’s", "'", "’"}
POSSESSIVE_S = frozenset({"'s", "’s"})
"""The possessive "'s" alone, not a bare apostrophe ("the hospice's team")."""
OPENING_QUOTES = frozenset({"‘", "“", "'", '"'})
CLOSING_QUOTES = frozenset({"’", "”", "'", '"'})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
"""The dependency labels of a clause's subject, active or passive ("Foo funded X",
"X was funded by Foo"); a rule that wants the active subject alone reads "nsubj"."""
ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj"}
"""A verb's subject (active or passive) or direct object: the names a clause is about."""
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
"""The tags of a verb in the simple present ("Foo Kitchen supports", "doesn't work
alone", "are elected")."""
FINITE_TAGS = PRESENT_TAGS | {"VBD", "MD"}
"""The tags of a finite verb (a verb in a tense, or a modal): a title holding one
tells news ("Kelby meeting agrees new plan"), a noun before one is its subject."""
PLACE_ENTS = frozenset({"GPE", "LOC"})
"""The recogniser's labels of a place."""
NON_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
CALENDAR_WORDS = vocab.words("calendar_words")
SAINT_WORDS = vocab.words("saint_words")
"""A saint's title opening a name ("St Aidan's", "Saint Mary's Hospice"): a body or a place."""
# "Dalby-based": what is before the hyphen is a place, not the first part of a name
LOCATED_SUFFIXES = lx.PLACE_BASED


_TIME_DETERMINERS = vocab.words("time_determiners")
_TIME_NOUNS = vocab.words("time_nouns")


def time_phrase(first: str, second: str) -> bool:
    """Whether two lower-case words say a time: "this year", "each month", "next
    week" (`vocab/time_determiners.txt`, `vocab/time_nouns.txt`)."""
    return first in _TIME_DETERMINERS and second in _TIME_NOUNS


def based_after(doc, end: int, sent_end: int) -> bool:
    """Whether "-based" or "based" (`LOCATED_SUFFIXES`) follows the name ending
    before token `end` ("the Dalby-based charity", "Westmoor based charity Foo
    Trust"): the name is where something is, not a body."""
    after = doc[end] if end < sent_end else None
    if after is None:
        return False
    if after.lower_ in LOCATED_SUFFIXES:
        return True
    return (
        after.text in {"-", "‐"} and end + 1 < sent_end and doc[end + 1].lower_ in LOCATED_SUFFIXES
    )


_DIGITS_THEN_WORD = re.compile(r"\d+[A-Z][a-z]")
_LOWER_THEN_WORD = re.compile(r"([a-z]+)[A-Z][a-z]{2,}")
"""A name spelled with a small lower-case word glued before its capital ("yourFoo")."""
_ORDINAL = re.compile(r"\d{1,3}(st|nd|rd|th)")


def is_ordinal(text: str) -> bool:
    """ "1st", "23rd": a number of up to three digits written as an ordinal."""
    return _ORDINAL.fullmatch(text) is not None


def number_opened(tok: Token) -> bool:
    """'4Sight', '2Gether': a word a number opens and a capital goes on, a name's."""
    return _DIGITS_THEN_WORD.match(tok.text) is not None


def _glued_opener(text: str) -> bool:
    glued = _LOWER_THEN_WORD.fullmatch(text)
    return glued is not None and glued.group(1) in lx.NAME_GLUED_OPENERS


def _cap_text(text: str) -> bool:
    if _DIGITS_THEN_WORD.match(text) is not None or _glued_opener(text):
        return True
    if not text or not text[0].isupper():
        return False
    return any(c.isalpha() for c in text)


# Both answers depend on a word's spelling alone, so they are kept per spelling
# (spaCy's hash of the text, or of its lower case) for the process: the rule code
# asks them of the same few thousand words hundreds of thousands of times.
_CAP_BY_ORTH: dict[int, bool] = {}
_LOWER_BY_HASH: dict[int, str] = {}
_CACHE_MAX = 200_000


def is_cap(tok: Token) -> bool:
    """A capitalised word, or a word a number or a small lower-case word opens and a
    capital goes on ("4Sight", "yourFoo")."""
    orth = tok.orth
    cap = _CAP_BY_ORTH.get(orth)
    if cap is None:
        if len(_CAP_BY_ORTH) >= _CACHE_MAX:
            _CAP_BY_ORTH.clear()
        cap = _CAP_BY_ORTH[orth] = _cap_text(tok.text)
    return cap


def cap_run_end(doc, k: int) -> int:
    """The index after the capitalised words from k ("Weavers' [Day 2026] said": after
    "2026"); k when doc[k] is no such word."""
    while k < len(doc) and is_cap(doc[k]):
        k += 1
    return k


def lower_word(tok: Token) -> str:
    low = tok.lower
    word = _LOWER_BY_HASH.get(low)
    if word is None:
        if len(_LOWER_BY_HASH) >= _CACHE_MAX:
            _LOWER_BY_HASH.clear()
        word = _LOWER_BY_HASH[low] = lower_text(tok.lower_)
    return word


def hyphened_word(doc, k: int, end: int) -> str:
    """The lower-case word at token k, joined to a hyphen and the word after it when
    no space stands between ("drop-in": three tokens), before token `end`."""
    tok = doc[k]
    if k + 2 < end and doc[k + 1].text == "-" and not (tok.whitespace_ or doc[k + 1].whitespace_):
        return f"{lower_word(tok)}-{lower_word(doc[k + 2])}"
    return lower_word(tok)


_LOWER_WORDS_KEY = "collabgraph.lower_words"
_CAPITALS_KEY = "collabgraph.capitals"
_CAP_BY_TEXT: dict[str, bool] = {}


def capitals(doc) -> list[bool]:
    """Every token's `is_cap`, in order, read once per Doc and kept on it."""
    return kept_list(
        doc,
        _CAPITALS_KEY,
        lambda d: [remembered(_CAP_BY_TEXT, w, _cap_text) for w in token_texts(d)],
    )


def lower_words(doc) -> list[str]:
    """Every token's `lower_word`, in order, read once per Doc and kept on it (the
    Doc's own list, not to be changed): loops over a name's words read these
    instead of making a `Token` a word."""
    return kept_list(
        doc,
        _LOWER_WORDS_KEY,
        lambda d: [remembered(_LOWER_OF_TEXT, w, lower_text) for w in lower_forms(d)],
    )


_LOWER_OF_TEXT: dict[str, str] = {}


def site_letters(text: str) -> str:
    """The lower-case ASCII letters and digits of a text, as a page address spells
    a name ("Switched On" -> "switchedon", "K12" -> "k12")."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def lower_text(word: str) -> str:
    """A word as the word lists hold it: lower case, no full stop after, straight
    apostrophes ("St." -> "st", "Mungo’s" -> "mungo's")."""
    return word.lower().rstrip(".").replace("’", "'")


def re_prefixed(tok: Token) -> bool:
    """True for "launch" in "re-launch" (spaCy's three tokens "re", "-", "launch")."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text not in {"-", "‐"} or doc[i - 2].lower_ != "re":
        return False
    return not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def joined(tok: Token) -> bool:
    """True when the token is glued to the next one, as in "Co-Production"."""
    return tok.whitespace_ == "" and tok.i + 1 < len(tok.doc)


def hyphen_join(doc, i: int) -> int:
    """Index after the word starting at i, following hyphens with no spaces ("Lloyd-Jones")."""
    j, texts = i + 1, token_texts(doc)  # the spelling first: a Token only at a hyphen
    while (
        j + 1 < len(texts)
        and texts[j] in {"-", "‐"}
        and doc[j - 1].whitespace_ == ""
        and doc[j].whitespace_ == ""
        and doc[j + 1].text[:1].isalpha()
        and doc[j + 1].lower_ not in LOCATED_SUFFIXES
    ):
        j += 2
    return j


def past_letters(doc, i: int, end: int) -> int:
    """The index after a name's letters in brackets at i ("Kelby Homes Ahead
    (KHA) pilot": the word after the name is "pilot"), else i."""
    if (
        i + 2 < end
        and doc[i].text == "("
        and doc[i + 1].text.isupper()
        and doc[i + 1].is_alpha
        and doc[i + 2].text == ")"
    ):
        return i + 3
    return i


def in_quotes(doc, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """Whether the name doc[start:end] stands in quotation marks inside its sentence
    (tokens sent_start..sent_end): their “Safe Online” project."""
    return (
        start - 1 >= sent_start
        and end < sent_end
        and doc[start - 1].text in OPENING_QUOTES
        and doc[end].text in CLOSING_QUOTES
    )


def past_name(doc, start: int, end: int, sent_end: int) -> int:
    """The index of the word after the name doc[start:end]: past the quote that
    closes it when a quote opens it ("the ‘Kelby Way’ service": "service"), else
    past its letters in brackets (`past_letters`); not past an apostrophe alone
    ("the Kelby Carers’ service": the carers' own), nor past a quote after "a" ("a
    ‘Cinderella’ service": a kind of service, no name)."""
    if (
        end < sent_end
        and doc[end].text in CLOSING_QUOTES
        and start > 0
        and doc[start - 1].text in OPENING_QUOTES
        and not (start > 1 and doc[start - 2].lower_ in {"a", "an"})
    ):
        return end + 1
    if end - start == 1 and doc[start].text.isupper() and doc[start].is_alpha:
        return past_spelled_out(doc, end, sent_end)
    return past_letters(doc, end, sent_end)


def past_spelled_out(doc, i: int, end: int) -> int:
    """The index after letters' spelled-out words in brackets at i ("the KIND (Kelby
    Independent Neighbours Days) initiative": the word after the name is
    "initiative"), else i. Capitalised words, small ones between, ten at most."""
    if i + 2 >= end or doc[i].text != "(" or not doc[i + 1].is_title:
        return i
    for k in range(i + 1, min(i + 12, end)):
        tok = doc[k]
        if tok.text == ")":
            return k + 1 if k > i + 2 else i
        if not (tok.is_title or (tok.is_lower and tok.lower_ in _SPELLED_SMALL)):
            return i
    return i


_SPELLED_SMALL = frozenset({"and", "of", "in", "for", "the", "on", "to", "at", "&"})


def set_off(doc, i: int) -> bool:
    """Token i sets off what follows as the name of the noun before it: a colon,
    or a dash with a space before it ("its grant programme – Grants for Good",
    "a new scheme: Warm Homes"), not a hyphen inside a word ("pre-registration")."""
    tok = doc[i]
    if tok.text == ":":
        return True
    return tok.text in lx.DASHES and i > 0 and bool(doc[i - 1].whitespace_)


def opens_a_person(doc, k: int) -> bool:
    """Whether token k opens a person's name: a style ("Ms", "Cllr") or a word the
    recogniser reads as a person's."""
    return k < len(doc) and (is_style_word(doc[k].text) or doc[k].ent_type_ == "PERSON")
