"""Programmes and occasions the rules did not name, by the span model.

The rules make a Project or an Event of a name whose head word says so ("...
Festival", "... Programme") or whose phrasing does ("launched the ..."). Many are
written otherwise: "Grow Together", "the Kelby Walk", a quoted title. Every Title
Case run of a sentence (with "of", "and", "&", "for", "the" inside it) and every
short quoted span is a candidate (`candidates`); what the page says around it
(`span_features`: its shape, its first and head words when they are words of a
kind, the recogniser's label, its place in the parse, the word before it, its
block, how often the page names it) is asked of a linear model (file "spans",
trained by `scripts/corpus/train_spans.py` on the corpus's develop pages). A
candidate the model finds a Project or an Event at its threshold becomes a
mention of that type, in its sentence, before the relation rules read it: a new
one where the finder found no name, or the finder's own name given the model's
type when the rules had not already typed it a Project or an Event.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from collabgraph.extract.context import DocumentContext, mention_key
from collabgraph.extract.learned.features import bucket, head_of
from collabgraph.extract.learned.model import packaged
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_cap

KINDS = ("Project", "Event")
VOTE = 4
"""The type votes a learned span gets: above a head word's (1-3) and the
recogniser's (2), below a title's (5), so a name the page types otherwise elsewhere
keeps a say."""
_INSIDE = frozenset({"of", "and", "&", "for", "the", "on", "in", "at"})
_QUOTES = {"“": "”", '"': '"', "‘": "’"}
_MAX = 10


def _runs(sent: Span) -> list[tuple[int, int]]:
    """Token spans of the Title Case runs of `sent`: capitalised words or numbers,
    small words between two of them, cut at a possessive; a leading "The" dropped."""
    out, start = [], None
    toks = list(sent)
    for k, tok in enumerate([*toks, None]):
        inside = (
            tok is not None
            and start is not None
            and tok.lower_ in _INSIDE
            and k + 1 < len(toks)
            and is_cap(toks[k + 1])
        )
        word = tok is not None and (is_cap(tok) or (start is not None and tok.like_num))
        if (word and tok.text not in POSSESSIVE) or inside:
            start = k if start is None else start
            continue
        if start is not None:
            s, e = toks[start].i, toks[k - 1].i + 1
            if toks[start].lower_ == "the":
                s += 1
            if 0 < e - s <= _MAX:
                out.append((s, e))
            start = None
    return out


def _quoted(sent: Span) -> list[tuple[int, int]]:
    """Token spans of `sent` between quotation marks, up to ten tokens, opening with a capital."""
    out = []
    toks = list(sent)
    for k, tok in enumerate(toks):
        close = _QUOTES.get(tok.text)
        if close is None:
            continue
        for j in range(k + 1, min(len(toks), k + _MAX + 2)):
            if toks[j].text == close:
                if j > k + 1 and is_cap(toks[k + 1]):
                    out.append((toks[k + 1].i, toks[j].i))
                break
    return out


def candidates(sent: Span) -> list[tuple[int, int, bool]]:
    """(start, end, quoted) token spans of `sent` that may name a programme or an
    occasion: its Title Case runs and its short quoted spans; a run opening the
    sentence is also offered without its first word ("Funded by ...")."""
    out = {(s, e): False for s, e in _runs(sent)}
    for s, e in list(out):
        if s == sent.start and e - s > 1:
            out.setdefault((s + 1, e), False)
    for s, e in _quoted(sent):
        out[(s, e)] = True
    return [(s, e, q) for (s, e), q in sorted(out.items())]


def span_features(
    doc: Doc, span: tuple[int, int, bool], block_kind: str, named: int, event: bool, rules: str
) -> set[str]:
    """The features of candidate `span` of `doc`: no word of a name, only words of
    a kind (head words), small words, shape, parse and layout. `named` is how often
    the page names it, `event` whether the page is about one event, `rules` what
    the finder made of it ("exact:Organisation", "part", "none")."""
    s, e, quoted = span
    toks = doc[s:e]
    words = [t.lower_ for t in toks]
    feats = {f"len={bucket(e - s)}", f"block={block_kind}", f"named={bucket(min(named, 6))}"}
    feats |= {f"rules={rules}", "page_event" if event else "no_page_event"}
    if quoted:
        feats.add("quoted")
    kind, strength = head_kind(words[-1])
    feats.add(f"head={kind}:{strength}" if kind else "head=none")
    # the first and last words: a name's own words are seen on too few pages to be kept
    feats |= {f"last={words[-1]}", f"first={words[0]}"}
    first_kind = head_kind(words[0])[0]
    if first_kind:
        feats.add(f"first_kind={first_kind}")
    feats |= {f"inner={w}" for w in words[1:-1] if w in _INSIDE}
    if any(t.like_num for t in toks):
        feats.add("digits")
    if any(t.text.isdigit() and len(t.text) == 4 for t in toks):
        feats.add("year")
    if any(t.is_upper and len(t.text) > 1 for t in toks):
        feats.add("acronym")
    if all(t.pos_ == "PROPN" or t.lower_ in _INSIDE for t in toks):
        feats.add("all_propn")
    sent = doc[s].sent
    if s == sent.start:
        feats.add("sent_start")
    if e >= sent.end - 1:
        feats.add("sent_end")
    if e - s == sent.end - sent.start:
        feats.add("whole_line")
    feats.add(f"ent={toks[0].ent_type_ or 'none'}")
    head = head_of(doc, s, e)
    feats.add(f"dep={head.dep_}<{head.head.dep_ if head.head.i != head.i else 'ROOT'}")
    verb = next((t for t in head.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None:
        feats.add(f"verb={verb.lower_}")
    if head.head.i != head.i and head.head.pos_ == "ADP":
        feats.add(f"prep={head.head.lower_}")
    before = [t.lower_ for t in doc[max(sent.start, s - 2) : s] if t.is_alpha or t.is_punct]
    if before:
        feats.add(f"pre={before[-1]}")
        if before[-1] == "the" and len(before) > 1:
            feats.add(f"pre2={before[-2]}")
    feats |= {f"w={t.lower_}" for t in sent if t.is_alpha and t.is_lower and len(t) > 2}
    if e < sent.end and not doc[e].is_punct:
        feats.add(f"post={doc[e].lower_ if not is_cap(doc[e]) else '<C>'}")
    return feats


class SpanFinder:
    """The span model's reading of one page: its candidates counted once over the
    page's `docs` (how often each is named), then asked sentence by sentence
    (`mentions_in`). `log`, when given, receives (block, text, features, made)
    for each candidate asked: the training data of `scripts/corpus/train_spans.py`;
    while logging the model is not asked, so the rows are the rules' alone."""

    def __init__(self, docs: list[Doc], event: bool, log: list | None = None) -> None:
        self.model = packaged("spans") if log is None else None
        self.event = event
        self.log = log
        self.counts: Counter = Counter()
        if self.model is None and log is None:
            return
        for doc in docs:
            for sent in doc.sents:
                for s, e, _ in candidates(sent):
                    self.counts[mention_key(doc[s:e].text)] += 1

    def mentions_in(
        self,
        ctx: DocumentContext,
        doc: Doc,
        sent: Span,
        found: list[Mention],
        *,
        block: int,
        block_kind: str,
        section: int,
        sent_no: int,
    ) -> list[Mention]:
        """`found` (the finder's mentions of `sent`) with the spans the model reads
        as programmes or occasions: new mentions where the finder found none, the
        finder's mention typed by the model where it found the same span."""
        if self.model is None and self.log is None:
            return found
        best: list[tuple[float, tuple[int, int], str, Mention | None]] = []
        for s, e, quoted in candidates(sent):
            text = doc[s:e].text
            same = next((m for m in found if (m.start, m.end) == (s, e)), None)
            if same is not None:
                typed = ctx.type_of(same)
                if typed in KINDS:
                    continue
                rules = f"exact:{typed}"
            elif any(m.start < e and s < m.end for m in found):
                rules = "part"
            else:
                rules = "none"
            named = self.counts[mention_key(text)]
            feats = span_features(doc, (s, e, quoted), block_kind, named, self.event, rules)
            if self.log is not None:
                self.log.append((block, text, sorted(feats), rules))
            if self.model is None or rules == "part":
                continue
            probs = self.model.probabilities(sorted(feats))
            kind = max(KINDS, key=lambda k: probs.get(k, 0.0))
            if probs.get(kind, 0.0) >= self.model.threshold:
                best.append((probs[kind], (s, e), kind, same))
        taken: list[tuple[int, int]] = []
        for _, (s, e), kind, same in sorted(best, key=lambda b: -b[0]):
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            if same is not None:
                votes = ctx.votes.get(mention_key(same.text), Counter()) + same.votes
                same.votes[kind] += VOTE + _lead(votes, kind)
                continue
            m = Mention(-1, doc[s:e].text, None, block, section, sent_no, s, e)
            m.votes[kind] = VOTE
            m.surface = m.text
            m.word_before = doc[s - 1].lower_ if s > sent.start else ""
            found = [*found, m]
        return sorted(found, key=lambda m: m.start)


def _lead(votes: Counter, kind: str) -> int:
    """How far `kind` trails the type with most `votes`: what it needs to lead."""
    top = max((w for k, w in votes.items() if k != kind), default=0)
    return max(0, top - votes.get(kind, 0))
