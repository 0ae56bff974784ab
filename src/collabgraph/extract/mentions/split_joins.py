"""Whether a small word between capitalised words joins one name or parts two:
"Pupils in Crisis" and "University of Dalby" are one name, "Dalby Trust in
Northtown" and "the Annual General Meeting of Westmoor Housing Trust" two.
`split.split_run` asks these where it may cut a run.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.and_parts import one_owner_across_and
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind, plural_type_noun
from collabgraph.extract.mentions.person_runs import body_after, unworded_pair
from collabgraph.extract.mentions.tokens import (
    CALENDAR_WORDS,
    PLACE_ENTS,
    POSSESSIVE,
    is_cap,
    lower_word,
)

_PLACE_BODY_HEADS = vocab.words("place_body_heads")
_COMPASS = vocab.words("place_compass")
_TOPIC_WORDS = vocab.words("event_name_topic_heads")  # "... on Housing": a subject
_NOT_TOPIC_ENTS = {"PERSON", "GPE", "LOC", "DATE", "TIME", "FAC"}


def one_name_across_in(doc, cur_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """'Pupils in Crisis', 'Women in Rowing', 'BBC Pupils in Crisis': one name of a
    few words across "in"/"on" when neither side is a person, a body with its own
    head word, a place or a date ("Dalby Trust in Northtown", "Jane Doe in May")."""
    left, right = doc[cur_start:cur_end], doc[a_start:a_end]
    if len(left) > 3 or len(right) > 2 or not all(is_cap(t) for t in right):
        return False
    if any(t.ent_type_ in {"PERSON", "GPE", "LOC", "DATE", "TIME", "FAC"} for t in (*left, *right)):
        return False
    words = [lower_word(t) for t in (*left, *right)]
    return (
        not any(w in CALENDAR_WORDS for w in words)
        and head_kind(words[len(left) - 1])[0] is None
        and head_kind(words[-1])[0] in {None, "Organisation"}
        and not is_uk_place(right.text)
        and not is_uk_place(left[-1:].text)
    )


def place_after_in(doc, cur_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """The words after "in"/"on" name a place, not more of the name before: the
    gazetteer's place ("the Hall of Memory in Whitby"), or `venue_in_place`."""
    if is_uk_place(doc[a_start:a_end].text):
        return True
    return venue_in_place(doc, cur_start, cur_end, a_start, a_end)


def venue_in_place(doc, cur_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """'the Wool Hall in Tarleigh', 'Rowan Lane Community Centre in Eastholm': a name of
    two words or more closed by a venue's or a body's head word, then "in" and one or
    two capitalised words with no head word, no everyday word and no given name: the
    place the named thing is in, not more of its name (the gazetteer does not know
    made-up or small places); not "Pupils in Crisis" (no head word before "in")."""
    right = doc[a_start:a_end]
    if a_start < 1 or doc[a_start - 1].lower_ != "in" or not 1 <= len(right) <= 2:
        return False
    if cur_end - cur_start < 2 or head_kind(lower_word(doc[cur_end - 1]))[0] not in {
        "Place",
        "Organisation",
    }:
        return False
    return all(_unknown_area_word(t) and lower_word(t) not in CALENDAR_WORDS for t in right)


def _unknown_area_word(tok) -> bool:
    """A capitalised word of letters with no head word, no everyday word and no given
    name: a made-up or small place's word ("Tarleigh", "Tarnvale")."""
    return (
        is_cap(tok)
        and tok.is_alpha
        and head_kind(lower_word(tok))[0] is None
        and not everyday_word(tok.text)
        and not is_given_name(tok.text)
    )


def event_on_topic(doc, cur_end: int, a_start: int, a_end: int) -> bool:
    """'the Fenby People's Assembly on Housing', 'Youth Summit on Mental Health': an
    event's name goes on across "on" to its subject when the words before end in an
    event noun that takes one (`vocab/event_topic_name_heads.txt`) and the words after
    are a short subject, no person, place, date, body or name with a head word of its
    own, though a subject word such as Housing (`vocab/event_name_topic_heads.txt`)
    may end it ("the Summit on Monday", "the Forum on Kelby Green", "a Debate on Fenby Council"
    stop at "on")."""
    right = doc[a_start:a_end]
    if lower_word(doc[cur_end - 1]) not in lx.EVENT_TOPIC_NAME_HEADS or not 1 <= len(right) <= 3:
        return False
    if not all(is_cap(t) for t in right) or any(t.ent_type_ in _NOT_TOPIC_ENTS for t in right):
        return False
    words = [lower_word(t) for t in right]
    return (
        not any(w in CALENDAR_WORDS for w in words)
        and (head_kind(words[-1])[0] is None or words[-1] in _TOPIC_WORDS)
        and not is_uk_place(right.text)
    )


def named_across_in_the(doc, cur_start: int, cur_end: int, end: int) -> bool:
    """'Leading Change in the West Programme', 'Arts in the Community Project': one
    name across "in the"/"on the" when the run ends in a programme's, an event's
    or a body's head word and the words before it are a few, no person's name,
    place or name of its own kind ("Dalby Trust in the Community Project" is two)."""
    left = doc[cur_start:cur_end]
    return (
        len(left) <= 3
        and head_kind(lower_word(doc[end - 1]))[0] in {"Project", "Event", "Organisation"}
        and head_kind(lower_word(doc[cur_end - 1]))[0] is None
        and not any(t.ent_type_ in {"PERSON", "GPE", "LOC", "DATE"} for t in left)
        and not is_uk_place(left.text)
    )


def name_ends_before_the(doc, cur_start: int, cur_end: int, a_end: int) -> bool:
    """'In line with the Westshire Health Plan the Hospice Team helps': a name of
    two words or more ending in a strong head word, then "the" and a name of its
    own, is two names ("Mend the Nets" is one)."""
    kind, weight = head_kind(lower_word(doc[cur_end - 1]))
    return kind is not None and weight >= 3 and cur_end - cur_start >= 2 and a_end - cur_end >= 3


def body_of_place(doc, cur_end: int, a_start: int, a_end: int) -> bool:
    """'London Borough of Westmoor', 'University of Dalby', 'Bank of Scotland': a
    body's head word, "of", then a place; after an area's word ("Borough", "City",
    `vocab/place_body_heads.txt`) a made-up place the gazetteer does not know too
    (`_named_area`: "London Borough of Tarnvale", not "City of Kindness")."""
    head = lower_word(doc[cur_end - 1])
    place = doc[a_start:a_end]
    return (
        (head in _PLACE_BODY_HEADS or head_kind(head) == ("Organisation", 3))
        and len(place) <= 3
        and (
            is_uk_place(place.text)
            or all(t.ent_type_ in PLACE_ENTS for t in place)
            or (head in _PLACE_BODY_HEADS and _named_area(place))
        )
    )


def _named_area(place) -> bool:
    """Capitalised words with no body's head word, the first no head word, given
    name nor everyday word: the name of an area ("Tarnvale"), not a cause
    ("Kindness")."""
    return _unknown_area_word(place[0]) and all(
        is_cap(t) and t.is_alpha and head_kind(lower_word(t))[0] != "Organisation" for t in place
    )


def body_of_nation(doc, cur_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """'Royal College of Dentists of Ireland': a body's name (a strong head word
    within it, "College"), "of", then a nation or country the recogniser names."""
    place = doc[a_start:a_end]
    return (
        a_start - cur_start >= 3
        and any(head_kind(lower_word(t)) == ("Organisation", 3) for t in doc[cur_start:cur_end])
        and doc[cur_start].ent_type_ != "PERSON"
        and len(place) <= 2
        and all(t.ent_type_ == "GPE" for t in place)
        and (a_end >= len(doc) or doc[a_end].ent_iob_ != "I")
    )


def names_of_a_plural(doc, end: int) -> bool:
    """The run comes before a plural noun of a kind other than a body's ("...
    schemes", "... strategies"), so it lists names of that kind."""
    if end >= len(doc) or is_cap(doc[end]):
        return False
    kind = plural_type_noun(doc[end].lower_)
    return kind is not None and kind != "Organisation"


def possessive_after_and(doc, cur_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """'the KLNA and Ada Brook's Society', 'Brook360 and Carers' Support': a name
    whose first or second word is a possessive opens after "and" while the words before hold
    none, and the last of them names no field of work ("Education and Children's
    Services" is one, as is "Dalby Women's and Children's Hospital") nor is an
    area's ("Kelby & District Men's Shed", `and_parts.one_owner_across_and`)."""
    at = next(
        (k for k in (a_start + 1, a_start + 2) if k < a_end and doc[k].text in POSSESSIVE), None
    )
    if at is None or at + 1 >= a_end:
        return False  # a possessive in the first two words, then the rest of the name
    if any(t.text in POSSESSIVE for t in doc[cur_start:cur_end]):
        return False
    field = lower_word(doc[cur_end - 1]) in lx.DOMAIN_WORDS
    return not field and not one_owner_across_and(doc, cur_end, a_start, a_end)


def event_of_body(doc, cur_end: int, a_end: int) -> bool:
    """'the Annual General Meeting of Westmoor Housing Trust': an event's head word,
    "of", then a body's name: the event is the body's, two names."""
    left = lower_word(doc[cur_end - 1])
    return left in lx.EVENT_HEADS and head_kind(lower_word(doc[a_end - 1])) == ("Organisation", 3)


def venue_for_event(doc, start: int, end: int, a_end: int) -> bool:
    """ "gathered at Y Hall for the Foo Summit 2026": a venue's name after "at" or
    "in" (its last word a venue's head, `vocab/head_venue.txt`), then "for" and an
    event's name (its last word an event's head, or a year after one): two names,
    not one ("Centre for Rural Study" opens no "at")."""
    if start == 0 or doc[start - 1].lower_ not in {"at", "in"}:
        return False
    if lower_word(doc[end - 1]) not in lx.VENUE_HEADS:
        return False
    last = a_end - 1
    if doc[last].like_num and last > end:
        last -= 1  # "Foo Summit 2026"
    return head_kind(lower_word(doc[last]))[0] == "Event"


def person_of_body(doc, atoms, cur_start: int, cur_end: int, a_end: int) -> bool:
    """'Bo Reed of (the) Westmoor Health NHS Trust': two or three words with no head
    word nor UK place and nothing the recogniser calls a place or a body (its
    "facility" on a person's name is a misreading), "of", then a body; or a name
    opening with a given name, "of", then any name ("Marta Lind of Open Door Youth")."""
    left = doc[cur_start:cur_end]
    # the run's first words, or the first after an "and" ("... Trust and Bo Reed of")
    first = cur_start == atoms[0][0] or any(a == cur_start and c == "and" for a, _, c in atoms)
    return (
        first
        and 2 <= len(left) <= 3
        and all(t.is_alpha and t.text[:1].isupper() for t in left)
        and not any(head_kind(lower_word(t))[0] or is_uk_place(t.text) for t in left)
        and (
            (
                not any(t.ent_type_ in {"ORG", "GPE", "LOC", "NORP"} for t in left)
                and (
                    head_kind(lower_word(doc[a_end - 1])) == ("Organisation", 3)
                    or lower_word(doc[a_end - 1]) in lx.CLUB_HEADS  # "Bo Reed of Kelby Ramblers"
                )
            )
            or _named_person(left)
            or (unworded_pair(left) and body_after(doc, a_end))  # "Dawit Haile of"
        )
    )


def _named_person(left) -> bool:
    """ "Marta Lind (of Open Door Youth)": a given name, then one or two surname-like
    words, none a plural everyday noun ("Faith Communities of Kelby" is a body)."""
    return is_given_name(left[0].text) and not (
        len(left[-1].text) > 3 and left[-1].lower_.endswith("s") and everyday_word(left[-1].text)
    )


def word_of_body(doc, atoms, cur_start: int, cur_end: int, a_end: int) -> bool:
    """'Heart of Westshire Community Foundation', 'Friends of Kelby Park Trust': the
    run's first word alone, an everyday word that is no head word, no given name and
    no place, then "of" and words ending in a body's head word: one name, though the
    recogniser reads two ("Heart" cannot stand as a body's name on its own)."""
    word = doc[cur_start]
    return (
        cur_end - cur_start == 1
        and cur_start == atoms[0][0]
        and word.ent_type_ not in {"PERSON", "GPE", "LOC"}
        and everyday_word(word.text)
        and head_kind(lower_word(word))[0] is None
        and not is_given_name(word.text)
        and not is_uk_place(word.text)
        and lower_word(word) not in lx.ROLE_CORE
        and a_end == atoms[-1][1]
        and head_kind(lower_word(doc[a_end - 1]))[0] == "Organisation"
    )


def two_bodies_across_and(doc, left_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """ "Fenby Homes and Marlow Foundation", "Westshire Housing and Dalby Trust": two
    bodies, each a proper word and another, the left ending in an everyday word, the
    right in a body's head word; not "Health and Social Care Partnership" (an everyday
    word or a field of work after "and"), "Chelsea and Westminster Hospital" (one word
    before it), "Royal Kelby and Fenby" (an everyday word opens it) nor a body
    named for two places."""
    left, right = doc[left_start:cur_end], doc[a_start:a_end]
    if len(left) != 2 or len(right) < 2 or any(t.ent_type_ == "PERSON" for t in (*left, *right)):
        return False
    return (
        _proper(left[0])
        and not left[0].text.isupper()  # "NHS Dalby and Kelby CCG": a public body's opener
        and lower_word(left[0]) not in _COMPASS  # "Mid Dalby and North Kelby"
        and everyday_word(left[-1].text)
        and not is_uk_place(left[-1].text)  # "NHS Dalby and Kelby ...": a place before "and"
        and _proper(right[0])
        and lower_word(right[0]) not in lx.DOMAIN_WORDS  # "Kelby Health and Wellbeing Panel"
        and head_kind(lower_word(right[-1]))[0] == "Organisation"
    )


def _proper(tok) -> bool:
    """A capitalised word that is no everyday word, or a UK place ("Marlow", "Leeds")."""
    return is_cap(tok) and (not everyday_word(tok.text) or is_uk_place(tok.text))
