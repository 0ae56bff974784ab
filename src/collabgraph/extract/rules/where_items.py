"""Running, continued: a list item naming a programme and then, after ", where",
the body that runs it ("- Skills for Kelby, where Dalby College will lead a
partnership of training providers", "- Kelby Green Futures, where Fenby Homes
will deliver a green infrastructure programme"): the name is a programme and the
body RUNS it. The body must be followed by a verb of running or leading
(vocab/programme_verbs.txt, vocab/programme_lead_verbs.txt), a modal or "is"
between; a name that is no programme by its head word ("Kelby Library, where
...": a venue) is left (named_run_by.runnable). The name is found at the item's
start by mentions/list_items.where_item_names.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.list_items import WHERE_WORDS
from collabgraph.extract.rules.described_run_by import RUN_VOTE
from collabgraph.extract.rules.named_run_by import runnable
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads an item's shape."""

_RUNNING = vocab.words("programme_verbs") | vocab.words("programme_lead_verbs")
_BODY_KINDS = {"Organisation", None}
_VERB_REACH = 3  # words at most from the body to its verb: "will now lead", "is to deliver"


def where_items(reader: SentenceReader) -> None:
    """ "- Skills for Kelby, where Dalby College will lead ...": Dalby College
    RUNS Skills for Kelby, a programme."""
    sent, words = reader.sent, reader.words
    if reader.block_kind != "item" or sent.start != 0:
        return
    named = next((m for m in reader.ms if m.start <= sent.start + 1), None)
    k = named.end if named is not None else sent.end
    if k + 2 >= sent.end or words[k] != "," or words[k + 1] not in WHERE_WORDS:
        return
    k += 2 + (words[k + 2] == "the")  # "where the Foo Trust will run ..."
    body = reader.by_start.get(k)
    if body is None or reader.kind(body) not in _BODY_KINDS or not runnable(reader, named):
        return
    if reader.kind(body) is None and not reader.vote_organisation(body):
        return
    verbs = range(body.end, min(body.end + _VERB_REACH, sent.end))
    if not any(words[j] in _RUNNING and reader.doc[j].pos_ == "VERB" for j in verbs):
        return
    named.votes["Project"] += RUN_VOTE
    reader.ctx.votes_for(named)["Project"] += RUN_VOTE
    reader.relate(body, "RUNS", named, confidence=0.7)


__all__ = ["LABELS", "where_items"]
