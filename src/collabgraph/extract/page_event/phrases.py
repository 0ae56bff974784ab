"""Event noun phrases in a sentence: "Foo's combined Annual General Meeting".

The event nouns and the words that do not name an event are data:
`vocab/page_event_heads.txt`, `vocab/event_modifiers.txt`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collabgraph.extract import vocab
from collabgraph.extract.mentions.runs import capital_runs
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_cap, lower_word

HEADS = vocab.words("page_event_heads")
MODIFIERS = vocab.table("event_modifiers")
DETERMINERS = {"the", "a", "an", "this", "that", "our", "its", "their", "his", "her", "my"}
CONNECTORS = {"and", "of", "&", "for", "on", "in", "to"}
YEAR = re.compile(r"(19|20)\d\d$")
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)?$", re.I)


@dataclass
class Phrase:
    """An event noun phrase in one block: "Foo's combined Annual General Meeting"."""

    block: int
    start: int  # first token of the phrase (after an article or possessive)
    end: int  # after the head (and a year)
    head: str  # the event noun, lower case
    name_words: list[str]  # the words a name keeps ("Annual General Meeting")
    named: bool  # a capitalised word names it ("Carers and Families summit")
    owner: tuple[int, int] | None = None  # token span of the organisation it belongs to
    text: str = ""
    also: tuple[int, int] | None = None  # "... and Annual Members Meeting": the same event


def phrases_in(doc, start: int, end: int, block: int) -> list[Phrase]:
    """Event noun phrases between tokens `start` and `end` of a Doc."""
    out = []
    for i in range(start, end):
        tok = doc[i]
        head = lower_word(tok)
        if head not in HEADS or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        nxt = doc[i + 1] if i + 1 < end else None
        if nxt is not None and is_cap(nxt) and not YEAR.match(nxt.text):
            continue  # "Conference Centre", "Summit House": the noun is inside another name
        if nxt is not None and nxt.pos_ == "NOUN" and not is_cap(nxt):
            continue  # "her AGM presentation": the noun describes another
        j = i - 1
        lower_budget = 1
        while j >= start:
            t = doc[j]
            low = lower_word(t)
            if low in DETERMINERS or t.text in POSSESSIVE or t.text in {",", ":", "(", '"'}:
                break
            if is_cap(t) or _ORDINAL.match(t.text) or low in MODIFIERS:
                j -= 1
                continue
            if low in CONNECTORS and j > start and is_cap(doc[j - 1]) and is_cap(doc[j + 1]):
                j -= 1
                continue
            if (
                lower_budget
                and t.pos_ in {"NOUN", "ADJ"}
                and j > start
                and is_cap(doc[j - 1])
                and not doc[j - 1].is_sent_start
            ):
                lower_budget -= 1  # "the Green party conference"
                j -= 1
                continue
            break
        p_start, p_end = j + 1, i + 1
        if p_end < end and YEAR.match(doc[p_end].text):
            p_end += 1
        words = [t for t in doc[p_start:p_end]]
        first_name = next(
            (k for k, t in enumerate(words) if (is_cap(t) or t.text[:1].isdigit())
             and lower_word(t) not in MODIFIERS and lower_word(t) not in HEADS),
            None,
        )  # fmt: skip
        named = first_name is not None and not (
            p_start == doc[p_start].sent.start and first_name == 0 and len(words) == 2
        )
        if named:
            name_words = [t.text for t in words[first_name:]]
        else:
            name_words = [t.text for t in words if MODIFIERS.get(lower_word(t), "keep") == "keep"]
        phrase = Phrase(
            block, p_start, p_end, head, name_words, named, text=doc[p_start:p_end].text
        )
        phrase.owner = _owner(doc, p_start, p_end, start, end)
        also = _conjoined_end(doc, p_end, end)
        if also is not None:
            phrase.also = (p_end + 1, also)
        out.append(phrase)
    return out


def _owner(doc, p_start: int, p_end: int, start: int, end: int) -> tuple[int, int] | None:
    """ "Foo's AGM", "the AGM of Foo Trust", "the event for Foo's partners"."""
    sent = doc[p_start].sent
    runs = capital_runs(doc, sent)
    runs = [_cut_run(doc, r) for r in runs]
    k = p_start - 1
    if k > start and doc[k].text in POSSESSIVE:
        run = next((r for r in runs if r[1] == k), None)
        if run is not None:
            return run
    k = _conjoined_end(doc, p_end, end) or p_end
    if k + 1 < end and doc[k].lower_ in {"of", "for"}:
        m = k + 1 + (doc[k + 1].lower_ == "the")
        run = next((r for r in runs if r[0] == m), None)
        if run is not None:
            possessive = run[1] < end and doc[run[1]].text in POSSESSIVE
            if doc[k].lower_ == "of" or possessive:
                return run
    return None


def _conjoined_end(doc, k: int, end: int) -> int | None:
    """After "the annual general meeting", the end of "and annual members' meeting"."""
    if k + 1 < end and doc[k].lower_ == "and":
        m = k + 1
        while (
            m < end
            and lower_word(doc[m]) not in HEADS
            and (lower_word(doc[m]) in MODIFIERS or doc[m].text in POSSESSIVE or is_cap(doc[m]))
        ):
            m += 1
        if m < end and lower_word(doc[m]) in HEADS:
            return m + 1
    return None


def _cut_run(doc, run: tuple[int, int]) -> tuple[int, int]:
    """A run of capitals up to "on", "in", "at": "Foo Trust on World Health Day" is Foo Trust."""
    for k in range(run[0] + 1, run[1]):
        if doc[k].lower_ in {"on", "in", "at", "to"}:
            return run[0], k
    return run
