"""What the whole document says a name is, once every sentence has been read.

The recogniser types each mention on its own and often calls a plain person's
name an organisation ("Dana Whitcombe joins the trust ..."), a one-word charity
a place ("the chief executive of Threshold"), or a brand a person. A reader
settles it from the rest of the page:

- a person: the page writes the surname or the full name with an honorific
  ("Ms Whitcombe said"), a he/she/his/her refers back to the name, or the
  context makes it a post-holder ("its new chair, Dana Whitcombe") — together
  with a first word that is a given name (`gender-guesser`'s list of about
  45,000 given names, one vote among the others), or two of them without;
- not a person: a name only the recogniser called a person, whose first word
  is no given name, that no honorific, pronoun or job title ever goes with
  ("Event Brite", "Labour Councillor"): the type the context gave it, if any;
- an organisation, not a place: a name only the recogniser called a place, in
  no gazetteer, that the words around it make a body ("the chief executive of
  Threshold", "the Threshold board").

`retype` changes the votes of the entity's mentions, so the type holds when
`coref` settles types again after merging.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.mentions import head_kind
from collabgraph.extract.mentions.event_venues import VENUE_VOTES
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.votes import name_votes
from collabgraph.extract.person_evidence import (
    BODY_EVIDENCE,
    PROGRAMME_EVIDENCE,
    a_word_not_a_body,
    body_last_word,
    body_word_in_name,
    full_name_of,
    kinds_by_relations,
    lone_first_names,
    named_kind,
    not_a_persons_name,
    saint_with_possessive,
)
from collabgraph.extract.person_evidence import context_votes as _context_votes
from collabgraph.extract.place_last_names import ends_in_a_place, page_places
from collabgraph.model.names import split_title

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.coref import Entity

_CONNECTORS = {"of", "for", "and", "&", "the", "in", "on", "at", "to"}
_NATIONS = vocab.words("name_nations")
_OWNED_HEADS = vocab.words("owned_programme_heads")
# what the words around a name with no head word must vote for it to be a programme the
# recogniser called a body: one phrase saying what it is ("X, a three-year programme")
DESCRIBED_PROGRAMME = 3
_STRONG_HEAD = 3  # name_votes for a body from a word that makes a name one ("Department")
# what the words around a name must vote for it to be a body the recogniser called a
# place: a job held there ("chief executive of X"), not only "Ann Lee of X"
_PRONOUN_SUBJECT = re.compile(r"^\W*(he|she|his|her)\b", re.IGNORECASE)
_PRONOUN_ANY = re.compile(r"\b(he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)


def _not_a_name_word(words: list[str]) -> bool:
    """A word no person's name has: a style after the first word ("Westmoor
    Cllr"), an acronym among other words ("BBC Children"), a place first ("Dalby
    Community Link")."""
    return (
        any(w.lower() in lx.HONORIFICS for w in words[1:])
        or (any(w.isupper() and len(w) >= 2 for w in words) and not all(w.isupper() for w in words))
        or is_uk_place(words[0])
    )


def person_shaped(words: list[str]) -> bool:
    """Two or three capitalised words, none a name's head word ("Trust",
    "Festival"), a connector or a nation: the shape of "Dana Whitcombe"."""
    return (
        2 <= len(words) <= 3
        and all(
            w[:1].isupper() and w.replace("'", "").replace("’", "").replace("-", "").isalpha()
            for w in words
        )
        and not any(w.lower() in _CONNECTORS or w.lower() in _NATIONS for w in words)
        and not any(head_kind(w.lower())[0] for w in words)
    )


def _a_job(words: list[str]) -> bool:
    """A job or an office, not a name: capitalised words ending in a job word
    ("Labour Councillor", "Data Protection Officer")."""
    return (
        len(words) >= 2
        and words[-1].lower() in lx.ROLE_CORE
        and not any(is_given_name(w) for w in words[:-1])  # "Sarah Champion", "Amy Weaver"
    )


def _programme_named_as_body(entity: Entity, words: list[str]) -> bool:
    """A fund or a service ("... Fund") the words around it make a programme
    (`mentions.programme_votes`), or a name with no head word a phrase says is one
    ("Steady Steps, the falls-prevention programme run by ...": one vote of
    `mentions.type_noun_votes` or more), that nothing on the page makes a body: no
    votes for an organisation but the recogniser's and the head word's."""
    last = words[-1].lower()
    head = name_votes([w.lower() for w in words]).get("Organisation", 0)
    if last in _OWNED_HEADS:
        if _context_votes(entity, "Project") <= 0:
            return False
    elif _context_votes(entity, "Project") < DESCRIBED_PROGRAMME:
        return False
    else:
        kind = head_kind(last)[0]
        # no body's word, or a weak one ("Kelby Connect", "Fenby Together"); not
        # "Department for Skills", "Friends of Foo", "Foo Pantry" (a body or a project)
        if head >= _STRONG_HEAD or kind not in {None, "Organisation"} or _body_word(words):
            return False
    return _context_votes(entity, "Organisation") <= head * len(entity.mentions)


def _body_word(words: list[str]) -> bool:
    """A word that makes a name a body's wherever it stands ("Foo Museum & Art Gallery")."""
    for w in words:
        kind, weight = head_kind(w.lower())
        if kind == "Organisation" and weight >= _STRONG_HEAD:
            return True
    return False


def _venue_of_an_event(entity: Entity, words: list[str], ctx: DocumentContext) -> bool:
    """A name the page says an event was held at ("took place at the Old Mill
    College", `mentions.event_venues.event_venue`) that nothing else makes a body: no
    votes for an organisation but the recogniser's and the head word's, and no
    relation read that only a body can have (a host, an employer: "held at Dale
    University ... director at Dale University")."""
    if kinds_by_relations(entity, ctx).get("Organisation"):
        return False
    heads = name_votes([w.lower() for w in words])
    n = len(entity.mentions)
    if _context_votes(entity, "Place") - heads.get("Place", 0) * n < VENUE_VOTES:
        return False  # "Dale Centre": the head word's own votes are not where it was
    return _context_votes(entity, "Organisation") <= heads.get("Organisation", 0) * n


def _titled_forms(entities: list[Entity]) -> set[str]:
    """Bare names the page writes with an honorific ("Ms Whitcombe" -> "whitcombe")
    or that the words around them make a person's, case-folded."""
    forms = set()
    for e in entities:
        for m in e.mentions:
            bare = split_title(m.text)[1].casefold()
            if m.title:
                forms.add(bare)
            elif (
                len(bare.split()) == 1
                and m.votes.get("Person", 0)
                - (m.ner_vote[1] if m.ner_vote and m.ner_vote[0] == "Person" else 0)
                >= 3
            ):
                forms.add(bare)  # "Whitcombe said", "as Whitcombe put it"
    return forms


def _pronoun_follows(entity: Entity, ctx: DocumentContext, person_sents: Counter) -> bool:
    """A he/she/his/her refers back to the name: later in a sentence that names no
    other person, or opening the next sentence."""
    for m in entity.mentions:
        if person_sents[m.sent] > 0:
            continue  # another person in the sentence could be meant
        rest = m.sentence.split(m.surface or m.text, 1)[-1] if m.sentence else ""
        if _PRONOUN_ANY.search(rest):
            return True
        following = ctx.sentences[m.sent + 1] if m.sent + 1 < len(ctx.sentences) else ""
        if _PRONOUN_SUBJECT.match(following):
            return True
    return False


def titled_surnames(docs) -> frozenset[str]:
    """The words the page writes right after an honorific ("Ms Whitcombe said",
    "Dr Patel"), case-folded: read before the sentences, so a name typed while
    reading ("Dana Whitcombe joins ...") already knows it belongs to a person."""
    found = set()
    for doc in docs:
        lows = lower_forms(doc)
        for i in range(len(lows) - 1):
            if lows[i].rstrip(".") in lx.HONORIFICS and doc[i].text[:1].isupper():
                nxt = doc[i + 1]
                if nxt.text[:1].isupper() and nxt.is_alpha:
                    found.add(nxt.lower_)
    return frozenset(found)


def said_to_be_a_person(text: str, surnames: frozenset[str]) -> bool:
    """A person-shaped name with a given name whose surname the page writes with
    an honorific ("Dana Whitcombe" when it says "Ms Whitcombe")."""
    words = split_title(text)[1].split()
    return (
        bool(words)
        and words[-1].lower() in surnames
        and person_shaped(words)
        and any(is_given_name(w) for w in words[:-1])
    )


def _set_votes(entity: Entity, kind: str | None) -> None:
    for m in entity.mentions:
        m.votes = Counter({kind: 2}) if kind else Counter()
    entity.type = kind


def retype(entities: list[Entity], ctx: DocumentContext) -> None:
    """Settle person / organisation / place types from the whole document (see the
    module docstring); changes `entities` in place."""
    titled = _titled_forms(entities)
    person_sents: Counter = Counter()
    for e in entities:
        if e.type == "Person":
            person_sents.update({m.sent for m in e.mentions})
    # the words of the people's names the page gives in full, and names said with a title
    name_parts = set(titled)
    for e in entities:
        words = split_title(" ".join(e.words()))[1].split()
        if e.type == "Person" and len(words) >= 2:
            name_parts.update(w.casefold() for w in words)
    lone = lone_first_names(entities)
    places = page_places(entities)
    body_starts = {
        e.words()[0].casefold() for e in entities if e.type == "Organisation" and len(e.words()) > 1
    }
    for e in entities:
        if e.known_name or any(m.gazetteer for m in e.mentions):
            continue
        words = split_title(" ".join(e.words()))[1].split()
        if e.type in {"Place", "Organisation"} and full_name_of(e, words, lone):
            _set_votes(e, "Person")  # "Dana Hall ... Dana said": not a hall
            continue
        # "the Link Worker project": a job's words before a programme's noun name it
        called_programme = e.type == "Project" and any(m.noun_after for m in e.mentions)
        if _a_job(words) and not any(m.title for m in e.mentions) and not called_programme:
            if e.type != "Organisation" or _context_votes(e, "Organisation") < 4:
                _set_votes(e, None)  # "Labour Councillor", "Data Protection Officer"
            continue
        if e.type == "Person" and body_word_in_name(e, words):
            _set_votes(e, named_kind(e, words, ctx))  # "Kelby Lab Dalby", "Saint Ann's Hospice"
            continue
        if e.type == "Person" and ends_in_a_place(e, words, places, entities):
            _set_votes(e, named_kind(e, words, ctx) or "Organisation")  # "Age Well Dalby"
            continue
        if e.type == "Person" and body_last_word(e, words, titled):
            _set_votes(e, "Organisation")  # "Kelby Larder", "Orton Central PCN"
            continue
        if e.type == "Person" and saint_with_possessive(e, words):
            _set_votes(e, named_kind(e, words, ctx) or "Organisation")  # "at Saint Aldric's"
            continue
        if e.type == "Person" and not_a_persons_name(e, words, titled):
            _set_votes(e, named_kind(e, words, ctx))  # "Quiz Nights", "Sustainable Westshire"
            continue
        if len(words) == 1 and e.type == "Person" and words[0].casefold() not in name_parts:
            if _context_votes(e, "Person") <= 0 and _context_votes(e, "Organisation") >= 3:
                _set_votes(e, "Organisation")  # "the chief executive of Threshold"
            continue
        if e.type == "Organisation" and a_word_not_a_body(e, words, ctx, body_starts):
            _set_votes(e, None)  # "Gardens", "Community", "Zara": a word, not a body
            continue
        if e.type == "Organisation" and _programme_named_as_body(e, words):
            _set_votes(e, "Project")  # "the youth strand of the Bridges Fund"
            continue
        if e.type == "Organisation" and _venue_of_an_event(e, words, ctx):
            _set_votes(e, "Place")  # "took place at the Old Mill College"
            continue
        if (
            e.type == "Place"
            and _context_votes(e, "Place") <= 0
            and _context_votes(e, "Organisation") >= BODY_EVIDENCE
        ):
            _set_votes(e, "Organisation")  # "the chief executive of Threshold"
            continue
        if not person_shaped(words):
            continue
        own = Counter({m.sent for m in e.mentions})
        others = person_sents - own if e.type == "Person" else person_sents
        given = any(is_given_name(w) for w in words[:-1])  # "Croat Alen Boksic"
        said = " ".join(words).casefold() in titled or any(w.casefold() in titled for w in words)
        pronoun = _pronoun_follows(e, ctx, others)
        context = _context_votes(e, "Person") > 0 or any(m.title for m in e.mentions)
        if e.type != "Person":
            if _context_votes(e, "Organisation") >= 4 and not said:
                continue
            if any(w.isupper() for w in words):
                continue  # an acronym: "BBC Children"
            if (given and (said or pronoun or context)) or (pronoun and (said or context)):
                _set_votes(e, "Person")
        elif (
            not (said or pronoun or context) and _context_votes(e, "Project") >= PROGRAMME_EVIDENCE
        ):
            _set_votes(e, "Project")  # "launched Hope Connects, which ...": no one's name
        elif not (given or said or pronoun or context):
            others_votes = {
                k: _context_votes(e, k) for k in ("Organisation", "Project", "Event", "Place")
            }
            best = max(others_votes, key=lambda k: others_votes[k])
            if others_votes[best] > 0:
                _set_votes(e, best)
            elif _not_a_name_word(words):
                _set_votes(e, None)
