"""What the label of a programme line says about the person it names (no
rules): "10:00 Welcome - Jane Doe, Foo Trust", "Chair: Jane Doe", "Keynote
speaker: Ann Bell (Bar University)" (`vocab/programme_labels.txt`). Shared by
`name_org_pairs` (the pair after the label) and `programme_lines` (the role).
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

_LABELS = vocab.table("programme_labels")
LINE_SEPARATORS = frozenset({":", "|"}) | lx.DASHES
"""What ends a programme line's label or a session's title: "Welcome –", "Caring at home:"."""
_LABEL_GLUE = vocab.words("line_label_glue")
_TIME = re.compile(r"^(\d{1,2}([:.]\d{2})?(am|pm)?|am|pm|noon|to|-|–|—)$")
_MAX_LABEL = 5


def opens_with_time(word: str) -> bool:
    """Whether a line's first word is a time of day ("10:00", "9.30am", "14.15")."""
    return bool(_TIME.match(word)) and any(ch.isdigit() for ch in word)


def line_label(reader: SentenceReader, i: int) -> str | None:
    """The role the words before token i give, when the sentence opens with a
    programme line's label and a separator before it ("10:00 Welcome –",
    "Keynote speaker:"), else None. Source of the roles: corpus/GOLD.md."""
    words = reader.words[reader.sent.start : i]
    if len(words) < 2 or words[-1] not in LINE_SEPARATORS:
        return None
    k = 0
    while k < len(words) - 1 and _TIME.match(words[k]) and any(ch.isdigit() for ch in words[0]):
        k += 1  # "10:00 - 10:30 Welcome -"
    label = words[k:-1]
    if not label or len(label) > _MAX_LABEL:
        return None
    role = label_role(label)
    if role is None or any(w not in _LABELS and w not in _LABEL_GLUE for w in label):
        return None
    return role


def label_role(words: list[str]) -> str | None:
    """The role the first programme label among `words` gives ("panel" -> panellist)."""
    return next((_LABELS[w] for w in words if w in _LABELS), None)


__all__ = ["LINE_SEPARATORS", "label_role", "line_label", "opens_with_time"]
