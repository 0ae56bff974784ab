"""What minutes write beside a person's name that is neither a body nor a post,
taken out of the text before it is read (the same for every rule), so that the
person stands beside the body the line gives them:

- the person's own initials in brackets, written to say who spoke later: "Jo
  Tern (JT) – Kelby Trust" -> "Jo Tern – Kelby Trust", "Ada Foss (AF, chair,
  Fenby Council)" -> "Ada Foss (chair, Fenby Council)"; only when the name opens
  with a given name (`given_names.is_given_name`) or a title ("Dr", "Revd")
  stands before it, and the letters are the initials of its words ("Kelby
  Community Energy (KCE)" is a body's short form and stays);
- the task the person does at the meeting, after their body: "Jo Tern (Kelby
  CVS, notes)" -> "Jo Tern (Kelby CVS)", "Ada Foss – Fenby Council, minutes" at a
  line's end -> "Ada Foss – Fenby Council" (vocab/meeting_note_tasks.txt), after a
  name opening with a usual given name (`given_names.usual_given_name`) or a title.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name, usual_given_name
from collabgraph.extract.mentions.heads import head_kind

_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
NAME = rf"{_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{_WORD}){{1,3}}"
_PERSON_INITIALS = re.compile(
    rf"\b(?P<name>{NAME})[ \t]*\((?P<letters>[A-Z]{{2,4}})(?P<close>\)|,[ \t]*)"
)
_PLACE_ENDS = vocab.words("place_street_heads")  # "Kelby Lane (KL)"
_TASKS = "|".join(
    re.escape(t).replace(r"\ ", r"[ \t-]") for t in sorted(vocab.words("meeting_note_tasks"))
)
# "Jo Tern (Kelby CVS, notes)", "Jo Tern – Kelby CVS, minutes" closing its line
_TASK_AFTER_BODY = re.compile(
    rf"\b(?P<name>{NAME})(?P<body>[ \t]*(?:\(|[–—-][ \t]+)[A-Z][^()\n,;]{{1,80}}?)"
    rf",[ \t]*(?:{_TASKS})(?P<close>\)|[ \t]*$)",
    re.M,
)


def initials_of(words: list[str]) -> set[str]:
    """The ways a name's initials are written: every word's first letter, the
    first and last word's, with a hyphened part's letter too ("Foss-Tern")."""
    words = [w for w in words if not w.endswith(".")]
    firsts = [w[0] for w in words]
    hyphened = ["".join(p[0] for p in w.split("-")) if "-" in w else w[0] for w in words]
    return {"".join(firsts), firsts[0] + firsts[-1], "".join(hyphened)}


def person_starts(words: list[str], given=is_given_name):
    """Where a person's name may open among `words`: at a given name (`given`), or
    past a title read as a word ("Revd Jo Tern"); none when the last word is a
    body's or a place's head word ("Kelby Trust", "Kelby Lane")."""
    if head_kind(words[-1].lower())[0] is not None or words[-1].lower() in _PLACE_ENDS:
        return
    for i in range(len(words) - 1):
        if given(words[i]) or (i > 0 and words[i - 1].lower() in lx.HONORIFICS):
            yield i


def _without_initials(found: re.Match) -> str:
    name, letters = found.group("name"), found.group("letters")
    words = name.split()
    if not any(letters in initials_of(words[i:]) for i in person_starts(words)):
        return found.group(0)
    if found.group("close") == ")":
        return name  # "Jo Tern (JT) – Kelby Trust": "Jo Tern – Kelby Trust"
    return f"{name} ("  # "Ada Foss (AF, chair, Fenby Council)": "Ada Foss (chair, ..."


def _without_task(found: re.Match) -> str:
    if not any(True for _ in person_starts(found.group("name").split(), usual_given_name)):
        # no initials to say so: a usual given name ("Kelby Trust (Fenby, notes)" stays)
        return found.group(0)
    close = ")" if found.group("close") == ")" else ""
    return found.group("name") + found.group("body") + close


def mend_person_initials(text: str) -> str:
    """The text with a person's initials in brackets after the name, and the
    meeting task after their body, taken out (see the module): "Jo Tern (JT) –
    Kelby Trust" -> "Jo Tern – Kelby Trust"."""
    return _TASK_AFTER_BODY.sub(_without_task, _PERSON_INITIALS.sub(_without_initials, text))


__all__ = ["NAME", "initials_of", "mend_person_initials", "person_starts"]
