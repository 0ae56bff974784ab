"""A name holding a hyphened "verb-a-noun" ("Kelby Dial-a-Ride", "Fenby
Rent-a-Bike", "Adopt-a-Street Kelby") is no person's, whatever the recogniser read:
such names are services and the bodies that run them. Its person votes go to a body
(a scheme's own words may still make it a project; the page's event is not read from
its last word either: page_event/phrases.py reads `verb_a_noun_at`).
"""

from __future__ import annotations

from collabgraph.extract.mentions.mention import Mention


def verb_a_noun_at(doc, k: int) -> bool:
    """Whether tokens k..k+4 are a hyphened "verb-a-noun" written as one word."""
    if k + 4 >= len(doc):
        return False
    verb, h1, article, h2, noun = doc[k : k + 5]
    return (
        h1.text == "-"
        and h2.text == "-"
        and article.lower_ in {"a", "an"}
        and verb.is_alpha
        and noun.is_alpha
        and not any(t.whitespace_ for t in doc[k : k + 4])
    )


def hyphened_name_votes(doc, m: Mention) -> None:
    """Give a "verb-a-noun" name's person votes to a body."""
    if not any(verb_a_noun_at(doc, k) for k in range(m.start, m.end - 4)):
        return
    person = m.votes.pop("Person", 0)
    if person:
        m.votes["Organisation"] += person
