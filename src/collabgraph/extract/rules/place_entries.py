"""Where a listed entry is: a page listing bodies, services or events as a name on
a line of its own over a few lines about it ("Kelby Advice" over "Free advice on
debt. Based at the Old Library, Mill Street, Kelby."; "Digital Drop-In" over "Free
help every Tuesday at Kelby Library"; "Funding Fair" over "Thursday 6 March, 10am,
St Ann's Church, Kelby"). The lines under the name tell what the entry is without a
subject of their own, so a place they set after "at", "in", "across", "on" (or
bare, in a line of fields) is the entry's place: LOCATED_IN (corpus/GOLD.md: "based
in, held at or in, covering a place").

Read from the layout, not from words: the heading block that is one name alone
(`Block.kind` "heading"), and the block right under it. A sentence there that
names a person or another body before the place, or a place another rule placed
already, is left to the other rules.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the layout and the parse."""

_ENTRIES = {"Organisation", "Project", "Event"}
_WHERE = {"at", "in", "across", "throughout", "within", "on", "around", "near"}
"""Not "from": "takeaways from the first UK summit", "volunteers from Kelby"."""
_PUNCT = {",", ".", ":", ";", "(", ")"} | lx.DASHES


def entry_places(reader: SentenceReader) -> None:
    """LOCATED_IN from the name a heading gives alone to each place the block under
    it sets after a preposition of where, or bare in a verbless line of fields."""
    ctx = reader.ctx
    own = [m for m in reader.ms if m.id >= 0 and m.synthetic is None]
    if reader.block_kind in {"heading", "title"}:
        name = _name_alone(reader, own)
        if name is not None:
            ctx.entry_name = name.id
            return
    if ctx.entry_name is None or not own:
        return
    name = ctx.mentions[ctx.entry_name]
    if own[0].block != name.block + 1 or reader.block_kind not in {"para", "heading"}:
        return
    if ctx.type_of(name) not in _ENTRIES:
        return
    placed = _placed(reader)
    fields = not any(t.pos_ in {"VERB", "AUX"} for t in reader.sent)
    for m in own:
        # a name not typed yet, or read as a body here, may end up a place: the seed
        # keeps a LOCATED_IN only to a place
        if reader.kind(m) == "Person" or m.id in placed or m.attributive:
            continue
        if _other_before(reader, m, fields):
            break  # "Run with Kelby Trust at Y Hall": another body's sentence
        if fields or _where(reader, m):
            reader.relate(name, "LOCATED_IN", m, confidence=0.6)


def _name_alone(reader: SentenceReader, own: list[Mention]) -> Mention | None:
    """The one body, project or event a heading line names with nothing else but
    "the" and punctuation."""
    if len(own) != 1 or reader.kind(own[0]) not in _ENTRIES | {None}:
        return None
    m = own[0]
    rest = [
        w
        for i, w in enumerate(reader.words[reader.sent.start : reader.sent.end], reader.sent.start)
        if not m.start <= i < m.end and w not in _PUNCT and w != "the"
    ]
    return None if rest else m


def _placed(reader: SentenceReader) -> set[int]:
    """The mentions of this sentence another rule has placed a body, project or event
    in already (not a venue in its town: "the Old Library, Mill Street, Kelby")."""
    ids, ctx = {m.id for m in reader.ms}, reader.ctx
    return {
        c.target
        for c in ctx.candidates
        if c.target in ids
        and "LOCATED_IN" in c.relations
        and ctx.type_of(ctx.mentions[c.source]) != "Place"
    }


def _other_before(reader: SentenceReader, place: Mention, fields: bool) -> bool:
    """Whether the sentence names a person, or a body not set where a place is,
    before the place."""
    for m in reader.ms:
        if m.id < 0 or m.end > place.start:
            continue
        kind = reader.kind(m)
        if kind == "Person" or (
            kind in {"Organisation", "Project"} and not (fields or _where(reader, m))
        ):
            return True
    return False


def _where(reader: SentenceReader, m: Mention) -> bool:
    """ "at Y Library", "across Kelby and Dale", "at Y Church, Dale": a place after a
    preposition of where, or listed with or set beside one."""
    tok = reader.doc[m.start : m.end].root
    for _ in range(4):
        if tok.dep_ == "pobj":
            return tok.head.lower_ in _WHERE
        if tok.dep_ not in {"conj", "appos", "npadvmod"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


__all__ = ["LABELS", "entry_places"]
