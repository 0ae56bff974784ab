"""A body named for its founder or a made-up word, then its trade ("Lindgren
Foods", "Stridewell Events", "Ferris Bakeries"), that the page shortens to its
first word ("Lindgren said it would match the sum"): the recogniser reads both
forms as a person's, and a person's short form would join the full name as the
person's ("Dana" of "Dana Hall"). But a person is shortened to a given name or a
surname, and the first word here is no given name while the last is an everyday
English word, or the plural of one: a trade, so the short form is the body's.

Read by `coref.resolve_entities` when it joins one-word names to the people
named in full, and to the bodies (`merge_short_bodies`: "Quellmoor said" after
"Quellmoor Events", which the recogniser read as a body); the name said of a
person by anything but the recogniser (a post, a title: "Dr Tunde Banks") stays a
person's.
"""

from __future__ import annotations

from collections import Counter

from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.person_shape import trade_word
from collabgraph.extract.name_forms import written_as_town


def shortened_body(words: list[str], short: str, mentions) -> bool:
    """Whether `short`, one word, is the first of `words` (a name of two or three
    words the recogniser read as a person's, its `mentions`) shortened as a body's
    is: no given name first, a trade word last, and nothing but the recogniser
    voting it a person's."""
    return (
        2 <= len(words) <= 3
        and words[0].casefold() == short.casefold()
        and not is_given_name(words[0])
        and trade_word(words[-1])
        and not any(m.title for m in mentions)
        and all(m.votes.get("Person", 0) <= m.recogniser_votes("Person") for m in mentions)
    )


def make_body(mentions) -> None:
    """Give the person votes of `mentions` to a body."""
    for m in mentions:
        person = m.votes.pop("Person", 0)
        m.votes = Counter(m.votes)
        m.votes["Organisation"] += max(person, 2)


def merge_short_bodies(entities, merges) -> None:
    """Join a one-word name read as a person's ("Quellmoor said") to the one body
    of the page whose name it opens, shaped as `shortened_body` says ("Quellmoor
    Events"), giving its person votes to the body."""
    bodies: dict[str, list] = {}
    for e in entities:
        words = e.words()
        if e.type == "Organisation" and not merges.gone(e) and 2 <= len(words) <= 3:
            bodies.setdefault(words[0].casefold(), []).append(e)
    for e in entities:
        words = e.words()
        if e.type != "Person" or len(words) != 1 or merges.gone(e) or written_as_town(e):
            continue
        found = bodies.get(words[0].casefold(), [])
        if (
            len(found) == 1
            and not any(m.title for m in e.mentions)
            and shortened_body(found[0].words(), words[0], found[0].mentions)
        ):
            make_body(e.mentions)
            merges.merge(e, found[0])


__all__ = ["make_body", "merge_short_bodies", "shortened_body"]
