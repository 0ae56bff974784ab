"""Whether a name is made of ordinary English words: `wordfreq`'s count of how
often each word is written in English and in other European languages (any
case), read from its small lists.

A person's name nearly always holds a given name (`given_names`) or a word that
is rare in running English: a surname ("Okonjo") or a given name the list does
not know. Common surnames ("Patel", "Chen", "Jones") are frequent words too, but
as names they are written about as often in French or German text as in
English; English vocabulary ("nights", "learning", "caring") is not. A
capitalised phrase of everyday words with no given name, one of them an English
word rather than a name ("Quiz Nights", "Sustainable Westshire", "Adult
Learning"), names a body, a programme, an event or nothing at all, whatever the
recogniser called it.
"""

from __future__ import annotations

from functools import lru_cache

from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name

# A Zipf frequency of 3 is once in a million words: "quiz", "palaces", "artist".
# The surnames of people with a given name the list lacks mostly fall below it.
COMMON_ZIPF = 3.0
# A Zipf frequency of 4 is once in a hundred thousand words: "jobs", "community",
# "labour". A body named with one such word alone is rare ("Mind"), and the page
# then writes it as a body ("funded by Mind", "Mind's chief executive").
EVERYDAY_ZIPF = 4.0
# How much more often (in Zipf units) an English word is written in English than
# in any of these languages; names are written about as often in each.
ENGLISH_MARGIN = 0.9
_OTHER_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt")


@lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """True when `word`, in any case, is written at least once in a million
    English words."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.casefold(), "en", wordlist="small") >= COMMON_ZIPF


@lru_cache(maxsize=4096)
def is_english_word(word: str) -> bool:
    """True when `word` is written far more often in English than in the other
    languages' text: a word of the language, not a name ("caring", not "Patel")."""
    from wordfreq import zipf_frequency

    low = word.casefold()
    english = zipf_frequency(low, "en", wordlist="small")
    other = max(zipf_frequency(low, lang, wordlist="small") for lang in _OTHER_LANGUAGES)
    return english - other >= ENGLISH_MARGIN


def everyday_word(word: str) -> bool:
    """True for a word of everyday English, written at least once in a hundred
    thousand English words, in any case ("Gardens", "Community"; not "Patel",
    "Nominet", nor an acronym, "BBC")."""
    from wordfreq import zipf_frequency

    return (
        word.isalpha()
        and not word.isupper()
        and zipf_frequency(word.casefold(), "en", wordlist="small") >= EVERYDAY_ZIPF
    )


def ordinary_words(words: list[str]) -> bool:
    """Two words or more, none a given name, each an everyday English word or a
    UK place, one at least a word of the language rather than a name ("Sharing
    Kitchen", "Caring Westshire", "Volunteer Centre Kelby"; not "Dev Patel")."""
    return (
        len(words) >= 2
        and not any(is_given_name(w) for w in words)
        and all(is_common_word(w) or is_uk_place(w) for w in words)
        and any(is_english_word(w) for w in words)
    )
