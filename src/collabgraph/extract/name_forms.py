"""When two forms name one thing, and how a name is best written.

"Brackenfield" is "Brackenfield Housing Association", "NHS Westshire CCG" is
"NHS Westshire Clinical Commissioning Group", "Tarvell" is "Simon Tarvell" even
when the recogniser called the short form a place; "JANE ASHWORTH" is written
"Jane Ashworth". `coref` groups mentions into entities with these tests.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention, head_kind
from collabgraph.extract.mentions.acronyms import CONNECTORS, acronym_of
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.run_words import without_tail

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.coref import Entity

_POSSESSIVE_NOUNS = vocab.words("name_possessive_nouns")
_THE = re.compile(r"^the\s+", re.I)
_COUNCIL_KINDS = {w.lower() for k in vocab.ordered("council_kinds") for w in k.split()}


def named_before(ctx: DocumentContext, m: Mention, by_id: dict[int, Entity]) -> Entity | None:
    """The organisation named last before mention m, within two sentences."""
    for other in reversed(ctx.mentions[: m.id]):
        if other.sent < m.sent - 2 or other.section != m.section:
            return None
        e = by_id.get(other.id)
        if e is not None and e.type == "Organisation":
            return e
    return None


def said_of_a_person(entity: Entity) -> bool:
    """Some mention of a one-word name reads as a person's ("Charlton said", "Mr
    Charlton"), whatever a gazetteer says of the word."""
    return any(
        m.title or (m.votes.get("Person", 0) >= 2 and not m.gazetteer) for m in entity.mentions
    ) or any(m.ner_vote and m.ner_vote[0] == "Person" for m in entity.mentions)


def people_by_surname(entities: list[Entity]) -> None:
    """'Davor Sukic' is the person 'Sukic' the document names alone, though the
    recogniser called the full name an organisation (and nothing else did)."""
    surnames = {
        e.words()[0].casefold() for e in entities if e.type == "Person" and len(e.words()) == 1
    }
    for e in entities:
        words = e.words()
        if (
            e.type not in {"Person", None}
            and 2 <= len(words) <= 3
            and words[-1].casefold() in surnames
            and head_type(words[-1].casefold()) is None
            and only_recogniser(e)
            and all(w[:1].isupper() for w in words)
        ):
            e.type = "Person"
            for m in e.mentions:
                m.votes = Counter({"Person": 2})


def other_evidence(entity: Entity) -> int:
    """Votes for types other than Person, leaving out the recogniser's; a name in
    the place gazetteer counts as strong evidence."""
    if any(m.gazetteer for m in entity.mentions):
        return 10
    votes = sum(v for k, v in entity.votes.items() if k != "Person")
    ner = sum(m.ner_vote[1] for m in entity.mentions if m.ner_vote and m.ner_vote[0] != "Person")
    return votes - ner


def only_recogniser(entity: Entity) -> bool:
    """True when the recogniser alone gave the entity its type."""
    ner = sum(m.ner_vote[1] for m in entity.mentions if m.ner_vote)
    return not entity.known_name and sum(entity.votes.values()) <= ner


def head_type(word: str) -> str | None:
    return head_kind(word)[0]


def _word_key(word: str) -> str:
    return word.casefold().replace("’", "'").removesuffix("'s")


def short_form_of(short: list[str], long: list[str], *, body: bool = False) -> bool:
    """'Brackenfield' of 'Brackenfield Housing Association' (the words the long
    one adds are all a body's head words: not 'Ashby Vale Society' of
    'Ashby Vale Society Grants Fund'); 'the Heritage Board' of 'Heritage Board
    Kendal' (a name ending in a body's head word, the long one adds a place);
    'NHS Westshire CCG' of 'NHS Westshire Clinical Commissioning Group' (an
    acronym of the words it stands for); 'Westshire Hospitals Trust' of
    'Westshire Hospitals NHS Trust' (the "NHS" left out); when the short form is
    already read as a `body`, 'Brindle' of 'Brindle Cancer Support' (a coined word
    opening the name, the name not that word and a place)."""
    s, full = [_word_key(w) for w in short], without_tail([_word_key(w) for w in long])
    if len(s) >= 2 and "nhs" in full[1:] and [w for w in full if w != "nhs"] == s:
        return True  # "Westshire Hospitals Trust" of "Westshire Hospitals NHS Trust"
    if len(s) < len(full) and full[: len(s)] == s:
        headed = head_type(s[-1]) == "Organisation" or s[-1] in lx.STRONG_ORG_HEADS
        named_for_place = is_uk_place(short[-1])  # "University of Foo" + "Bar": a site
        if (headed or (len(s) >= 2 and not named_for_place)) and is_uk_place(
            " ".join(long[len(s) :])
        ):
            # "the Heritage Board" of "Heritage Board Kendal": the place left off; also
            # a head a venue may end in ("the Volunteer Centre" of "Volunteer Centre Kendal"),
            # or two words or more ("Kelby Care" of "Kelby Care Central Kendal")
            return True
        added = full[len(s) :]
        if body and len(s) == 1 and _coined_word(short[0]) and not is_uk_place(" ".join(long[1:])):
            return True  # "Brindle" of "Brindle Cancer Support", "Brindle Orchestra"
        if all(
            head_type(w) in {"Organisation", "Project"} or w in _POSSESSIVE_NOUNS for w in added
        ):
            return True
        # "Silver Kites" of "Silver Kites Music and Drama Club": the fields of
        # its work and a body's head word after them (not "Kelby Society" of
        # "Kelby Society Health and Wellbeing Alliance", a body of its own)
        return (
            len(added) >= 2
            and head_type(s[-1]) != "Organisation"
            and head_type(added[-1]) == "Organisation"
            and added[0] in lx.DOMAIN_WORDS
            and all(w in lx.DOMAIN_WORDS or w in {"and", "&"} for w in added[:-1])
        )
    if len(s) == len(full) >= 3:
        # one word written once in the plural by mistake ("NHS Foundations Trust"),
        # or "for" written "of" ("Community Foundation of Kelby")
        differ = [(a, b) for a, b in zip(s, full, strict=True) if a != b]
        return len(differ) == 1 and (
            differ[0][0] + "s" == differ[0][1]
            or differ[0][1] + "s" == differ[0][0]
            or set(differ[0]) == {"of", "for"}
        )
    if _fields_left_out(s, full) or _council_kind_left_out(s, full):
        return True
    return _letters_for_last_words(short, long)


def _council_kind_left_out(s: list[str], full: list[str]) -> bool:
    """'Kelby Council' of 'Kelby District Council': a place's council with its kind
    ("Borough", "City", "District": `vocab/council_kinds.txt`) left out."""
    if len(s) < 2 or s[-1] != "council" or full[-1:] != ["council"] or len(full) <= len(s):
        return False
    added = full[len(s) - 1 : -1]
    return full[: len(s) - 1] == s[:-1] and all(w in _COUNCIL_KINDS for w in added)


def _coined_word(word: str) -> bool:
    """ "Brindle", "Orvano": one word of a name that is no everyday English word,
    no UK place and no body's head word, so it names the body alone when a longer
    name opens with it (a word like "Transformation" or "Kelby" opens many)."""
    return (
        word.isalpha()
        and not everyday_word(word)
        and not is_uk_place(word)
        and head_type(word.casefold()) is None
    )


def _fields_left_out(s: list[str], full: list[str]) -> bool:
    """'Kestrel Group' of 'Kestrel Housing Group': the same first words and the same
    body's head word, the long name adding only the fields of its work between."""
    middle = full[len(s) - 1 : -1]
    return (
        len(s) >= 2
        and len(full) > len(s)
        and full[: len(s) - 1] == s[:-1]
        and full[-1] == s[-1]
        and head_type(s[-1]) == "Organisation"
        and middle[0] in lx.DOMAIN_WORDS
        and all(w in lx.DOMAIN_WORDS or w in {"and", "&"} for w in middle)
    )


def _letters_for_last_words(short: list[str], long: list[str]) -> bool:
    """'NHS Westshire CCG' of 'NHS Westshire Clinical Commissioning Group': the
    same first words and the initials of the rest, or the rest's own letters
    ('Westshire CCG' of 'NHS Westshire CCG'); the long name's opening "NHS" may be
    left out ('Westshire CCG' of 'NHS Westshire Clinical Commissioning Group')."""
    acronym = short[-1]
    if len(short) < 2 or not acronym.isupper() or len(acronym) < 2:
        return False
    s = [_word_key(w) for w in short[:-1]]
    for words in (long, long[1:] if _word_key(long[0]) == "nhs" and s[0] != "nhs" else None):
        if words and [_word_key(w) for w in words[: len(s)]] == s and len(words) > len(s):
            rest = words[len(s) :]
            if acronym_of(acronym, rest) or [w.upper() for w in rest] == [acronym]:
                return True
    return False


_BODY_HEADS = vocab.words("body_heads")


def head_word_alone(entity: Entity) -> str | None:
    """'the Taskforce', 'the Hospice': a body's head word standing alone, written
    after "the" at least once, the lower-case word; None for any other name
    ("Mind" is never written "the Mind")."""
    words = entity.words()
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return None
    word = _word_key(words[0])
    if head_type(word) != "Organisation" and word not in _BODY_HEADS:
        return None
    if not any(m.after_the for m in entity.mentions):
        return None
    return word


def ends_with_head(entity: Entity, word: str) -> bool:
    """Whether a name of two words or more ends in the head word `word` as
    `head_word_alone` gives it ("Dalby Volunteering Taskforce" for "taskforce")."""
    words = entity.words()
    return len(words) > 1 and _word_key(words[-1]) == word


def shouting(text: str) -> int:
    """How many words of four letters or more are written in capitals."""
    return sum(1 for w in text.split() if len(w) > 3 and w.isupper())


def without_the(name: str) -> str:
    """A name as a line writes it without its opening "the" ("The Foo Trust" ->
    "Foo Trust"), any case of the word."""
    return _THE.sub("", name)


def unshout(name: str, *, person: bool = False) -> str:
    """'JANE ASHWORTH' -> 'Jane Ashworth', 'NHS WESTSHIRE ICB' -> 'NHS Westshire
    ICB': a name written all in capitals (a heading, a speaker list), in the
    case a reader would write it; short words stay capitals (acronyms), except
    in a person's name ('TOM REED')."""
    words = name.split()
    if not words or not all(w.isupper() for w in words if any(c.isalpha() for c in w)):
        return name
    if not any(len(w) > 3 for w in words) or (len(words) == 1 and len(name) <= 6 and not person):
        return name  # "NCVO", "ACEVO": an acronym on its own
    out = []
    for n, w in enumerate(words):
        if w.lower() in CONNECTORS and n:
            out.append(w.lower())
        elif len(w) > 3 or (person and len(w) > 1):
            out.append(w.capitalize())
        else:
            out.append(w)
    return " ".join(out)


_TOWN_PREPOSITIONS = vocab.words("town_short_form_prepositions")


def written_as_town(entity: Entity) -> bool:
    """A one-word name the page writes as a town: after a preposition of where
    ("into Fenby", `vocab/town_short_form_prepositions.txt`) or in a list that
    follows one ("into Ayton and Fenby"). Such a name is no short form of a body
    it opens ("Fenby Family Hub"), though "Fenby said" would be."""
    return len(entity.words()) == 1 and any(
        m.word_before in _TOWN_PREPOSITIONS
        or any(o.word_before in _TOWN_PREPOSITIONS for o in m.listed_with)
        for m in entity.mentions
    )
