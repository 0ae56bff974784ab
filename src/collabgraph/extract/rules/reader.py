"""The sentence cursor: one sentence's tokens and mentions, and the walks rules share.

A rule (`collabgraph.extract.rules`) finds a cue and asks the reader what is
around it: the mention at a token (`mention_at`), the list of names after it
(`list_after`), the people who are the subject of a verb (`subjects_before`),
what a passive cue is about (`target_before`), the event referred to after it
(`event_ref_after`). The reader records what rules find as relation
candidates in the document context; it knows no rule itself.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.doc_arrays import (
    ent_types,
    kept_list,
    like_nums,
    lower_forms,
    pos_tags,
    span_text,
    token_texts,
)
from collabgraph.extract.mentions import Mention, RoleSpan
from collabgraph.extract.mentions.roles import role_at
from collabgraph.extract.mentions.tokens import POSSESSIVE as POSSESSIVE  # for the rules
from collabgraph.extract.mentions.tokens import in_quotes
from collabgraph.extract.patterns import CueMatch
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.focus_targets import FOCUS_EVENT_NOUNS as FOCUS_EVENT_NOUNS
from collabgraph.extract.rules.focus_targets import FOCUS_NOUNS as FOCUS_NOUNS  # for the rules
from collabgraph.extract.rules.focus_targets import SESSION_NOUNS as SESSION_NOUNS
from collabgraph.extract.rules.focus_targets import TargetReading
from collabgraph.extract.rules.focus_targets import first_id as first_id
from collabgraph.extract.rules.focus_targets import session_role as session_role
from collabgraph.extract.rules.lists import ListReading
from collabgraph.extract.rules.post_kinds import BOARD_WORDS
from collabgraph.extract.rules.subjects import SubjectReading
from collabgraph.extract.rules.type_votes import TypeVoting
from collabgraph.extract.rules.voice import VoiceReading

_GRANT_NOUNS = vocab.words("grant_nouns")
_PRONOUNS = {"he", "she"}


def doc_words(doc) -> list[str]:
    """The Doc's tokens as the rules compare them: lower case, curly apostrophes straight."""
    return [w.replace("’", "'") for w in lower_forms(doc)]


class SentenceReader(ListReading, SubjectReading, TypeVoting, VoiceReading, TargetReading):
    """Reads the relations of one sentence into the document context."""

    def __init__(
        self,
        ctx: DocumentContext,
        doc,
        sent,
        mentions: list[Mention],
        roles: list[RoleSpan],
        *,
        section: int,
        block_kind: str,
        cues: list[CueMatch] = (),
        words: list[str] | None = None,
    ):
        self.ctx = ctx
        self.doc = doc
        self.sent = sent
        self.ms = sorted(mentions, key=lambda m: m.start)
        self.roles = roles
        self.section = section
        self.block_kind = block_kind
        self.fallback_to_main = False
        self.over_heading: str | None = None  # the heading over the sentence's paragraph
        self.over_items: str | None = None  # the heading over a list item's paragraphs
        self.right_under_heading = False  # its paragraph is the first under that heading
        self.block_above: str | None = None  # the text of the block before the sentence's
        self.quote_open = ctx.quote_open  # a quotation runs on into this sentence
        self.words = words if words is not None else doc_words(doc)
        self.sent_text = span_text(sent.doc, sent.start, sent.end)  # `sent.text`, no Token made
        self.evidence = self.sent_text.strip()
        self.ms = sorted([*self.ms, *self.we_mentions()], key=lambda m: m.start)
        self.by_start = {m.start: m for m in self.ms}
        self.by_id = {m.id: m for m in self.ms}
        self.by_end: dict[int, Mention] = {}
        for m in self.ms:
            self.by_end.setdefault(m.end, m)
        self.covering = {i: m for m in self.ms for i in range(m.start, m.end)}
        """token index -> the mention that token is part of"""
        self._in_names = self.covering.keys() | {i for r in roles for i in range(r.start, r.end)}
        self._lows: set[str] | None = None  # the sentence's words (`sent_words`)
        self._money: list[bool] | None = None  # the Doc's `money_flags`, once asked
        self._cues: dict[str, list[CueMatch]] = {}
        for c in cues:
            if sent.start <= c.start and c.end <= sent.end:
                self._cues.setdefault(c.cue.label, []).append(c)

    def tokens_among(self, words) -> list:
        """The sentence's tokens whose `lower_` is one of `words`, in order: as
        `[t for t in sent if t.lower_ in words]`, a Token made only for those."""
        if isinstance(words, (set, frozenset)) and words.isdisjoint(self.sent_words()):
            return []  # most sentences hold none of a rule's words: no walk
        lows, doc = lower_forms(self.doc), self.doc
        return [doc[i] for i in range(self.sent.start, self.sent.end) if lows[i] in words]

    def sent_words(self) -> set[str]:
        """The sentence's `lower_` forms as a set, made the first time asked."""
        if self._lows is None:
            self._lows = set(lower_forms(self.doc)[self.sent.start : self.sent.end])
        return self._lows

    def tokens_tagged(self, tags) -> list:
        """The sentence's tokens whose `pos_` is one of `tags`, in order: as
        `[t for t in sent if t.pos_ in tags]`, a Token made only for those."""
        pos, doc = pos_tags(self.doc), self.doc
        return [doc[i] for i in range(self.sent.start, self.sent.end) if pos[i] in tags]

    def cues(self, label: str) -> list[CueMatch]:
        """The cues of `label` found in the sentence, in pattern-file order, then by position."""
        return self._cues.get(label, [])

    def cue_labels(self):
        """The labels of the cues found in the sentence (each with one cue or more)."""
        return self._cues.keys()

    def cue_at(self, label: str, i: int) -> CueMatch | None:
        """The first cue of `label` starting at token i."""
        return next((c for c in self.cues(label) if c.start == i), None)

    def cue_ending_at(self, label: str, end: int) -> CueMatch | None:
        """The first cue of `label` whose last token is just before token `end`."""
        return next((c for c in self.cues(label) if c.end == end), None)

    def kind(self, m: Mention | None) -> str | None:
        """A mention's type; the `PAGE_ORG` stand-in for a "we" is an organisation."""
        if m is not None and m.id == PAGE_ORG:
            return "Organisation"
        return None if m is None else self.ctx.type_of(m)

    def relate(self, src, rels, dst, *, role=None, confidence=0.8) -> None:
        src_id = src.id if isinstance(src, Mention) else src
        dst_id = dst.id if isinstance(dst, Mention) else dst
        self.ctx.relate(
            src_id, rels, dst_id, evidence=self.evidence, role=role, confidence=confidence
        )

    def named_by(self, tokens, kinds) -> list[Mention]:
        """The mentions of `kinds` that `tokens` and the names listed with them
        (their conjuncts: "A, B and C") are part of, once each, in order."""
        found: list[Mention] = []
        for tok in tokens:
            for t in (tok, *tok.conjuncts):
                m = self.covering.get(t.i)
                if m is not None and self.kind(m) in kinds and m not in found:
                    found.append(m)
        return found

    def mention_at(self, i: int) -> Mention | None:
        """The mention starting at token i, after an article, "our" or "former"
        ("chairman of the former Foo Trust")."""
        while (
            i < self.sent.end
            and i not in self.by_start
            and (
                self.words[i] in {"the", "a", "an", "our", "their", "its", "former"}
                or self.words[i].rstrip(".") in lx.HONORIFICS  # not "MS" opening "MS Trust"
            )
        ):
            i += 1
        return self.by_start.get(i)

    def quoted(self, m: Mention) -> int:
        """1 when the name stands in quotation marks inside the sentence ("their “Safe
        Online” project"), else 0: the tokens to read past on each side."""
        return int(in_quotes(self.doc, m.start, m.end, self.sent.start, self.sent.end))

    def names_something_else(self, m: Mention) -> bool:
        """Whether a name only describes the lower-case noun after it ("the existing
        Foo structures", "the Foo's reference group"), a body's board aside ("the
        Foo Trust board", "Foo's trustees")."""
        k = m.end + (m.end < self.sent.end and self.words[m.end] in POSSESSIVE)
        if k >= self.sent.end:
            return False
        tok = self.doc[k]
        if tok.pos_ == "ADJ" and tok.lower_ not in {"last", "next", "this", "previous"}:
            k += 1  # "the Foo Trust annual meeting"
            if k >= self.sent.end:
                return False
            tok = self.doc[k]
        return tok.is_lower and tok.pos_ == "NOUN" and self.words[k] not in BOARD_WORDS

    def role_at(self, i: int) -> RoleSpan | None:
        for r in self.roles:
            if r.start == i:
                return r
        return None

    def before(self, i: int, *, kinds: set[str] | None = None, limit: int = 40) -> Mention | None:
        """The nearest mention ending before token i (of one of `kinds`)."""
        best = None
        for m in self.ms:
            if m.end <= i and i - m.end <= limit and (kinds is None or self.kind(m) in kinds):
                best = m
        return best

    def definite_org(self, i: int) -> Mention | None:
        """ "the foundation", "the hub", "its council": the organisation last named
        with that word, read from token i; a name later in the sentence is not the one
        it refers back to ("the Bar service, which the trust runs with Kelby NHS Trust":
        not Kelby NHS Trust)."""
        if i + 1 >= self.sent.end or self.words[i] not in {"the", "its", "their", "this"}:
            return None
        noun = self.words[i + 1]
        if noun not in lx.ORG_HEADS and noun not in lx.EXTRA_ORG_HEADS:
            return None
        later = frozenset(m.id for m in self.ms if m.start > i)
        return self.ctx.recent_with_word(noun, "Organisation", skip=later)

    def sentence_subject(self) -> Mention | None:
        """The person or organisation a sentence starts with ("Dame Jane is also
        ..."), or the person "He"/"She" at its start refers to."""
        for m in self.ms:
            if m.start - self.sent.start <= 3 and self.kind(m) in {"Person", "Organisation"}:
                k = m.end + 1  # "The Chair of Foo, (Councillor) Jane Doe, ...": Jane Doe
                while k < self.sent.end and self.words[k].rstrip(".") in lx.HONORIFICS:
                    k += 1
                held = self.by_start.get(k)
                return held if held is not None and self.after_fronted_post(held) else m
            break
        if self.words[self.sent.start] in _PRONOUNS:
            return self.pronoun_person()
        return None

    def pronoun_person(self) -> Mention | None:
        """The person "he" or "she" refers to: the last person a sentence was about."""
        last = self.ctx.last_subject
        return self.ctx.mentions[last] if last is not None else None

    def person_before(self, i: int, *, limit: int = 25) -> Mention | None:
        """Who a verb or post at token i is about: the nearest person named before it
        in the sentence, or the person a nearer "he"/"she" refers to."""
        person = self.before(i, kinds={"Person"}, limit=limit)
        start = person.end if person is not None else self.sent.start
        pronoun = next((k for k in range(i - 1, start - 1, -1) if self.words[k] in _PRONOUNS), None)
        if pronoun is None:
            return person
        # "Jane Doe will join from Foo, where she is ...": the sentence's own person first
        earlier = next((m for m in self.ms if m.end <= pronoun and self.kind(m) == "Person"), None)
        return earlier or self.pronoun_person() or person

    def role_phrase_at(self, i: int) -> RoleSpan | None:
        """The job title starting at token i, found by the role finder or read here
        ("the new chair of its board" -> "chair")."""
        found = self.role_at(i)
        if found is not None:
            return found
        if i >= self.sent.end or self.words[i] not in lx.ROLE_WORDS:
            return None
        return role_at(self.doc, i, self.sent.end)

    def we(self, i: int) -> int | None:
        """The organisation a "we" before token i is (see `we_org`)."""
        k = next((k for k in range(i - 1, self.sent.start - 1, -1) if self.words[k] == "we"), None)
        return self.we_org(k) if k is not None else None

    def is_funding(self, k: int) -> bool:
        """Whether token k speaks of money given: a grant noun ("grant", "funding":
        `vocab/grant_nouns.txt`) or part of a sum (`is_money`)."""
        return self.words[k] in _GRANT_NOUNS or self.is_money(k)

    def is_money(self, k: int) -> bool:
        """Whether token k is part of a sum of money ("£5,000", "£2m", "5 million pounds")."""
        if self._money is None:
            self._money = kept_list(self.doc, _MONEY_KEY, money_flags)
        return self._money[k]


_MONEY_KEY = "collabgraph.money"
_SUM_LETTERS = {"m", "bn", "k"}  # "£2m" read as "£", "2", "m"
_MONEY_WORDS = {"pounds", "million"}


def money_flags(doc) -> list[bool]:
    """Every token's `SentenceReader.is_money`, in order, read from the Doc's lists
    (`doc_arrays`) once per Doc: "£5,000", "£2m", "5 million pounds"."""
    lows, texts, ents, nums = lower_forms(doc), token_texts(doc), ent_types(doc), like_nums(doc)
    return [
        (low in _SUM_LETTERS and k > 0 and nums[k - 1])
        or ents[k] == "MONEY"
        or "£" in texts[k]
        or low in _MONEY_WORDS
        for k, low in enumerate(lows)
    ]
