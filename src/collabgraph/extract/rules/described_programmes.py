"""Running, continued: a programme a phrase right after its name says is a body's, the
body's name with "'s" before the programme's noun: "Kelby Voices, Tern Trust's
mentoring scheme, ...", "Open Doors is Tern Trust's befriending service": the body
RUNS the programme, and the name is a Project. Without "'s" ("Warm Spaces, a Kelby
Council initiative") the form is `rules/programmes.py`'s; with "of" ("Good Food, an
initiative of Kelby Mind"), `rules/project_of.py`'s; with "run by" after the noun
("Bar, a campaign run by Foo"), `rules/described_run_by.py`'s.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.named_run_by import runnable
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the words between a name and a body's."""

_RUN_NOUNS = vocab.words("programme_run_nouns")
_SETTING_OFF = {",", "("} | lx.DASHES
_COPULAS = {"is", "was"}
_DESCRIBING = 3  # lower-case words at most before the programme's noun
_PROJECT_VOTE = 6


def described_programmes(reader: SentenceReader) -> None:
    """ "Kelby Voices, Tern Trust's mentoring scheme": Tern Trust RUNS Kelby Voices."""
    words, start = reader.words, reader.sent.start
    for body in reader.ms:
        if reader.kind(body) != "Organisation" or body.start - 2 < start:
            continue
        if body.end >= reader.sent.end or words[body.end] not in POSSESSIVE:
            continue
        if _programme_noun(reader, body.end + 1) is None:
            continue
        named = _named_before(reader, body.start - 1)
        if named is None or not runnable(reader, named, said=True):
            continue
        named.votes["Project"] += _PROJECT_VOTE
        reader.ctx.votes_for(named)["Project"] += _PROJECT_VOTE
        reader.relate(body, "RUNS", named, confidence=0.7)


def _programme_noun(reader: SentenceReader, k: int) -> int | None:
    """Where a programme's noun (vocab/programme_run_nouns.txt) heads the words from
    token k: "mentoring scheme", "new befriending service", "scheme"; None when the
    noun only describes another ("project manager", "scheme coordinator") or other
    words come first."""
    doc, end = reader.doc, reader.sent.end
    for j in range(k, min(k + _DESCRIBING + 1, end)):
        tok = doc[j]
        if not (tok.is_lower and tok.pos_ in {"ADJ", "NOUN", "VERB"}):
            return None
        if reader.words[j] in _RUN_NOUNS:
            nxt = doc[j + 1] if j + 1 < end else None
            return None if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} else j
    return None


def _named_before(reader: SentenceReader, k: int) -> Mention | None:
    """The name a description starting at token k+1 describes: the one ending right
    before a comma, a bracket or a dash at k ("Kelby Voices, Tern Trust's ..."), or
    before "is"/"was" ("Open Doors is Tern Trust's ...")."""
    if k <= reader.sent.start or reader.words[k] not in _SETTING_OFF | _COPULAS:
        return None
    return reader.by_end.get(k)


__all__ = ["LABELS", "described_programmes"]
