"""A post in capitals set off by commas between its holder's name and its body:
"Jane Doe, Station Manager, Kelby Ferry Company", "Present: Jane Doe (JD),
Link Worker Lead, Fenby Primary Care Network; ...", "Contact: Jane Doe, ESOL Manager,
Kelby College". The role finder reads a post only from words it knows, so the words
before the post's core word are left as a body's name ("Station", "ESOL", "Link")
and the post is lost with them; between a person's name and a body named after a
comma, words in capitals ending in a post's core word (`vocab/role_core.txt`) are
the post (`rules/appositives.py` then reads "Jane Doe, <post>, <body>"). The same
with the post before the name: "Station Manager Jane Doe (JD), Kelby Fire and Rescue
Service" (`rules/employment.py` reads the body set off after the name).

Not a body's name and its post ("Jane Doe, Kelby Trust Lead, said": a word of a
body's name after the first, or a place's name, keeps its reading), nor a post with
nothing in capitals after it ("Jane Doe, Project Manager, and John Roe").
"""

from __future__ import annotations

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract.doc_arrays import token_texts
from collabgraph.extract.mentions.dash_line_posts import name_and_bracket
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.mention import RoleSpan
from collabgraph.extract.mentions.tokens import POSSESSIVE, capitals, is_cap, lower_word

_CLOSE = {",", ";"}  # the post ends here and its body follows
_AND = {"and", "&"}
_JOINS = _AND | POSSESSIVE  # "Health and Wellbeing Lead", "Older People's Lead"
_MOST_WORDS = 6  # words in the post
_NAME_WORDS = (2, 3, 4)  # a person's name's words, a bracket after it aside


def set_off_posts(doc, sent: Span) -> list[RoleSpan]:
    """The posts in capitals set off between a person's name and a body in `sent`,
    or opening a name set off from a body (see the module), first to last."""
    texts, out = token_texts(doc), []
    if not any(texts[k] in lx.SET_OFF for k in range(sent.start, sent.end)):
        return out
    for k in range(sent.start + 2, sent.end - 3):
        if not _opens(doc, texts, k) or not _named_before(doc, texts, sent.start, k):
            continue
        stop = next(
            (j for j in range(k + 1, min(k + 2 + _MOST_WORDS, sent.end)) if texts[j] in _CLOSE),
            None,
        )
        if stop is None or stop + 1 >= sent.end or not is_cap(doc[stop + 1]):
            continue  # "..., Project Manager, and John Roe": no body after the post
        if _post_words(doc, k + 1, stop):
            out.append(RoleSpan(doc[k + 1 : stop].text, k + 1, stop))
    taken = {i for r in out for i in range(r.start, r.end)}
    i = sent.start
    while i < sent.end - 4:
        j = _post_before_name(doc, texts, sent, i) if i not in taken else None
        if j is None:
            i += 1
            continue
        out.append(RoleSpan(doc[i:j].text, i, j))
        i = j
    return sorted(out, key=lambda r: r.start)


def _post_before_name(doc, texts: list[str], sent: Span, i: int) -> int | None:
    """Where a post in capitals of two words or more opening at token i ends, when a
    person's name (and it may be a bracket) follows it, set off by a comma or a dash
    from a word in capitals: "Station Manager Jane Doe (JD), Kelby Ferry Company",
    "led by Group Manager Jane Doe, Kelby Ferries". Not where a word in
    capitals stands before it ("Kelby Station Manager Jane Doe": a body's name first),
    nor words joined by "and" ("from Foo Routes and Councillor Jane Doe, ...")."""
    caps = capitals(doc)
    if not caps[i] or (i > sent.start and caps[i - 1]):
        return None
    for j in range(i + 2, min(i + 1 + _MOST_WORDS, sent.end - 3)):
        if lower_word(doc[j - 1]) not in lx.ROLE_CORE or not _post_words(doc, i, j):
            continue
        if any(texts[k] in _AND for k in range(i, j)):
            return None  # "from Open Routes and Councillor Jane Doe, ...": two things joined
        e = next(
            (k for k in range(j + 2, min(j + 10, sent.end - 1)) if _opens(doc, texts, k)), None
        )
        if e is not None and is_cap(doc[e + 1]) and name_and_bracket(doc, j, e):
            return j
    return None


def _opens(doc, texts: list[str], k: int) -> bool:
    """Whether token k sets off what follows: a comma, or a dash with a space before it
    (not the hyphen of "Jane Obi-Martin")."""
    return texts[k] == "," or (texts[k] in lx.DASHES and bool(doc[k - 1].whitespace_))


def _named_before(doc, texts: list[str], first: int, k: int) -> bool:
    """Whether a person's name, and it may be a bracket ("(JD)", "(Chair)"), ends
    just before token k, with no capitalised word before it but a style ("Dr")."""
    for n in _NAME_WORDS:
        end = k
        if texts[k - 1] == ")":
            end = next((j for j in range(k - 1, max(first, k - 6) - 1, -1) if texts[j] == "("), k)
            if end == k:
                return False
        i = end - n
        if i < first:
            continue
        before = doc[i - 1] if i > first else None
        if (
            before is not None
            and is_cap(before)
            and lower_word(before).rstrip(".") not in lx.HONORIFICS
        ):
            continue  # "Kelby Ferry Depot, Kelby": more capitals before, no person's name
        if name_and_bracket(doc, i, k):
            return True
    return False


def _post_words(doc, i: int, j: int) -> bool:
    """Whether tokens [i, j) are a post in capitals: its last word a post's core word,
    its first in capitals, every other word in capitals or a join, no place's name,
    and a body's head word only opening it ("Station Manager", "Library Manager"; not
    "Kelby Trust Lead")."""
    if lower_word(doc[j - 1]) not in lx.ROLE_CORE or not is_cap(doc[i]):
        return False  # "Clerk, Jane Doe, and Scheme Manager, John Roe": a list goes on
    for n, t in enumerate(doc[i:j]):
        low = lower_word(t)
        if low in _JOINS or t.text in POSSESSIVE:
            continue
        if not is_cap(t) or not t.is_alpha or is_uk_place(t.text):
            return False
        if n > 0 and low in lx.ORG_HEADS:
            return False
    return True


__all__ = ["set_off_posts"]
