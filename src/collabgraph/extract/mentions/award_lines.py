"""Winners on the lines of an award list: "Good Neighbour Award – Jane Doe",
"Team of the Year Award: Kelby Rovers". The award's name is no entity
(corpus/GOLD.md: award categories are not), but the name after its dash is the
winner's: a person when it opens with a given name, a body otherwise. The words
are data: vocab/name_award_heads.txt (what ends an award's name).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import lower_word

_AWARD_HEADS = vocab.words("name_award_heads")


def award_line_votes(doc, sent, mentions: list[Mention]) -> None:
    """Vote for the type of a name right after an award's name and a dash
    ("Young Achiever Award – Jane Doe": a person; "Stronger Together Award –
    Kelby Community Kitchen": a body), which nothing else in such a line types."""
    for m in mentions:
        k = m.start - 1
        if k - 1 < sent.start or doc[k].text not in lx.LINE_MARKS:
            continue
        if lower_word(doc[k - 1]) not in _AWARD_HEADS:
            continue
        words = doc[m.start : m.end]
        # "Kelby Sea Scouts", "Kelby Rovers": a given name may open a body's name,
        # which a plural noun ends
        person = (
            2 <= len(words) <= 3
            and is_given_name(words[0].text)
            and head_kind(lower_word(words[-1]))[0] is None
            and words[-1].tag_ not in {"NNS", "NNPS"}
        )
        m.votes["Person" if person else "Organisation"] += 3
