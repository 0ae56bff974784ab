"""Bodies inside a list of who took part in an event: "... as well as figures from
organisations including X and Y" (`organisations_including`), "... and
representatives from X", "members of staff from Y" (`bodies_represented`); each
took part as a body. Called by `speaker_lists`, `participation`, `focus_takers`;
vocab/list_nouns_organisations.txt, represented_people_nouns.txt.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

_ORG_LIST_NOUNS = vocab.words("list_nouns_organisations")
_REPRESENTED = vocab.words("represented_people_nouns")


def organisations_including(reader: SentenceReader, start: int) -> list:
    """ "... as well as figures from organisations including X, Y and Z": X, Y, Z."""
    out = []
    words = reader.words
    for k in range(start, reader.sent.end - 1):
        if words[k] not in {"including", "include", "includes", "such"}:
            continue
        if not any(w in _ORG_LIST_NOUNS for w in words[max(start, k - 3) : k]):
            continue
        after = k + 1 + (words[k] == "such" and words[k + 1] == "as")
        out += reader.list_after(after, kinds={"Organisation"})
    return out


def bodies_represented(
    reader: SentenceReader, start: int, listed: list, *, end: int | None = None
) -> list:
    """ "... and representatives from X", "members of staff from Y", "colleagues in
    the Z": in a list of who took part, from token `start` to `end` (the sentence's
    end), the bodies whose people came (vocab/represented_people_nouns.txt), not
    already `listed`; "members" only as "members of staff", never "members of X",
    unless `end` is given: the subject before a verb of taking part ("Members of
    the Foo Group and A took part": the group took part through its members)."""
    words, stop = reader.words, reader.sent.end if end is None else end
    out: list = []
    for k in range(start, stop - 2):
        if words[k] == "members" and words[k + 1] == "of" and words[k + 2] == "staff":
            k += 2
        elif (words[k] not in _REPRESENTED and (end is None or words[k] != "members")) or (
            reader.in_quote(k)
        ):
            continue
        if k + 3 < stop and words[k + 1] == "of" and reader.doc[k + 2].like_num:
            k += 2  # "a team of 25 from Foo Ltd"
        if k + 1 >= stop or words[k + 1] not in {"from", "in", "at", "of"}:
            continue
        after = k + 3 if end is not None and words[k + 2] == "the" else k + 2
        if reader.mention_at(after) is None:
            continue  # "staff from across the county"
        for m in reader.list_after(after, kinds={"Organisation"}):
            if m.end <= stop and all(m is not o for o in listed + out):
                out.append(m)
    return out
