"""The features of a person or body named on a page about one event.

Each feature is a short string ("Person|w=spoke", "Person|dep=nsubj<ROOT") naming
something the page says around the name: the words of its sentences, the words
just before and after it, its place in the parse and the kind of block it sits
in. Names never become features: a proper noun is read as "<P>" and a word
inside another found name as "<N>", so the model learns how taking part is
written, not who took part. This is the classic feature set of supervised
relation extraction (Jurafsky and Martin, *Speech and Language Processing*, 3rd
ed., ch. 20, "Feature-based supervised relation classifiers"; Zhou et al. 2005,
"Exploring various knowledge in relation extraction", ACL 2005).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_KEPT_PUNCT = frozenset({",", "(", ")", ":", "-", "–", ";"})


def word_of(tok: Token, in_names: set[int]) -> str | None:
    """The token as a feature word: "<N>" inside a found name, "<P>" for another
    proper noun, "<D>" for a number, lower case otherwise; None for other marks."""
    if tok.i in in_names:
        return "<N>"
    if tok.pos_ == "PROPN":
        return "<P>"
    if tok.is_punct:
        return tok.text if tok.text in _KEPT_PUNCT else None
    if tok.like_num:
        return "<D>"
    return tok.lower_ if tok.is_alpha else None


def bucket(n: int) -> str:
    """A count as a coarse band: "0", "1", "2", "3-5", "6-10", "11+"."""
    if n <= 2:
        return str(n)
    return "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def head_of(doc: Doc, start: int, end: int) -> Token:
    """The head word of tokens start..end: the first whose head lies outside them."""
    for tok in doc[start:end]:
        if tok.head.i == tok.i or not start <= tok.head.i < end:
            return tok
    return doc[start]


def mention_features(
    doc: Doc, span: tuple[int, int], kind: str, names: list[tuple[int, int]], flags: tuple[str, ...]
) -> tuple[set[str], set[str]]:
    """(features, words) of one mention of `kind` ("Person" or "Organisation") at
    token span `span` of `doc`; `names` are the spans of every found name in its
    sentence, `flags` facts about the sentence ("block=item", "event_here"). The
    words are its sentence's, lower case."""
    s, e = span
    in_names = {i for a, b in names for i in range(a, b)}
    sent = doc[s].sent
    words = {w for t in sent if (w := word_of(t, in_names)) and w[0] != "<"}
    feats = {f"kind={kind}"} | {f"{kind}|w={w}" for w in words if len(w) > 2}
    before = [w for t in doc[max(sent.start, s - 2) : s] if (w := word_of(t, in_names))]
    after = [w for t in doc[e : min(sent.end, e + 2)] if (w := word_of(t, in_names))]
    feats |= {f"{kind}|pre={w}" for w in before} | {f"{kind}|post={w}" for w in after}
    root = head_of(doc, s, e)
    chain = [root.dep_, *[t.dep_ for t in root.ancestors][:2]]
    feats.add(f"{kind}|dep={'<'.join(chain)}")
    verb = next((t for t in root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None:
        feats.add(f"{kind}|verb={verb.lower_}")
    feats.add(f"names={bucket(len(names))}")
    feats |= set(flags)
    return feats, words


def _chain(tok: Token) -> list[Token]:
    """The token and its heads up to the root of its sentence."""
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def pair_features(
    doc: Doc,
    first: tuple[int, int],
    second: tuple[int, int],
    names: list[tuple[int, int]],
) -> set[str]:
    """The features of two found names written in one sentence of `doc`, at token
    spans `first` (the pair's source) and `second` (its target); `names` are the
    spans of every found name in the sentence. Names become "<N>" and other proper
    nouns "<P>": for "Ada Brook, director of the Northtown Trust" the pair
    (person, body) has "btw=director", "btw=of", "gap=3-5", "order=src", "pre2=of",
    "path=appos>prep>pobj" and "lca=<N>"; "verb=<lemma>" when a verb governs
    both (the lemma is empty while the pipeline has no lemmatiser)."""
    in_names = {i for a, b in names for i in range(a, b)}
    (s1, e1), (s2, e2) = first, second
    order = "src" if s1 < s2 else "dst"
    (_, le), (rs, _) = sorted((first, second))
    between = [w for t in doc[le:rs] if (w := word_of(t, in_names))]
    feats = {f"order={order}", f"gap={bucket(max(rs - le, 0))}"}
    feats |= {f"btw={w}" for w in between}
    if len(between) <= 4:
        feats.add(f"between={' '.join(between)}|{order}")
    if le < rs:  # the words either side of what lies between
        feats.add(f"post1={word_of(doc[le], in_names)}")
        feats.add(f"pre2={word_of(doc[rs - 1], in_names)}")
    ha, hb = head_of(doc, s1, e1), head_of(doc, s2, e2)
    up_a, up_b = _chain(ha), _chain(hb)
    at_a = {t.i: k for k, t in enumerate(up_a)}
    common = next(((k, at_a[t.i]) for k, t in enumerate(up_b) if t.i in at_a), None)
    if common is None:
        feats.add("path=none")
        return feats
    kb, ka = common
    lca = up_a[ka]
    deps = [t.dep_ for t in up_a[:ka]] + ["^"] + [t.dep_ for t in reversed(up_b[:kb])]
    feats.add(f"path={'>'.join(deps)}" if len(deps) <= 5 else "path=long")
    named = lca.i in in_names or lca.pos_ in ("PROPN", "NUM")
    feats.add(f"lca={word_of(lca, in_names) if named else lca.lemma_.lower()}")
    feats |= {f"pathdep={d}" for d in deps if d != "^"}
    # the verb that governs both: their lowest common head, else its nearest verb
    # above. Its lemma, which the pipeline (no lemmatiser) leaves empty: so far "verb="
    # only says that a verb governs both, as "lca=" says the common head is a word
    verb = next((t for t in _chain(lca) if t.pos_ == "VERB"), None)
    if verb is not None and verb.i not in in_names:
        feats.add(f"verb={verb.lemma_.lower()}")
    return feats
