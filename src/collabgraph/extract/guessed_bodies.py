"""Organisations only the recogniser called organisations, which nothing else on
the page bears out (and reports likewise: `unsupported_reports`).

spaCy's small English model calls many capitalised phrases ORG: topics ("Rough
Sleeping", "Attendance Allowance"), pieces of longer names, words used as adjectives
("the Grenfell fire", "the PCC website"). A careful reader leaves out a name the
page gives no other sign of being a body: no head word ("... Trust"), no words
around it ("chief executive of X", "funded by X"), no other body it is listed
with, nothing it does. Measured before this rule (evaluate, aggregate figures):
of the organisations typed by the recogniser alone, 28 of 46 were right on the
develop5 pages, 9 of 43 on the held-out check5 pages. On news (bench_news.py)
the recogniser is trained on the genre and right more often, so the rule keeps
to names of more words, which news rarely leaves unexplained.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract import vocab
from collabgraph.extract.mentions import head_kind
from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.heads import newspaper_title
from collabgraph.extract.name_forms import only_recogniser
from collabgraph.extract.relation_candidates import related_entities

# "work with X", "volunteers from X", "20 years in X": words a body follows more often than a topic
_BODY_PREPOSITIONS = {"with", "from", "in"}
# "a review by the Lighthouse", "a volunteer at Oasis": words that make a one-word name a body's
_AGENT_PREPOSITIONS = vocab.words("common_word_body_prepositions")

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.coref import Entity


def unsupported(
    entities: list[Entity], ctx: DocumentContext, by_mention: dict[int, Entity]
) -> set[int]:
    """The `id()`s of the organisations and reports among `entities` the page does
    not bear out (`unsupported_bodies`, `unsupported_reports`), the page's stated
    relations read once for both."""
    related = related_entities(ctx.candidates, by_mention)
    return unsupported_bodies(entities, related, by_mention) | unsupported_reports(
        entities, related
    )


def unsupported_bodies(
    entities: list[Entity], related: set[int], by_mention: dict[int, Entity]
) -> set[int]:
    """The `id()`s of the organisations among `entities` that only the recogniser
    typed, and that are either only ever used to qualify a noun after them
    (`Mention.attributive == "modifier"`: "the Grenfell fire"; unless letters a
    stated relation has: "KFHA Chairman Cllr Jane Doe"), or named once with
    more than one word ("Rough Sleeping"), in no relation the page states, beside
    no other organisation in a list, not after "with", "from" or "in" ("building
    a service with X"), with no body's head word among its words ("Community
    Foundation Kent and Surrey") and no acronym ("KCC"); or one word of ordinary
    English the page does not use as a body (`_common_word_alone`). Other one-word
    names are left alone: brands ("Macmillan") are as often bodies as not.
    `related`: the `id()`s of the entities a stated relation has at one end."""
    bodies = [e for e in entities if e.type == "Organisation"]
    return {
        id(e)
        for e in bodies
        if not e.known_name
        and only_recogniser(e)
        and (
            (
                all(m.attributive == "modifier" for m in e.mentions)
                and not _related_letters(e, related)
            )
            or (
                len(e.mentions) == 1
                and len(e.name.split()) > 1
                and id(e) not in related
                and not any(w.isupper() and len(w) > 1 for w in (*e.name.split(), *e.aliases))
                and not any(head_kind(w.lower()) == ("Organisation", 3) for w in e.name.split())
                and not _listed_with_a_body(e, by_mention)
                and not newspaper_title(e.name.lower().split())
                and not any(m.word_before in _BODY_PREPOSITIONS for m in e.mentions)
            )
            or _common_word_alone(e, related, by_mention)
        )
    }


def _common_word_alone(e: Entity, related: set[int], by_mention: dict[int, Entity]) -> bool:
    """ "Outreach is at the heart of what we do", a heading "Wellbeing": one word of
    ordinary English (written at least once in a million words: `is_common_word`),
    capitalised where any word may be (a sentence's start, a heading) or used as
    no verb's subject or object ("a talk on Wellbeing"; not "have thanked
    Lighthouse", "said that Beacon runs"), that the page never bears out as a
    body: in no relation it states, listed with no other body, never after "with",
    "from", "in", "at" or "by" ("a review by the Lighthouse", "a volunteer at
    Oasis": vocab/common_word_body_prepositions.txt). A word coined for a name
    ("Brightwave") and an acronym ("KFA") are left alone, and so is a body the page
    uses ("chief executive of Compass")."""
    word = e.name.removesuffix("'s").removesuffix("’s")
    return (
        len(e.name.split()) == 1
        and word.isalpha()
        and not word.isupper()
        and is_common_word(word)
        and all(m.opens_sentence or m.in_heading or not m.verb_argument for m in e.mentions)
        and id(e) not in related
        and not _listed_with_a_body(e, by_mention)
        and not any(m.word_before in _AGENT_PREPOSITIONS for m in e.mentions)
    )


def unsupported_reports(entities: list[Entity], related: set[int]) -> set[int]:
    """The `id()`s of the reports among `entities` that only the recogniser typed
    (its WORK_OF_ART or LAW: a course, "PhD", a stray word) and that no relation
    the page states has at an end: no head word ("... Report"), no quotation
    marks, no words around it ("published X") make them a document."""
    return {
        id(e)
        for e in entities
        if e.type == "Report" and only_recogniser(e) and id(e) not in related
    }


def _related_letters(e: Entity, related: set[int]) -> bool:
    """Letters written before a noun ("KFHA Chairman Cllr Jane Doe") that some
    relation the page states has at one end: the post is held there, so the
    letters name a body, not a topic ("the Westshire fire")."""
    return id(e) in related and any(w.isupper() and len(w) > 1 for w in e.name.split())


def _listed_with_a_body(e: Entity, by_mention: dict[int, Entity]) -> bool:
    """A mention of `e` is listed with another organisation's, nothing but commas
    and "and" between: "Macmillan, Rethink and Mind"."""
    for m in e.mentions:
        for o in m.listed_with:
            other = by_mention.get(o.id)
            if other is not None and other is not e and other.type == "Organisation":
                return True
    return False
