"""What the page says of a name that reads as a person's or not, beyond the
recogniser (`name_evidence.retype` settles the type with these):

- everyday English words with no given name ("Quiz Nights") are no person's
  name: the type the words around them, a relation or a head word gives, if any;
- one everyday English word or a given name alone ("Gardens", "Zara") is no
  body's name unless the page makes it one ("the chief executive of Mind");
- a given name and one more word ("Dana Hall") that the page goes on to write
  alone for a person ("Dana said") is that person's full name, not a hall.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from collabgraph.extract.mentions import head_kind
from collabgraph.extract.mentions.body_slots import BODY_SLOT_VOTES
from collabgraph.extract.mentions.common_words import everyday_word, ordinary_words
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.shape import ranked_name
from collabgraph.extract.mentions.tokens import SAINT_WORDS
from collabgraph.extract.mentions.votes import body_last_word_name
from collabgraph.model.vocabulary import RELATIONS

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.coref import Entity

# what the words around a name must vote for it to be a body ("chief executive of X"):
# one slot only a body fills (mentions/body_slots.py)
BODY_EVIDENCE = BODY_SLOT_VOTES
# what the parse must vote for a name to be a programme over what the recogniser said
# ("launched Hope Connects", "its scheme, X", "the X project")
PROGRAMME_EVIDENCE = 4


def recogniser_share(entity: Entity, kind: str) -> int:
    return sum(m.recogniser_votes(kind) for m in entity.mentions)


def context_votes(entity: Entity, kind: str) -> int:
    """Votes for `kind` from anything but the recogniser."""
    return sum(m.votes.get(kind, 0) for m in entity.mentions) - recogniser_share(entity, kind)


def _head_share(entity: Entity, words: list[str], kind: str) -> int:
    """The votes for `kind` the name's last word gave its mentions ("Hall": a
    place), so that only the words around it count ("held at Victoria Hall")."""
    head, weight = head_kind(words[-1].lower())
    return weight * len(entity.mentions) if head == kind else 0


def lone_first_names(entities: list[Entity]) -> Counter:
    """Given names the page writes alone for a person ("Dana said"), case-folded,
    with how many names of two words or more begin with each."""
    lone = {
        e.words()[0].casefold()
        for e in entities
        if e.type == "Person" and len(e.words()) == 1 and is_given_name(e.words()[0])
        and context_votes(e, "Person") > 0
    }  # fmt: skip
    starts = Counter(e.words()[0].casefold() for e in entities if len(e.words()) >= 2)
    return Counter({n: starts[n] for n in lone})


def full_name_of(entity: Entity, words: list[str], lone: Counter) -> bool:
    """'Dana Hall', read as a place, on a page that goes on to write "Dana said":
    a given name and one more word, the given name written alone for a person and
    beginning no other name of the page, the words around it making it neither a
    body nor a place ("held at Victoria Hall")."""
    return (
        len(words) == 2
        and lone.get(words[0].casefold()) == 1
        and words[1].isalpha()
        and words[1][:1].isupper()
        and not is_uk_place(words[1])
        and context_votes(entity, "Organisation") < BODY_EVIDENCE
        and context_votes(entity, "Place") <= _head_share(entity, words, "Place")
    )


def not_a_persons_name(entity: Entity, words: list[str], titled: set[str]) -> bool:
    """Everyday English words with no given name among them ("Quiz Nights",
    "Adult Learning"), never written with an honorific: no person's name, whatever
    the recogniser or a list of people around it said."""
    if any(m.title for m in entity.mentions) or not ordinary_words(words) or ranked_name(words):
        return False  # "Duchess of Westshire": everyday words, one person's name
    return not any(w.casefold() in titled for w in [*words, " ".join(words)])


def body_word_in_name(entity: Entity, words: list[str]) -> bool:
    """Three words or more, a body's head word after the first two ("Saint Ann's
    Hospice", "Ada Marlow Hospice Westshire"), never written with
    an honorific: a body named after a saint, a person or a place, not a person's
    name, whatever the recogniser said of its opening given name."""
    if len(words) < 3 or any(m.title for m in entity.mentions):
        return False
    return any(
        head_kind(w.lower().removesuffix("'s").removesuffix("’s"))
        in {("Organisation", 2), ("Organisation", 3)}
        for w in words[2:]
    )


def body_last_word(entity: Entity, words: list[str], titled: set[str]) -> bool:
    """'Kelby Larder', 'Orton Central PCN', 'the Dalby Gazette': a name ending in a
    word that ends bodies' names and is no surname (`votes.body_last_word_name`),
    never written with an honorific: a body, whatever the recogniser said of it."""
    if any(m.title for m in entity.mentions) or words[-1].casefold() in titled:
        return False
    return words[-1][:1].isupper() and body_last_word_name([w.lower() for w in words])


def saint_with_possessive(entity: Entity, words: list[str]) -> bool:
    """'Saint Aldric' cut from "Saint Aldric's" wherever the page writes it ("the
    board at Saint Aldric's", "Saint Aldric's volunteer"): a body or a place named
    after a saint, not a person, whatever the recogniser said of the given name."""
    written = [m for m in entity.mentions if m.synthetic is None]
    return (
        len(words) >= 2
        and words[0].lower().rstrip(".") in SAINT_WORDS
        and bool(written)
        and all(m.possessive_after and not m.title for m in written)
    )


def a_word_not_a_body(
    entity: Entity, words: list[str], ctx: DocumentContext, first_words: set[str]
) -> bool:
    """One everyday English word or a given name alone, called a body by the
    recogniser and its own head word only ("Gardens open on Sunday", "thanks to
    Zara"): never written as "the X" ("the Exchequer", "The Forge receives"), not
    the first word of a longer body's name on the page (`first_words`, case-folded:
    a short form, "Harbour" for "Harbour CIC"), not listed with other names
    ("help from Crisis and Northtown Advice"), nothing around it makes it a body,
    and no relation read has it as a funder, a partner or a publisher ("Mind's
    chief executive", "funded by Mind")."""
    return (
        len(words) == 1
        and words[0].casefold() not in first_words
        and not any(m.listed_with for m in entity.mentions)
        and not any(m.after_the for m in entity.mentions)
        and (everyday_word(words[0]) or is_given_name(words[0]))
        and context_votes(entity, "Organisation") - _head_share(entity, words, "Organisation")
        < BODY_EVIDENCE
        and not kinds_by_relations(entity, ctx)
    )


def named_kind(entity: Entity, words: list[str], ctx: DocumentContext) -> str | None:
    """What a name that is not a person's is, if the words around it, what it does
    or a head word in it say ("Volunteer Centre Kelby"; "Kelby Trust and Young Lives
    worked in partnership": a partner is a body): the kind with the most votes."""
    kinds = ("Organisation", "Project", "Event", "Place")
    votes = Counter({k: context_votes(entity, k) for k in kinds})
    votes.update(kinds_by_relations(entity, ctx))
    for w in words:
        kind, weight = head_kind(w.lower())
        if kind:
            votes[kind] += weight
    kind, best = max(votes.items(), key=lambda kv: kv[1])
    return kind if best > 0 else None


def kinds_by_relations(entity: Entity, ctx: DocumentContext) -> Counter:
    """Two votes for the one type other than a person's that a relation read of
    the name allows at its end (a partner, a funder, a publisher and a speaker
    that is no person are organisations)."""
    ids = {m.id for m in entity.mentions}
    votes: Counter = Counter()
    for c in ctx.candidates:
        rule = RELATIONS[c.relations[0]]
        for end, allowed in ((c.source, rule.sources), (c.target, rule.targets)):
            kinds = allowed - {"Person"}
            if end in ids and len(kinds) == 1:
                votes[next(iter(kinds))] += 2
    return votes
