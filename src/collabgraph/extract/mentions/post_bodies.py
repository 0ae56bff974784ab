"""Which words name a post's body, for the role finder (`roles`, `finder`): a
body's letters alone before a post ("Jane Doe, KFHA Chief Executive,", "Jane Doe
(KDA Board Member)": the letters are the employer); what follows "of" after the
head of a body ("Chief Executive of Public Health Westshire": a body, not a field).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.mention import RoleSpan
from collabgraph.extract.mentions.tokens import lower_word

_BOARD_WORDS = vocab.words("board_words")
_BODY_HEADS = vocab.words("role_heads_of_bodies")


def acronym_then_post(doc, span: RoleSpan, *, anywhere: bool = False) -> bool:
    """An acronym alone before a title that ends at a comma, a bracket, the line's
    end or a verb of saying (or anywhere, for a board's post): the body's letters
    ("KFHA Chief Executive,", "KFHA Head of Operations said"), not a place ("UK")."""
    acronym = doc[span.start - 1]
    after = doc[span.end].text if span.end < len(doc) else ""
    return (
        acronym.is_alpha
        and acronym.text.isupper()
        and 2 <= len(acronym.text) <= 6
        and (
            anywhere
            or after in {",", ")", "", ";", ".", "–", "—"}
            or after.lower() in lx.SPEAKING_VERBS
        )
        and not is_uk_place(acronym.text)
    )


def acronym_board_post(doc, piece_start: int, span: RoleSpan) -> bool:
    """ "DVA Board Member", "KDA Board Chair": a board post held at the body whose
    letters stand alone before it (the board is the body's, not a body's name),
    whatever follows the post ("KDA Board Member and Founder of Fenby Aid")."""
    return (
        span.start == piece_start + 1
        and lower_word(doc[span.start]) in _BOARD_WORDS
        and acronym_then_post(doc, span, anywhere=True)
    )


def heads_a_body(doc, i: int, stop: int) -> bool:
    """Whether the post doc[i:stop] heads or sits on a body (`vocab/role_heads_of_bodies.txt`)
    and what follows its "of" is no board ("chair of trustees")."""
    words = [lower_word(t) for t in doc[i:stop]]
    if " ".join(words[-2:]) not in _BODY_HEADS and words[-1] not in _BODY_HEADS:
        return False
    k = stop + 1 + (stop + 1 < len(doc) and doc[stop + 1].lower_ == "the")
    return k < len(doc) and lower_word(doc[k]) not in _BOARD_WORDS
