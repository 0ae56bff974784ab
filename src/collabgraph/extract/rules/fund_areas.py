"""Places, continued: the area a grant programme covers, read from the groups its
money goes to. "Foo Trust has given £90,000 to twelve groups across Kelby
through its Bar Streets programme", "Sixteen groups across Kelby and Dale will
share £150,000 in the spring round of our Bar Grants programme": the programme
(a Project) is LOCATED_IN each place (corpus/GOLD.md: "covering a place"); the
funder is not placed by it (the gold of five writers placed the fund, not the
funder, in such sentences).

Read from the parse: the place hangs by "across", "in" or "throughout" from a
plural noun of bodies (`vocab/place_list_nouns.txt`: "groups", "charities"), in a
sentence that names a sum of money and one project, the programme. A place
listed with the first ("across Kelby and Dale") is given the tie by
`conjuncts.spread`. Not a sentence naming two projects or none, nor one with no
sum ("groups across Kelby took part in Bar Week").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import ent_types, token_texts
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.place_kinds import may_be_place
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse."""

_GROUP_NOUNS = vocab.words("place_list_nouns")
_ACROSS = {"across", "in", "throughout"}


def fund_areas(reader: SentenceReader) -> None:
    """The one project of a sentence that gives money to groups in a place is
    LOCATED_IN the place (confidence 0.6)."""
    if not _names_money(reader):
        return
    projects = [m for m in reader.ms if reader.kind(m) == "Project"]
    if len(projects) != 1:
        return
    for m in reader.ms:
        if may_be_place(reader, m) and _groups_there(reader, m):
            reader.relate(projects[0], "LOCATED_IN", m, confidence=0.6)


def _names_money(reader: SentenceReader) -> bool:
    ents, texts = ent_types(reader.doc), token_texts(reader.doc)
    return any(
        ents[k] == "MONEY" or "£" in texts[k] for k in range(reader.sent.start, reader.sent.end)
    )


def _groups_there(reader: SentenceReader, m: Mention) -> bool:
    """Whether the place is said of groups: "groups across Kelby"."""
    tok = reader.doc[m.start : m.end].root
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _ACROSS:
        return False
    return prep.head.pos_ == "NOUN" and prep.head.lower_ in _GROUP_NOUNS


__all__ = ["LABELS", "fund_areas"]
