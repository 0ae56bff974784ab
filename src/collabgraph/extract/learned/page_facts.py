"""Facts of a whole page for the pair models (`pairs`): which entities are written
in the page's text and where (`written_mentions`), each entity's rank among those of
its type, how many sentences apart two entities are, the words next to an entity's
mentions (`near_words`), the facts of a pair on the page (`page_facts`: a name
inside the other's, head words, a nation or a UK place, how often each is named,
a shared block) and what the rules already say of a target (`said_of_target`).
Features, never names.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.learned.features import bucket, word_of
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.model.names import name_key

_NATIONS = vocab.words("name_nations")


def written_mentions(
    ctx: DocumentContext, by_mention: dict[int, Entity], docs: list[Doc]
) -> dict[int, tuple[Entity, list[Mention]]]:
    """id() of each entity written in the page's text -> (the entity, its mentions
    written there, not made up by a rule), in the order the page first names them."""
    out: dict[int, tuple[Entity, list[Mention]]] = {}
    for m in ctx.mentions:
        e = by_mention.get(m.id)
        if e is not None and id(e) not in out:
            written = [x for x in e.mentions if x.start < x.end <= len(docs[x.block])]
            if written:
                out[id(e)] = (e, written)
    return out


def type_ranks(ctx: DocumentContext, by_mention: dict[int, Entity]) -> dict[int, int]:
    """id() of each entity -> its rank among those of its type, by first mention."""
    order: dict[str, list[int]] = defaultdict(list)
    for m in ctx.mentions:
        e = by_mention.get(m.id)
        if e is not None and id(e) not in order[e.type]:
            order[e.type].append(id(e))
    return {k: n for ids in order.values() for n, k in enumerate(ids)}


def sentences_apart(a: Entity, b: Entity) -> int:
    """How many sentences apart the two entities' nearest mentions are."""
    return min(abs(x.sent - y.sent) for x in a.mentions for y in b.mentions)


def page_facts(
    src: Entity, dst: Entity, ranks: dict[int, int], written: dict[int, tuple[Entity, list]]
) -> set[str]:
    """Facts of a pair on the whole page: whether the target's name is inside the
    source's ("Northtown" in "Northtown Carers"), the head word of each name when
    it is a word of a kind ("hall", "trust": `mentions.heads`), whether the target
    is a nation ("UK") or a UK place, the target's rank among the entities of its
    type, how often each is mentioned, whether they share a block, the words just
    before the target's mentions ("in", "at") and the kinds of block each is in
    (the words next to each are `near_words`'s)."""
    out = {
        f"dst_rank={bucket(min(ranks.get(id(dst), 0), 3))}",
        f"src_mentions={bucket(min(len(src.mentions), 3))}",
        f"dst_mentions={bucket(min(len(dst.mentions), 3))}",
    }
    if f" {name_key(dst.name)} " in f" {name_key(src.name)} ":
        out.add("dst_in_src_name")
    for end, e in (("src", src), ("dst", dst)):
        last = e.name.split()[-1].lower() if e.name.split() else ""
        if head_kind(last)[0] is not None:
            out.add(f"{end}_head={last}")
        out |= {f"{end}_in={kind}" for kind in _block_kinds(written[id(e)][1])}
    if name_key(dst.name) in _NATIONS:
        out.add("dst_nation")
    if any(m.gazetteer for m in dst.mentions):
        out.add("dst_gazetteer")
    src_written, dst_written = written[id(src)][1], written[id(dst)][1]
    if {m.block for m in src_written} & {m.block for m in dst_written}:
        out.add("same_block")
    for m in dst_written:
        if m.word_before:
            out.add(f"dst_pre={m.word_before}")
    return out


def near_words(written: list[Mention], docs: list[Doc]) -> set[str]:
    """The words just before (two) and after (three) an entity's mentions written
    in the page, inside their sentences, lower case, names as "<P>" ("chief",
    "executive" after "Ada Brook, chief executive of ...")."""
    out = set()
    for m in written:
        doc = docs[m.block]
        sent = doc[m.start].sent
        for t in [
            *doc[max(sent.start, m.start - 2) : m.start],
            *doc[m.end : min(sent.end, m.end + 3)],
        ]:
            w = word_of(t, set())
            if w and w[0] != "<" and len(w) > 1:
                out.add(w)
    return out


def _block_kinds(written: list[Mention]) -> set[str]:
    """The layout kinds of the blocks an entity is written in, from its mentions
    written in the page: "heading" when in one, else "text"."""
    return {"heading" if m.in_heading else "text" for m in written}


def said_of_target(
    src: str, dst: str, has: dict[str, set[tuple[str, str]]], into: dict[str, set[tuple[str, str]]]
) -> set[str]:
    """What the rules say of a target event or project: the kinds of tie into it
    from others ("dst_has=PARTICIPATED_IN", "dst_has=RUNS"), and the ties that run
    from the source through a third name into it ("via=WORKS_FOR>PARTICIPATED_IN":
    the source's employer took part)."""
    out = {f"dst_has={t}" for t, frm in into[dst] if frm != src}
    for t, mid in has[src]:
        out |= {f"via={t}>{t2}" for t2, frm in into[dst] if frm == mid and mid != dst}
    return out
