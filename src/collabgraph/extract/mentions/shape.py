"""What a capitalised phrase's own words and the words right around it say it
is not, or refers to: page furniture, a group, letters after a name, a people
used as an adjective ("UK charities"), a former name, and whether a line without
a full stop is a sentence. Acronyms in brackets are `bracket_acronyms`'s; parties,
`parties`'s.
"""

from __future__ import annotations

from itertools import pairwise

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms, span_text, token_texts
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.hosted_names import host_follows
from collabgraph.extract.mentions.parties import party_as_leaders_office, party_before_post
from collabgraph.extract.mentions.programme_votes import programme_noun_after
from collabgraph.extract.mentions.run_words import PARTICLES
from collabgraph.extract.mentions.street_joins import street_site_noun
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_cap, lower_word, lower_words
from collabgraph.extract.written_dates import is_month_and_year

_COUNCIL_SITTINGS = vocab.words("council_sitting_words")
_PLURAL_GROUPS = vocab.words("name_plural_generic")
_RANKS = vocab.words("rank_titles")
_FURNITURE = vocab.words("name_furniture_words")
_PLACE_NOUNS = vocab.words("place_nouns") | vocab.words("place_people_nouns")
_FORMER_NAME_WORDS = vocab.words("former_name_words")
_VESSEL_PREFIXES = vocab.words("vessel_prefixes")
_AWARD_HEADS = vocab.words("name_award_heads")
_FIELD_UNITS = vocab.words("field_unit_heads")
_GRADE_WORDS = vocab.words("grade_words")
_DIARY_HEADINGS = vocab.words("diary_headings")
_ROMAN = frozenset("ivx")
_BODY_HEADS = lx.ORG_HEADS | lx.STRONG_ORG_HEADS
_INDEFINITE = {"a", "an", "any", "each", "every", "local", "another", "this", "that", "these"}
_INDEFINITE |= {"those", "many", "other", "some", "such"}


def reads_as_clause(doc) -> bool:
    """A line without a full stop that is still a sentence ("Ann Lee (Wales) beat
    Bo Roe (Kent) 15-12"), so its capitals are not a heading's: a finite verb
    in lower case with a name for its subject, in a line of five words or more."""
    words = [t for t in doc if t.is_alpha]
    return len(words) >= 5 and any(
        t.tag_ in {"VBD", "VBZ", "VBP"}
        and not is_cap(t)
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in t.children)
        for t in doc
    )


def after_former_name_words(doc, start: int, sent_start: int) -> bool:
    """'(formerly the Ashby Trust)', 'previously known as Ashby Trust'."""
    k = start - 1
    if k >= sent_start and doc[k].lower_ == "the":
        k -= 1
    if k - 1 >= sent_start and doc[k].lower_ == "as" and doc[k - 1].lower_ == "known":
        k -= 2
    return k >= sent_start and doc[k].lower_ in _FORMER_NAME_WORDS


def ranked_name(words: list[str]) -> bool:
    """'Duchess of Dalby', 'Earl of Westshire': a title of rank, "of" and its
    territory, the one name a page may give a royal or a peer (in any case)."""
    return len(words) > 2 and words[0].lower() in _RANKS and words[1].lower() == "of"


def has_particle(doc, start: int, end: int) -> bool:
    return any(
        w in PARTICLES and not is_cap(doc[k])
        for k, w in enumerate(lower_words(doc)[start + 1 : end - 1], start + 1)
    )


def attributive(doc, start: int, end: int) -> str | None:
    """'UK charities', "the UK's largest chain", 'Wales funding director' (not "the Kelby
    area", "Kelby residents": `vocab/place_nouns.txt`, `place_people_nouns.txt`):
    the name qualifies a common noun after it instead of naming a thing. Not a street
    naming a body's building ("our Mill Lane premises": the street is where it is)."""
    if street_site_noun(doc, start, end) is not None:
        return None
    last = doc[end - 1]
    head = last.head
    if (
        last.dep_ in {"compound", "poss", "amod", "nmod"}
        and head.i >= end
        and head.is_alpha
        and head.is_lower
        and head.lower_ not in _PLACE_NOUNS
    ):
        return "possessive" if last.dep_ == "poss" else "modifier"
    k = end
    while k < len(doc) and (
        (is_cap(doc[k]) and lower_word(doc[k]) in lx.ROLE_WORDS)
        or (k > end and doc[k].lower_ in {"and", "&"})
    ):
        k += 1
    if (
        last.dep_ in {"compound", "nmod"}
        and end <= head.i < k
        and k > end
        and lower_word(doc[k - 1]) in lx.ROLE_CORE
    ):
        return "modifier"  # "the Dorset Police, Fire and Crime Commissioner": the role's area
    return None


def not_proper_noun(doc, start: int, end: int) -> bool:
    """ "grants to 12 Projects based in Kelby", "Jo Bell from Up in the Hills": a
    one-word name the tagger reads as no proper noun (a plural common noun, an
    adverb, a verb form, an adjective)."""
    return end - start == 1 and doc[start].tag_ not in {"NNP", "NNPS"}


def field_unit(words: list[str]) -> bool:
    """Whether lower-cased `words` name a part of a body by its field of work, no
    body of its own: "Emergency Department", "Women and Children's Division",
    "Critical Care" (field words of `vocab/role_fields.txt`, then a word of
    `vocab/field_unit_heads.txt`). Not "Department for Westshire Affairs" (the head opens
    it) nor "Homes for Westshire" (a body's name says what it is "for")."""
    return (
        len(words) >= 2
        and words[-1] in _FIELD_UNITS
        and words[0] not in _FIELD_UNITS
        and "for" not in words
        and all(w in lx.DOMAIN_WORDS or w in _FIELD_UNITS or w in POSSESSIVE for w in words[:-1])
    )


def _kind_after_a(doc, start: int, end: int, words: list[str]) -> bool:
    """ "an Urban Care Centre", "a Warm Welcome Hub": a capitalised phrase after
    "a"/"an" that ends in a head word and heads its own noun phrase (no noun in
    lower case after it: "a Kelby Trust project" names the trust) says what kind
    of thing something is, not which one."""
    kind = head_kind(words[-1])[0]
    return (
        start > 0
        and doc[start - 1].lower_ in {"a", "an"}
        and kind is not None
        and not (end < len(doc) and doc[end].is_lower and doc[end].pos_ in {"NOUN", "PROPN"})
        and not (kind == "Event" and host_follows(doc, end))  # "a Summer Fair hosted by X"
    )


def diary_heading(words: list[str]) -> bool:
    """Whether the lower-case `words` are a heading over a list of dates or the
    minutes' label for the next sitting's date ("dates for your diary", "date of
    next meeting": vocab/diary_headings.txt), which names no event."""
    return " ".join(words) in _DIARY_HEADINGS


def not_a_name(doc, start: int, end: int, words: list[str]) -> bool:
    """Page furniture ("Invalid Email"), a group ("Keynote Speakers", "Primary Care
    Networks"), a part of a body named by its field ("Emergency Department"), an
    award ("Gold Award for Community Engagement"), post-nominals standing alone
    ("Jane Doe CBE, DL"), a ship ("HMS Dalby"), or a heading over dates ("DATE OF
    NEXT MEETING", `diary_heading`)."""
    if len(words) >= 2 and words[0] in _VESSEL_PREFIXES and doc[start].text.isupper():
        return True
    for low, text in zip(lower_forms(doc)[start:end], token_texts(doc)[start:end], strict=True):
        glued = any(c.isupper() for c in text[1:]) and not text.isupper()
        if low in _FURNITURE or (glued and low.startswith(tuple(_FURNITURE))):
            return True
    if (
        end - start == 1
        and doc[start].ent_type_ == "NORP"
        and end < len(doc)
        and doc[end].pos_ in {"NOUN", "PROPN"}
        and not is_uk_place(doc[start].text)  # "a Kelby charity": a place, read as a people
    ):
        return True  # "Croat striker", "Conservative MPs": a people or a party as an adjective
    if party_before_post(doc, start, end, words) or party_as_leaders_office(doc, start, end, words):
        return True
    if is_month_and_year(span_text(doc, start, end)):
        return True  # "Blog | 13 Jan 2020": a date ("Jan" is a given name too)
    if diary_heading(words):
        return True  # "DATE OF NEXT MEETING": a label over a date
    if (
        len(words) >= 2
        and start > 0
        and doc[start - 1].lower_ in _INDEFINITE
        and all(lower_word(t) in _BODY_HEADS or t.ent_type_ == "NORP" for t in doc[start:end])
        and words[-1] in _BODY_HEADS
    ):
        return True  # "an NHS Trust", "an Irish Housing Association": a kind of body
    if (
        start > 0
        and doc[start - 1].lower_ in {"a", "an"}
        and words[-1] in _BODY_HEADS
        and end + 1 < len(doc)
        and doc[end].text == ","
        and is_cap(doc[end + 1])
    ):
        return True  # "a Community Interest Company, Foo Bar,": the kind, then the name
    if field_unit(words):
        return True
    if len(words) == 2 and words[0] in _COUNCIL_SITTINGS and words[1] == "council":
        return True  # "the Annual Council meeting", "Full Council": a sitting, not a body
    if _kind_after_a(doc, start, end, words):
        return True
    # "Keynote Speakers" is a group, "the Health Champions programme" a programme's name
    if words[-1] in _PLURAL_GROUPS and not programme_noun_after(doc, end):
        bodies_of = any(
            w in lx.STRONG_ORG_HEADS and nxt in {"of", "for"} for w, nxt in pairwise(words)
        )
        if not bodies_of:
            return True
    # "Gold Award for Community Engagement": an award, named by its head word
    head = next((n for n, w in enumerate(words) if w in {"for", "of"}), len(words))
    if head > 0 and words[head - 1] in _AWARD_HEADS:
        return True
    if _grade(doc, start, end, words):
        return True
    if all(t in lx.POST_NOMINALS_AS_WRITTEN for t in token_texts(doc)[start:end]):
        before = doc[start - 1] if start > 0 else None
        return before is not None and before.text == ","
    return False


def _grade(doc, start: int, end: int, words: list[str]) -> bool:
    """ "Grade II", "Grade" before "1 listed": a grade's word and its number or
    letter (vocab/grade_words.txt), a band a building or a post is in."""
    if words[0] not in _GRADE_WORDS:
        return False
    marks = [doc[k].text for k in range(start + 1, end)]
    if not marks and end < len(doc):
        marks = [doc[end].text]  # "Grade" alone, its "1" left out of the name
    return bool(marks) and all(_grade_mark(m) for m in marks)


def _grade_mark(text: str) -> bool:
    """A grade's number or letter: "1", "II", "II*", "A"."""
    text = text.rstrip("*")
    if not text.isupper():
        return text.isdigit()
    return len(text) == 1 or set(text.lower()) <= _ROMAN
