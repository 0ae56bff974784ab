"""Funding, continued: the funder named by a noun. "X, the headline sponsor of
the conference", "X is the main funder of the Foo Project", "X, one of this
year's sponsors,", "headline sponsor X": X FUNDED what follows "of" (a name, or
the event or project "the conference" stands for), else the event in focus
(`funder_noun` cues in patterns/organising.jsonl)."""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.person_shape import trade_word
from collabgraph.extract.rules.partner_leads import ours_at
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader

LABELS = frozenset({"funder_noun"})
"""The cue labels (pattern files) this family's rules read."""

_FUNDERS = {"Organisation"}
_TARGETS = {"Event", "Project", "Organisation", "Report"}
_COPULA = vocab.words("sponsor_copula_words")
_DETERMINERS = vocab.words("sponsor_phrase_words")
_PHRASE = 6  # words at most from the name (or verb) to the cue noun


def sponsors(reader: SentenceReader) -> None:
    """Each funder a `funder_noun` cue names FUNDED its target."""
    for cue in reader.cues("funder_noun"):
        funders = _funders(reader, cue.start, cue.end)
        if not funders:
            continue
        target = _ours(reader, cue.start, cue.end)
        if target is None:
            target = _target(reader, cue.end)
        if target is None:
            continue
        for funder in funders:
            reader.relate(funder, cue.cue.relations, target, confidence=0.7)


def _funders(reader: SentenceReader, start: int, end: int) -> list[Mention]:
    """ "X, the headline sponsor" / "X is the main funder": the name before the
    noun phrase; "headline sponsor X", "sponsors A and B": the names right after."""
    k = start - 1
    while k > reader.sent.start and start - k <= _PHRASE and _in_phrase(reader, k):
        k -= 1
    words = reader.words
    found: Mention | None = None
    if words[k] == ",":
        found = reader.by_end.get(k)  # "X, the headline sponsor of"
        if found is not None and not _funder(reader, found):
            found = None  # "Ada Foss, chief executive of headline sponsor X": X, read on
    elif words[k] in _COPULA:
        while k > reader.sent.start and words[k] in _COPULA:
            k -= 1
        found = reader.by_end.get(k + 1)  # "X is the main funder of"
    if found is not None:
        return [found] if _funder(reader, found) else []
    end = _past_years(reader, end)  # "Headline sponsor for the third year running was X"
    if end < reader.sent.end and words[end] in {"of", "for"}:
        return []
    while end < reader.sent.end and words[end] in _NAMING:
        end += 1  # "This year's headline sponsor is X"
    return [m for m in reader.list_after(end) if _funder(reader, m)]


_NAMING = {"is", "was", "are", "were"}
_YEARS = {"year", "time"}
_RUNNING = {"running", "again"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}
_ORDINALS |= {"ninth", "tenth", "last"}


def _past_years(reader: SentenceReader, k: int) -> int:
    """The token after a phrase of how many years at token k ("for the third year
    running", "for the second time"), when an "is"/"was" follows it; else k."""
    words, end = reader.words, reader.sent.end
    if k + 3 >= end or words[k] != "for" or words[k + 1] != "the" or words[k + 3] not in _YEARS:
        return k
    if words[k + 2] not in _ORDINALS and not re.fullmatch(r"\d+(st|nd|rd|th)", words[k + 2]):
        return k
    j = k + 4
    j += j < end and words[j] in _RUNNING
    return j if j < end and words[j] in _NAMING else k


_ALONGSIDE = {",", "with", "and"}
_ALONGSIDE_GAP = 4  # ", with additional", "and with further"


def sponsored_before(reader: SentenceReader, start: int) -> int | None:
    """ "The headline sponsor is X, with additional support from Y" (a money
    cue at token `start`): what X sponsored (a mention id), which Y funded too;
    None when no sponsor noun's names end just before the cue."""
    words = reader.words
    for cue in reader.cues("funder_noun"):
        if cue.end >= start:
            continue
        funders = _funders(reader, cue.start, cue.end)
        if not funders or not 0 < start - funders[-1].end <= _ALONGSIDE_GAP:
            continue
        gap = reader.doc[funders[-1].end : start]
        if words[funders[-1].end] in _ALONGSIDE and all(
            t.lower_ in _ALONGSIDE or (t.is_lower and t.pos_ in {"ADJ", "ADV"}) for t in gap
        ):
            return _target(reader, cue.end)
    return None


_OUR_FUNDERS = vocab.words("our_funder_nouns")


def _ours(reader: SentenceReader, start: int, end: int) -> int | None:
    """ "He thanked our main funders, A and B", "our core funders A and B": the
    page's own body (`partner_leads.ours_at`), not an event in focus (the meeting
    where they were thanked); None for sponsors, for "funders of ..." and for a
    noun "our" does not own."""
    words = reader.words
    if words[end - 1] not in _OUR_FUNDERS or (end < reader.sent.end and words[end] == "of"):
        return None
    k = start - 1
    while k > reader.sent.start and start - k <= _PHRASE and _in_phrase(reader, k):
        if words[k] == "our":
            return ours_at(reader, k)
        k -= 1
    return ours_at(reader, k) if words[k] == "our" else None


def _funder(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name can be a funder: a body, or a name not typed yet, which gets
    a body's vote ("Foo, the headline sponsor"; the seed checks the ends); so does
    a name read as a person's that is shaped as a firm's ("our sponsors Quill Motors
    and Fenby Bakeries": no given name first, a trade's word last,
    `mentions.person_shape.trade_word`)."""
    kind = reader.kind(m)
    if kind is None and not m.title:
        m.votes["Organisation"] += 2
        reader.ctx.votes_for(m)["Organisation"] += 2
        return True
    if kind == "Person" and not m.title and _firm_shaped(m.text):
        m.votes["Organisation"] += _FIRM_VOTE
        reader.ctx.votes_for(m)["Organisation"] += _FIRM_VOTE
        return True
    return kind in _FUNDERS


_FIRM_VOTE = 4


def _firm_shaped(name: str) -> bool:
    """ "Quill Motors", "Fenby Bakeries": two to four words,
    the first no given name, the last a trade's word."""
    words = name.replace("’", "'").split()
    return (
        2 <= len(words) <= 4
        and not is_given_name(words[0])
        and words[-1][:1].isupper()
        and trade_word(words[-1])
    )


def _in_phrase(reader: SentenceReader, k: int) -> bool:
    """Whether token k belongs to the noun phrase before the cue noun ("the
    headline", "one of this year's main")."""
    tok = reader.doc[k]
    if k in reader.by_start or any(m.start <= k < m.end for m in reader.ms):
        return False
    return reader.words[k] in _DETERMINERS or (tok.is_lower and tok.pos_ in {"ADJ", "NOUN"})


def _target(reader: SentenceReader, end: int) -> int | None:
    """What the funder paid for: the name after "of"/"for", the event or project a
    noun after it stands for ("of the conference"), else the event in focus."""
    words = reader.words
    end = _past_years(reader, end)
    if end < reader.sent.end and words[end] in {"of", "for"}:
        m = reader.mention_at(end + 1)
        if m is not None:
            return m.id if reader.kind(m) in _TARGETS | {None} else None
        for k in range(end + 1, min(end + 5, reader.sent.end)):
            kind = FOCUS_NOUNS.get(words[k])
            if kind in {"Event", "Project"}:
                return reader.ctx.focus_of(reader.section, kind)
        return None
    return reader.ctx.focus_of(reader.section, "Event")


__all__ = ["LABELS", "sponsored_before", "sponsors"]
