"""Resolving mentions into entities within one document.

"Cllr Doe" is Jane Doe, "Amy" is Amy Roe, "Acme" is
Acme CIC and "Better Towns" the report whose full title
starts with it, when the same document gives the full form. The entity is named
by its fullest form; the other forms become its aliases. When two forms name
one thing is `name_forms`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from collabgraph.extract.body_merges import merge_body_forms, merge_named_boards
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.entity_merges import Merges
from collabgraph.extract.entity_names import longer_form, name_entity
from collabgraph.extract.event_twins import merge_event_twins
from collabgraph.extract.joint_name_merges import merge_joint_area_halves
from collabgraph.extract.kind_evidence import (
    programmes_called_bodies,
    programmes_run_by_bodies,
    rounds_of_programmes,
)
from collabgraph.extract.launch_page_events import merge_launch_page_event
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions import Mention
from collabgraph.extract.name_evidence import retype
from collabgraph.extract.name_forms import (
    named_before,
    other_evidence,
    people_by_surname,
    said_of_a_person,
)
from collabgraph.extract.name_variant_merges import (
    merge_name_tails,
    merge_one_word_more,
    merge_possessive_plurals,
)
from collabgraph.extract.site_names import sites_named_as_bodies
from collabgraph.extract.trade_names import make_body, merge_short_bodies, shortened_body
from collabgraph.extract.written_dates import without_year
from collabgraph.model.names import name_key, split_title

_TEXT = attrgetter("text")
_TYPE_ORDER = ("Person", "Organisation", "Report", "Event", "Project", "Place")


@dataclass
class Entity:
    """One thing the document talks about, with every mention of it."""

    mentions: list[Mention]
    votes: Counter = field(default_factory=Counter)
    type: str | None = None
    name: str = ""
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    known_name: str | None = None
    lone_town: bool = False  # a one-word town found by its use alone (lone_towns.py)

    @property
    def first(self) -> int:
        return min(m.id for m in self.mentions)

    @property
    def date(self) -> str | None:
        """The date its first dated mention gives ("2031-06-03", "2031-06", "2031"), or None."""
        return next((m.date for m in self.mentions if m.date), None)

    def words(self) -> list[str]:
        """The words of the mention written with the most words (the first such)."""
        return list(max(map(_words_of, map(_TEXT, self.mentions)), key=len))

    def absorb(self, other: Entity, by_mention: dict, names: bool = True) -> None:
        """Fold `other` into this entity: its mentions (`by_mention`, mention id ->
        entity, updated to match) and, when `names`, its name and aliases as aliases.
        The caller drops `other` from its list."""
        self.mentions += other.mentions
        if names:
            self.aliases += [a for a in (other.name, *other.aliases) if a not in self.aliases]
        for m in other.mentions:
            by_mention[m.id] = self


@lru_cache(maxsize=65_536)
def _words_of(text: str) -> tuple[str, ...]:
    # the merges ask an entity's words again and again, of the same few texts
    return tuple(text.split())


def _after_opening_verb(e: Entity) -> str | None:
    """The name after an "-ing" word that opens every sentence the name is written
    in ("Leading Dalby has been ..." -> "Dalby"); None otherwise."""
    words = e.words()
    if len(words) < 2 or not words[0].lower().endswith("ing") or e.known_name:
        return None
    for m in e.mentions:
        if m.title or not m.sentence.lstrip("\"“‘'( ").startswith(m.surface):
            return None
    return " ".join(words[1:])


def _settle_type(entity: Entity, known: dict[str, tuple[str, str]]) -> None:
    for m in entity.mentions:
        hit = known.get(mention_key(m.text)) or known.get(name_key(m.text, "Organisation"))
        if hit:
            entity.type, entity.known_name = hit
            return
    votes = Counter()
    for m in entity.mentions:
        votes.update(m.votes)
        if m.title:
            votes["Person"] += 2
    entity.votes = votes
    if not votes:
        entity.type = None
        return
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], _TYPE_ORDER.index(kv[0])))
    entity.type = ranked[0][0] if ranked[0][1] > 0 else None


def _bare(text: str) -> list[str]:
    return split_title(text)[1].split()


def _first_and_last(person: Entity) -> set[str]:
    """The first and last words of a person's name, its title left off, case-folded
    (read anew each time: merging more mentions in may change its fullest form)."""
    words = _bare(" ".join(person.words()))
    return {words[0].casefold(), words[-1].casefold()}


def resolve_entities(ctx: DocumentContext) -> dict[int, Entity]:
    """Group the document's mentions into entities; returns mention id -> entity."""
    groups: dict[str, Entity] = {}
    for m in ctx.mentions:
        key = mention_key(m.text)
        if m.title:
            key = mention_key(split_title(m.text)[1]) or key
        groups.setdefault(key, Entity([])).mentions.append(m)
    entities = list(groups.values())
    for e in entities:
        _settle_type(e, ctx.known)
    retype(entities, ctx)
    sites_named_as_bodies(entities, ctx)
    programmes_called_bodies(entities)
    programmes_run_by_bodies(entities)

    merges = Merges()

    # "Mid Vale NHS Trust (MVHT)": the capitals in brackets are the name before them;
    # "(formerly the Ashby Trust)": an earlier name of the body named just before.
    by_id = {m.id: e for e in entities for m in e.mentions}
    for e in entities:
        for m in e.mentions:
            other = by_id.get(m.same_as) if m.same_as is not None else None
            if other is None and m.former_name:
                other = named_before(ctx, m, by_id)
            if other is not None and other is not e:
                merges.merge(e, other)
    people_by_surname(entities)
    people = [e for e in entities if e.type == "Person" and len(_bare(" ".join(e.words()))) >= 2]
    # Short names of people: "Amy", "Cllr Doe", "Lord Smith". The recogniser
    # often calls a lone first name or surname a place or an organisation; that
    # alone does not keep it from the person the document names in full.
    for e in entities:
        words = _bare(" ".join(e.words()))
        if len(words) != 1 or e in people:
            continue
        if e.type not in {"Person", None} and other_evidence(e) > 3 and not said_of_a_person(e):
            continue
        word = words[0].casefold()
        matches = [p for p in people if word in _first_and_last(p)]
        if len({id(merges.target(p)) for p in matches}) != 1:
            continue
        if shortened_body(_bare(" ".join(matches[0].words())), word, matches[0].mentions):
            make_body(e.mentions + matches[0].mentions)  # "Lindgren" of "Lindgren Foods"
        else:
            for m in e.mentions:  # what the recogniser said of the short form goes
                m.votes = Counter({"Person": m.votes.get("Person", 0)})
        merges.merge(e, matches[0])
    merge_short_bodies(entities, merges)  # "Quellmoor said" of "Quellmoor Events"
    # "Leading Dalby has been a delight": a verb opening the sentence is not part of
    # the name the document writes elsewhere without it.
    by_key = {mention_key(" ".join(e.words())): e for e in entities}
    for e in entities:
        rest = _after_opening_verb(e)
        other = by_key.get(mention_key(rest)) if rest else None
        if other is not None and other is not e and not merges.gone(e):
            for m in e.mentions:
                m.text = rest
            merges.merge(e, other)
    merge_possessive_plurals(entities, merges)
    merge_named_boards(entities, merges)
    merge_body_forms(entities, merges, ctx.sentences, ctx.candidates)
    merge_one_word_more(entities, merges)
    merge_name_tails(entities, merges)
    merge_joint_area_halves(entities, merges)
    # Titles: "Better Towns" is the report
    # "Better Towns: A Plan for Change".
    titled = [
        e for e in entities if e.type in {"Report", "Project", "Event"} and not merges.gone(e)
    ]
    for e in entities:
        if merges.gone(e):
            continue
        key = mention_key(" ".join(e.words()))
        for t in titled:
            full = mention_key(" ".join(t.words()))
            if t is not e and ":" in full and full.split(":", 1)[0].strip() == key:
                merges.merge(e, t)
                break
    # Launch events of one report are one event, however the report was named.
    launches: dict[int, Entity] = {}
    for e in entities:
        if merges.gone(e):
            continue
        for m in e.mentions:
            if m.synthetic == "launch" and m.about is not None:
                about = next(
                    (x for x in entities if any(am.id == m.about for am in x.mentions)), None
                )
                if about is None:
                    continue
                subject = merges.target(about)
                if id(subject) in launches:
                    merges.merge(e, launches[id(subject)])
                else:
                    launches[id(subject)] = merges.target(e)
                break
    merge_launch_page_event(entities, ctx, merges)  # "launched Bar at an evening event"
    merge_event_twins(entities, merges)  # the headline's "Climate Assembly", the body's
    # "Harvest Summit" is "Harvest Summit 2023" when the document has both, however
    # the dated one ended up named ("the Harvest Summit 2023" read as the page's event).
    dated = {}
    for e in entities:
        if merges.gone(e):
            continue
        for name in [" ".join(e.words()), *(m.surface for m in e.mentions)]:
            if without_year(name) != name:
                dated.setdefault(mention_key(without_year(name)), e)
    for e in entities:
        if merges.gone(e):
            continue
        other = dated.get(mention_key(" ".join(e.words())))
        if other is not None and other is not e:
            merges.merge(e, other)
    # "the Autumn Tenants Assembly 2025" further down is the page's event, read
    # in its headline as "Tenants Assembly 2025"
    written = {}
    for e in entities:
        for m in e.mentions:
            longer = longer_form(m.surface, m.text) if m.synthetic == "page event" else None
            if longer and not merges.gone(e):
                written.setdefault(mention_key(longer), e)
    for e in entities:
        other = written.get(mention_key(" ".join(e.words())))
        if other is not None and other is not e and not merges.gone(e):
            merges.merge(e, other)
    by_mention: dict[int, Entity] = {}
    finals: list[Entity] = []
    for e in entities:
        if merges.gone(e):
            continue
        _settle_type(e, ctx.known)
        finals.append(e)
    programmes_run_by_bodies(finals)  # a mention merged in outvotes no body's own words
    rounds_of_programmes(finals)  # "Foo Fund 2030" beside the programme "Foo Fund 2031"
    for e in finals:
        for m in e.mentions:
            by_mention[m.id] = e
    for e in finals:
        name_entity(e, ctx, by_mention)
    return by_mention
