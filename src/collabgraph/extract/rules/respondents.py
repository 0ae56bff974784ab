"""People at events, continued: who replied to the speakers or the report at the
page's event. "C, Director of Adult Care at Foo Council, responded on behalf of
the council", "D, who responded for the council", "Responding for Foo Council,
Cllr E said ...", "followed by a response from F", "Responses came from G and
H": on a page about one event, in its first section, the person who responded
(the subject of "respond", of the main verb a "Responding ..." clause opens, or
the people after "response(s) from") spoke at it (PARTICIPATED_IN, role speaker:
GOLD.md's word). Not "responded to the consultation" (vocab/respondent_not_objects.txt),
nor "promised a response" (no "from"), nor in a quotation.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: it reads the parse)."""

_ROLE = "speaker"
_VERBS = {"respond", "responds", "responded", "responding"}
_NOUNS = {"response", "responses"}
_NOT_TO = vocab.words("respondent_not_objects")
_PEOPLE = {"Person"}


def respondents(reader: SentenceReader) -> None:
    """Who responded at the page's event (see the module)."""
    event = reader.ctx.main.get("Event")
    if event is None or reader.section != 0 or reader.block_kind not in {"para", "item"}:
        return  # the page's own event, even when another was named since
    words, doc = reader.words, reader.doc
    takers = []
    for i in range(reader.sent.start, reader.sent.end):
        if reader.in_quote(i):
            continue
        if words[i] in _VERBS and doc[i].pos_ == "VERB" and not _answering_else(doc[i]):
            takers += reader.named_by(_subjects(doc[i]), _PEOPLE)
        elif words[i] in _NOUNS and i + 1 < reader.sent.end and words[i + 1] == "from":
            takers += reader.list_after(i + 2, kinds=_PEOPLE)
    for m in {m.id: m for m in takers}.values():
        reader.relate(m, "PARTICIPATED_IN", event, role=_ROLE, confidence=0.6)


def _subjects(verb) -> list:
    """The subject of "responded" ("C responded"; "D, who responded": the name the
    clause hangs on; "Responding for Foo, E said": the main verb's subject)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if [s.lower_ for s in subjects] == ["who"] and verb.dep_ == "relcl":
        return [verb.head]
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _answering_else(verb) -> bool:
    """Whether "responded to" names something other than the day's talk ("responded
    to the consultation")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        if any(o.lower_ in _NOT_TO for o in prep.children if o.dep_ == "pobj"):
            return True
    return False


__all__ = ["LABELS", "respondents"]
