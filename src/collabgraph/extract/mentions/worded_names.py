"""Names made of everyday words across a small word: "Transport for Westshire",
"Songs for Breath", "Scouts in Northvale", "Kelby Men in Sheds", "Pantry on the
Parade". Written in capitals in the middle of a sentence, everyday words with no
head word of their own ("Transport", "Scouts", "Men") name nothing alone: the
capitals carry on across "for"/"in"/"on" to the rest of the name. Read by
`split.split_run` where it would cut the run there, by `run_starts.to_in_name`
across "to" ("Power to Change") and by `add.add_mention` to vote such a name a
body's. `split_joins.one_name_across_in` joins names across "in"/"on" too ("Pupils
in Crisis"), read by the recogniser's entity types rather than everyday words.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import usual_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import CALENDAR_WORDS, is_cap, lower_word

CONNECTORS = frozenset({"in", "on", "for", "on the", "for the"})
"""The small words such a name is written across."""

_MAX_WORDS = 3


def worded_name_across(doc, cur_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """Whether doc[cur_start:cur_end] and doc[a_start:a_end], parted by a small word
    of `CONNECTORS`, are one name; the caller asks only where the words before it
    are one piece of the run and the run is no heading.

    On both sides one to three capitalised words of letters, the first no usual
    given name ("Jo Tern in Kelby"), none a role's word, a day or a month, and no
    head word but a body's weak one ("Churches Together"; "Fenby Trust in Kelby",
    "Summit in Kelby Hall" are two names). Then either the words before are one
    common word that is no place and does not open the sentence ("Transport for
    Northam", "Scouts in Northvale"; not "Riverbank Surgery in Chatford"), or the
    words after are common words that name no place ("Kelby Men in Sheds",
    "Brayford in Bloom", "Songs for Breath"), or the words before are two common
    words closed by a body's weak head word that is no noun ("Churches Together in
    Kelby"). Not across "in the" ("Safe Haven in the Corn Market" is a service at
    a place)."""
    left, right = doc[cur_start:cur_end], doc[a_start:a_end]
    if not (1 <= len(left) <= _MAX_WORDS and 1 <= len(right) <= _MAX_WORDS):
        return False
    if not all(is_cap(t) and t.is_alpha for t in (*left, *right)):
        return False
    if usual_given_name(left[0].text) or usual_given_name(right[0].text):
        return False
    if not all(_plain_word(t) for t in (*left, *right)):
        return False
    last = left[-1]
    bare_left = len(left) == 1 and is_common_word(last.text) and not is_uk_place(last.text)
    bare_right = all(is_common_word(t.text) for t in right) and not is_uk_place(right.text)
    # "Churches Together in Kelby": two everyday words closed by a body's weak head
    # word that is no noun (not "Riverside Surgery in Hexley")
    weak_body = (
        len(left) == 2
        and all(is_common_word(t.text) and not is_uk_place(t.text) for t in left)
        and head_kind(lower_word(last))[0] == "Organisation"
        and last.pos_ in {"ADV", "ADJ"}
    )
    return (bare_left and not doc[cur_start].is_sent_start) or bare_right or weak_body


def _plain_word(tok) -> bool:
    """No role's word, day or month, and no head word but a body's weak one."""
    low = lower_word(tok)
    if low in CALENDAR_WORDS or low in lx.ROLE_CORE:
        return False
    if low in lx.ROLE_MODIFIERS and low not in lx.DOMAIN_WORDS:
        return False  # "Portfolio Holder for Communities": a post ("Transport" is a field too)
    kind, weight = head_kind(low)
    return kind is None or (kind == "Organisation" and weight < 3)


def worded_name(doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is one such name whole: two parts across one small word
    of `CONNECTORS` that `worded_name_across` joins ("Kelby Men in Sheds"). Such a
    name is a body's, a programme's or an event's; `add.add_mention` votes it a body
    unless other words say otherwise."""
    for k in range(start + 1, end - 1):
        low = doc[k].lower_
        if low not in CONNECTORS or not doc[k].is_lower:
            continue
        after = k + 2 if k + 2 < end and doc[k + 1].lower_ == "the" else k + 1
        return worded_name_across(doc, start, k, after, end)
    return False
