"""Reading people's names and initials in minutes, and what minutes write beside
a person's name that is neither a body nor a post.

- Where a person's name opens (`person_starts`) and the ways its initials are
  written (`initials_of`), for `initials_names`, which spells out the letters
  and takes the defining ones out ("Jo Tern (JT) – Kelby Trust" -> "Jo Tern –
  Kelby Trust").
- The task the person does at the meeting, after their body, taken out of the
  text before it is read (the same for every rule), so that the person stands
  beside the body the line gives them: "Jo Tern (Kelby CVS, notes)" -> "Jo Tern
  (Kelby CVS)", "Ada Foss – Fenby Council, minutes" at a line's end -> "Ada Foss
  – Fenby Council" (vocab/meeting_note_tasks.txt), after a name opening with a
  usual given name (`given_names.usual_given_name`) or a title.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name, usual_given_name
from collabgraph.extract.mentions.heads import head_kind

_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
NAME = rf"{_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{_WORD}){{1,3}}"
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


def _without_task(found: re.Match) -> str:
    if not any(True for _ in person_starts(found.group("name").split(), usual_given_name)):
        # no initials to say so: a usual given name ("Kelby Trust (Fenby, notes)" stays)
        return found.group(0)
    close = ")" if found.group("close") == ")" else ""
    return found.group("name") + found.group("body") + close


def mend_meeting_tasks(text: str) -> str:
    """The text with the meeting task after a person's body taken out (see the
    module): "Jo Tern (Kelby CVS, notes)" -> "Jo Tern (Kelby CVS)"."""
    return _TASK_AFTER_BODY.sub(_without_task, text)


__all__ = ["NAME", "initials_of", "mend_meeting_tasks", "person_starts"]
