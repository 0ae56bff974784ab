"""Facts of one sentence for the pair models (`pairs`): which of the names of a
sentence lies nearest another (`nearest`), and, for two names written sentences
apart, who else the target's sentence names and whether it opens by pointing
back ("Its fitters work in Ashby": `target_sentence`). Features, never names.
"""

from __future__ import annotations

from spacy.tokens import Doc

from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions import Mention

# words opening a sentence that point back to a name written before it
_BACK = frozenset({"it", "its", "they", "their", "there"})


def gap(a: Mention, b: Mention) -> int:
    """Tokens between two mentions of one sentence (0 when they touch or overlap)."""
    return max(a.start - b.end, b.start - a.end, 0)


def overlap(a: Mention, b: Mention) -> bool:
    """Whether two mentions share a token (same block, spans crossing)."""
    return a.block == b.block and a.start < b.end and b.start < a.end


def nearest(
    a: Mention,
    b: Mention,
    ms: list[Mention],
    by_mention: dict[int, Entity],
    kinds: tuple[tuple[str, ...], tuple[str, ...]],
) -> set[str]:
    """Whether, among the names `ms` of their sentence, the source `a` is the
    nearest to the target `b` of the names of the source `kinds[0]` ("src_nearest",
    else "src_rival_nearer"), and `b` the nearest to `a` of the target `kinds[1]`
    ("dst_nearest" / "dst_rival_nearer"): in "Kelby Trust and Fenby Homes, of
    Westshire" Fenby Homes is the body nearer Westshire."""
    out = set()
    for end, this, other, kind in (("src", a, b, kinds[0]), ("dst", b, a, kinds[1])):
        mine, theirs = by_mention[this.id], by_mention[other.id]
        rivals = [
            m for m in ms
            if by_mention[m.id].type in kind and by_mention[m.id] is not mine
            and by_mention[m.id] is not theirs and not overlap(m, other)
        ]  # fmt: skip
        nearer = any(gap(m, other) < gap(this, other) for m in rivals)
        out.add(f"{end}_rival_nearer" if nearer else f"{end}_nearest")
    return out


def target_sentence(
    b: Mention, ms: list[Mention], by_mention: dict[int, Entity], docs: list[Doc]
) -> set[str]:
    """For a target `b` written in no sentence with its source: the kinds of the
    other names its sentence `ms` holds ("dst_sent_with=Person": "Jo Tern grew up in
    Ashby"), "dst_sent_alone" when none, and "dst_sent_back" when the sentence
    opens with a word pointing back ("Its fitters work in Ashby")."""
    mine = by_mention[b.id]
    kinds = {by_mention[m.id].type for m in ms if by_mention[m.id] is not mine}
    out = {f"dst_sent_with={k}" for k in kinds} or {"dst_sent_alone"}
    sent = docs[b.block][b.start].sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is not None and first.lower_ in _BACK:
        out.add("dst_sent_back")
    return out | _subject_of_place(b, ms, by_mention, docs[b.block])


def _subject_of_place(
    b: Mention, ms: list[Mention], by_mention: dict[int, Entity], doc: Doc
) -> set[str]:
    """Who does what the target's sentence says at it: the subject of the nearest verb
    above the target, as "dst_subj=<kind>" when a name of that kind (or one set beside
    it: "Its manager, Jo Tern, grew up in Ashby"), "dst_subj=back" when it points back
    ("Its fitters work in Ashby"), else "dst_subj=noun" ("The judges met in Ashby")."""
    tok = doc[b.start]
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return {"dst_subj=none"}
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return {"dst_subj=none"}
    words = [subj, *(c for c in subj.children if c.dep_ == "appos")]
    for w in words:
        m = next((m for m in ms if m.start <= w.i < m.end), None)
        if m is not None:
            return {f"dst_subj={by_mention[m.id].type}"}
    if subj.lower_ in _BACK or any(c.lower_ in _BACK for c in subj.children):
        return {"dst_subj=back"}
    return {"dst_subj=noun"}


def someone_elses_place(feats: frozenset[str]) -> bool:
    """Whether the target, written in no sentence with the source, is where a person
    does what its sentence says ("Its manager, Jo Tern, grew up in Ashby": the
    subject is a person, `target_sentence`'s "dst_subj=Person"): the
    person's place, not the body's. Asked of every located model; none of the
    held-out ties of its refit on the pooled tune halves (2026-12-05) is of this shape."""
    return "dst_subj=Person" in feats
