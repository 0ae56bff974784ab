"""Type votes from a person's affiliation said in a list: "Marta Lind of Open Door
Youth", "Lu Park from Greenhouse Growers", "Dara Quinn and Bel Okafor, both of
Kelby Libraries". A name opening with a given name, two or three words with no
body's head word, written just before "of"/"from" and another name, is a person
(whatever a venue-like surname, "Park", or the recogniser says), as are names of
that shape listed just before it; the name after it, two words or more and no
place, is the body the person is from.

Called by `context_votes.context_votes` before the list votes, so that the body
is not read as one more person of the list ("Lu Park of Greenhouse Growers and
Dev Amin").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import PLACE_ENTS, lower_word

_LINKS = {"of", "from"}
_SHARED = {"both", "all"}  # ", both of Foo": what each listed person is from
_PERSON_VOTES = 4
_BODY_VOTES = 3
_OTHER_WORK = ("Project", "Event", "Report")  # what else a person may be "of"


def affiliated_name_votes(doc, sent, mentions: list[Mention]) -> None:
    """Person votes for the name before "of/from", body votes for the name after."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        k = _past_link(doc, sent, m.end)
        if k is None or not _person_shaped(doc, m):
            continue
        body = by_start.get(k + (k < sent.end and doc[k].lower_ == "the"))
        if body is None or not _body_shaped(doc, body):
            continue
        for person in (m, *_listed_before(doc, sent, m, by_end)):
            person.votes["Person"] += _PERSON_VOTES
        if body.ner != "PERSON" and not any(body.votes.get(k) for k in _OTHER_WORK):
            body.votes["Organisation"] += _BODY_VOTES  # not "Jo of Safe Steps, a project"


def _listed_before(doc, sent, m: Mention, by_end: dict[int, Mention]) -> list[Mention]:
    """The names shaped like a person's joined to m by commas and "and" before it,
    a given name first or not, none read as a body ("Osric Vane and Hilde Rask of
    Foo": Osric Vane), up to one that is not."""
    out: list[Mention] = []
    k = m.start - 1
    while k > sent.start and doc[k].lower_ in {"and", ",", "&"}:
        k -= k - 1 > sent.start and doc[k].lower_ == "and" and doc[k - 1].text == ","
        prev = by_end.get(k)
        if prev is None or prev.votes.get("Organisation") or not _person_shaped(doc, prev, True):
            break
        out.append(prev)
        k = prev.start - 1
    return out


def _past_link(doc, sent, k: int) -> int | None:
    """The token after "of"/"from" at k, or after ", both of" / ", all from"; None
    when neither is there."""
    if k + 1 < sent.end and doc[k].lower_ in _LINKS:
        return k + 1
    if (
        k + 3 < sent.end
        and doc[k].text == ","
        and doc[k + 1].lower_ in _SHARED
        and doc[k + 2].lower_ in _LINKS
    ):
        return k + 3
    return None


def _person_shaped(doc, m: Mention, listed: bool = False) -> bool:
    """Two or three capitalised words, a given name first (unless `listed` with
    one), no body's or event's head word and no place the gazetteer knows ("Lu
    Park", "Bel Okafor")."""
    words = doc[m.start : m.end]
    if not 2 <= len(words) <= 3 or m.gazetteer or m.title:
        return False
    if not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return False
    last = lower_word(words[-1])
    kind, strength = head_kind(last)
    weak_place = kind == "Place" and strength <= 2 and last not in lx.STRONG_ORG_HEADS
    return (listed or is_given_name(words[0].text)) and (kind is None or weak_place)


def _body_shaped(doc, m: Mention) -> bool:
    """Two words or more, no place by the gazetteer or its head word, nor by the
    recogniser unless it ends in an everyday word no place ends in ("Westfield
    Arts", not "North Kelby")."""
    if m.end - m.start < 2 or m.gazetteer:
        return False
    last = doc[m.end - 1]
    if m.ner in PLACE_ENTS and not (everyday_word(last.text) and not is_uk_place(last.text)):
        return False
    return head_kind(lower_word(last))[0] not in {"Place", "Event"}
