"""A person's name the recogniser ran on into the body after it: "Dawit Haile of
Quenmoor Athletic Club", "Ada Foss for Kelby Arts Collective" read as one
organisation. The recogniser's organisation label then covers the person's words
too, so the label alone does not say they belong to the body.

Read from the words' shape (`split.split_run` through `split_joins.person_of_body`):
two words before "of", neither a word of English nor a head word of a body nor a
UK place (surnames and given names the list may not hold: "Dawit Haile"), and words
after it ending in a body's head word or a club's ("Trust", "CIC",
"Club"). "Kelby Heath of ..." keeps its English word and stays whole. After "for"
only a name opening with a given name is cut ("Jo Tern for Kelby Arts
Collective"): "Campaign for Better Transport" opens with an English word.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.common_words import everyday_word, is_english_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import lower_word


def body_after(doc, a_end: int) -> bool:
    """The run after the connector ends in a body's head word or a club's."""
    last = lower_word(doc[a_end - 1])
    return head_kind(last)[0] == "Organisation" or last in lx.CLUB_HEADS


def unworded_pair(left) -> bool:
    """Two capitalised words, neither English, a head word nor a UK place."""
    return len(left) == 2 and all(
        t.is_alpha
        and t.text[:1].isupper()
        and not t.text.isupper()
        and not is_english_word(t.text)
        and not everyday_word(t.text)
        and head_kind(lower_word(t))[0] is None
        and not is_uk_place(t.text)
        for t in left
    )


def person_for_body(doc, atoms, cur_start: int, cur_end: int, a_end: int) -> bool:
    """'Jo Tern for Kelby Arts Collective': the run's first two words, a given name
    and a word neither English nor a head word, "for", then a body."""
    left = doc[cur_start:cur_end]
    return (
        cur_start == atoms[0][0]
        and len(left) == 2
        and is_given_name(left[0].text)
        and not everyday_word(left[1].text)
        and head_kind(lower_word(left[1]))[0] is None
        and not is_uk_place(left[1].text)
        and body_after(doc, a_end)
    )


def person_before_body(doc, parts: list[tuple[int, int]]) -> bool:
    """The first of `parts` is a person's name cut from the body after it by "of"
    or "for" (`person_of_body`, `person_for_body`): two words, neither English, a
    head word nor a UK place, the connector right after them and the next part the
    body. A Person vote it then needs: the recogniser's organisation label was the
    whole run's."""
    if len(parts) < 2:
        return False
    (s, e), (s2, e2) = parts[0], parts[1]
    if e >= len(doc) or doc[e].lower_ not in {"of", "for"} or s2 != e + 1:
        return False
    return unworded_pair(doc[s:e]) and body_after(doc, e2)


__all__ = ["body_after", "person_before_body", "person_for_body", "unworded_pair"]
