"""Lists around a cue: a reader mixin for `SentenceReader`.

"Speakers included A, Director of Foo, and B of Bar" is a list of people (`list_after`,
`items_between`). The subjects before a verb are `rules.subjects`'. A name the sentence
shows to be a person or an organisation gets that type's vote (`rules.type_votes`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.branch_places import branch_place
from collabgraph.extract.mentions.tokens import POSSESSIVE
from collabgraph.extract.rules.unnamed_items import past_unnamed_item

_RELATIVES = {"who", "whose", "which"}  # a clause set off: "A, who chairs Foo, and B"
_LIST_GLUE = vocab.words("list_glue_words")
_NOT_DESCRIPTOR_POS = {"VERB", "AUX", "ADP", "SCONJ", "PRON", "ADV"}
# Words before an item of a list of names: "A, B and C as well as D".
_ITEM_BEFORE = {",", "and", "&", ";", ":", "as", "plus", "including", "featuring", "namely"}
_LEADING_ARTICLES = {"the", "our", "their", "its"}
_CLOSERS = frozenset({".", ";", ":", "(", ")"})
_RELATIVE_VERBS = {"included", "includes", "include", "comprised", "were", "are"}
# Common nouns that name a body a post is at: "the Leader of the Council, Cllr A".
_BODY_NOUNS = lx.ANY_ORG_HEADS | {"borough", "county", "city", "district"}
_BODY_PREPOSITIONS = {"of", "at", "from", "for"}  # tie one to a body: "A of Foo", "A from Foo"
_APPOSITION_WORDS = 16  # tokens at most from a comma to the comma closing what an item is


def _is_capital(text: str) -> bool:
    return text[:1].isupper()


class ListReading:
    """Methods for `SentenceReader`: lists of names."""

    def list_after(
        self, i: int, *, kinds: set[str] | None = None, apposed: bool = False
    ) -> list[Mention]:
        """Mentions from token i on, joined by commas, "and", "&", "as well as".

        Roles and possessives inside an item ("X's Director of Y Z") are
        skipped, the item's last mention being the one listed; with `apposed`, so
        is what an item is, set off by commas ("A, an arts charity in Kelby, and B").
        """
        out: list[Mention] = []
        j = i
        end = self.sent.end
        clause = i < end and self._in_relative_clause(i)  # i == end: a cue ends the sentence
        while j < end:
            w = self.words[j]
            if clause and w == "," and out and self._person_next(j, out[-1]):
                break  # "A, who works with Foo, and B": the comma closes A's clause
            m = self.by_start.get(j)
            if m is not None:
                nxt = m.end
                # "X's Role Y" or "X Role Y": the item is Y
                if nxt < end and self.words[nxt] in POSSESSIVE and self.role_at(nxt + 1):
                    j = nxt + 1
                    continue
                inner = next(
                    (r for r in self.roles if m.start < r.start <= nxt and r.end in self.by_start),
                    None,
                )
                if inner is not None:
                    j = inner.end
                    continue
                if nxt < end and self.words[nxt] in POSSESSIVE and (nxt + 1) in self.by_start:
                    j = nxt + 1
                    continue
                based = self._past_based(nxt)
                if based is not None:  # "Kelby-based Foo", "Kelby based Foo": the item is Foo
                    j = based
                    continue
                if (
                    nxt + 2 < end
                    and self.words[nxt + 1] == "of"
                    and branch_place(self.doc, self.sent, m)
                ):  # "the Ayton branch of Foo Trust": the item is Foo Trust
                    j = nxt + 2
                    continue
                if (kinds is None or self.kind(m) in kinds) and not self.is_we(m):
                    out.append(m)  # not "As well as these partners, we will ...": a clause
                j = nxt
                continue
            role = self.role_at(j)
            if role is not None:
                j = self._past_body(role.end, person_next=True)
                continue
            if out and w in _BODY_PREPOSITIONS and self.kind(out[-1]) == "Person":
                # "A of Foo and B", "A from Foo, B": the body describes A, the list goes on
                after = self._past_body(j, person_next=False)
                if after != j:
                    j = after
                    continue
            if apposed and out and w == "," and (past := self._past_apposition(j)) is not None:
                j = past
                continue
            if w in _LIST_GLUE or w in POSSESSIVE or w.rstrip(".") in lx.HONORIFICS:
                if w in {"then"}:
                    break
                j += 1
                continue
            if w == "with" and out and self.mention_at(j + 1) is not None:
                j += 1
                continue
            if w == "(":  # "Jane Doe (Foo Trust)"
                close = next((k for k in range(j, end) if self.words[k] == ")"), None)
                if close is None:
                    break
                j = close + 1
                continue
            # "the charity X", "five local authorities and the housing association Y"
            skip = self._skip_descriptor(j)
            if skip is not None:
                j = skip
                continue
            break
        return out

    def _in_relative_clause(self, i: int) -> bool:
        """Whether token i is in a relative clause set off by a comma ("A, who
        works with ...", "Foo, which runs ..."): the last comma before i opens it."""
        k = i - 1
        while k > self.sent.start and self.words[k] != ",":
            k -= 1
        return k > self.sent.start and self.words[k + 1] in _RELATIVES

    def _person_next(self, k: int, last: Mention) -> bool:
        """Whether a person's name, not of `last`'s kind, comes after the comma at
        token k (past "and"): "... with Foo, and Bo Rusk" leaves the clause."""
        nxt = k + 1 + (k + 1 < self.sent.end and self.words[k + 1] in {"and", "&"})
        m = self.by_start.get(nxt)
        return m is not None and self.kind(m) == "Person" and self.kind(last) != "Person"

    def _past_apposition(self, k: int) -> int | None:
        """Past ", an arts charity based in Kelby," at token k (a comma after an
        item): "a"/"an" and lower-case words, maybe a place, to the next comma, when
        "and" or a name follows it; else None."""
        if k + 2 >= self.sent.end or self.words[k + 1] not in {"a", "an"}:
            return None
        for n in range(k + 2, min(k + _APPOSITION_WORDS, self.sent.end - 1)):
            if self.words[n] == ",":
                nxt = n + 1
                if self.words[nxt] in {"and", "&"}:
                    nxt += 1
                return n + 1 if self.mention_at(nxt) is not None and n > k + 2 else None
            m = self.by_start.get(n)
            if self.words[n] in {";", ":", "(", ")", "."} or (
                m is not None and self.kind(m) != "Place"
            ):
                return None
        return None

    def _past_based(self, k: int) -> int | None:
        """Past "based" (or "- based") at token k when a name follows it, maybe after
        a few words saying what it is ("Kelby-based arts charity Foo"): the name
        before says where the next item is based, and is no item itself; else None."""
        if k < self.sent.end and self.words[k] in lx.DASHES:
            k += 1
        if k + 1 >= self.sent.end or self.words[k] != "based":
            return None
        if self.mention_at(k + 1) is not None:
            return k + 1
        skip = self._skip_descriptor(k + 1)
        return skip if skip is not None and skip in self.by_start else None

    def _past_body(self, j: int, *, person_next: bool) -> int:
        """Past "of Foo Trust" at token j when it says whose a post or a person is
        and the list goes on after it: to a person ("the Mayor of Kelby, Cllr A":
        `person_next`) or to a next item ("A of Foo and B"); else j."""
        if j >= self.sent.end or self.words[j] not in _BODY_PREPOSITIONS:
            return j
        body = self.mention_at(j + 1)
        if body is None and person_next:
            # "the Leader of the Council, Cllr A": a body named by a common noun
            k = next(
                (x for x in range(j + 1, min(j + 5, self.sent.end)) if self.words[x] == ","), j
            )
            body_words = self.words[j + 1 : k]
            if (
                k > j + 1
                and all(
                    self.doc[x].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} for x in range(j + 1, k)
                )
                and body_words[-1] in _BODY_NOUNS
            ):
                nxt = self.mention_at(k + 1)
                return k if nxt is not None and self.kind(nxt) == "Person" else j
            return j
        if body is None or self.kind(body) == "Person":
            return j
        k = body.end
        if k >= self.sent.end or self.words[k] not in {",", "and", "&", ";"}:
            return j
        if person_next:
            nxt = self.mention_at(k + 1)
            return k if nxt is not None and self.kind(nxt) == "Person" else j
        return k

    def _skip_descriptor(self, j: int) -> int | None:
        """Where a list goes on after a few lower-case words ("the charity", "five
        local authorities and"), or None when those words end the list."""
        k = j
        while k < self.sent.end and k - j < 5:
            tok = self.doc[k]
            # "by retired electrician Jo Tern": a participle before a lower-case noun describes
            described = (k == j and k + 1 < self.sent.end and tok.tag_ in {"VBN", "VBD"}) and (
                self.doc[k + 1].pos_ == "NOUN" and k not in self.by_end
            )
            if (tok.pos_ in _NOT_DESCRIPTOR_POS and not described) or tok.text in _CLOSERS:
                return None
            if k in self.by_start:
                return k if k > j else None
            if self.words[k] in {",", "and", "&"}:
                return k + 1 if k > j else None
            if _is_capital(tok.text):
                # "by local MP Jane Doe", "and guest speaker Dr Ann Bell": a style goes on
                if k > j and self.words[k].rstrip(".") in lx.HONORIFICS:
                    return k
                return past_unnamed_item(self, j, k)
            k += 1
        return None

    def _before_descriptors(self, p: int, start: int) -> int:
        """Back from token p over what describes the next name: "Foo Trust's
        Director of Strategy", "Northtown Council Leader", "Foo's"."""
        for _ in range(3):
            # the post ends at p, or runs on over an honorific ("Vice Chancellor Professor")
            role = next((r for r in self.roles if r.start <= p < r.end and r.start > start), None)
            if role is not None:
                p = role.start - 1
            elif p >= start and self.words[p] in POSSESSIVE:
                p -= 1
            org = next(
                (o for o in self.ms if o.start >= start and o.start <= p < o.end), None
            ) or self.by_end.get(p + 1)
            if org is not None and org.start >= start and self.kind(org) != "Person":
                p = org.start - 1
            elif role is None:
                break
        while p >= start and self.words[p] in _LEADING_ARTICLES:
            p -= 1
        return p

    def describes_next(self, m: Mention) -> bool:
        """ "Foo Trust Chief Executive Jane Doe", "Foo Trust's Jane Doe": the name
        describes the person after it."""
        k = m.end
        if k < self.sent.end and self.words[k] in POSSESSIVE:
            k += 1
        role = self.role_at(k)
        if role is not None:
            k = role.end
        nxt = self.by_start.get(k)
        return k > m.end and nxt is not None and self.kind(nxt) == "Person"

    def items_between(self, start: int, end: int, kinds: set[str]) -> list[Mention]:
        """Mentions of `kinds` that are items of a list running from token `start`
        to `end`: the first, and each after a comma, "and", "&" or "as well as"; not
        those inside brackets or after "of", "from", "with" ("A, Director of B")."""
        out = []
        for m in self.ms:
            if not start <= m.start < end:
                continue
            before = self.words[start : m.start]
            if before.count("(") > before.count(")"):
                continue
            p = m.start - 1
            while p >= start and (
                self.words[p].rstrip(".") in lx.HONORIFICS or self.words[p] in _LEADING_ARTICLES
            ):
                p -= 1
            p = self._before_descriptors(p, start)
            if (
                p > start
                and self.words[p] in {"from", "by", "with"}
                and self.words[p - 1]
                in {
                    "and",
                    ",",
                }
            ):
                p -= 1  # "we heard from A, director at Foo, and from B"
            if not (p < start or self.words[p] in _ITEM_BEFORE or self._relative_list(p, start)):
                continue
            if self.describes_next(m):
                continue
            if self.kind(m) in kinds or (kinds == {"Person"} and self.vote_person(m)):
                out.append(m)
        return out

    def _relative_list(self, p: int, start: int) -> bool:
        """ "a panel of experts, which included A": the list opens after "which" or
        "who" and its verb at token p."""
        return (
            p > start and self.words[p] in _RELATIVE_VERBS and self.words[p - 1] in {"which", "who"}
        )
