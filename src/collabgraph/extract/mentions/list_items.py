"""The name a list item opens with, when the line over the list says its items
are bodies ("The partners are:" over "Jigsaw", "Petrus (Kelby)", "Foo Trust -
£5,000"): single words and names the recogniser and the capital runs miss.

The name runs from the item's start over capitalised words and the small words
inside names ("of", "and", "the", "&", "'s"), a hyphen inside a word
too ("Home-Start Kelby"), to a separator (",", "(", "-", ":",
"|") or the item's end; an item that runs on into lower-case words ("Advice for
families") names nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.set_off_names import RUN_BY
from collabgraph.extract.mentions.tokens import hyphen_join, is_cap, lower_word

_INSIDE = {"of", "and", "&", "the", "for", "'s", "’s", "in", "on", "at", "'", "’"}
_STOPS = {",", "(", ":", "|", ";", "/", "."} | lx.DASHES
_MAX_WORDS = 8
WHERE_WORDS = vocab.words("item_where_words")
"""The words after an item's name and a comma that open what is done there."""
ITEM_VOTE = 4
"""The lead-in's vote for an item's type: more than a given name's (Petrus)."""


def item_name(doc, sent: Span, inside: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """(start, end) tokens of the name `sent` (a list item) opens with, or None;
    `inside`: more small words a name may hold ("from", "to" in a programme's
    name: "Back to Work")."""
    small = _INSIDE | inside
    i = sent.start
    if i < sent.end and lower_word(doc[i]) in lx.ARTICLES and i + 1 < sent.end:
        i += 1
    start = i
    while i < sent.end and doc[i].text not in _STOPS and i - start < _MAX_WORDS:
        tok = doc[i]
        if not (
            is_cap(tok) or (i > start and lower_word(tok) in small) or _end_number(doc, sent, i)
        ):
            return None
        i = min(hyphen_join(doc, i), sent.end) if is_cap(tok) else i + 1
    if i == start or (i < sent.end and doc[i].text not in _STOPS):
        return None
    while i > start and lower_word(doc[i - 1]) in small:
        i -= 1
    if i == start or any(ch.isdigit() for ch in doc[start].text):
        return None
    return start, i


def _end_number(doc, sent: Span, i: int) -> bool:
    """A number ending an item's name: "Dale Advice 1066"."""
    last = i + 1 == sent.end or doc[i + 1].text in _STOPS
    return i > sent.start and last and doc[i].is_digit and is_cap(doc[i - 1])


def place_in_brackets(doc, sent: Span, end: int) -> tuple[int, int] | None:
    """(start, end) of the place after an item's name: "(Kelby)", or ", Kelby"
    before a separator ("Foo Trust, Kelby - £500", "Foo Trust, Kelby: £500"); one
    to three capitalised words, not an acronym ("(KFT)" is the name's short form)."""
    if end >= sent.end or doc[end].text not in {"(", ","}:
        return None
    k = end + 1
    while k < sent.end and k - end <= 3 and is_cap(doc[k]) and not doc[k].text.isupper():
        k += 1
    if k == end + 1 or k >= sent.end:
        return None
    if doc[end].text == "(" and doc[k].text != ")":
        return None
    if doc[end].text == "," and doc[k].text not in lx.LINE_MARKS:
        return None
    return end + 1, k


def item_names(
    doc, sent: Span, mentions: list[Mention], add: Callable[[int, int], Mention | None]
) -> None:
    """The body a list item opens with, under a lead-in naming a list of bodies:
    found when nothing else found it ("Jigsaw", with `add`), voted an
    organisation; a place after it voted a place."""
    span = item_name(doc, sent)
    if span is None:
        return
    name = found_item(mentions, span, add)
    if name is None:
        return
    if name.title is None:
        name.votes["Organisation"] += ITEM_VOTE
    place = place_in_brackets(doc, sent, span[1])
    where = found_item(mentions, place, add) if place is not None else None
    if where is not None and where.same_as is None:
        where.votes["Place"] += ITEM_VOTE


def where_item_names(
    doc, sent: Span, mentions: list[Mention], add: Callable[[int, int], Mention | None]
) -> None:
    """The name a list item opens with before ", where" ("Skills for Kelby, where
    Dalby College will lead ..."): found when nothing else found it, for
    rules/where_items.py to read as the programme the body after "where" runs."""
    span = item_name(doc, sent)
    if span is None or span[1] + 1 >= sent.end or doc[span[1]].text != ",":
        return
    if lower_word(doc[span[1] + 1]) in WHERE_WORDS:
        found_item(mentions, span, add)


DASH_VERBS = (
    vocab.words("programme_verbs")
    | vocab.words("programme_lead_verbs")
    | vocab.words("programme_doing_verbs")
    | vocab.words("programme_serving_verbs")
)
"""Verbs of running or of doing a programme's work, after a dash and a body: "Home
Visits – Foo Trust will train volunteers", "– Foo Trust runs weekly groups"."""
_DASH_REACH = 14  # tokens after the dash a description's verb or "run by" may be in
_ARTICLES = {"a", "an"}
_TITLE_WORDS = frozenset({"from", "to", "with", "into", "a"})
"""Small words inside a programme's name: "Back to Work", "Home with Care"."""


def dash_item_names(
    doc, sent: Span, mentions: list[Mention], add: Callable[[int, int], Mention | None]
) -> None:
    """The name a list item opens with before a dash and a description of a
    programme ("Home Visits – Foo Trust will visit older people", "Sing Out – a
    choir for carers run by Foo Trust"): found when nothing else found it, for
    rules/dash_items.py to read as the programme the body runs. An item whose text
    after the dash does neither ("Chair – Jane Doe", "Foo Trust – £500") is left."""
    span = item_name(doc, sent, _TITLE_WORDS)
    if span is None or span[1] + 2 >= sent.end or doc[span[1]].text not in lx.DASHES:
        return
    if dash_description(doc, span[1] + 1, sent.end):
        found_item(mentions, span, add)


def dash_description(doc, k: int, end: int) -> bool:
    """Whether the words from token k (after an item's dash) describe a programme:
    a capitalised name then a verb of running or doing ("Foo Trust will run", "Foo
    and Bar train"), or "a"/"an" and, further on, a verb of running then "by"
    ("a choir for carers run by Foo")."""
    words = [lower_word(t) for t in doc[k : min(k + _DASH_REACH, end)]]
    if words[0] in _ARTICLES:
        return any(
            w in RUN_BY and j + 1 < len(words) and words[j + 1] == "by" for j, w in enumerate(words)
        )
    if not (is_cap(doc[k]) or words[0] == "the"):
        return False
    return any(
        w in DASH_VERBS and doc[k + j].pos_ in {"VERB", "AUX"} and doc[k + j].is_lower
        for j, w in enumerate(words)
    )


def found_item(mentions: list[Mention], span: tuple[int, int], add) -> Mention | None:
    """The mention of exactly `span`, added when no mention overlaps it; None when
    the name finder cut it otherwise ("Jane Doe" and "Foo Trust")."""
    same = next((m for m in mentions if (m.start, m.end) == span), None)
    over = [m for m in mentions if m.start < span[1] and span[0] < m.end]
    if len(over) == 1 and same is None and _part_of(over[0], span):
        mentions.remove(over[0])  # "Community" of "Rovers in the Community": the item is whole
        return add(*span)
    if same is not None or over:
        return same
    return add(*span)


def _part_of(m: Mention, span: tuple[int, int]) -> bool:
    """Whether the finder's only name in an item is a piece of the item's name,
    cut where the finder saw no name ("Community" of "Rovers in the Community",
    "Dale Advice" of "Dale Advice 1066"): inside it, and no person's."""
    inside = span[0] <= m.start and m.end <= span[1]
    return inside and m.title is None and not m.votes.get("Person")


__all__ = [
    "DASH_VERBS",
    "ITEM_VOTE",
    "WHERE_WORDS",
    "dash_description",
    "dash_item_names",
    "found_item",
    "item_name",
    "item_names",
    "place_in_brackets",
    "where_item_names",
]
