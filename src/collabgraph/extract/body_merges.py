"""Short forms of bodies, merged into their full form.

"Acme" is "Acme CIC", "the ICB" is "Westshire Inclusive Care Board", "the
Taskforce" is "Dalby Volunteering Taskforce", "Brackenfield" is "Brackenfield
Housing Association", "the Foo Board of Trustees" is "Foo": each when only one
entity of the document fits. `coref` runs these in order, after the people's
short names, with `name_variant_merges` (one thing of any type written two
ways: "Harvest Futures" is "Harvest Futures Hackathon").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract import vocab
from collabgraph.extract.letter_merges import merge_letters_of_things
from collabgraph.extract.mentions.acronyms import (
    acronym_of,
    ends_in_letters,
    kind_letters,
    plural_written,
)
from collabgraph.extract.name_forms import (
    ends_with_head,
    head_word_alone,
    only_recogniser,
    short_form_of,
    written_as_town,
)
from collabgraph.model.names import name_key

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity
    from collabgraph.extract.entity_merges import Merges
    from collabgraph.extract.relation_candidates import Candidate


def merge_body_forms(
    entities: list[Entity], merges: Merges, sentences, candidates: list[Candidate]
) -> None:
    """Merge the short forms of bodies into the body they name, in order: a
    shorter name or acronym ("Acme" into "Acme CIC"), letters of one named
    thing of another kind ("RKI" of "Royal Kelby Infirmary": `letter_merges`,
    which reads the relations `candidates` state), letters of a kind ("the
    ICB"), a head word alone ("the Taskforce"), then a short form the name's
    words allow ("Brackenfield" into "Brackenfield Housing Association")."""
    orgs = [e for e in entities if e.type == "Organisation" and not merges.gone(e)]
    _shorter_names(entities, orgs, merges)
    merge_letters_of_things(entities, merges, candidates)
    _letters_inside(orgs, merges, sentences)
    _kind_letters(entities, orgs, merges, sentences)
    _letters_of_the_rest(entities, orgs, merges)
    _head_words(entities, orgs, merges)
    _short_forms(entities, merges)


def _shorter_names(entities: list[Entity], orgs: list[Entity], merges: Merges) -> None:
    """Short names of organisations: "Acme" / "Acme CIC", acronyms."""
    for e in entities:
        if merges.gone(e) or e.type not in {"Organisation", None}:
            continue
        text = " ".join(e.words())
        key = name_key(text, "Organisation")
        for o in orgs:
            if o is e:
                continue
            other = " ".join(o.words())
            if len(other) <= len(text):
                continue
            if name_key(other, "Organisation") == key or (acronym_of(text, other.split())):
                merges.merge(e, o)
                break


def _letters_inside(orgs: list[Entity], merges: Merges, sentences) -> None:
    """ "All Party Parliamentary Group (APPG) for Carers": a name written with its
    letters in brackets inside it, cut there by the finder, is the body whose full
    name runs on after the brackets ("All Party Parliamentary Group for Carers")."""
    text = None
    for e in orgs:
        letters = {m.text for m in e.mentions if m.text.isupper() and 2 <= len(m.text) <= 8}
        if merges.gone(e) or not letters:
            continue
        text = text if text is not None else " ".join(sentences)  # only when it may be needed
        short = " ".join(e.words())
        for o in orgs:
            long = " ".join(o.words())
            if o is e or not long.startswith(short + " "):
                continue
            rest = long[len(short) + 1 :]
            if any(f"{short} ({x}) {rest}" in text for x in letters):
                merges.merge(e, o)
                break


def _kind_letters(entities: list[Entity], orgs: list[Entity], merges: Merges, sentences) -> None:
    """ "the ICB" is "Westshire Inclusive Care Board" when only one body's last words
    fit; it stands for none on a page about many ("four more ICBs", "Dalby ICB"
    and "Ayton ICB")."""
    for e in entities:
        text = " ".join(e.words())
        if merges.gone(e) or not kind_letters(text):
            continue
        found = {
            id(merges.target(o)): o for o in orgs if o is not e and ends_in_letters(text, o.words())
        }
        found = _one_body_twice(text, found)
        if len(found) == 1:
            merges.merge(e, next(iter(found.values())))
        elif found or plural_written(text, sentences):
            for m in e.mentions:
                m.kind = True  # dropped unless it joins a named body


def _one_body_twice(letters: str, found: dict) -> dict:
    """The bodies `letters` may stand for, less a name that is the letters after
    words another one's name holds: "Kelby ICB" is "NHS Kelby Integrated Care
    Board" written short (a title's "Kelby ICB confirms ..."), so "the ICB" has one
    body to stand for, not two."""
    fuller = [o for o in found.values() if o.words()[-1] != letters]
    if len(fuller) != 1:
        return found
    words = {w.lower() for w in fuller[0].words()}
    short = [
        o
        for o in found.values()
        if o.words()[-1] == letters and {w.lower() for w in o.words()[:-1]} <= words
    ]
    if len(short) + 1 != len(found):
        return found
    return {k: o for k, o in found.items() if o is fuller[0]}


def _letters_of_the_rest(entities: list[Entity], orgs: list[Entity], merges: Merges) -> None:
    """ "LCDC" is "Kelby City Local Community Development Committee", "CSP" is "Kelby
    Community Safety Partnership": letters of a body's name past the place that opens
    it, when only one body's last words fit: three or more capitals (`acronym_of`
    checks the rest of an acronym's shape)."""
    for e in entities:
        text = " ".join(e.words())
        if merges.gone(e) or e.type not in {"Organisation", None} or kind_letters(text):
            continue
        if not (text.isupper() and len(text) >= 3):
            continue
        found = {
            id(merges.target(o)): o
            for o in orgs
            if o is not e
            and len(o.words()) > len(text)
            and acronym_of(text, o.words()[-len(text) :])  # not "NHS" of "Foo NHS"
        }
        if len(found) == 1:
            merges.merge(e, next(iter(found.values())))


def _head_words(entities: list[Entity], orgs: list[Entity], merges: Merges) -> None:
    """ "the Taskforce" is "Dalby Volunteering Taskforce" when only one body ends so;
    a head word alone stands for no body of its own."""
    for e in entities:
        word = head_word_alone(e) if not merges.gone(e) and e.type == "Organisation" else None
        if word:
            found = {
                id(merges.target(o)): o for o in orgs if o is not e and ends_with_head(o, word)
            }
            if len(found) == 1:
                merges.merge(e, next(iter(found.values())))
            else:
                for m in e.mentions:
                    m.kind = True


def _short_forms(entities: list[Entity], merges: Merges) -> None:
    """ "Brackenfield" is "Brackenfield Housing Association", "NHS Westshire CCG" is
    "NHS Westshire Clinical Commissioning Group", when only one body fits. Longer
    short forms go first, so "Kestrel" finds "Kestrel Group" already one with
    "Kestrel Housing Group"."""
    orgs = [(e, e.words()) for e in entities if e.type == "Organisation" and not merges.gone(e)]
    for e in sorted(entities, key=lambda e: -len(e.words())):
        words = e.words()
        if (
            merges.gone(e)
            or (
                e.type not in {"Organisation", None}
                and not only_recogniser(e)
                and not (e.type == "Place" and e.votes.get("Place", 0) <= 2)
                and not _body_said_by_person_name(e)
            )
            or (len(words) == 1 and words[0].isupper())
            or any(m.gazetteer for m in e.mentions)
            or (e.type in {"Place", None} and written_as_town(e))  # "into Fenby": the town
        ):
            continue
        found = {
            id(merges.target(o)): o
            for o, o_words in orgs
            if o is not e and short_form_of(words, o_words, body=e.type == "Organisation")
        }
        if len(found) == 1:
            merges.merge(e, next(iter(found.values())))


_BOARD_TAILS = [tuple(line.split()) for line in vocab.ordered("body_board_tails")]


def merge_named_boards(entities: list[Entity], merges: Merges) -> None:
    """ "the Kelby Alliance Board of Trustees" is "Kelby Alliance": a body's name
    and the words that name its board (`vocab/body_board_tails.txt`), when the
    page names that body alone too; a seat on its board is a seat at the body."""
    orgs = [e for e in entities if e.type == "Organisation"]
    keys = {id(e): [w.lower() for w in e.words() if w.lower() != "the"] for e in orgs}
    for e in orgs:
        words = keys[id(e)]
        tail = next((t for t in _BOARD_TAILS if words[-len(t) :] == list(t)), None)
        if tail is None or merges.gone(e) or len(words) <= len(tail):
            continue
        body = [o for o in orgs if o is not e and keys[id(o)] == words[: -len(tail)]]
        if len(body) == 1:  # named by the body's name: its board is no name of its own
            for m in e.mentions:
                m.text = " ".join(m.text.split()[: -len(tail)])
            merges.merge(e, body[0])


def _body_said_by_person_name(e: Entity) -> bool:
    """'Amy Lark' for 'Amy Lark Children's Hospice': a name that reads as a
    person's but that the words around it also make a body ("chief executive
    for Amy Lark"), never written with a title."""
    return (
        e.type == "Person"
        and e.votes.get("Organisation", 0) > 0
        and not any(m.title for m in e.mentions)
    )
