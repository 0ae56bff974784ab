"""The words inside a run of capitals that carry a name on: a body's head word
after a possessive ("Ashby's Commission"), a particle in a person's name ("van",
"de"), a month inside a name ("Rosa May Children's Hospice"), a tail after a head
word ("... Hospice at Home"). A list of fields after "of"/"for" ("Department for
Digital, Culture, Media and Sport") is read in `field_lists.py`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import (
    CALENDAR_WORDS,
    NON_NAME_ENTS,
    POSSESSIVE,
    is_cap,
    lower_word,
)
from collabgraph.extract.written_dates import YEAR
from collabgraph.model import titles

PARTICLES = titles.PARTICLES - vocab.words("particles_also_words")
"""Particles that carry a person's name on in running text ("ap", "van", "de")."""


_RUN_NOUNS = vocab.words("programme_run_nouns")
_SCHOOL_ENDS = vocab.words("school_name_ends")
_OWNED_HEADS = vocab.words("owned_programme_heads")


def body_after_possessive(doc, j: int, end: int, start: int | None = None) -> bool:
    """'Ashby's Commission': one word after a possessive, a body's head word, and
    the name ends there; not after a body's own head word ("Dalby Trust's Council
    of Governors" is the trust's council), nor after a body's name made of a head
    word and "of" from `start` ("University of Kelby's School of Nursing": the
    university's school, a body of its own; not "Age Kelby and the Ada's Society")."""
    if start is not None and any(
        head_kind(lower_word(t))[0] == "Organisation" and doc[t.i + 1].lower_ == "of"
        for t in doc[start : j - 2]
    ):
        return False
    after = j + 1
    # "Kelby's Police and Fire Commissioner": the head word opens a title joined on
    # with "and", not a body named with a possessive
    titled = after + 1 < end and doc[after].lower_ in {"and", "&"} and is_cap(doc[after + 1])
    return (
        head_kind(lower_word(doc[j]))[0] == "Organisation"
        and head_kind(lower_word(doc[j - 2]))[0] != "Organisation"
        and head_kind(lower_word(doc[j]))[1] >= 3
        and (after >= end or not is_cap(doc[after]))
        and not titled
        and doc[j].ent_type_ != "PERSON"
    )


def body_run_after_possessive(doc, start: int, j: int, end: int) -> int:
    """'Kelby's Disease Association', 'Fenby's Sailing Club': capitalised words after
    a possessive that end the run in a body's head word (a strong one, or one the
    recogniser reads as the same organisation across the possessive); the end of
    the name, or 0. Not when the words before the possessive (from `start`) are a
    body already, a head word or letters ("Dalby Trust's Youth Forum", "University
    of Kelby's Fenby Business School", "KCF's Youth Fund": the body's own), or
    a post ("the Mayor's Charity Fund"); nor a person after the possessive; nor a
    programme's head word after a name of two words or more and "'s" ("Sport Kelby's
    Together Fund", "Fenby Power's Warm Help Fund": the body's own fund,
    vocab/owned_programme_heads.txt; a plural's bare mark stays in the name: "the Kelby
    Wardens' Grant Fund")."""
    k = j
    while k < end and is_cap(doc[k]):
        k += 1
    if k - j < 2 or doc[j].ent_type_ == "PERSON" or doc[k - 1].ent_type_ == "PERSON":
        return 0
    kind, strength = head_kind(lower_word(doc[k - 1]))
    if kind != "Organisation":
        return 0
    if (
        j - 1 - start >= 2
        and lower_word(doc[k - 1]) in _OWNED_HEADS
        and doc[j - 1].text[-1:] == "s"
    ):
        return 0  # "Sport Kelby's Together Fund"; not "the Kelby Wardens' Grant Fund"
    left = doc[j - 2]
    if left.text.isupper() or lower_word(left) in lx.ROLE_CORE:
        return 0
    if any(head_kind(lower_word(doc[n]))[0] == "Organisation" for n in range(start, j - 1)):
        return 0
    if k < end and doc[k].ent_type_ == "ORG" and doc[k].ent_iob_ == "I":
        return 0  # "Kelby's Police and Fire Commissioner": the recogniser's name goes on
    one_org = all(doc[n].ent_type_ == "ORG" and doc[n].ent_iob_ == "I" for n in range(j - 1, k))
    return k if strength >= 3 or one_org else 0


def particle_in_name(doc, j: int, end: int) -> bool:
    """A lower-case particle inside a person's name: after a capitalised word,
    before a capitalised word (other particles may come between)."""
    if lower_word(doc[j]) not in PARTICLES or is_cap(doc[j]) or not is_cap(doc[j - 1]):
        return False
    k = j + 1
    while k < end and lower_word(doc[k]) in PARTICLES and not is_cap(doc[k]):
        k += 1
    return k < end and is_cap(doc[k]) and head_kind(lower_word(doc[j - 1]))[0] is None


def head_follows(doc, j: int, end: int) -> bool:
    """The capitalised words from j end in a word that says what a name is
    ("St Aidan's Hospice", "St Mary's Church", a school's "St Ada's Primary",
    vocab/school_name_ends.txt), not in a person's name."""
    k = j
    while k < end and is_cap(doc[k]):
        k += 1
    last = lower_word(doc[k - 1]) if k > j else ""
    return k > j and (head_kind(last)[0] is not None or last in _SCHOOL_ENDS)


_OFFICE_WORDS = vocab.words("programme_office_words")
_PROGRAMME_HEADS = vocab.words("programme_named_heads")
_PROGRAMME_JOINS = {"of", "for", "and", "&"}


def office_programme_end(doc, j: int, end: int) -> int:
    """ "the Commissioner's Kelby Lanes Fund", "the Mayor's Fenby Arts Scheme": an
    office's possessive at `j` (vocab/programme_office_words.txt) before
    capitalised words ending in a programme's word (programme_named_heads.txt) is
    part of the programme's name; the end of the name, or 0."""
    if j < 1 or j >= end or doc[j].text not in POSSESSIVE:
        return 0
    if lower_word(doc[j - 1]) not in _OFFICE_WORDS:
        return 0
    k = j + 1
    while k < end and (
        is_cap(doc[k])
        or (k > j + 1 and doc[k].lower_ in _PROGRAMME_JOINS and k + 1 < end and is_cap(doc[k + 1]))
    ):
        k += 1  # "the Commissioner's Lanes of Dalby Fund"
    if k - (j + 1) < 2 or lower_word(doc[k - 1]) not in _PROGRAMME_HEADS:
        return 0
    if any(doc[n].ent_type_ == "PERSON" for n in range(j + 1, k)):
        return 0
    return k


def day_before_run_noun(doc, j: int, end: int) -> bool:
    """Whether the day or month at j (inside a run of capitals) is the last word of a
    programme's name, a programme's noun in lower case right after it ("the Talk
    Tuesday service", "their Dry January campaign"; vocab/programme_run_nouns.txt),
    not after a body's head word ("the Kelby Council Tuesday service")."""
    nxt = doc[j + 1] if j + 1 < end else None
    if nxt is None or not (nxt.is_lower and nxt.lower_ in _RUN_NOUNS) or j == 0:
        return False
    return head_kind(lower_word(doc[j - 1]))[0] != "Organisation"


def calendar_word_in_name(doc, j: int, end: int) -> bool:
    """'Rosa May Children's Hospice', 'Lena May', 'the Talk Tuesday service': a
    month or a day inside a name (before a capital, or last before a programme's
    noun: vocab/programme_run_nouns.txt), not a date ('Council March 2019')."""
    tok = doc[j]
    if tok.ent_iob_ == "I" and tok.ent_type_ in {"PERSON", "ORG"}:
        return True
    if day_before_run_noun(doc, j, end):
        return True
    nxt = doc[j + 1] if j + 1 < end else None
    return (
        nxt is not None
        and is_cap(nxt)
        and not nxt.like_num
        and lower_word(nxt) not in CALENDAR_WORDS
        and not doc[j - 1].like_num
        and tok.ent_type_ not in NON_NAME_ENTS
    )


_NAME_TAILS = [tuple(line.split()) for line in vocab.ordered("name_tails")]


def name_tail(doc, j: int, end: int) -> int:
    """How many words at j go on the name before them as a tail after its head
    word ("... Hospice at Home": `vocab/name_tails.txt`); 0 if none."""
    if j == 0 or head_kind(lower_word(doc[j - 1]))[0] is None:
        return 0
    for tail in _NAME_TAILS:
        n = len(tail)
        if (
            j + n <= end
            and tuple(t.lower_ for t in doc[j : j + n]) == tail
            and is_cap(doc[j + n - 1])
        ):
            return n
    return 0


def without_tail(words: list[str]) -> list[str]:
    """A name's lower-case words without a tail after its head word ("... hospice
    at home" -> "... hospice"), for what its head says it is."""
    for tail in _NAME_TAILS:
        n = len(tail)
        if len(words) > n + 1 and tuple(words[-n:]) == tail:
            return words[:-n]
    return words


def number_after_of(doc, j: int, end: int) -> int:
    """The index after "of 5" at j in "the Circle of 5 programme": a small count
    closing a name after "of", or 0. Not a sum, a date or a year ("a Grant of
    £500", "the Week of 12 March", "Class of 2020"), nor a number counting the noun
    after it ("a Board of 12 trustees")."""
    if lower_word(doc[j]) != "of" or j + 1 >= end or not is_cap(doc[j - 1]):
        return 0
    num = doc[j + 1]
    if not (num.text.isdigit() and len(num.text) <= 3) or num.ent_type_ in {"DATE", "MONEY"}:
        return 0
    if lower_word(doc[j - 1]) in CALENDAR_WORDS:
        return 0
    nxt = doc[j + 2] if j + 2 < end else None
    if nxt is not None and (
        nxt.tag_ in {"NNS", "NNPS"}
        or lower_word(nxt) in CALENDAR_WORDS
        or nxt.text in {"%", "-", "–", "/", ".", ":"}
        or nxt.like_num
    ):
        return 0
    return j + 2


def observance_end(doc, j: int, end: int) -> int:
    """The end of "Week 2031" in "Helpers Week 2031": a cause's week, day or month
    (`lx.OBSERVANCES`: day, week, fortnight, month) that the recogniser
    reads as a date opening there, after a capitalised word that is no date, and
    its year, kept in the name. 0 when the words at `j` are no such head and year
    (without a year the run reads as before: "Fenby Heritage Month is ...")."""
    if j >= end:
        return 0
    t, before = doc[j], doc[j - 1]
    owned = before.text in POSSESSIVE and j >= 2 and is_cap(doc[j - 2])
    if owned and before.ent_type_ == "DATE" and before.ent_iob_ == "B":
        before = doc[j - 2]  # "Weavers' Day 2026": the date read from the mark on
    elif t.ent_iob_ != "B":
        return 0
    if not (
        is_cap(t)
        and t.ent_type_ == "DATE"
        and lower_word(t) in lx.OBSERVANCES
        and (is_cap(before) or owned)
        and before.ent_type_ not in NON_NAME_ENTS
        and lower_word(before) not in CALENDAR_WORDS
    ):
        return 0
    if j + 1 < end and YEAR.fullmatch(doc[j + 1].text):
        return j + 2
    return 0
