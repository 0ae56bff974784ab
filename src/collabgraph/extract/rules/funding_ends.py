"""The ends of a funding phrase, for `organising.funding_phrases` (no rules): the
body given money right after the verb ("Foo awarded Bar a grant"), "Grants have
been awarded to A and B by Foo", the name a fronted "Thanks to funding from X,"
goes on with ("..., Foo will open"; "..., a new befriending scheme, Bar, opens"; "...,
the route was closed": what the write-up is about),
the giver before auxiliaries and adverbs ("Foo are kindly giving"), and the
bodies listed after a colon ("grants to three local charities: A, B and C").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.paid_things import thing_in_view
from collabgraph.extract.rules.reader import SentenceReader

_GRANT_NOUNS = vocab.words("grant_nouns")


def given_money(reader: SentenceReader, k: int):
    """ "awarded Bar a grant", "has given Bar £2m": the body named right after the
    verb (at token k), when money or a grant follows it."""
    m = reader.mention_at(k)
    if m is None or reader.kind(m) not in {"Organisation", "Project", "Event"}:
        return None
    j = m.end
    if j < reader.sent.end and reader.words[j] in {"a", "an", "its", "their"}:
        j += 1
    while j < reader.sent.end and j - m.end < 4 and reader.doc[j].pos_ == "ADJ":
        j += 1
    if j >= reader.sent.end:
        return None
    money = reader.doc[j].ent_type_ == "MONEY" or "£" in reader.words[j] or "$" in reader.words[j]
    return m if money or reader.words[j] in _GRANT_NOUNS else None


def awarded_to_by(reader: SentenceReader, cue) -> None:
    """ "Grants have been awarded to A, B and C by Foo": Foo funded each."""
    if cue.end + 1 >= reader.sent.end or reader.words[cue.end] != "to":
        return
    items = reader.list_after(cue.end + 1)
    got = [m for m in items if reader.kind(m) in {"Organisation", "Project", "Event"}]
    k = items[-1].end if items else cue.end
    if not got or k + 1 >= reader.sent.end or reader.words[k] != "by":
        return
    funder = reader.mention_at(k + 1)
    if funder is not None and reader.kind(funder) == "Organisation":
        for m in got:
            reader.relate(funder, cue.cue.relations, m, confidence=0.7)


def after_opening(reader: SentenceReader, start: int, end: int) -> int | None:
    """ "Thanks to funding from X, Foo will open ...": when the cue at tokens
    start..end opens the sentence, the organisation, project or event the sentence
    goes on with after the comma that closes the opening."""
    opening = range(reader.sent.start, start)
    if len(opening) > _OPENING or any(
        reader.doc[k].pos_ in {"VERB", "AUX"} or k in reader.by_start for k in opening
    ):
        return None
    comma = next((k for k in range(end, reader.sent.end) if reader.words[k] == ","), None)
    if comma is None or any(reader.doc[k].pos_ == "VERB" for k in range(end, comma)):
        return None
    m = reader.mention_at(comma + 1) or _named_after_noun(reader, comma + 1)
    return m.id if m is not None and reader.kind(m) in _FUNDED_KINDS else None


def opening_thing(reader: SentenceReader, start: int, end: int) -> int | None:
    """ "Thanks to support from X, the route was closed to traffic": when the cue at
    tokens start..end opens the sentence and the clause after the comma opens with a
    common noun, not a name ("the route", "our new minibus"), what the write-up is
    about (`paid_things.thing_in_view`); None otherwise."""
    opening = range(reader.sent.start, start)
    if len(opening) > _OPENING or any(
        reader.doc[k].pos_ in {"VERB", "AUX"} or k in reader.by_start for k in opening
    ):
        return None
    comma = next((k for k in range(end, reader.sent.end) if reader.words[k] == ","), None)
    if comma is None or comma + 2 >= reader.sent.end:
        return None
    if reader.words[comma + 1] not in _NOUN_DETERMINERS or reader.mention_at(comma + 1):
        return None
    clause = range(comma + 1, reader.sent.end)
    if any(k in reader.covering for k in clause) or reader.doc[comma + 2].pos_ not in {
        "NOUN",
        "ADJ",
    }:
        return None
    return thing_in_view(reader, {reader.words[k] for k in clause})


def _named_after_noun(reader: SentenceReader, k: int) -> Mention | None:
    """ "With support from X, a new befriending scheme, Foo, opens ...": the name set
    off by commas after a common noun phrase at token k ("a", "the", "our" and a few
    lower-case words), the noun's own name; None when no such name follows."""
    words, end = reader.words, reader.sent.end
    if k >= end or words[k] not in _NOUN_DETERMINERS:
        return None
    j = k + 1
    while j < min(k + 1 + _NOUN_GAP, end) and reader.doc[j].is_lower and reader.doc[j].is_alpha:
        j += 1
    if j == k + 1 or j + 1 >= end or words[j] != "," or reader.doc[j - 1].pos_ != "NOUN":
        return None
    m = reader.mention_at(j + 1)
    return m if m is not None and m.end < end and words[m.end] == "," else None


_OPENING = 6  # "With funding from", "Thanks to a £20,000 grant from": no verb, no name
_NOUN_DETERMINERS = {"a", "an", "the", "our", "its", "their"}
_NOUN_GAP = 4  # "a new befriending scheme": lower-case words at most before the name
_FUNDED_KINDS = {"Organisation", "Project", "Event", None}  # None: the seed checks the ends
FUNDED_NAMED = frozenset({"Organisation", "Project", "Event"})  # what a grant can go to


def before_adverbs(reader: SentenceReader, i: int) -> int:
    """The token before the verb at token i once auxiliaries and adverbs are
    stepped over ("Foo are generously providing", "Foo has kindly given")."""
    b = reader.before_verb(i)
    while b > reader.sent.start and reader.doc[b].pos_ == "ADV" and b not in reader.covering:
        b = reader.before_verb(b)
    return b


_COLON_REACH = 6  # lower-case words at most between "to" and the colon of a list


def listed_after_colon(reader: SentenceReader, k: int) -> list[Mention]:
    """The bodies listed after a colon that ends a few lower-case words from token
    k ("to three local charities: A, B and C"); none when a name or other mark
    comes first."""
    for j in range(k, min(k + _COLON_REACH, reader.sent.end - 1)):
        if reader.words[j] == ":":
            return reader.list_after(j + 1, kinds=FUNDED_NAMED)
        if j in reader.covering or not (reader.doc[j].is_lower or reader.doc[j].like_num):
            return []
    return []
