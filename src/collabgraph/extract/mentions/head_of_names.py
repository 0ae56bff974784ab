"""A body named "<Head> of <Field>" ("Kelby Chamber of Commerce", "Fenby Institute of
Technology"): the head word before "of" (vocab/name_heads_before_of.txt) makes the
run one name, and a body's (`votes`), though the recogniser may read the words before
"of" as a person's and the field as another body. Read by `split.split_run` where a
run is cut at "of".
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import is_cap, lower_word

HEADS_BEFORE_OF = vocab.words("name_heads_before_of")
"""Words heading a body's name before "of" (vocab/name_heads_before_of.txt)."""
_MAX_FIELD = 4  # capitalised words after "of"


def head_before_of(doc, cur_end: int, a_start: int, a_end: int) -> bool:
    """Whether doc[cur_end - 1], just before "of", is a body's head word of the list
    and the words after "of" (doc[a_start:a_end]) are one to four capitalised words
    that no person's name opens."""
    if lower_word(doc[cur_end - 1]) not in HEADS_BEFORE_OF:
        return False
    field = doc[a_start:a_end]
    return (
        0 < len(field) <= _MAX_FIELD
        and all(is_cap(t) or t.is_punct for t in field)
        and not (field[0].ent_type_ == "PERSON" and field[0].ent_iob_ == "B")
    )
