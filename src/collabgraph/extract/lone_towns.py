"""A made-up town named by one word that the seed leaves out or mistypes.

"Grants are made across Harrowmere", "the branch line from Sallowby to Hattersby",
"Mohammed, retired bus driver, Portlow", "Harbour Light | Oxhythe | £2,000": a
town's name of one word that no gazetteer knows is read by the recogniser as a
person's (a one-word person is no entity a seed lists), as a title on its reading
alone, as nothing at all, or as a place the tagger read as no proper noun; each
leaves the page without the place its bodies, events and projects are in
(corpus/GOLD.md: towns are places).

Such a word is a place when it is shaped as a town's name (capitalised, letters
only, not in capitals, no everyday English word, given name or head word of any
kind: `town_word`) and the page uses it as one: another name of the page, no
person's, opens or closes with it ("Kelby Foodbank", "Age Well Kelby"), a mention
of it follows a preposition of where (`vocab/lone_town_prepositions.txt`: "in",
"across", "from", "to", "at"), or the words around it voted it a place. Not a word
the page's people have as a surname ("Jo Fenby ... Fenby said"), nor a word a
person's name opens ("Wiremu said" beside "Wiremu Parata"), nor a word a reader of
the words around it voted a person as strongly as a results row's competitor.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.results_rows import PERSON_VOTE

_RETYPED = {None, "Person"}
"""Types of a one-word entity the seed leaves out: a person needs two words or a
title (`listed_entities.listed`), an entity with no type is never listed."""
_RECOGNISER_VOTE = 1
"""What the recogniser alone gives a title it reads (WORK_OF_ART): a one-word
"Report" with no more is a guess, not a title the page gives."""
_WHERE = vocab.words("lone_town_prepositions")
_NAMED_KINDS = {"Organisation", "Place", "Event", "Project"}


def town_word(word: str) -> bool:
    """Whether `word` is shaped as a made-up town's one-word name ("Harrowmere",
    "Oxhythe"): capitalised letters, not all capitals, no word of English at all,
    however rare ("Mind", "Partnership", "Carols", "Larder"; nor a surname the word
    lists hold, "Okafor", "Parkinson"), no given name and no head word of a body,
    place or event ("Hall", "Trust")."""
    return (
        word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
        and not everyday_word(word)
        and zipf_frequency(word.casefold(), "en", wordlist="large") == 0
        and not is_given_name(word)
        and head_kind(word.lower())[0] is None
    )


def name_lone_towns(entities: list[Entity]) -> None:
    """Retype as a place each entity of `entities` (every resolved entity of the
    page, listed or not) that is a one-word town left out, as the module says."""
    people = [e for e in entities if e.type == "Person"]
    surnames = {w for e in people for w in e.name.split()[1:]}
    openers = {e.name.split()[0] for e in people if len(e.name.split()) > 1}
    named_with = {
        w
        for e in entities
        if e.type in _NAMED_KINDS and len(words := e.name.split()) > 1
        for w in (words[0], words[-1])
    }
    for e in entities:
        if not _left_out_word(e):
            continue
        word = e.name
        if word in surnames or word in openers or not town_word(word):
            continue
        if e.votes.get("Person", 0) >= PERSON_VOTE:
            continue  # a reader of the words voted a person: a competitor in a results row
        used = (
            word in named_with
            or e.votes.get("Place", 0) > 0
            or any(m.word_before in _WHERE for m in e.mentions)
        )
        if not used:
            continue
        e.type = "Place"
        e.lone_town = True
        for m in e.mentions:
            m.not_proper_noun = False  # a town's name, whatever the tagger read


def _left_out_word(e: Entity) -> bool:
    """A one-word entity a seed would leave out: typed a person or nothing, or a
    place whose every mention the tagger read as no proper noun."""
    if len(e.name.split()) != 1 or e.known_name or e.title:
        return False  # "Mrs Okafor": a person by her title
    if e.type in _RETYPED:
        return True
    if e.type == "Report" and sum(e.votes.values()) <= _RECOGNISER_VOTE:
        return True  # "across Harrowmere": only the recogniser's reading of a title
    return e.type == "Place" and all(m.not_proper_noun and not m.gazetteer for m in e.mentions)


__all__ = ["name_lone_towns", "town_word"]
