"""The bodies a project is evaluated by take part in it: "The programme will be
evaluated by Kelby University", "Foo is funded by X and evaluated by researchers at
Fenby University's School of Health", "the trial is to be independently evaluated by
Kelby University" -> the university PARTICIPATED_IN the project, role "participant"
(GOLD.md: organisations taking part in a project; an evaluator is neither its runner
nor its funder). The project is the passive verb's subject (or that of the verb it
is joined to), named or "it"/"the programme" for the project in focus.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.project_done_with import project_subject
from collabgraph.extract.rules.project_with import verb_subject
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads no cues: it reads the verbs of `vocab/evaluating_verbs.txt` ("evaluated")."""

_VERBS = vocab.words("evaluating_verbs")
_TEAM_WORDS = vocab.words("evaluator_team_words")  # "researchers at", "a team from"
_BODIES = frozenset({"Organisation"})
_SKIP = 4  # words from "by" to the first body at most


def evaluated_projects(reader: SentenceReader) -> None:
    """PARTICIPATED_IN (participant) for the wordings in the module docstring."""
    doc, words = reader.doc, reader.words
    for v in range(reader.sent.start, reader.sent.end - 1):
        if words[v] not in _VERBS or doc[v].tag_ != "VBN" or words[v + 1] != "by":
            continue
        start = v + 2
        while start < reader.sent.end and start - v - 2 < _SKIP and start not in reader.by_start:
            if words[start] not in _TEAM_WORDS:
                break
            start += 1
        if start not in reader.by_start:
            continue  # "evaluated by an independent team", "by Dr Jo Tern": no body first
        subject = verb_subject(doc[v])
        project = project_subject(reader, subject) if subject is not None else None
        if project is None:
            continue
        for body in reader.list_after(start, kinds=_BODIES):
            if body.id != project:
                reader.relate(body, "PARTICIPATED_IN", project, role="participant", confidence=0.6)


__all__ = ["LABELS", "evaluated_projects"]
