"""Places listed after a preposition of where, that only the list says are
places: "has offices in Ayton and Beeford", "will work across Ayton Cross,
Beeford Rise and Cowton", "serve people in Ayton, Beeford and Cowton Hill",
"residents of Ayton, Beeford Rise and the villages around".
Names no gazetteer knows (the recogniser reads them as a body, "Ayton and
Beeford", or a person, "Beeford Rise") are places when every name of the list
is capitalised words with no head word of a body, event or programme.
Read by `split.split_run` (two names across "and") and `list_votes`.
"""

from __future__ import annotations

from itertools import pairwise

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_WHERE = vocab.words("where_list_prepositions")
_FROM_PEOPLE = vocab.words("place_from_people_nouns")
_PLACE_OF = vocab.words("place_of_nouns")
_WHERE_VERBS = vocab.words("where_list_verbs")
_NOT_PLACE_ENTS = {"DATE", "TIME", "NORP", "LANGUAGE", "MONEY", "PERCENT", "CARDINAL"}
PLACE_LIST_VOTES = 4
"""Above a recogniser's or a given name's vote ("Ollerton Rise" a person)."""


def _bare_word(tok) -> bool:
    """A capitalised word that may be (part of) a place's name: no head word of
    any kind but a place's, no field of work, no date or language."""
    low = lower_word(tok)
    return (
        is_cap(tok)
        and tok.is_alpha
        and head_kind(low)[0] in {None, "Place"}
        and low not in lx.DOMAIN_WORDS
        and low not in lx.ROLE_CORE
        and tok.ent_type_ not in _NOT_PLACE_ENTS
    )


def bare_name(doc, start: int, end: int) -> bool:
    """One to three such words, not all everyday words ("Health", "Care")."""
    words = doc[start:end]
    return (
        1 <= len(words) <= 3
        and all(_bare_word(t) for t in words)
        and not all(everyday_word(t.text) for t in words)
    )


def bare_town_name(doc, start: int, end: int) -> bool:
    """A `bare_name` with no word in capitals: a town's name is written in words, a
    body's short form is not ("the PCN office", "the CVA offices")."""
    return bare_name(doc, start, end) and not any(
        t.text.isupper() and len(t.text) > 1 for t in doc[start:end]
    )


def after_where(doc, start: int, sent_start: int) -> bool:
    """Whether the list holding the name at `start` opens right after a
    preposition of where: back over capitalised words, commas and "and"."""
    k = start - 1
    while k >= sent_start and (is_cap(doc[k]) or doc[k].lower_ in {",", "and", "&"}):
        k -= 1
    return k >= sent_start and _where_word(doc, k)


def _where_word(doc, k: int) -> bool:
    """A preposition of where (`vocab/where_list_prepositions.txt`), a verb of
    serving an area ("serving", `vocab/where_list_verbs.txt`), "from" after
    people of a place ("young people from", `vocab/place_from_people_nouns.txt`),
    or "of" after a noun that makes the name after it a place ("residents of",
    "the villages of": `vocab/place_of_nouns.txt`)."""
    word = doc[k].lower_
    if word in _WHERE or (word in _WHERE_VERBS and doc[k].pos_ == "VERB"):
        return True
    if word == "of" and k > 0 and doc[k - 1].lower_ in _PLACE_OF:
        return True  # "residents of Ayton, Beeford Rise and Cowton"
    return word == "from" and k > 0 and doc[k - 1].lower_ in _FROM_PEOPLE


def two_places_after_where(doc, left_start: int, left_end: int, a_start: int, a_end: int) -> bool:
    """ "in Ayton and Beeford" read whole by the recogniser: two places when the
    run closes a list opened by a preposition of where and each side is one
    bare word, no gazetteer place across "and" ("Redcar and Cleveland")."""
    return (
        left_end - left_start == 1
        and a_end - a_start == 1
        and bare_name(doc, left_start, left_end)
        and bare_name(doc, a_start, a_end)
        and not is_uk_place(doc[left_start:a_end].text)
        and after_where(doc, left_start, doc[left_start].sent.start)
    )


def where_list_votes(doc, sent, group: list[Mention]) -> None:
    """Each name of a list of two or more closed with "and" (before its last name,
    or after it: "in Ayton, Beeford Rise and the villages around"), right after a
    preposition of where, is a place when every name is bare."""
    if len(group) < 2 or group[0].start <= sent.start:
        return
    if not _where_word(doc, group[0].start - 1):
        return
    closed = any(t.lower_ in {"and", "&"} for t in doc[group[-2].end : group[-1].start])
    after = doc[group[-1].end] if group[-1].end < sent.end else None
    # "in Ayton, Beeford Rise and the villages around": commas only, closed after the last
    commas = all(doc[a.end : b.start].text == "," for a, b in pairwise(group))
    if not (closed or (commas and after is not None and after.lower_ in {"and", "&"})):
        return
    if any(m.title or not bare_name(doc, m.start, m.end) for m in group):
        return
    for m in group:
        m.votes["Place"] += PLACE_LIST_VOTES
