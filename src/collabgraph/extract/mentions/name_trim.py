"""What a run of name tokens loses before it is read as a name: a leading article,
connector or mark, "Members of", a trailing possessive, mark or connector, a
postcode closing an address, a nationality before a person's name (read by
`mentions.add.add_mention`).
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms, token_texts
from collabgraph.extract.mentions.name_ends import closing_particle
from collabgraph.extract.mentions.tokens import POSSESSIVE, lower_words

_POSTCODE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}")  # "DY1 2AB", "SW1A 1AA"
_GROUP_OPENERS = vocab.words("name_group_openers")


def trimmed_run(doc, start: int, end: int, heading: bool) -> tuple[int, int, int]:
    """(start, end, postcode length) of a name run without what is no part of the
    name: a leading article, connector or mark, "Members of", a trailing possessive,
    mark or connector, a postcode closing an address, a nationality before a
    person's name."""
    lows, raw, texts = lower_words(doc), lower_forms(doc), token_texts(doc)
    # Drop a leading article and trailing possessive or punctuation.
    while start < end and (
        lows[start] in lx.ARTICLES
        or lows[start] in {"of", "and", "for", "in", "on", "&", "at"}
        or texts[start] in {"-", "‐", "'", "’"}
        # "Kelby Harbour Commissioner's Foo Fund": the run after
        # the office's name opens on its "'s", no part of the fund's name
        or texts[start] in POSSESSIVE
    ):
        start += 1
    # "Members of Parliament", "the Trustees of Foo Trust": the people of a body
    if start + 2 < end and lows[start] in _GROUP_OPENERS and raw[start + 1] in {"of", "for"}:
        start += 2
        while start < end and lows[start] in lx.ARTICLES:
            start += 1
    postcode = postcode_end(doc, start, end)
    end -= postcode  # "Dudley DY1 2AB": the town of an address, its postcode no name
    while end > start and (
        texts[end - 1] in POSSESSIVE
        or texts[end - 1] in {"-", ",", "&"}
        or (lows[end - 1] in lx.NAME_CONNECTORS and not closing_particle(doc, end, heading))
    ):
        end -= 1
    # "Swede Kennet Andersson": a nationality before a person's name is not the name
    while (
        start + 1 < end
        and doc[start].ent_type_ == "NORP"
        and doc[start + 1].ent_type_ == "PERSON"
        and doc[start + 1].ent_iob_ == "B"
    ):
        start += 1
    return start, end, postcode


def postcode_end(doc, start: int, end: int) -> int:
    """How many words at the end of doc[start:end] are a postcode after a name
    ("Dudley DY1 2AB": 2; "Dudley DY1" before "2AB": 1), else 0."""
    if end - start >= 3 and _POSTCODE.fullmatch(f"{doc[end - 2].text} {doc[end - 1].text}"):
        return 2
    if end - start >= 2 and end < len(doc):
        return 1 if _POSTCODE.fullmatch(f"{doc[end - 1].text} {doc[end].text}") else 0
    return 0


__all__ = ["postcode_end", "trimmed_run"]
