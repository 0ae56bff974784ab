"""Who "we", "our" and "I" are in a sentence: a reader mixin for `SentenceReader`.

Inside a quotation ("Jane Doe, Chief Executive of Foo, said: “We are delighted
to support our partners”") "we" and "our" are the speaker's organisation and
"I" the speaker; outside, they are the page's own: the byline author's
organisation, or the one the page address is named after. Quotations are
followed across sentences and into the paragraphs that continue them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from collabgraph.extract.doc_arrays import token_texts
from collabgraph.extract.mentions import Mention
from collabgraph.extract.relation_candidates import PAGE_ORG

_OPEN, _CLOSE, _BOTH = {"“"}, {"”"}, {'"'}
# single marks quote too ("said: ‘We are ...’"), but "’" is also an apostrophe
# ("the charities’ work"): it closes only a quotation "‘" opened
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"
_MARKS = _OPEN | _CLOSE | _BOTH | {_SINGLE_OPEN, _SINGLE_CLOSE}
QUOTE_OPENERS = tuple(sorted(_OPEN | _BOTH | {_SINGLE_OPEN}))
"""The marks a paragraph that goes on with a quotation opens with."""
_WE_NAMES = {"we", "us"}  # "we"/"us" stand where a body's name would; "our" owns a noun


class VoiceReading:
    """Methods for `SentenceReader`: quotations, "we", "our", "I"."""

    def in_quote(self, i: int) -> bool:
        """Whether token i is inside a quotation."""
        start, end = self.sent.start, self.sent.end
        if i <= start:
            return self.quote_open
        if i > end:
            return self._inside_from(start, i)[-1]
        # the sentence's marks are read once: whether each of its tokens is inside
        read = getattr(self, "_quote_marks", None)
        if read is None or read[0] != self.quote_open:
            read = self._quote_marks = (self.quote_open, self._inside_from(start, end))
        return read[1][i - start]

    def _inside_from(self, start: int, end: int) -> list[bool]:
        """Whether each token from `start` to `end` (both included) is inside a
        quotation, reading the marks from `start` on."""
        return [bool(mark) for mark in self._marks_from(start, end)]

    def _marks_from(self, start: int, end: int) -> list[bool | str]:
        """The mark that opened the quotation each token from `start` to `end` is
        inside (True when it ran on from an earlier sentence), else False."""
        mark = self.quote_open
        states = [mark]
        texts = token_texts(self.doc)
        for k in range(start, end):
            text = texts[k]
            if text in _OPEN:
                mark = text
            elif text in _CLOSE:
                mark = False
            elif text in _BOTH:
                # a paragraph going on with an open quotation opens with the mark again
                mark = False if mark and k > 0 else text
            elif text == _SINGLE_OPEN and not mark:
                mark = text
            elif text == _SINGLE_CLOSE and mark == _SINGLE_OPEN and not self._plural_possessive(k):
                mark = False
            states.append(mark)
        return states

    def _plural_possessive(self, k: int) -> bool:
        """Whether the "’" at token k is a plural's apostrophe ("the charities’ work"):
        after a word ending in "s", with a word after it."""
        doc = self.doc
        return (
            k > 0
            and k + 1 < len(doc)
            and doc[k - 1].is_alpha
            and doc[k - 1].lower_.endswith("s")
            and not doc[k - 1].whitespace_
            and doc[k + 1].is_alpha
        )

    def quote_open_after(self) -> bool | str:
        """The mark of a quotation still open at the end of the sentence (the
        sentences after go on inside it), else False."""
        return self._marks_from(self.sent.start, self.sent.end)[-1]

    def we_org(self, i: int) -> int | None:
        """The organisation "we"/"our" at token i is: the speaker's inside a quote,
        else the page's own (its author's, or the one its address is named after)."""
        if self.in_quote(i):
            speaker = self.ctx.speaker
            return self.ctx.works_at(speaker) if speaker is not None else None
        return self.page_org()

    def we_mentions(self) -> list[Mention]:
        """ "We" and "us" read as mentions of the body they are (`we_org`), so every
        rule that looks for a subject, object or list member finds it as it finds
        that body's name ("We have been awarded £5,000 by Foo", "Foo has partnered
        with us"): a copy of that body's mention, placed at the pronoun; before the
        page has named itself, a `PAGE_ORG` stand-in filled in once it is read
        (`_page_org_to_come`). None inside a quote with no known speaker, nor for an
        "us" a person acts on ("Jane Doe led us through the plans")."""
        found = []
        for k in range(self.sent.start, self.sent.end):
            word = self.words[k]
            if word not in _WE_NAMES:
                continue
            if self.in_quote(k):
                body = self._speakers_body(k)
                if body is not None:
                    found.append(body)
                continue
            if word == "us" and self._told_by_a_person(k):
                continue  # "Jane Doe led us through the plans": a talk, not a tie
            ours = self.page_org()
            if ours is None:
                found.append(self._page_org_to_come(k))
                continue
            found.append(self._body_at(ours, k))
        return found

    def _speakers_body(self, k: int) -> Mention | None:
        """The body of the speaker whose quotation, run on from an earlier sentence,
        "we" at token k is inside: a mention of it at k. None when the quotation opens
        in this sentence (its speaker is read with the sentence, after this)."""
        # (a paragraph going on with the quotation may open with its mark again)
        marks = (j for j in range(max(self.sent.start, 1), k) if self.doc[j].text in _MARKS)
        if not self.quote_open or next(marks, None) is not None:
            return None
        ours = self.we_org(k)
        if ours is None:
            return None
        return self._body_at(ours, k)

    def _body_at(self, body_id: int, k: int) -> Mention:
        """A copy of mention `body_id` placed at the pronoun at token k."""
        body = self.ctx.mentions[body_id]
        return replace(body, start=k, end=k + 1, votes=Counter(body.votes), listed_with=[])

    def _told_by_a_person(self, k: int) -> bool:
        """Whether "us" at token k is the object of a verb a person or "he"/"she"
        is the subject of ("Jane Doe led us through", "she showed us"): what a
        person does to the page's readers, not a tie of the body ("Foo funded us")."""
        tok = self.doc[k]
        if tok.dep_ not in {"dobj", "dative"}:
            return False
        for subject in (c for c in tok.head.children if c.dep_ == "nsubj"):
            if subject.lower_ in {"he", "she"}:
                return True
            named = next((m for m in self.ms if m.start <= subject.i < m.end), None)
            if named is not None and self.kind(named) == "Person":
                return True
        return False

    def is_we(self, m: Mention) -> bool:
        """Whether a mention is "we"/"us" read as a body (`we_mentions`)."""
        return m.end - m.start == 1 and self.words[m.start] in _WE_NAMES

    def _page_org_to_come(self, k: int) -> Mention:
        """A stand-in mention at token k for the page's own body before the page
        names it: its id is `PAGE_ORG`, settled once the page is read."""
        tok = self.doc[k]
        return Mention(
            id=PAGE_ORG, text=tok.text, title=None, block=-1, section=self.section,
            sent=-1, start=k, end=k + 1, votes=Counter({"Organisation": 10}),
        )  # fmt: skip

    def page_body_at(self, k: int) -> Mention:
        """The page's own body as a mention at token k ("we worked with Foo" outside
        a quote): a copy of its mention, or the `PAGE_ORG` stand-in before the page
        has named itself (settled once the page is read, its voice included)."""
        ours = self.page_org()
        return self._page_org_to_come(k) if ours is None else self._body_at(ours, k)

    def page_org(self) -> int | None:
        """The organisation the page speaks for (`DocumentContext.page_org`)."""
        return self.ctx.page_org(self.section)

    def i_person(self, i: int) -> Mention | None:
        """Who "I" at token i is: the speaker inside a quote, else the author."""
        who = self.ctx.speaker if self.in_quote(i) else self.ctx.authors.get(self.section)
        return self.ctx.mentions[who] if who is not None else None
