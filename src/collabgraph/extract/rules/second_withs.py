"""A second "with" after those worked with: "The Trust is working with A, whose
members will transcribe the recordings, and with B", "working with A on holiday
meals and with B on a careers fair": the names after the second "with" are worked
with too. Read by `collaboration`.
"""

from __future__ import annotations

from collabgraph.extract.rules.reader import SentenceReader

_REACH = 20  # tokens at most from the last name worked with to "and with"
_PARTIES = frozenset({"Person", "Organisation"})


def second_withs(reader: SentenceReader, k: int) -> list:
    """The names listed after "and with" (or ", and with") that follows token k, the
    end of the names a verb of working together was said with, within a few words
    and no other "with" or sentence break between; [] when none follows."""
    words = reader.words
    for j in range(k, min(k + _REACH, reader.sent.end - 2)):
        if words[j] in {"with", ";", ":"}:
            return []
        if words[j] == "and" and words[j + 1] == "with":
            return reader.list_after(j + 2, kinds=_PARTIES)
    return []


__all__ = ["second_withs"]
