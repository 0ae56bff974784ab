"""The office of a post that is a body of its own, written whole with the post's
words (`vocab/office_body_posts.txt`, lower case there): "the Office of the <post>
for Kelby and Fenby Vale", "the Office of the Kelby <post>", "the <post> for Kelby"
and "Kelby <post>'s fund" name one organisation, the office; not the post said of a
person ("<post> Jo Tern", "Jo Tern, the Kelby <post>, said"), which the run finder
reads as a role. "the office of the <post> for Kelby", in lower case, names the
office by the post's name alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Span

from collabgraph.extract import vocab
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_cap, lower_words

_POSTS = [tuple(p.split()) for p in vocab.ordered("office_body_posts")]
_OFFICE = ("office", "of", "the")
_PLACE_WORDS = 4  # capitalised words at most in the area's name before the post
_VOTE = 12  # over the votes the post's words give a person's role


def office_body_mentions(
    doc, sent: Span, add_name: Callable[[int, int], Mention | None]
) -> set[int]:
    """Add an organisation's mention for each office named whole (see the module);
    the indices of the tokens read, for the run finder to leave alone."""
    claimed: set[int] = set()
    lows = lower_words(doc)
    for start, end in office_spans(doc, sent, lows):
        m = add_name(start, end)
        if m is None:
            continue
        m.votes = Counter({"Organisation": _VOTE})
        m.ner_vote, m.gazetteer = None, False
        claimed |= set(range(start, end))
    return claimed


def office_spans(doc, sent: Span, lows) -> list[tuple[int, int]]:
    """The token spans of the offices a sentence names whole."""
    found: list[tuple[int, int]] = []
    for i in range(sent.start, sent.end):
        post = next((p for p in _POSTS if tuple(lows[i : i + len(p)]) == p), None)
        if post is None or not is_cap(doc[i]):
            continue
        k = i  # the area's name before the post: "the Kelby <post>"
        while k > sent.start and i - k < _PLACE_WORDS and is_cap(doc[k - 1]):
            k -= 1
        office = k - 3 >= sent.start and tuple(lows[k - 3 : k]) == _OFFICE and is_cap(doc[k - 3])
        j = i + len(post)
        area_end = _area_after(doc, sent, j)
        if area_end is not None:  # "... Commissioner for Kelby and Fenby Vale"
            end = area_end
        elif (office and not _name_next(doc, sent, j)) or (
            k < i and j < sent.end and doc[j].text in POSSESSIVE
        ):
            end = j  # "the Office of the Kelby <post>", "Kelby <post>'s fund"
        else:
            continue  # "<post> Jo Tern": a person's post
        found.append((k - 3 if office else k, end))
    return found


def _area_after(doc, sent: Span, j: int) -> int | None:
    """The end of the area named after "for" at token j ("for Kelby", "for Kelby and
    Fenby Vale"); None when no capitalised name follows a "for" there."""
    if j + 1 >= sent.end or doc[j].lower_ != "for" or not is_cap(doc[j + 1]):
        return None
    k = j + 1
    while k < sent.end and (
        is_cap(doc[k])
        or (doc[k].lower_ in {"and", "&"} and k + 1 < sent.end and is_cap(doc[k + 1]))
    ):
        k += 1
    return k


def _name_next(doc, sent: Span, j: int) -> bool:
    """Whether a capitalised word (a person's name) follows the post at token j."""
    return j < sent.end and is_cap(doc[j]) and doc[j].text not in POSSESSIVE


__all__ = ["office_body_mentions", "office_spans"]
