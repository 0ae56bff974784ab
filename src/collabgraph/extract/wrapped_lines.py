"""A plain text's logical lines: the lines of a paragraph hard-wrapped across
several lines joined into one (layout.py reads the logical lines). A line runs on
into the next when it is long and stops short of a sentence's end, and the next
opens in lower case or the line stops on a word no sentence ends on
(vocab/line_run_on_words.txt); else each line is its own: a list's lines that
each open with a name ("Foo Trust for its work with carers" / "Kelby
Council for ..."), a caption written twice, a headline over its first sentence.
"""

from __future__ import annotations

import re

from collabgraph.extract.vocab import ordered

LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪‣]|\d+[.)])\s+")
"""A bulleted or numbered line's mark."""
SENTENCE_END = re.compile(r"[.!?:;…)\"”’]$")
"""What a line ending a sentence (or a label) ends with."""
_RUN_ON_WORDS = frozenset(ordered("line_run_on_words"))


def over_item(lines: list[str], n: int) -> bool:
    """Whether line n stands right over a bulleted item: it heads a list of its own
    ("Breakout workshops" after the items under "Keynote presentations"), neither
    the wrapped end of the line before it nor an item of the list before."""
    return n + 1 < len(lines) and LIST_ITEM.match(lines[n + 1].strip()) is not None


def logical_lines(text: str) -> list[tuple[str, bool]]:
    """Logical lines, hard-wrapped paragraphs joined; each with 'follows a blank line'."""
    out: list[tuple[str, bool]] = []
    blank = True
    prev_wrapped = False
    raws = text.split("\n")
    for n, raw in enumerate(raws):
        line = raw.strip()
        if not line:
            blank = True
            prev_wrapped = False
            continue
        heads_items = over_item(raws, n)  # no wrapped end of the line before
        if (
            out
            and not blank
            and prev_wrapped
            and not heads_items
            and not LIST_ITEM.match(line)
            and (line[0].islower() or (len(out[-1][0]) >= 60 and _runs_on(out[-1][0])))
            and not (line[0].isupper() and _title_cased(out[-1][0]))
        ):
            out[-1] = (out[-1][0] + " " + line, out[-1][1])
        else:
            out.append((line, blank))
        prev_wrapped = len(raw.rstrip()) >= 55 and not SENTENCE_END.search(line)
        blank = False
    return out


def _runs_on(line: str) -> bool:
    """Whether `line` stops mid-sentence, so a next line opening with a capital carries
    it on: a comma or a small word last (vocab/line_run_on_words.txt)."""
    words = line.split()
    return line.endswith(",") or (bool(words) and words[-1] in _RUN_ON_WORDS)


_SMALL_WORDS = frozenset(ordered("title_small_words"))


def _title_cased(line: str) -> bool:
    """A headline in title case ("Summit Sparks Fresh Ideas for Tenants"): the line
    after it starts a paragraph of its own, however long the headline."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


__all__ = ["LIST_ITEM", "SENTENCE_END", "logical_lines", "over_item"]
