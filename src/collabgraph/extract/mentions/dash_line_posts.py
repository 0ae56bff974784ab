"""A staff list's line "Jane Doe – Family Link Worker (part-time)": a person's name,
a dash, and words in capitals ending in a post's core word (`vocab/role_core.txt`)
fill the line, so those words are the post, whatever its field words ("Parks and
Play Officer", "Tenants' Welfare Coordinator"), not a body's name. The role
finder reads a post only from words it knows; on such a line the layout says it.
The same the other way round: "Pantry Coordinator: Jane Doe", "Programme manager –
Dr Jane Doe" (the post first, its first word in capitals, then a colon or a dash).

The post's body is left to the rules that read posts with none (the page's own
body, `ctx.unplaced_posts`). Words naming a body ("Foo Trust Lead": a head word of
`vocab/head_organisation*.txt`) or a place keep their reading.
"""

from __future__ import annotations

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract.doc_arrays import span_text, token_texts
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.mention import RoleSpan
from collabgraph.extract.mentions.persons_names import looks_like_persons_name
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_cap, lower_word

_JOINS = {"and", "&"} | POSSESSIVE
_MARKS = {"-", "•", "*", "·", "▪"}  # a bullet before the name


def dash_line_post(doc, sent: Span) -> RoleSpan | None:
    """The post filling a "Name – Post" line (see the module), if `sent` is one."""
    # the sentence's text and words from the Doc's kept lists: no Span or Token made
    # on the many lines that are not such a line
    if "\n" in span_text(doc, sent.start, sent.end).strip():
        return None
    texts, i = token_texts(doc), sent.start
    while i < sent.end and (texts[i] in _MARKS or texts[i].rstrip(".") in lx.HONORIFICS):
        i += 1
    # the dash between a name and its post
    dash = next((k for k in range(i, sent.end) if texts[k] in lx.LONG_DASHES), None)
    if dash is None or not name_and_bracket(doc, i, dash):
        return _post_first(doc, texts, i, sent.end)
    k, end = dash + 1, sent.end
    while end > k and doc[end - 1].text in {".", " "}:
        end -= 1
    stop = next((j for j in range(k, end) if doc[j].text == "("), end)
    if stop < end and doc[end - 1].text != ")":
        return None  # "(part-time)" closes the line, or nothing does
    if not 2 <= stop - k <= 7 or lower_word(doc[stop - 1]) not in lx.ROLE_CORE:
        return None
    for t in doc[k:stop]:
        low = lower_word(t)
        if low in _JOINS or t.text in POSSESSIVE:
            continue
        if not is_cap(t) or low in lx.ORG_HEADS or is_uk_place(t.text):
            return None  # "Foo Trust Lead", "Kelby Coordinator": a body's, a place's
    return RoleSpan(doc[k:stop].text, k, stop)


def _post_first(doc, texts: list[str], i: int, end: int) -> RoleSpan | None:
    """The post opening a "Post: Name" line ("Pantry Coordinator: Jane Doe",
    "Programme manager – Dr Jane Doe."), its first word in capitals, the rest field
    words in either case, ending in a post's core word; a person's name, and it may
    be a bracket, filling the rest of the line."""
    sep = next((k for k in range(i, end) if texts[k] == ":" or texts[k] in lx.LONG_DASHES), None)
    if sep is None or not 2 <= sep - i <= 6 or lower_word(doc[sep - 1]) not in lx.ROLE_CORE:
        return None
    while end > sep and texts[end - 1] in {".", " "}:
        end -= 1
    k = sep + 1
    while k < end and texts[k].lower().rstrip(".") in lx.HONORIFICS:
        k += 1
    if not is_cap(doc[i]) or not name_and_bracket(doc, k, end):
        return None
    for t in doc[i:sep]:
        low = lower_word(t)
        if low in _JOINS:
            continue
        if not t.is_alpha or t.is_stop or low in lx.ORG_HEADS or is_uk_place(t.text):
            return None  # "Thanks to our coordinator: ...", "Foo Trust Lead: ..."
    return RoleSpan(doc[i:sep].text, i, sep)


def name_and_bracket(doc, i: int, j: int) -> bool:
    """Whether the words from token i to j are a person's name and, it may be, a
    bracket after it ("Jane Doe", "Jo-Anne Doe (Chair)")."""
    if j > i and doc[j - 1].text == ")":
        j = next((k for k in range(j - 1, i, -1) if doc[k].text == "("), i)
    name = [t for t in doc[i:j] if t.text not in {"-", "‐"}]
    plain = [t for t in name if "-" not in t.text]  # "Jo-Anne" one token or three
    parts = [p for t in name if t not in plain for p in t.text.split("-")]
    joined = all(p[:1].isupper() and p.isalpha() for p in parts)
    return 2 <= len(name) <= 4 and bool(plain) and joined and looks_like_persons_name(plain)
