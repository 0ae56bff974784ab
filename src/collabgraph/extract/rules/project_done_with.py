"""Partnership, continued: the bodies a project is made or delivered with, read
from the parse. "The programme will be delivered with A, which will train the
volunteers, and with B", "It has been developed with C, whose members helped
test it", "The Foo scheme was designed with D": a passive verb of making or
delivering (vocab/project_done_with_verbs.txt) whose subject is a project (its
name, "it" or "the programme" for the project in focus) and a "with" naming
bodies: PARTICIPATED_IN the project, role "partner" (GOLD.md: organisations
taking part in a project as partners). "Delivered with funding from Foo" and
"with the help of Bar" name no body right after "with": no partner.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.crowd_agents import preposition_repeats
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rules read (none: it reads the parse)."""

_VERBS = vocab.words("project_done_with_verbs")
_REFERRING = {"it", "this"}
_PARTNERS = {"Organisation"}
SUBJECTS = frozenset({"nsubjpass", "nsubj"})
"""A verb's subject's dependency labels (the parse gives some passives an nsubj)."""
_PEOPLE_PRONOUNS = {"we", "i", "they", "he", "she", "you"}
NOT_PROJECTS = frozenset({"Person", "Place"})
"""A name of these kinds is no project; any other may yet be typed one (the seed
keeps a PARTICIPATED_IN only when its end is a project or event at the end)."""


def project_done_with(reader: SentenceReader) -> None:
    """PARTICIPATED_IN (partner) for the wordings in the module docstring."""
    for verb in reader.tokens_among(_VERBS):
        if verb.tag_ != "VBN" or reader.in_quote(verb.i):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        project = project_subject(reader, subjects[0]) if subjects else None
        if project is None:
            continue
        for w in preposition_repeats(reader, verb, "with"):  # "..., and with B" too
            for m in reader.list_after(w.i + 1, kinds=_PARTNERS, apposed=True):
                reader.relate(m, "PARTICIPATED_IN", project, role="partner", confidence=0.65)


def project_subject(reader: SentenceReader, subject, *, loose: bool = False) -> int | None:
    """The project a verb's subject token is: the project it names, or the project
    in focus for "it", "this" or "the programme"; else None. `loose`
    (`project_with`): a name of any kind but a person or place (it may yet be typed
    a project), also one compounded into the subject ("the Foo programme"), and
    never a people pronoun ("We are working with A": the page's body, no project)."""
    if loose and subject.lower_ in _PEOPLE_PRONOUNS:
        return None
    m = reader.covering.get(subject.i)
    if m is None and loose:
        m = next((reader.covering.get(c.i) for c in subject.children if c.dep_ == "compound"), None)
    if m is not None:
        if loose:
            return None if reader.kind(m) in NOT_PROJECTS else m.id
        return m.id if reader.kind(m) == "Project" else None
    if subject.lower_ in _REFERRING or FOCUS_NOUNS.get(subject.lower_) == "Project":
        return reader.ctx.focus_of(reader.section, "Project")
    return None
