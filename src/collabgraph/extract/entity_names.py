"""What an entity is called: its name and aliases from the forms its mentions
take ("Launch of <report>" for a launch; the fullest form otherwise), the short
title of a report, the place a council is named after.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.lexicon import DOMAIN_WORDS
from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.lower_tails import ALIAS_TAILS
from collabgraph.extract.mentions.tokens import SAINT_WORDS
from collabgraph.extract.name_forms import head_type, shouting, unshout
from collabgraph.model.names import name_key, split_title

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity


_HEADED_KINDS = {"Report", "Project", "Place", "Organisation"}
_NATIONS = vocab.words("name_nations")  # "Carers Voice UK": a body named for its nation


def _common_headed(title: str) -> bool:
    """Whether a name ends in a common noun of a kind ("Foo Strategy", "Foo Review",
    "Foo Centre"), so that it takes "the" in running text; a title does not ("Hungry
    for Change")."""
    words = title.split()
    if not words or words[0].lower() == "the":
        return False
    return head_type(words[-1].lower()) in _HEADED_KINDS


def _titled_with_the(e: Entity) -> bool:
    """Whether the page writes the report's or project's title with a capital "The"
    of its own ("“The Foo Ledger”", "The State of Foo 2025"), not a sentence's "the"."""
    return e.type in {"Report", "Project"} and any(
        m.surface.startswith("The ") and m.surface[4:] == m.text for m in e.mentions
    )


def name_entity(e: Entity, ctx: DocumentContext, by_mention: dict[int, Entity]) -> None:
    launches = [m for m in e.mentions if m.synthetic == "launch" and m.about is not None]
    if launches:
        subject = by_mention.get(launches[0].about)
        if subject is not None:
            if not subject.name:
                name_entity(subject, ctx, by_mention)
            title = short_title(subject.name)
            e.name, e.aliases = f"Launch of {title}", []
            if _common_headed(title):  # "Launch of the Foo Strategy" ("Foo Strategy" too)
                e.name, e.aliases = f"Launch of the {title}", [e.name]
            if title != subject.name:  # "Launch of Foo: A Guide to Bar" names it too
                e.aliases.append(f"Launch of {subject.name}")
            if _titled_with_the(subject):  # "“The Foo Ledger”": the title's own "The"
                e.aliases.append(f"Launch of The {title}")
            return
    if e.known_name:
        e.name = e.known_name
    forms = [m.text for m in e.mentions if m.synthetic in {None, "page event"}] or [
        m.text for m in e.mentions
    ]
    # "the Spring Carers Forum 2024" read as the page's event "Carers Forum 2024":
    # the page writes its name in full
    forms += [
        longer
        for m in e.mentions
        if m.synthetic == "page event" and (longer := longer_form(m.surface, m.text))
    ]
    titles = Counter(m.title for m in e.mentions if m.title)
    if e.type == "Person":
        bare = [split_title(f)[1] for f in forms]
        if not e.name:
            e.name = unshout(
                max(bare, key=lambda b: (len(b.split()), len(b), -shouting(b))), person=True
            )
        e.title = titles.most_common(1)[0][0] if titles else None
        surfaces = [f"{m.title} {m.text}" if m.title else m.text for m in e.mentions]
    else:
        if not e.name:
            counts = Counter(forms)
            e.name = unshout(
                max(forms, key=lambda f: (len(f.split()), counts[f], len(f), -shouting(f)))
            )
            if e.type == "Organisation":
                e.name = re.sub(r"(?i)^the\s+", "", e.name)
                if _possessive_in_name(e):
                    e.name += "'s"
        surfaces = forms + [m.surface for m in e.mentions if m.surface.lower().startswith("the ")]
    surfaces += [a for m in e.mentions for a in ctx.aliases.get(m.id, ())]
    if e.type == "Project":  # "the Foo project": the page's fuller form, an alias
        surfaces += [f"{m.text} {m.noun_after}" for m in e.mentions if m.noun_after]
    if e.type == "Place":  # "the Westfield estate": the place called so too
        surfaces += [f"{m.text} {m.noun_after}" for m in e.mentions if m.noun_after in ALIAS_TAILS]
    seen = {name_key(e.name)}
    aliases = []
    for s in surfaces:
        s = " ".join(s.replace("’", "'").split())
        if e.type not in {"Organisation"} and s.lower().startswith("the "):
            continue
        if name_key(s) not in seen:
            seen.add(name_key(s))
            aliases.append(s)
    e.aliases = aliases


def _possessive_in_name(e: Entity) -> bool:
    """'St Aidan's' the page never writes without its "'s": a saint's name, or a
    name written twice or more with no body's head word, that every mention of
    the body is written with "'s" after (the mention finder cuts it off); or a
    name with no head word written with an "'s" that owns no noun after it
    ("Orley's, Kelby Aid and Dalby Trust")."""
    written = [m for m in e.mentions if m.synthetic is None]
    words = e.name.split()
    if not written or len(words) > 3:
        return False
    if len(words) > 1 and (words[-1].lower() in _NATIONS or _letters(words[-1])):
        return False  # "Carers Voice UK's", "Dalby CVS's": a body's own "'s", not its name's
    if any(m.possessive_alone for m in written) and head_type(words[-1].lower()) is None:
        return True  # "Orley's, Kelby Aid and Dalby Trust": the "'s" owns nothing
    if not all(m.possessive_after for m in written):
        return False
    if words[0].lower() in SAINT_WORDS and len(words) > 1:
        return True
    return len(written) >= 2 and head_type(words[-1].lower()) is None


def _letters(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


def longer_form(surface: str, name: str) -> str | None:
    """'Spring Carers Forum 2024' for 'Carers Forum 2024': the name with
    capitalised words before it (not "the"); None otherwise."""
    surface = re.sub(r"(?i)^the\s+", "", surface.strip())
    head = surface[: len(surface) - len(name)].split()
    if head and surface.endswith(" " + name) and all(w[:1].isupper() for w in head):
        return surface
    return None


def short_title(name: str) -> str:
    """The part of a title before its subtitle."""
    head = name.split(":", 1)[0].strip()
    return head or name


_COUNCIL_NAME = re.compile(
    r"^(?:the\s+)?(?:%s)\s+(.+?)(?:\s+Council)?$"
    r"|^(?:the\s+)?(.+?)\s+(?:%s)?\s*Council$"
    % (
        "|".join(map(re.escape, vocab.ordered("council_prefixes"))),
        "|".join(map(re.escape, vocab.ordered("council_kinds"))),
    ),
    re.I,
)


_JOINS = vocab.words("name_connectors")  # "Kelby and Dale", "Isle of Kelby"
_KNOWN_PLACE_KINDS = vocab.words("council_kinds_of_known_places")


def local_council(name: str) -> bool:
    """Whether a body's name is a local council's, an authority whose posts are work
    (corpus/GOLD.md): a place's council (`council_place`), or a name ending in
    "Council" with no field-of-work word before it ("Medical Research Council",
    "Rural Housing Council", "National Council": a body with a board, not an
    authority)."""
    words = name.lower().split()
    if words[-1:] != ["council"]:
        return False
    return council_place(name) is not None or not any(w in DOMAIN_WORDS for w in words[:-1])


def council_place(name: str) -> str | None:
    """The place a council is named after: 'Northtown Borough Council' -> 'Northtown',
    'Tamworth Council' -> 'Tamworth'; None for a body that is not a place's council."""
    m = _COUNCIL_NAME.match(name)
    if not m:
        return None
    place = (m.group(1) or m.group(2) or "").strip()
    if not place or not place[0].isupper():
        return None
    # "Crieff Community Council": a kind that is also a field word names a place's
    # council when the words before it are a known place
    head, _, kind = place.rpartition(" ")
    if kind.lower() in _KNOWN_PLACE_KINDS and is_uk_place(head):
        return head
    # "Westmoor Rural Community Council", "Dalby Youth Council": a body named for
    # what it does, not for a place alone
    # ("Ashby Magna Parish Council": a place's own word, "magna", is no such head)
    words = [w.lower() for w in place.split() if w.lower() not in _JOINS]
    if any(w in DOMAIN_WORDS or head_type(w) not in (None, "Place") for w in words):
        return None
    # a bare "<X> Council" is a place's council only when X is a known place, not
    # "British Council", "Parish Council"; a kind ("Borough", "City") or "London
    # Borough of" says so itself
    if name_key(name) == name_key(f"{place} Council") and not is_uk_place(place):
        return place if _named_like_place(place) else None
    return place


_PLACE_TAILS = vocab.words("place_name_tails")
_COMPASS = vocab.words("place_compass")


def _named_like_place(place: str) -> bool:
    """Whether an unknown name before a bare "Council" reads as a town's: its first
    word (after a compass word: "West Fenby", `vocab/place_compass.txt`) no
    everyday English ("Fenby", "Corby Vale": `is_common_word`; not
    "Scottish", "Refugee", "One"), nor an acronym ("NCVO Council": a charity's
    board), each later word such a word too or one that closes a place's name
    (`vocab/place_name_tails.txt`); at most three words."""
    words = place.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if len(words) > 1 and words[0].lower() in _COMPASS:
        words = words[1:]  # "West Lothmuir Council": a compass word before a town's name
    if not words[0].isalpha() or is_common_word(words[0]):
        return False
    return all(w.lower() in _PLACE_TAILS or not is_common_word(w) for w in words[1:])
