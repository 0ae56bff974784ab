"""Where a name may start in a run of capitalised words (`runs.capital_runs`):
not at a pronoun, a date or a calendar word, a call to act ("Contact Foo Trust"),
a verb or a preposition opening the sentence ("Joining the Foo Trust is",
"Across Wales, ..."), a hashtag ("#KelbyYouth24"); a number word or a year only
where it opens a name ("Two Rivers Trust", "our 2030 Vision": `number_starts`);
and the two shapes a name may run through that a start needs to know ("Westshire
10-Year Plan", "Campaign to End Boredom").
"""

from __future__ import annotations

from spacy.tokens import Token

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import like_nums, token_texts
from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.number_starts import (
    ordinal_opens_body,
    ordinal_opens_event,
    year_opens_name,
)
from collabgraph.extract.mentions.owner_starts import plural_owner_opens_name
from collabgraph.extract.mentions.run_words import observance_end
from collabgraph.extract.mentions.set_off_names import name_after, programme_set_off
from collabgraph.extract.mentions.tokens import (
    CALENDAR_WORDS,
    NON_NAME_ENTS,
    POSSESSIVE,
    cap_run_end,
    capitals,
    is_cap,
    lower_word,
    lower_words,
    number_opened,
)
from collabgraph.extract.mentions.worded_names import worded_name_across

_SENTENCE_START_NAMES_OK = {"PROPN"}
_PRONOUNS = vocab.words("pronouns")
_OPENING_VERBS = vocab.words("name_opening_verbs")
_EVENT_MODIFIERS = vocab.table("event_modifiers")
_OPENERS_OF = vocab.words("name_body_openers_of")  # "Friends of Foo Park" opening a line
# a word after one of these reads as a sentence's first word
AT_START_AFTER = frozenset({'"', "“", "‘", "'", "(", ":", "•"}) | lx.DASHES


def _listed_among_names(tok: Token) -> bool:
    """'Thirsk, Ripon, Bedale': a word the recogniser took for a date, but
    listed between capitalised names (and not a month or a day)."""
    doc, i = tok.doc, tok.i
    if not tok.is_alpha or tok.pos_ != "PROPN" or lower_word(tok) in CALENDAR_WORDS:
        return False
    before = i >= 2 and doc[i - 1].lower_ in {",", "and"} and is_cap(doc[i - 2])
    after = i + 2 < len(doc) and doc[i + 1].lower_ in {",", "and"} and is_cap(doc[i + 2])
    return before and after


def _place_read_as_date(tok: Token) -> bool:
    """ "care workers met in Dalby on 9 October": a capitalised word after a
    preposition of place that the recogniser read as a date, no calendar word
    ("May", "Easter") nor any word written in English ("Spring"), is a name."""
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ not in _PLACE_PREPOSITIONS or not tok.is_alpha:
        return False
    return lower_word(tok) not in CALENDAR_WORDS and not is_common_word(tok.text)


_PLACE_PREPOSITIONS = {"in", "near", "across", "around", "throughout"}


def hashtag(tok: Token) -> bool:
    """ "#KelbyYouth24": a word written right after "#" is a hashtag, no name nor any
    word of one (corpus/GOLD.md: hashtags are not entities)."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "#" and not tok.doc[tok.i - 1].whitespace_


_SPAN_WORDS = {"year", "years"}


def years_in_name(doc, j: int, end: int) -> int:
    """'10-Year' in "Westshire 10-Year Plan", 'Five Year' in "Five Year Forward Plan":
    a number and "Year" inside the name of a plan or a programme (the words
    after them capitalised, the last a report's or a programme's head word).
    The index after "Year", or 0 when the number opens no such name."""
    tok = doc[j]
    if not tok.like_num or j + 1 >= end:
        return 0
    k = j + 1
    if doc[k].text in {"-", "‐"} and k + 1 < end:
        k += 1
    if not (is_cap(doc[k]) and doc[k].lower_ in _SPAN_WORDS):
        return 0
    m = k + 1
    while m < end and is_cap(doc[m]):
        m += 1
    if m == k + 1 or head_kind(lower_word(doc[m - 1]))[0] not in {"Report", "Project"}:
        return 0
    return k + 1


_OPENS_KEY = "collabgraph.may_open_name"


def may_open_name(doc) -> list[bool]:
    """For every token of the Doc, whether `name_start_ok` can say yes of it (it is
    capitalised or a number), read once per Doc and kept on it."""
    kept = doc.user_data.get(_OPENS_KEY)
    if kept is None or len(kept) != len(doc):
        kept = [
            c or n or w[:1].isdigit()
            for c, n, w in zip(capitals(doc), like_nums(doc), token_texts(doc), strict=True)
        ]
        doc.user_data[_OPENS_KEY] = kept
    return kept


def name_start_ok(
    tok: Token, sent_start: int, heading: bool, seen: frozenset[str] = frozenset()
) -> bool:
    if not is_cap(tok) and not tok.like_num and not tok.text[:1].isdigit():
        # most words: no year, number or ordinal opens a name there, and only
        # a capitalised word may start one otherwise (the tests below, at once)
        return False
    if year_opens_name(tok) or years_in_name(tok.doc, tok.i, len(tok.doc)):
        return True
    if ordinal_opens_body(tok) or ordinal_opens_event(tok):
        return True
    if not is_cap(tok) or hashtag(tok):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.ent_type_ in NON_NAME_ENTS and not (
        # "One Voice Dalby", "Two Rivers Trust": a number word opening a name
        (
            tok.is_alpha
            and tok.ent_type_ == "CARDINAL"
            and nxt is not None
            and is_cap(nxt)
            and not _counts_a_noun(tok)
        )
        or _listed_among_names(tok)
        or number_opened(tok)
        or _place_read_as_date(tok)
        # "its Annual General Meeting": the recogniser's date word opens an event's name
        or (_EVENT_MODIFIERS.get(lower_word(tok)) == "keep" and nxt is not None and is_cap(nxt))
    ):
        return False
    low = lower_word(tok)
    if low in _PRONOUNS or low in CALENDAR_WORDS:
        return False
    at_start = tok.i == sent_start or (tok.i > 0 and tok.doc[tok.i - 1].text in AT_START_AFTER)
    if at_start and low in _OPENING_VERBS and nxt is not None and name_after(nxt):
        return False  # "Contact Foo Trust on ...", "About the Foo project": the name follows
    if at_start and tok.tag_ == "VBG" and nxt is not None and nxt.lower_ in lx.ARTICLES:
        return False  # "“Joining the Foo Trust is ...": a clause opens, the name follows
    if at_start and tok.pos_ == "ADP" and tok.is_stop and _place_follows(tok):
        return False  # "Across Wales, £2m was awarded": the place is the name
    if at_start and heading and tok.pos_ == "ADP" and _headed_name_in_prose(tok):
        return False  # "Under the Foo Fund’s theme, Bar" (a line cut short): no heading
    if at_start and (not heading or _sentence_case(tok, nxt)):
        if nxt is not None and f"{low} {lower_word(nxt)}" in seen:
            return True  # the document names it so elsewhere
        if programme_set_off(tok):
            return True  # "Step Up Kelby, led by Foo, ...": a programme's name
        if low in _OPENERS_OF and _of_a_name(tok):
            return True  # "Friends of Foo Park held its AGM", "- Friends of Foo Woods"
        if nxt is not None and nxt.lower_ == "to" and to_in_name(tok.doc, tok.i + 1, len(tok.doc)):
            return True  # "(Campaign to End Boredom)"
        if (
            tok.pos_ not in _SENTENCE_START_NAMES_OK
            and not tok.ent_type_
            and not number_opened(tok)
            and not _opens_observance(tok)
        ):
            if nxt is not None and is_cap(nxt) and lower_word(nxt) in lx.STRONG_ORG_HEADS:
                return True
            if _given_before_surname(tok, nxt):
                return True
            if plural_owner_opens_name(tok):
                return True  # "Weavers' Day 2026 will be held ..."
            return low in lx.HONORIFICS
        if tok.is_stop and tok.ent_iob_ != "B":
            return False
    return True


def _of_a_name(tok: Token) -> bool:
    """Whether "of" and a capitalised word follow the token ("Friends of Foo Park")."""
    doc, k = tok.doc, tok.i
    return k + 2 < len(doc) and doc[k + 1].lower_ == "of" and is_cap(doc[k + 2])


def _sentence_case(tok: Token, nxt: Token | None) -> bool:
    """ "Heritage project records memories": a headline written as a sentence, its
    first word an everyday noun, verb or adjective capitalised only for opening it
    (the next word in lower case), read as prose's first word is."""
    return (
        nxt is not None
        and nxt.is_alpha
        and nxt.is_lower
        and not nxt.is_stop  # "Library of Things opens": "of" goes on with a name
        and tok.pos_ in {"NOUN", "VERB", "ADJ"}
    )


def _given_before_surname(tok: Token, nxt: Token | None) -> bool:
    """ "Piers Dalby, housing officer, said": a given name that is also an everyday
    word, opening a sentence right before the word the recogniser starts a
    person's name at; the tagger read it as a noun, the name starts with it."""
    return (
        nxt is not None
        and tok.is_alpha
        and is_given_name(tok.text)
        and nxt.ent_type_ == "PERSON"
        and nxt.ent_iob_ == "B"
        and is_cap(nxt)
    )


def _headed_name_in_prose(tok: Token) -> bool:
    """'Under the Foo Fund’s ‘Bar’ theme, Baz': a preposition opening a line that is
    no title (a word in lower case past the name), then "the" and a name ending in a
    head word: the name starts after "the"."""
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc) or doc[k].text != "the":
        return False
    m = cap_run_end(doc, k + 1)
    if m == k + 1 or head_kind(lower_word(doc[m - 1]))[0] is None:
        return False
    return any(t.is_alpha and t.is_lower and not t.is_stop for t in doc[m:])


def _opens_observance(tok: Token) -> bool:
    """'Helpers' in "Helpers Week 2031 celebrates ...": capitalised words up to a
    cause's week, day or month with its year (`run_words.observance_end`)."""
    doc, k = tok.doc, tok.i + 1
    while k < len(doc) and k - tok.i < 4 and is_cap(doc[k]) and not doc[k].ent_type_:
        k += 1
    if k < len(doc) and doc[k].text in POSSESSIVE:
        k += 1
    return k < len(doc) and observance_end(doc, k, len(doc)) > 0


def start_keys(doc, start: int, end: int) -> set[str]:
    """The `seen` keys `name_start_ok` may look up for a word in doc[start:end]:
    the first two words, lower case, wherever a word reads as a sentence's first."""
    keys = set()
    last = len(doc) - 1
    texts, lows = token_texts(doc), lower_words(doc)
    for k in range(start, min(end, last)):
        if k == start or texts[k - 1] in AT_START_AFTER:
            keys.add(f"{lows[k]} {lows[k + 1]}")
    return keys


def _place_follows(tok: Token) -> bool:
    """Whether the capitalised words after `tok`, up to the run's end, are a UK
    place ("Across Kent,", "Throughout Greater Westshire,")."""
    doc = tok.doc
    k = cap_run_end(doc, tok.i + 1)
    return k > tok.i + 1 and is_uk_place(doc[tok.i + 1 : k].text)


def _counts_a_noun(tok: Token) -> bool:
    """'Two Dalby Advice workers': a number word before capitalised words and a
    plural noun in lower case counts the noun's things, it opens no name ("Two
    Rivers Trust" does)."""
    doc = tok.doc
    k = cap_run_end(doc, tok.i + 1)
    return k < len(doc) and doc[k].is_lower and doc[k].tag_ == "NNS"


def to_in_name(doc, j: int, end: int) -> bool:
    """'Campaign to End Boredom', 'Time to Grow': a capitalised word, "to" (at j),
    then a capitalised verb, or a common noun and a capitalised word, neither a
    recogniser entity nor a place ("from Dalby to Northtown" is two names); or
    the recogniser's one organisation across "to" ("Room to Mend")."""
    first, nxt = doc[j - 1], doc[j + 1] if j + 1 < end else None
    # the recogniser's one organisation across "to" after a common noun ("Room to
    # Mend"; not "from Fenmoor to Dalby Bridge" read as one)
    one_org = (
        nxt is not None
        and first.tag_ in {"NN", "NNS"}
        and all(t.ent_type_ == "ORG" and t.ent_iob_ == "I" for t in (doc[j], nxt))
    )
    if nxt is not None and worded_name_across(doc, j - 1, j, j + 1, j + 2):
        return True  # "Power to Change", "Pathways to Work": a common word before "to"
    return (
        nxt is not None
        and (nxt.tag_ == "VB" or (first.tag_ == "NN" and not first.ent_type_) or one_org)
        and is_cap(first)
        and is_cap(nxt)
        and (not nxt.ent_type_ or one_org)
        and lower_word(nxt) not in CALENDAR_WORDS
        and not is_uk_place(nxt.text)
    )
