"""A text that stops in the middle of a name: saved pages and feeds are often cut
at a number of characters ("... chief executive of Westmoor Community Act"), and
the extractor itself reads only the first `nlp_model.MAX_CHARS`. The name the cut
runs through is not a name the page gives ("Westmoor Community Act"), so it is
left out rather than read as one.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name

# Small words inside a name that the cut name may run back across ("Friends of the").
_INSIDE_NAME = frozenset({"of", "the"})
_WORD = re.compile(r"[\w'’.-]+$")
_TOKEN = re.compile(r"\S+")
_CREDIT_LEADS = vocab.ordered("closing_credit_leads")
_CREDIT_WORDS = 8  # words at most before the name on a byline or thank-you line
# a field's label ending the line before the name: "Chair: ", "| Secretary: "
_FIELD_LABEL = re.compile(r"(?:^|[|·•;])\s*([A-Z][^:|·•;.!?]{0,40}):\s*$")
_LABEL_WORDS = 4  # words at most in such a label ("Chair of the Trustees")


def drop_cut_name(text: str) -> str:
    """`text` without the capitalised words at its very end when it stops mid-word.

    The text stops mid-word when it ends in a letter (no full stop, quote or
    bracket) and its last word is capitalised, no word of English, no given name,
    no UK place and nowhere else in the text whole. Those words, back across "of"
    and "the", are dropped with the small word before them: "Awards went to Ada
    Brook for Volunteeri" -> "Awards went to Ada Brook"; "Ada Brook, director of
    Westmoor Community Actio" -> "Ada Brook, director"; "... thanked Ada Brook." is kept,
    and so is a name on a line of its own (a list's last item, a signature) or ending
    a byline, a credit or a thank-you ("Report by Ada Okonkwo"), or after a field's
    label ("Chair: Ada Okonkwo | Secretary: Jo Tern").
    """
    body = text.rstrip()
    last = _WORD.search(body)
    if last is None or not body[-1:].isalpha():
        return text
    word = last.group(0)
    if not _cut_word(word, body[: last.start()]):
        return text
    tokens = list(_TOKEN.finditer(body[: last.start()]))
    # walk back over the name's other words: capitalised, or "of"/"the" inside it
    keep = len(tokens)
    while keep > 0 and _in_cut_name(tokens, keep - 1):
        keep -= 1
    while keep < len(tokens) and tokens[keep].group(0) in _INSIDE_NAME:
        keep += 1  # never leave the name's small words opening the cut
    # nor the small word that led into it ("Ada Brook for | Volunteering Awa")
    while keep > 0 and tokens[keep - 1].group(0) in lx.NAME_CONNECTORS | lx.ARTICLES:
        keep -= 1
    cut_at = tokens[keep].start() if keep < len(tokens) else last.start()
    line_start = body.rfind("\n", 0, cut_at) + 1
    if not any(c.isalnum() for c in body[line_start:cut_at]):
        return text  # a line of its own, a list's last item ("* Kelby Trust"): whole
    if _credit_line(re.split(r"[.!?]\s", body[line_start:cut_at])[-1]):
        return text  # "Report by Ada Okonkwo", "With thanks to our chair, Ada Okonkwo"
    if _field_value(body[line_start:cut_at]):
        return text  # "Chair: Ada Okonkwo | Secretary: Jo Tern": a field's value, whole
    return body[:cut_at].rstrip()


def _field_value(before: str) -> bool:
    """Whether the last line's words before the name end in a short field label and a
    colon, at the line's start or after a separator ("Chair: ", "Minutes taken by
    the clerk | Secretary: "): a contacts or officers line, not a sentence cut."""
    label = _FIELD_LABEL.search(before)
    return label is not None and len(label.group(1).split()) <= _LABEL_WORDS


def _credit_line(before: str) -> bool:
    """Whether the words before the name in the last line's last sentence open a
    byline, a credit or a thank-you (`vocab/closing_credit_leads.txt`) and are few."""
    words = re.sub(r"[^\w\s]", " ", before).lower().split()
    if len(words) > _CREDIT_WORDS:
        return False
    opening = " ".join(words)
    return any(opening == lead or opening.startswith(lead + " ") for lead in _CREDIT_LEADS)


def _in_cut_name(tokens, k: int) -> bool:
    """Whether token k belongs to the name the cut runs through: a capitalised word
    not closed by punctuation, or "of"/"the" after a capitalised word."""
    word = tokens[k].group(0)
    if word[:1].isupper() and word[-1:].isalnum():
        return True
    return word in _INSIDE_NAME and k > 0 and tokens[k - 1].group(0)[:1].isupper()


def _cut_word(word: str, before: str) -> bool:
    """Whether the text's last word reads as one cut short: capitalised, not all
    capitals, unknown as a word, a given name or a place, and not written whole
    earlier in the text."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.isalpha()
        and not is_common_word(word)
        and not is_given_name(word)
        and not is_uk_place(word)
        and re.search(rf"\b{re.escape(word)}\b", before) is None
    )
