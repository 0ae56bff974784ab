"""Programmes named after who runs them: the "Foo Building Society Neighbours
Fund" is run by Foo Building Society, a body the page names (`runners_in_names`);
"the Commissioner's Kelby Lanes Fund" by the one person the page names as that
commissioner (`holders_in_names`). Read once the page's entities are settled.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.model.names import name_key

# last words of a programme a body names after itself ("Foo Society Neighbours Fund")
_PROGRAMME_HEADS = vocab.words("programme_named_heads")


def runners_in_names(entities: list[Entity], by_mention: dict) -> list[tuple[Entity, Entity]]:
    """(organisation, programme) for each fund or programme whose name is a body's
    whole name the page gives, then more words ending in a programme's word ("Foo
    Building Society Neighbours Fund"); the body's name must end in a word only a
    body's name ends in ("... Society", "... Council": not "Kelby Lottery", a
    brand before "Neighbours Fund"). A programme read as an organisation is retyped
    Project, and the page's short form of it ("the Neighbours Fund") joins it:
    `entities` and `by_mention` change in place."""
    owners = {
        name_key(e.name): e
        for e in entities
        if e.type == "Organisation" and e.name.split()[-1].lower() in lx.STRONG_ORG_HEADS
    }
    out: list[tuple[Entity, Entity]] = []
    for e in entities:
        words = e.name.split()
        if e.type not in {"Organisation", "Project"} or words[-1].lower() not in _PROGRAMME_HEADS:
            continue
        for k in range(len(words) - 1, 0, -1):
            owner = owners.get(name_key(" ".join(words[:k])))
            if owner is not None and owner is not e:
                e.type = "Project"
                out.append((owner, e))
                _absorb(e, name_key(" ".join(words[k:])), entities, by_mention)
                break
    return out


def _absorb(programme: Entity, short: str, entities: list[Entity], by_mention: dict) -> None:
    """The entity named only with the programme's own words ("Neighbours Fund") is it."""
    other = next(
        (o for o in entities if o is not programme and name_key(o.name) == short
         and o.type in {"Organisation", "Project"}),
        None,
    )  # fmt: skip
    if other is None:
        return
    programme.absorb(other, by_mention)
    entities.remove(other)


# "the Commissioner's Kelby Lanes Fund": offices that name programmes (run_words.py)
_OFFICE_WORDS = vocab.words("programme_office_words")
_OFFICE_POSSESSIVE = re.compile(r"\b(\w+)['’]s\s")


def holders_in_names(entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    """(person, programme) for each programme named after an office ("the
    Commissioner's Kelby Lanes Fund", "the Mayor's Fenby Arts Scheme") and the one
    person the page names with that office right before or after the name
    ("Roads and Lanes Commissioner Jane Doe", "Jane Doe, Westshire's Roads and
    Lanes Commissioner,"): the holder runs it. None when several people hold it."""
    out: list[tuple[Entity, Entity]] = []
    people = [e for e in entities if e.type == "Person"]
    for e in entities:
        found = _OFFICE_POSSESSIVE.search(e.name) if e.type == "Project" else None
        if found is None or found.group(1).lower() not in _OFFICE_WORDS:
            continue
        office = found.group(1)
        holders = [p for p in people if any(_holds(m, office) for m in p.mentions)]
        if len(holders) == 1:
            out.append((holders[0], e))
    return out


def _holds(m, office: str) -> bool:
    """Whether the mention's sentence writes `office` as its post: right before
    the name ("Commissioner Jane Doe") or closing what follows the name's comma
    ("Jane Doe, Westshire's Roads and Lanes Commissioner")."""
    at = m.sentence.find(m.surface) if m.surface else -1
    if at < 0:
        return False
    before, after = m.sentence[:at].rstrip(), m.sentence[at + len(m.surface) :]
    if before.endswith(office) and before[: -len(office)][-1:] in {"", " "}:
        return True
    post = re.match(r"\s*,\s*([^,.;:()]*)", after)
    return post is not None and re.search(rf"\b{re.escape(office)}\b", post.group(1)) is not None
