"""Minutes that call people by their initials after naming them once: "Present:
Jo Tern (JT, chair), Ada Foss (AF)" then "JT welcomed members", "AF to draft
the bid", "Action: JT". Left as they are, the letters read as bodies (a wrong
member's seat, organiser or runner) and the people lose what the sentences say
they did; here each later use is written out as the person's name, before the
text is read.

The letters stand for a person when the page defines them beside the name, in
brackets ("Jo Tern (JT)", "Jo Tern (JT, chair)", "Jo Tern (chair, JT)", "J. Tern
(JT)"), after the bracket ("Jo Tern (Chair) JT,"), at the end of that person's
entry ("Jo Tern – Kelby Trust (JT);") or opening the line ("JT  Jo Tern, Kelby
Trust"); or, on a page that defines some people's letters, when they are the
initials of exactly one person the page names ("Ada Foss" for a later "AF") and
no common word ("IT", "US"). A page that defines no one's letters is left as it
is. A person's name opens with a usual given name or follows a title, as in
`person_initials`. The defining letters are taken out.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from collabgraph.extract.mentions.given_names import usual_given_name
from collabgraph.extract.person_initials import NAME, initials_of, person_starts

_NAMED = re.compile(NAME)
_LETTERS = r"[A-Z](?:[A-Z]|['’][A-Z]){1,3}"
_USE = re.compile(rf"(?<![\w'’&.\-/])(?P<letters>{_LETTERS})(?![\w'’&\-/]|\.\w)")
# "Jo Tern (JT)", "Jo Tern (JT, chair)", "Jo Tern (chair, JT)"
_BESIDE = re.compile(
    rf"(?P<name>{NAME})[ \t]*\((?:[^()\n]{{0,60}},[ \t]*)?(?P<letters>{_LETTERS})"
    r"(?=\)|,)"
)
# "Jo Tern (Chair) JT," closing the list's item; "JT  Jo Tern, Kelby Trust" opening a line
_AFTER = re.compile(
    rf"(?P<name>{NAME})[ \t]*(?:\([^()\n]*\))?[ \t]+(?P<letters>{_LETTERS})(?=[ \t]*(?:[,;]|$))",
    re.M,
)
_LEAD = re.compile(rf"^(?P<letters>{_LETTERS})[ \t]+(?P<name>{NAME})", re.M)
# "J. Tern (JT)": a name of initials and a family name
_DOTTED = re.compile(
    rf"(?P<name>(?:[A-Z]\.[ \t]*){{1,2}}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]*\("
    rf"(?P<letters>{_LETTERS})(?=\)|,)"
)
# "Jo Tern – Chair, Kelby Trust (JT);": the letters close the entry
_ENTRY_END = re.compile(
    rf"(?P<name>{NAME})(?:[^()\n;]|\([^()\n;]*\)){{0,120}}?\((?P<letters>{_LETTERS})\)"
)
# the bracketed letters every `_ENTRY_END` closes with: a page without any is not
# scanned for entries (a name, then up to 120 characters looked through at each)
_BRACKETED = re.compile(rf"\((?:{_LETTERS})\)")


def _people(text: str) -> dict[str, set[str]]:
    """Letters -> the names of the page's people whose initials they are."""
    found: dict[str, set[str]] = {}
    for m in _NAMED.finditer(text):
        words = m.group(0).split()
        for i in person_starts(words, usual_given_name):
            name = " ".join(words[i:])
            for letters in initials_of(words[i:]):
                found.setdefault(letters, set()).add(name)
            break
    return found


def _starts(words: list[str]) -> list[int]:
    """Where a person's name may open among `words` (`person_starts`, at a usual
    given name: "Kelby Community Energy (KCE)" is a body's); else, the
    last two words when neither is a body's or a place's ("Tolulope Adeyemi-Vance (TA)",
    whatever the list of given names knows)."""
    found = list(person_starts(words, usual_given_name))
    if found or len(words) < 2:
        return found
    return [i for i in person_starts(words, lambda _: True) if i == len(words) - 2]


def _defined(text: str) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """(letters -> name, the spans of the defining letters) for the page's people
    whose letters stand beside their name or close their entry."""
    names: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    entries = _BRACKETED.search(text) is not None
    for pattern in (_BESIDE, _ENTRY_END, _AFTER, _LEAD):
        if pattern is _ENTRY_END and not entries:
            continue
        for m in pattern.finditer(text):
            letters, words = m.group("letters"), m.group("name").split()
            for i in _starts(words):
                if letters in initials_of(words[i:]):
                    names.setdefault(letters, " ".join(words[i:]))
                    spans.append(m.span("letters"))
                    break
    for m in _DOTTED.finditer(text):
        letters, name = m.group("letters"), m.group("name")
        if letters == "".join(p[0] for p in re.findall(r"[A-Z][\w'’-]*", name)):
            names.setdefault(letters, re.sub(r"\.(?=[A-Z])", ". ", name))
            spans.append(m.span("letters"))
    return names, spans


def _drop(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without the defining letters and the comma or brackets around them."""
    for start, end in sorted(set(spans), reverse=True):
        before, after = text[:start], text[end:]
        if before.endswith("(") and after.startswith(")"):
            before, after = before[:-1].rstrip(" \t"), after[1:]
        elif before.endswith("(") and after.startswith(","):
            after = after[1:].lstrip(" \t")
        elif before.endswith("\n") or not before:
            after = after.lstrip(" \t")  # "JT  Jo Tern" opening a line
        else:
            before = re.sub(r",?[ \t]*$", "", before)
        text = before + after
    return text


def _bracketed(text: str, m: re.Match) -> bool:
    """Letters alone in brackets: "(JT)"."""
    return text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"


def spell_out_initials(text: str) -> str:
    """The text with each use of a person's initials written as their name and the
    defining letters taken out (see the module): "Present: Jo Tern (JT, chair).
    JT welcomed members." -> "Present: Jo Tern (chair). Jo Tern welcomed members."."""
    names, spans = _defined(text)
    if not names:  # a page giving nobody's letters: read as it is
        return text
    inside = set(spans)
    used = {m.group("letters") for m in _USE.finditer(text) if m.span() not in inside}
    shorts = {  # "Kelby Community Energy (KCE)": a body's letters, not a person's
        m.group("letters")
        for m in _USE.finditer(text)
        if m.span() not in inside and _bracketed(text, m)
    }
    unique = {
        letters: next(iter(found))
        for letters, found in _people(text).items()
        if len(found) == 1 and letters in used - shorts and letters.lower() not in STOP_WORDS
    }
    names = unique | names
    out: list[str] = []
    dropped: list[tuple[int, int]] = []
    last = at = 0
    for m in _USE.finditer(text):
        letters = m.group("letters")
        out.append(text[last : m.start()])
        at += m.start() - last
        last = m.end()
        if letters in names and (m.span() in inside or _bracketed(text, m)):
            dropped.append((at, at + len(letters)))  # "Jo Tern – Kelby Trust (JT)"
        elif letters in names:
            letters = names[letters]
        out.append(letters)
        at += len(letters)
    out.append(text[last:])
    return _drop("".join(out), dropped)


__all__ = ["spell_out_initials"]
