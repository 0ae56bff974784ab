"""Posts announced as new: "Foo Trust has a new chairman - Jane Doe", "Foo Trust
has appointed a new chief executive. Jane Doe will join ..." (the employment
family, continued).

An organisation that has, gets, welcomes or appoints "a new" post (or a
sentence opening "A new chair has been appointed at Foo Trust") names its
holder after a dash, colon or comma in the same sentence, or, when the sentence
names nobody, as the subject of the next sentence of the section. The holder
holds the post at the organisation: WORKS_FOR, or MEMBER_OF for a board post
(`post_relations`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads job titles."""

_OPENERS = {"a", "an", "its", "their", "the"}
_SEPARATORS = {":", ",", "is", "was"} | lx.DASHES
_SUBJECT_GLUE = {"the", "new", "incoming", ",", "former"}
_APPOINTING = vocab.words("role_appointing_words")
_NOUN_GLUE = _APPOINTING | {"the", "of", "today", "yesterday"}


def new_posts(reader: SentenceReader) -> None:
    """ "Foo Trust has a new chairman - former chief executive of Bar Dr Jane Doe",
    "Foo Trust has appointed a new chief executive: Jane Doe"; with nobody named,
    the post waits for the next sentence's subject ("Jane Doe will join ...")."""
    _fill_waiting(reader)
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start + 2, end - 1):
        if words[i - 1] not in lx.POST_NEW_WORDS or words[i - 2] not in _OPENERS:
            continue
        span = reader.role_phrase_at(i)
        if span is None:
            continue
        org = _announcer(reader, i - 2) or _appointed_at(reader, i - 2, span.end)
        if org is None:
            continue
        if reader.ctx.post_announcer is None:
            reader.ctx.post_announcer = org.id  # the body the page announces a post at
        end = _of_board(reader, span.end)  # "a new Chair of trustees, Jane Doe"
        role = role_text(reader.doc[span.start : end].text, org)
        holder = _holder_after(reader, end)
        if holder is not None:
            reader.relate(holder, post_relations(role, org), org, role=role, confidence=0.7)
        elif not any(reader.kind(m) == "Person" for m in reader.ms):
            reader.ctx.pending.post = (org.id, role, reader.section, reader.evidence)
        return


_BOARD_SEATS = vocab.words("board_words") - {"board"}  # "trustees", "governors"


def _of_board(reader: SentenceReader, k: int) -> int:
    """The end of a post said with its board's seats after token k ("Chair of
    trustees", "Chair of governors"): past "of" and the seats' word, else k."""
    j = k + 1
    said = j < reader.sent.end and reader.words[k] == "of" and reader.words[j] in _BOARD_SEATS
    return j + 1 if said and j not in reader.covering else k


def _announcer(reader: SentenceReader, k: int) -> Mention | None:
    """The organisation a sentence begins with, when only its verb ("has",
    "has appointed", "welcomes") stands between it and the post at token k, after
    an apposition set off by commas ("Foo, the county's health champion, has")."""
    first = next(iter(reader.ms), None)
    if first is None or first.start - reader.sent.start > 1 or reader.kind(first) != "Organisation":
        return None
    between = reader.doc[first.end : k]
    if len(between) > 2 and between[0].text == ",":  # "Foo, the county's champion, has"
        close = next((t.i for t in between[1:] if t.text == ","), None)
        if close is not None:
            between = reader.doc[close + 1 : k]
    naming = [t for t in between if t.lower_ in _APPOINTING]  # "announced the appointment of"
    if len(between) > 4 + 3 * bool(naming) or any(
        t.pos_ not in {"VERB", "AUX", "ADV", "PART"}
        and not (naming and (t.lower_ in _NOUN_GLUE or t.pos_ == "ADJ"))  # "is pleased to"
        for t in between
    ):
        return None
    return first


_BEEN = {"has", "have", "had", "been", "was", "is", "just", "now", "today"}
_AT = {"at", "by", "for", "to"}


def _appointed_at(reader: SentenceReader, k: int, j: int) -> Mention | None:
    """ "A new interim chief executive has been appointed at Foo Trust": a sentence
    opening with a new post (at token k, ending at j) said, in the passive, to be
    filled at, by or for an organisation named right after."""
    if k != reader.sent.start:
        return None
    while j < reader.sent.end and reader.words[j] in _BEEN:
        j += 1
    if j + 1 >= reader.sent.end or reader.words[j] not in _APPOINTING:
        return None
    if reader.words[j + 1] not in _AT:
        return None
    org = reader.mention_at(j + 2)
    return org if org is not None and reader.kind(org) == "Organisation" else None


def _holder_after(reader: SentenceReader, k: int) -> Mention | None:
    """The person a dash, colon or comma after a post at token k leads to, before
    any verb: "a new chairman - former chief executive of Bar, Dr Jane Doe"."""
    if k >= reader.sent.end or reader.words[k] not in _SEPARATORS:
        return None
    for j in range(k + 1, min(k + 16, reader.sent.end)):
        m = reader.by_start.get(j)
        if m is not None and (reader.vote_person(m) or reader.vote_post_holder(m)):
            return m
        if reader.doc[j].pos_ in {"VERB", "AUX"}:
            return None
    return None


def _fill_waiting(reader: SentenceReader) -> None:
    """The post the last sentence announced with nobody named goes to the person
    this sentence begins with ("Jane Doe, will join the Trust from Bar")."""
    waiting, reader.ctx.pending.post = reader.ctx.pending.post, None
    if waiting is None:
        return
    org, role, section, evidence = waiting
    if section != reader.section:
        return
    k = reader.sent.start
    while k < reader.sent.end and reader.words[k] in _SUBJECT_GLUE:
        k += 1
    person = reader.mention_at(k)  # "Mrs Jane Doe will join ..."
    if person is None or reader.kind(person) != "Person":
        return
    rels = post_relations(role, reader.ctx.mentions[org])
    reader.ctx.relate(
        person.id, rels, org, evidence=f"{evidence} {reader.evidence}", role=role, confidence=0.6
    )
