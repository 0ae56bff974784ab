"""Who "we", "our" and "I" are in a sentence: a reader mixin for `SentenceReader`.

Inside a quotation ("Jane Doe, Chief Executive of Foo, said: “We are delighted
to support our partners”") "we" and "our" are the speaker's organisation and
"I" the speaker; outside, they are the page's own: the byline author's
organisation, or the one the page address is named after. Quotations are
followed across sentences and into the paragraphs that continue them.
"""

from __future__ import annotations

from collabgraph.extract.context import PAGE_ORG
from collabgraph.extract.mentions import Mention

_OPEN, _CLOSE, _BOTH = {"“"}, {"”"}, {'"'}
# single marks quote too ("said: ‘We are ...’"), but "’" is also an apostrophe
# ("the charities’ work"): it closes only a quotation "‘" opened
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"
QUOTE_OPENERS = tuple(sorted(_OPEN | _BOTH | {_SINGLE_OPEN}))
"""The marks a paragraph that goes on with a quotation opens with."""
WE_WORDS = {"we", "our", "us", "ours"}
I_WORDS = {"i", "me", "my"}


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
        for k in range(start, end):
            text = self.doc[k].text
            if text in _OPEN:
                mark = text
            elif text in _CLOSE:
                mark = False
            elif text in _BOTH:
                mark = False if mark else text
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

    def we_before(self, i: int) -> int | None:
        """ "We have received a grant", "we are giving £12,000": outside a quotation,
        "we" right before the verb at token i (`before_verb`) is the page's own
        organisation: its mention id, or `PAGE_ORG` before the page names itself;
        None when no such "we" is there."""
        b = self.before_verb(i)
        if b < self.sent.start or self.words[b] != "we" or self.in_quote(b):
            return None
        ours = self.we_org(b)
        return ours if ours is not None else PAGE_ORG

    def page_org(self) -> int | None:
        """The organisation the page speaks for (`DocumentContext.page_org`)."""
        return self.ctx.page_org(self.section)

    def i_person(self, i: int) -> Mention | None:
        """Who "I" at token i is: the speaker inside a quote, else the author."""
        who = self.ctx.speaker if self.in_quote(i) else self.ctx.authors.get(self.section)
        return self.ctx.mentions[who] if who is not None else None
