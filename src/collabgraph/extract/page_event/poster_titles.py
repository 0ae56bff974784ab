"""A poster's or programme's headline is its event's name: a short headline with no
event noun ("FOO FEST 2031", "Kelby Pride 2031 – what's on") over a line that dates
it ("Saturday 13 June 2031, Dale Hall"), or over a subtitle telling what kind of
occasion it is ("The county food summit", "A one-day symposium on ..."), which the
page's event was found from; the subtitle's name is kept as an alias.

Only a headline of a few words, telling nothing (no finite verb), naming no body,
project or report by its last word ("KELBY FOOD PARTNERSHIP" over a meeting's date
is the body holding it, "Kelby Plan 2031" a plan), with no colon (a headline's
name before a colon is read by page_event/headlines.py); a headline in capitals is
written with capitals to its words.
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import FINITE_TAGS, POSSESSIVE_S
from collabgraph.extract.page_event.reading import PageEvent
from collabgraph.extract.written_dates import MONTH_NAMES, WEEKDAY, YEAR

_TAILS = vocab.words("poster_title_tails")
_DASH_TAIL = re.compile(r"\s+[-–—]\s+(?P<tail>[^-–—]+)$")
_WHEN_LINE = re.compile(
    rf"^(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"\s+(?:{MONTH_NAMES})\b|(?:{MONTH_NAMES})\s+\d{{1,2}}\b)",
    re.I,
)
_MAX_WORDS = 7
_SMALL_WORDS = vocab.words("title_small_words")  # kept lower-case after a title's first word
_DESCRIBING_OPENERS = frozenset({"a", "an", "the"})
_NOT_OCCASION_HEADS = frozenset({"Organisation", "Project", "Report", "Place"})


def poster_name(
    event: PageEvent | None, layout, docs: list, headline_blocks: list[int]
) -> tuple[str, tuple[int, int]] | None:
    """The headline's name for the page's event and its tokens in the headline's
    block (see the module), or None when the headline is no poster's."""
    if not headline_blocks:
        return None
    block = headline_blocks[0]
    if layout.blocks[block].kind != "title":
        return None
    doc = docs[block]
    title = layout.blocks[block].text.strip()
    tail = _DASH_TAIL.search(title)
    if tail is not None and tail.group("tail").strip().lower() in _TAILS:
        title = title[: tail.start()].strip()
    words = title.split()
    if not 1 <= len(words) <= _MAX_WORDS or not _hyphened_only(title):
        return None
    end = _tokens_in(doc, title)
    told = not title.isupper() and any(t.tag_ in FINITE_TAGS for t in doc[:end])
    if told or title.endswith((".", "!", "?")):
        return None  # "Kelby Pride returns": news of it (capitals are tagged as verbs)
    if event is not None and (
        event.name.lower() == _written(title).lower() or block in event.spans
    ):
        return None  # the headline read already
    undated = words[:-1] if YEAR.fullmatch(words[-1]) else words
    if not undated or head_kind(_bare(undated[-1]))[0] in _NOT_OCCASION_HEADS:
        return None
    # "TIDEFALL 2031" over "Friday 31 July – Sunday 2 August"; else a subtitle's kind
    dated = len(undated) < len(words) and any(
        _WHEN_LINE.match(layout.blocks[b].text.strip()) for b in headline_blocks[1:4]
    )
    if not dated and not _subtitled(event, layout, headline_blocks):
        return None
    return _written(title), (0, end)


def _hyphened_only(title: str) -> bool:
    """Whether the title's only dashes are inside words ("SWITCH-ON")."""
    return ":" not in title and "|" not in title and not re.search(r"\s[-–—]|[-–—]\s", title)


def _subtitled(event: PageEvent | None, layout, headline_blocks: list[int]) -> bool:
    """Whether the page's event was found from the line right under the headline,
    which describes it ("The county food summit", "Foo's annual gathering")."""
    if event is None or len(headline_blocks) < 2 or not event.spans:
        return False
    below = headline_blocks[1]
    if min(event.spans) != below:
        return False
    first = layout.blocks[below].text.split()[0].lower()
    return first in _DESCRIBING_OPENERS or first.endswith(tuple(POSSESSIVE_S))


def _bare(word: str) -> str:
    return word.lower().strip(",.'’")


def _tokens_in(doc, title: str) -> int:
    """The number of the headline's tokens the title (its tail left off) covers."""
    end = 0
    for t in doc:
        if t.idx >= len(title):
            break
        end = t.i + 1
    return end


def _written(title: str) -> str:
    """The title as a name: a headline in capitals with capitals to its words only."""
    if not title.isupper():
        return title
    out = []
    for n, word in enumerate(title.lower().split()):
        if n and word in _SMALL_WORDS:
            out.append(word)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(out)


__all__ = ["poster_name"]
