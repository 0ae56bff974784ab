"""Subjects before a verb: a reader mixin for `SentenceReader`.

"A and B, Chief Executive of Foo, spoke" has subjects before its verb
(`subjects_before`, stepping over an appositive with `appositive_before`, and
over honours after a name: "A MBE and B OBE spoke");
"A, B and C of Foo" joins people before a name (`people_joined_before`); "A
sits on Foo's board and is a trustee of Bar" has A as the second verb's subject
(`second_predicate_subject`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import POSSESSIVE

_SUBJECT_GLUE = vocab.words("subject_glue_words")
_VERB_GAP = vocab.words("verb_gap_words")
_ADVERBS_BEFORE_VERB = vocab.words("adverbs_before_verb")
_COLLEAGUE_TITLES = vocab.words("colleague_titles")
_LIST_PREPOSITIONS = {"including", "from", "of", "with", "by", "as", "between", "among", "amongst"}


class SubjectReading:
    """Methods for `SentenceReader`: the subjects of a verb, people joined before a name."""

    def before_verb(self, i: int) -> int:
        """The token before the verb at token i once the words between a subject and
        its verb are stepped over (`vocab/verb_gap_words.txt`): in "Foo has recently
        selected", Foo's last token; `sent.start - 1` when only such words precede."""
        b = i - 1
        while b >= self.sent.start and self.words[b] in _VERB_GAP:
            b -= 1
        return b

    def subjects_before(
        self, v: int, kinds: frozenset[str] = frozenset({"Person"})
    ) -> list[Mention]:
        """The subjects of the verb at token v, of `kinds`: "A and B introduced",
        "A, Chief Executive of Foo, spoke" (an appositive is stepped over); [] for a
        token outside the sentence (a mention of the page's body written elsewhere)."""
        out: list[Mention] = []
        if not self.sent.start < v <= self.sent.end:
            return out
        j = v - 1
        while j >= self.sent.start:
            w = self.words[j]
            m = self.by_end.get(j + 1)
            if m is not None and "Person" in kinds and not out:
                holder = self.affiliation_holder(m)
                if holder is not None:
                    m = holder  # "A and B of Foo took part": A and B, not Foo
            if m is not None:
                if self.kind(m) in kinds or (kinds == {"Person"} and self.vote_person(m)):
                    out.append(m)
                    if self.after_fronted_post(m):
                        return [m]  # "The Chair of Foo, Jane Doe, has ...": not Foo
                elif (
                    self.kind(m) is None
                    and out
                    and self.kind(out[-1]) == "Organisation"
                    and self.words[m.end] in {"and", ",", "&"}
                ):
                    out.append(m)  # "A and the Foo Trust co-hosted": A not yet typed, like B
                j = m.start - 1
                continue
            role = next((r for r in self.roles if r.end == j + 1), None)
            if role is not None:
                j = role.start - 1
                continue
            if w in {",", ")"}:
                opening = self.appositive_before(j)
                if opening is not None:
                    j = opening
                    if self.words[j] == "(":
                        j -= 1
                    continue
            if w == ")" and j - 2 >= self.sent.start and self.words[j - 2] == "(":
                short = self.by_end.get(j)  # "A and Foo Council (FC) held": its short name
                if short is not None and short.start == j - 1:
                    j -= 3
                    continue
            if w in _SUBJECT_GLUE or w in POSSESSIVE or w.endswith("ly") or w in lx.POST_NOMINALS:
                j -= 1  # "A MBE and B were": an honour after a name is part of it
                continue
            if w in _LIST_PREPOSITIONS:
                return []  # "attendees from organisations including A and B held ...": not A, B
            break
        return list(reversed(out))

    def affiliation_holder(self, m: Mention) -> Mention | None:
        """The person whose body `m` is, written "A of/from (the) Foo", else None."""
        if self.kind(m) != "Organisation":
            return None
        k = m.start - 1
        k -= k > self.sent.start and self.words[k] == "the"
        if k <= self.sent.start or self.words[k] not in {"of", "from"}:
            return None
        holder = self.by_end.get(k)
        return holder if holder is not None and self.kind(holder) == "Person" else None

    def second_predicate_subject(self, i: int) -> Mention | None:
        """The person a sentence opens with when the verb at token i starts a second
        predicate after "and": "Jane Doe sits on the Foo board and is a governor of
        Bar College" (the verb's subject is the sentence's); else None."""
        k = i - 1
        while k > self.sent.start and self.words[k] in _ADVERBS_BEFORE_VERB:
            k -= 1  # "and also is", "and currently is"
        if k <= self.sent.start or self.words[k] != "and":
            return None
        s = self.sentence_subject()
        return s if s is not None and s.end < k and self.kind(s) == "Person" else None

    def body_before_where(self, k: int) -> Mention | None:
        """ "Foo Trust, where Jane Doe is ...": the organisation named right before the
        comma and the "where" at token k, else None (and for a token outside the
        sentence: k read off a person "She" refers to, named in another block)."""
        if not self.sent.start < k - 1 < k < self.sent.end:
            return None
        if self.words[k] != "where" or self.words[k - 1] != ",":
            return None
        body = self.by_end.get(k - 1)
        return body if body is not None and self.kind(body) == "Organisation" else None

    def after_fronted_post(self, m: Mention) -> bool:
        """Whether person `m` is set apart by commas right after a post and its body:
        "The Chair of Foo Trust, Jane Doe, has ..." (the clause's subject is the
        post, held by the name apposed to it, not Foo Trust)."""
        k = m.start - 1
        while k > self.sent.start and self.words[k].rstrip(".") in lx.HONORIFICS:
            k -= 1  # "The Leader of Foo Council, Councillor Jane Doe, has"
        body = self.by_end.get(k)
        if self.kind(m) != "Person" or body is None or k <= self.sent.start:
            return False
        if self.words[k] != "," or m.end >= self.sent.end or self.words[m.end] != ",":
            return False
        j = body.start - 1
        j -= j > self.sent.start and self.words[j] == "the"
        if j <= self.sent.start or self.words[j] not in {"of", "at"}:
            return False
        for i in range(j - 1, max(self.sent.start, j - 5) - 1, -1):
            if i == self.sent.start or self.words[i - 1] == "the":
                span = self.role_phrase_at(i)  # "The Chair", "that the chief executive"
                if span is not None and span.end == j:
                    return True
        return False

    def appositive_before(self, j: int) -> int | None:
        """Where an appositive closed by the comma or bracket at token j opens, when
        a person stands before it: "Jane Doe, Director of Foo Trust," / "Jane Doe
        (Foo Trust)" / "Jane Doe, who chairs Foo Trust,". Returns the opening comma
        or bracket's index, else None."""
        opener = "(" if self.words[j] == ")" else ","
        close = j
        for k in range(j - 1, max(self.sent.start, j - 16) - 1, -1):
            w = self.words[k]
            if w in {"(", ")"} and w != opener:
                return None
            if w != opener:
                continue
            person = self.by_end.get(k)
            if (person is None or self.kind(person) != "Person") and self._post_part(k, close):
                close = k  # "Jane Doe, Chief Executive, Foo Trust,": the post, then its body
                continue
            if person is None or self.kind(person) != "Person":
                return None
            if opener == "," and self.words[k + 1] in {"who", "whose"}:
                return k  # "Jane Doe, who chairs Foo Trust, sits on": a clause about her
            inside = range(k + 1, j)
            if any(self.doc[x].pos_ in {"VERB", "AUX"} for x in inside if x not in self._in_names):
                return None
            if any(r.start == k + 1 for r in self.roles) or any(
                self.by_start.get(x) is not None for x in inside
            ):
                return k
            return None
        return None

    def _post_part(self, k: int, close: int) -> bool:
        """Whether the words between the commas at k and `close` are only a body's
        name, with a post's title before it at the comma k ("..., Chief Executive,
        Foo Trust,"): one part of a two-part appositive."""
        body = self.by_start.get(k + 1)
        if body is None or body.end != close or self.kind(body) != "Organisation":
            return False
        return any(r.end == k for r in self.roles)

    def people_joined_before(self, m: Mention, titled_ok: bool = False) -> list[Mention]:
        """The people joined to person `m` by "and" or commas with nothing else between
        ("A, B and C of Foo": A and B; "joined by A and B of Foo"; "with A and B of
        Foo present"); none after "between" ("a talk between A and B of Foo": two
        sides), none when a name in the run is not a person's, and none after a list
        closed before it ("A, B and C, and D of Foo": D alone); a list item closed by
        its own body ends the run ("A of Foo, B and C of Bar": B and C). With
        `titled_ok` (a body said right after the names), titles colleagues share are
        stepped over ("Dr A and Professor B of Foo": A), and then the run ends at a
        person without one ("Imam A and Dr B of Foo": none)."""
        out: list[Mention] = []
        titled = self._colleague_titled(m) if titled_ok else None  # "Dr A and Dr B of Foo"
        k = (titled if titled is not None else m.start) - 1
        ands = 0
        while k > self.sent.start and self.words[k] in {"and", ",", "&"}:
            closed = self.words[k] == "and" and self.words[k - 1] == ","
            body = self.by_end.get(k - 1) if closed else None
            if out and body is not None and self.item_body(body):
                return out  # "A and B of Foo, and C and D of Bar": C and D are Bar's
            ands += self.words[k] in {"and", "&"}
            if ands > 1:
                return []  # "A, B and C" ended before ", and D"
            j = k - (self.words[k] == "and" and self.words[k - 1] == ",")
            prev = self.by_end.get(j)
            if prev is not None and out and self.words[k] == "," and self.item_body(prev):
                return out  # "A of Foo, B and C of Bar": B and C are Bar's, A is Foo's
            if prev is None or self.kind(prev) != "Person":
                return [] if prev is not None else out
            start = self._colleague_titled(prev) if titled is not None else prev.start
            if start is None:
                return out  # "Imam A and Dr B of Foo": B alone is Foo's
            out.append(prev)
            k = start - 1
        if k >= self.sent.start and self.words[k] in {"between", "and", "versus"}:
            return []  # "a debate between A and B of Foo": two sides ("with A and B": one)
        return out

    def _colleague_titled(self, m: Mention) -> int | None:
        """Where person `m` starts with a title colleagues at one body share
        (`vocab/colleague_titles.txt`: "Dr", "Professor", "PC"), read with the name or
        as the word before it; None when written without one."""
        if (m.title or "").lower().rstrip(".") in _COLLEAGUE_TITLES:
            return m.titled_start
        k = m.start - 1
        if k >= self.sent.start and self.words[k].lower().rstrip(".") in _COLLEAGUE_TITLES:
            return k
        return None

    def item_body(self, m: Mention) -> bool:
        """Whether body `m` closes the list item before ("A of Foo, B and C of Bar"):
        a body after "of"/"from"/"at" and a person's name."""
        k = m.start - 1 - (m.start - 1 > self.sent.start and self.words[m.start - 1] == "the")
        owner = self.by_end.get(k)
        return (
            self.kind(m) == "Organisation"
            and k > self.sent.start
            and self.words[k] in {"of", "from", "at"}
            and owner is not None
            and self.kind(owner) == "Person"
        )
