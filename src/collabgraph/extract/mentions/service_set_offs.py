"""A name set off by a comma beside a noun of a service people use
(`vocab/service_set_off_nouns.txt`) is a project's: "the new service, Kelby
Connect, will ...", "a new 12-room service, Tern Lodge,", "Kelby Neighbours, the
weekly befriending service", "Fenby Money Help, the shared advice pathway".
`type_noun_votes` reads the programme nouns of `vocab/type_nouns.txt` in these
places; these nouns name a service, not a body ("the library service" of a body
whose name ends in its head word is left).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention

_NOUNS = vocab.words("service_set_off_nouns")
_DETERMINERS = {"a", "an", "the", "our", "its", "their", "this"}
_REACH = 8  # lower-case words at most between the determiner and the noun
_LISTING = {"and", "&", "or"}


def service_set_off(doc, sent, m: Mention, mentions: list[Mention]) -> bool:
    """Whether `m` is named beside a service's noun (the module docstring): right
    after "<determiner> ... <noun>," or right before ", <determiner> ... <noun>";
    not a name listed with others ("the Foo café, Bar Fridge and ..."), nor one a
    body's head word ends ("Fenby Reading Rooms, the library service")."""
    if m.gazetteer or m.title:
        return False
    kind, strength = head_kind(doc[m.end - 1].lower_)
    if kind == "Organisation" and strength >= 2:
        return False
    return _noun_before(doc, sent, m, mentions) or _noun_after(doc, sent, m)


def _noun_before(doc, sent, m: Mention, mentions: list[Mention]) -> bool:
    """ "the new service, Kelby Connect, will ...": the noun ends the phrase before
    the name's comma, and the name is not the first of a list."""
    k = m.start - 1
    if k - 1 <= sent.start or doc[k].text != ",":
        return False
    if m.end < sent.end and doc[m.end].lower_ in _LISTING:
        return False
    noun = doc[k - 1]
    if any(o.end == k - 1 for o in mentions):
        return False
    return _described(doc, sent.start, noun.i, back=True)


def _noun_after(doc, sent, m: Mention) -> bool:
    """ "Kelby Neighbours, the telephone befriending service for ...": the phrase
    after the name's comma ends on the noun (no word of a name between)."""
    k = m.end
    if k + 2 >= sent.end or doc[k].text != "," or doc[k + 1].lower_ not in _DETERMINERS:
        return False
    for j in range(k + 2, min(k + 2 + _REACH, sent.end)):
        if doc[j].lower_ in _NOUNS and doc[j].is_lower:
            return _described(doc, sent.start, j, back=False)
        if not _plain(doc[j]):
            return False
    return False


def _described(doc, start: int, i: int, *, back: bool) -> bool:
    """Whether the noun at i heads its phrase (not "a service user") and, looking
    back, a determiner opens the phrase with only lower-case words between."""
    noun = doc[i]
    if noun.lower_ not in _NOUNS or not noun.is_lower or noun.dep_ == "compound":
        return False
    if not back:
        return True
    for j in range(i - 1, max(start, i - 1 - _REACH) - 1, -1):
        if doc[j].lower_ in _DETERMINERS:
            return True
        if not _plain(doc[j]):
            return False
    return False


def _plain(tok) -> bool:
    """A lower-case word, a number or a joining mark inside a describing phrase
    ("12-room", "24/7", "drop-in")."""
    return tok.is_lower or tok.like_num or tok.text in {"-", "/", "‐"}
