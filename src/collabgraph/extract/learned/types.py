"""What each found name is, by the entity type model.

The rules type a name by votes: its head word ("... Trust"), what the recogniser
read it as, the words around it. Once the page is read and its mentions are
grouped into entities (`coref.resolve_entities`), a linear model
(`model.LinearModel`, trained by `scripts/corpus/train_types.py` on the corpus's
develop pages) reads every entity as a whole and gives Person, Organisation,
Place, Project, Event, Report or none. Its features say nothing of the name
itself: the kind of word it ends or opens with (`mentions.heads`), its shape
(length, capitals, digits, "of", "and"), what the recogniser called its
mentions, the word before each mention and the verb it hangs from, the blocks it
is written in, whether the UK gazetteer knows it, how often it is named, and the
type the rules gave it. Where the model is confident and its reading is one the
pipeline acts on (`ACTED_ON`), the entity takes it before any relation is settled,
so the relations read between names (`context.stated_relations`) take the type
that fits it. Only "none" is acted on: a name the page writes once as an everyday
word ("in Harvest week" read as a place), a heading's fragment read as a person;
it is left with no type, so the seed leaves it and its relations out.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.layout import Block
from collabgraph.extract.learned.features import bucket, head_of
from collabgraph.extract.learned.model import LinearModel, packaged
from collabgraph.extract.mentions.common_words import everyday_word, is_common_word, is_english_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind, plural_type_noun

NONE = "none"
ACTED_ON = frozenset({NONE})
"""The readings the pipeline acts on. Cross-validated by page on the develop pages
(`scripts/corpus/train_types.py --cv`), a confident "none" of a name written once
and not listed with others is right 16 times of 19 at 0.7, above the share that
lifts entity F1
(about half of it, 0.43); a
confident other type put no entity right for each one it put wrong, so the rules'
type stands."""
_SMALL = frozenset({"of", "and", "&", "for", "on", "in", "at", "the", "to", "with"})
_YEAR = re.compile(r"(19|20)\d\d")

# a name listed with others ("Shelter and Kelby Council ran the scheme", "A, B and C")
# is of their kind, however everyday its word: the list says it is a name
LISTED = "listed"


def kept_whatever(features: frozenset[str] | set[str] | list[str]) -> bool:
    """Whether an entity with these features is never left out, whatever the model
    reads: a name listed with other names, or one the page writes more than once
    ("Indonesia" after two players): the model's "none" is for names in passing."""
    return LISTED in features or "mentions=1" not in features


def _word_kind(word: str) -> tuple[str, ...]:
    """Features of a word of a kind ("council", "festival"): the word, the type its
    head reading gives and how strongly; () for any other word."""
    low = word.lower().strip(".,:;'’")
    kind, strength = head_kind(low)
    if kind is None:
        kind = plural_type_noun(low)
        strength = 1
    if kind is None:
        return ()
    return (low, f"{kind}{strength}")


def name_features(name: str) -> set[str]:
    """The features of a name's shape and its words of a kind, never its words
    themselves: "Kelby Arts Festival 2024" has "n=3-5", "year", "last=festival",
    "lastkind=Event3"."""
    words = name.split()
    feats = {f"n={bucket(len(words))}"}
    if not words:
        return feats
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        feats.add("caps")
    if any(w.isupper() and len(w) > 1 for w in words):
        feats.add("somecaps")
    if _YEAR.search(name):
        feats.add("year")
    elif any(c.isdigit() for c in name):
        feats.add("digit")
    feats |= {f"has={w.lower()}" for w in words[1:-1] if w.lower() in _SMALL}
    if any(w.endswith(("'s", "’s")) for w in words):
        feats.add("possessive")
    if words[0].lower() in _SMALL:
        feats.add(f"opens={words[0].lower()}")
    last = words[-1] if not _YEAR.fullmatch(words[-1]) or len(words) < 2 else words[-2]
    for f, w in (("last", last), ("first", words[0])):
        kind = _word_kind(w)
        if kind:
            feats |= {f"{f}={kind[0]}", f"{f}kind={kind[1]}"}
    if len(words) > 1 and any(_word_kind(w) for w in words[1:-1]):
        feats.add("midkind")
    if is_given_name(words[0]):
        feats.add("given")
    lettered = [w for w in words if w.isalpha()]
    if lettered and all(is_common_word(w) for w in lettered):
        feats.add("common")
    if any(is_english_word(w) for w in lettered):
        feats.add("english")
    if len(words) == 1 and everyday_word(words[0]):
        feats.add("everyday")
    if is_uk_place(name):
        feats.add("gaz")
    elif any(is_uk_place(w) for w in words if w[:1].isupper()):
        feats.add("gazword")
    return feats


def _lower_word(tok) -> str | None:
    if tok.pos_ == "PROPN" or not tok.is_alpha:
        return None
    return tok.lower_


def entity_features(e: Entity, docs: list[Doc], blocks: list[Block]) -> frozenset[str]:
    """The features of one entity: its name's shape (`name_features`), the rules'
    type and votes, and what each of its mentions' places in the page say."""
    feats = name_features(e.name) | {f"rule={e.type}"}
    ranked = [k for k, v in e.votes.most_common() if v > 0]
    feats |= {f"vote{n}={k}" for n, k in enumerate(ranked[:2], 1)}
    if len(ranked) >= 2:
        feats.add(f"margin={bucket(e.votes[ranked[0]] - e.votes[ranked[1]])}")
    if e.title or any(m.title for m in e.mentions):
        feats.add("titled")
    feats.add(f"mentions={bucket(min(len(e.mentions), 6))}")
    feats.add(f"forms={bucket(len({m.text for m in e.mentions}))}")
    kinds: Counter = Counter()
    for m in e.mentions:
        if m.synthetic:
            feats.add(f"synthetic={m.synthetic}")
            continue
        feats.add(f"ner={m.ner}")
        if m.word_before:
            feats.add(f"before={m.word_before}")
        if m.after_the:
            feats.add("after_the")
        if m.attributive:
            feats.add(f"attr={m.attributive}")
        if m.noun_after:
            feats |= {f"noun_after={m.noun_after.lower()}"}
        if m.listed_with:
            feats.add(LISTED)
        if m.kind:
            feats.add("kind_only")
        if m.possessive_after:
            feats.add("possessive_after")
        if m.block < len(blocks):
            kinds[blocks[m.block].kind] += 1
        if m.block >= len(docs) or not m.start < m.end <= len(docs[m.block]):
            continue
        doc = docs[m.block]
        root = head_of(doc, m.start, m.end)
        feats.add(f"dep={root.dep_}")
        up = root.head
        if root.dep_ == "pobj" and up.pos_ == "ADP":
            feats.add(f"prep={up.lower_}")
            up = up.head
        if root.dep_ in {"compound", "poss", "amod"}:
            word = _lower_word(root.head)
            if word:
                feats.add(f"modifies={word}")
        verb = next((t for t in [up, *up.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
        if verb is not None:
            feats.add(f"verb={verb.lower_}|{root.dep_}")
        if m.start > 0:
            word = _lower_word(doc[m.start - 1])
            if word:
                feats.add(f"pre={word}")
        if m.end < len(doc):
            word = _lower_word(doc[m.end])
            if word:
                feats.add(f"post={word}")
    feats |= {f"block={k}" for k in kinds}
    if kinds and set(kinds) <= {"heading", "title"}:
        feats.add("only_headings")
    return frozenset(feats)


def retype(
    entities: list[Entity],
    docs: list[Doc],
    blocks: list[Block],
    *,
    protected: set[int] = frozenset(),
    log: list | None = None,
    model: LinearModel | None = None,
    acted_on: frozenset[str] = ACTED_ON,
) -> list[tuple[Entity, str]]:
    """Give each of `entities` the type the model (the packaged "types" model unless
    `model` is given) reads for it, where that reading is one of `acted_on`, differs
    from the rules' and its probability reaches the model's threshold; a "none"
    reading leaves it with no type, so the seed leaves it out. Returns (entity, its
    old type) for each retyped. An entity a known name typed, or whose `id()` is in
    `protected` (the page's own event), keeps its type, and one `kept_whatever`
    says of is never left out.
    `log`, when given, receives (name, aliases, rules' type, features) of each
    entity: the training data of `scripts/corpus/train_types.py`."""
    model = model if model is not None else packaged("types")
    changed: list[tuple[Entity, str]] = []
    if model is None and log is None:
        return changed
    for e in entities:
        if e.known_name or not e.name:
            continue
        feats = entity_features(e, docs, blocks)
        if log is not None:
            log.append((e.name, list(e.aliases), e.type, sorted(feats)))
        if model is None or e.type is None or id(e) in protected:
            continue
        probs = model.probabilities(feats)
        best = max(probs, key=probs.get)
        if best == NONE and kept_whatever(feats):
            continue
        if best in acted_on and best != e.type and probs[best] >= model.threshold:
            changed.append((e, e.type))
            e.type = None if best == NONE else best  # no type: the seed leaves it out
    return changed


def retype_entities(
    ctx: DocumentContext,
    by_mention: dict[int, Entity],
    docs: list[Doc],
    blocks: list[Block],
    *,
    log: list | None = None,
) -> list[tuple[Entity, str]]:
    """`retype` the page's entities (`by_mention`'s, first named first), keeping the
    type of the page's own event and of events and launches the rules made up
    ("Launch of X"); returns (entity, its old type) for each retyped."""
    entities = list({id(e): e for e in sorted(by_mention.values(), key=lambda e: e.first)}.values())
    page_event = by_mention.get(ctx.page_event) if ctx.page_event is not None else None
    protected = {id(e) for e in entities if any(m.synthetic for m in e.mentions)}
    if page_event is not None:
        protected.add(id(page_event))
    return retype(entities, docs, blocks, protected=protected, log=log)
