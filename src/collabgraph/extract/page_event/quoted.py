"""An event named in quotes near the start of a page: "its spring summit, ‘Greener
Streets Together’, ..."."""

from __future__ import annotations

from collabgraph.extract.layout import Layout
from collabgraph.extract.mentions.tokens import CLOSING_QUOTES, OPENING_QUOTES, is_cap, lower_word
from collabgraph.extract.page_event.phrase_heads import HEADS
from collabgraph.extract.page_event.reading import PageEvent

_QUOTED_BLOCKS = 6


def quoted_event(layout: Layout, docs: list, spoken_of: bool) -> PageEvent | None:
    """An event named in quotes near the start: "its spring summit, ‘Greener Streets
    Together’, ..." (after an event noun), "the lively ‘Save Our Parks’ event" (before
    one: the quoted words, and with the noun an alias), or "‘X’ gave delegates ..."
    opening a sentence of a page that speaks of a conference, summit, etc."""
    seen = 0
    for n, block in enumerate(layout.blocks):
        if block.section != 0 or block.kind not in {"para", "item"}:
            continue
        seen += 1
        if seen > _QUOTED_BLOCKS:
            break
        doc = docs[n]
        for sent in doc.sents:
            for start, end in _quoted_names(doc, sent.start, sent.end):
                before = [lower_word(t) for t in doc[max(sent.start, start - 3) : start]]
                after_noun = any(w in HEADS for w in before)
                opens = all(t.text in OPENING_QUOTES for t in doc[sent.start : start])
                noun = _noun_after(doc, end + 1, sent.end)
                if after_noun or noun or (opens and spoken_of):
                    event = PageEvent(doc[start:end].text, evidence=sent.text)
                    event.spans[n] = [(start, end)]
                    if noun:  # "the ‘Save Our Parks’ rally": the quoted words, and with the noun
                        event.spans[n] = [(start - 1, end + 2)]
                        event.aliases.append(doc[start - 1 : end + 2].text)
                    return event
    return None


def _noun_after(doc, i: int, end: int) -> bool:
    """Whether token `i` is an event noun ending a phrase: "‘Save Our Parks’ event,"
    but not "‘Foo’ event series"."""
    if i >= end or lower_word(doc[i]) not in HEADS:
        return False
    nxt = doc[i + 1] if i + 1 < end else None
    return nxt is None or not (nxt.pos_ in {"NOUN", "PROPN"} or is_cap(nxt))


def _quoted_names(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of title-case words between quotation marks ("‘Greener Streets Together’")."""
    out = []
    i = start
    while i < end - 2:
        if doc[i].text in OPENING_QUOTES and is_cap(doc[i + 1]):
            j = i + 1
            while j < end and j - i <= 12 and doc[j].text not in CLOSING_QUOTES:
                j += 1
            words = [t for t in doc[i + 1 : j] if t.is_alpha]
            caps = sum(1 for t in words if t.text[:1].isupper())
            if (
                j < end
                and doc[j].text in CLOSING_QUOTES
                and len(words) >= 2
                and caps / len(words) >= 0.6
            ):
                out.append((i + 1, j))
                i = j
        i += 1
    return out
