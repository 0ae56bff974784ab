"""Places, continued: bodies listed after the place they are in. "hospice
providers in Westshire (including A, B and C)", "voluntary groups across Kelby
such as A and B", "three charities from Kelby - A, B and C", "local Kelby
charities like A and B": each body or project the list names is LOCATED_IN the
place (corpus/GOLD.md: "based in ... covering a place"). The plural noun
before the preposition (or after the place) says what the list holds
(`vocab/place_list_nouns.txt`). "One organisation in Kelby, Foo Trust, was given
...": the name set off after "<body noun> in <place>" is in the place; so is the
subject, or the money's recipient, of a sentence that opens with the place ("In
Kelby, Foo Trust receives ...", "In Dale, a grant has been awarded to Foo Trust").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the words around a place."""

_NOUNS = vocab.words("place_list_nouns")
_PREPOSITIONS = {"in", "across", "from", "within", "throughout", "around"}
_PLACE_JOINS = {",", "and", "&", "or"}
_MARKS = {"(", ":"} | lx.DASHES
_CUES = vocab.words("place_list_cues")
_ITEM_KINDS = {"Organisation", "Project"}
_FRAME_ADVERBS = vocab.words("place_frame_openers")
_GIVING = vocab.words("grant_giving_verbs")
# "one organisation in Kelby, Foo Trust, ...": a body noun the name set off after the place is
_BODY_NOUNS = lx.ORG_DESCRIPTION_NOUNS


def listed_bodies(reader: SentenceReader) -> None:
    """Each body or project listed after "<plural body noun> in <place>" is
    LOCATED_IN the place (and any place joined to it: "in Kelby and Dale"); so is
    each listed after "<plural body noun> (including" in a sentence that opens
    with the place ("Across Kelby, charities such as A and B ...")."""
    ms = [m for m in reader.ms if reader.kind(m) == "Place"]
    for m in ms:
        _before_list_noun(reader, m)
        if _after_list_noun(reader, m, _BODY_NOUNS):
            places, j = joined_places(reader, m)
            named = _set_off_name(reader, j)
            if named is not None:
                _relate(reader, [named], places)
            continue
        if not _after_list_noun(reader, m):
            continue
        places, j = joined_places(reader, m)
        j = _list_start(reader, j)
        if j is None:
            continue
        _relate(reader, reader.list_after(j), places)
    framed = _framing_places(reader)
    subject = _framed_subject(reader, framed) or _framed_recipient(reader, framed)
    if subject is not None:
        _relate(reader, [subject], framed)
    if framed:
        for k in range(reader.sent.start + 1, reader.sent.end - 1):
            if reader.words[k] in _NOUNS and reader.doc[k].is_lower:
                j = _list_start(reader, k + 1)
                if j is not None:
                    _relate(reader, reader.list_after(j), framed)


def _framed_subject(reader: SentenceReader, framed: list[Mention]) -> Mention | None:
    """ "In Kelby, Foo Trust has been awarded ...": the body, project or event named
    right after the places a sentence opens with, as the subject of its verb."""
    if not framed:
        return None
    m = reader.mention_at(framed[-1].end + 1)
    if m is None or reader.kind(m) not in _ITEM_KINDS | {"Event", None}:
        return None  # a name not typed yet stands if it ends up one (the seed checks)
    after = reader.doc[m.end] if m.end < reader.sent.end else None
    if after is None or not (after.pos_ in {"VERB", "AUX"} or after.text in {",", "("}):
        return None
    return m


def _framed_recipient(reader: SentenceReader, framed: list[Mention]) -> Mention | None:
    """ "In Kelby, a grant of £5,000 has been awarded to Foo Trust", "In Dale, £900
    was given to the Foo Project": in a sentence that opens with places and whose
    subject is the money, the body or project the money is given to (the first name
    after "<giving verb> to", `vocab/grant_giving_verbs.txt`)."""
    if not framed:
        return None
    start = framed[-1].end + 1
    for k in range(start, reader.sent.end - 1):
        if reader.by_start.get(k) is not None:
            return None  # a name before the giving verb: not the money's sentence
        if reader.words[k] in _GIVING and reader.words[k + 1] == "to":
            j = k + 2 + (reader.words[k + 2] == "the" if k + 2 < reader.sent.end else 0)
            m = reader.by_start.get(j)
            return m if m is not None and reader.kind(m) in _ITEM_KINDS | {None} else None
    return None


def _relate(reader: SentenceReader, listed: list[Mention], places: list[Mention]) -> None:
    for item in listed:
        if _item(reader, item):
            for place in places:
                reader.relate(item, "LOCATED_IN", place, confidence=0.6)


def _framing_places(reader: SentenceReader) -> list[Mention]:
    """ "Within Westshire, work is under way with hospice providers (including A
    and B)", "Also in Kelby, Foo Trust will ...": the places a sentence opens
    with, set off by a comma."""
    start = reader.sent.start
    if reader.words[start] in _FRAME_ADVERBS:
        start += 1
    if start >= reader.sent.end or reader.words[start] not in _PREPOSITIONS - {"from"}:
        return []
    first = reader.mention_at(start + 1)
    if first is None or reader.kind(first) != "Place":
        return []
    places, j = joined_places(reader, first)
    return places if j < reader.sent.end and reader.words[j] == "," else []


def _list_start(reader: SentenceReader, j: int) -> int | None:
    """Where the list opens after the place at token j: after "(", a dash or a colon,
    after "including", ", such as", "like" ("charities in Kelby, A and B" is not
    read: a comma alone may join more places or end a phrase)."""
    end = reader.sent.end
    marked = j < end and reader.words[j] in _MARKS  # "(including", " - ", ": "
    if marked or (j + 1 < end and reader.words[j] == "," and reader.words[j + 1] in _CUES):
        j += 1
    elif j >= end or reader.words[j] not in _CUES:
        return None
    while j < end and reader.words[j] in _CUES:
        j += 1
    return j


def _before_list_noun(reader: SentenceReader, m: Mention) -> None:
    """ "local Kelby charities like A and B", "Kelby groups (including A and B)": a
    place naming the plural body noun right after it places each body listed after
    that noun. The place, said only as a word of the noun, is kept as a place."""
    k = m.end
    if k >= reader.sent.end or reader.words[k] not in _NOUNS or not reader.doc[k].is_lower:
        return
    j = _list_start(reader, k + 1)
    if j is None:
        return
    listed = [item for item in reader.list_after(j) if _item(reader, item)]
    if listed:
        m.attributive = None  # "the Kelby charities like A": Kelby is a place of the page
        _relate(reader, listed, [m])


def _after_list_noun(reader: SentenceReader, m: Mention, nouns: frozenset[str] = _NOUNS) -> bool:
    """Whether the place follows "<plural body noun> in" ("hospice providers in",
    "charities across the"), or "<noun> in" of other `nouns`."""
    k = m.start - 1
    if k > reader.sent.start and reader.words[k] == "the":
        k -= 1
    if k <= reader.sent.start or reader.words[k] not in _PREPOSITIONS:
        return False
    return reader.words[k - 1] in nouns and reader.doc[k - 1].is_lower


def _set_off_name(reader: SentenceReader, j: int) -> Mention | None:
    """ "One organisation in Kelby, Foo Trust, was given ...": the name set off by
    commas right after the place (token `j`), that the body noun before it stands for."""
    if j + 1 >= reader.sent.end or reader.words[j] != ",":
        return None
    named = reader.by_start.get(j + 1)
    if named is None or named.end >= reader.sent.end or reader.words[named.end] != ",":
        return None
    return named if reader.kind(named) in _ITEM_KINDS | {None} else None


def joined_places(reader: SentenceReader, m: Mention) -> tuple[list[Mention], int]:
    """The place and those joined to it ("Kelby and Dale"), and the token after them."""
    places, j = [m], m.end
    while j < reader.sent.end and reader.words[j] in _PLACE_JOINS:
        nxt = reader.by_start.get(j + 1)
        if nxt is None or reader.kind(nxt) != "Place":
            break
        places.append(nxt)
        j = nxt.end
    return places, j


def _item(reader: SentenceReader, m: Mention) -> bool:
    """Whether a listed name is a body or project (an untyped name, or one read as a
    place in the list, is voted a body: the list noun says so)."""
    if reader.kind(m) in _ITEM_KINDS:
        return True
    return reader.vote_organisation(m)


__all__ = ["LABELS", "listed_bodies"]
