"""The relation rules, one module per family, run in order over each sentence.

Each rule is a function of a `SentenceReader` (`rules.reader`): it looks for
its cues in the sentence, asks the reader what is around them, and records
relation candidates in the document context (`reader.relate`). Rules never
call each other; this registry calls them, so family modules import only the
reader and never this package (no import cycles).

The order is part of the reading: earlier rules settle things later ones use
(a fund owned by an organisation is a project; the event in focus; the
launch event a sentence makes), and the first candidate for a pair gives the
relation its place in the output. A new rule goes where what it needs has
been read.
"""

from __future__ import annotations

from collections.abc import Callable

from collabgraph.extract.rules import (
    agents,
    employment,
    focus,
    membership,
    organising,
    participation,
    partnership,
    places,
    publishing,
)
from collabgraph.extract.rules.reader import SentenceReader

Rule = Callable[[SentenceReader], None]

RULES: tuple[Rule, ...] = (
    organising.owned_programmes,
    focus.update_focus,
    employment.roles_of_people,
    agents.by_phrases,
    agents.active_verbs,
    partnership.partnerships,
    organising.co_hosts,
    participation.panel_lists,
    publishing.launches,
    participation.speech,
    participation.pronouns,
    places.places,
    membership.membership,
    partnership.collaboration,
    publishing.publications,
    partnership.joint_work,
    participation.participation,
    organising.funding_phrases,
    focus.descriptions,
)
"""Every rule, in the order they read a sentence."""


def family_of(rule: Rule) -> str:
    """The family a rule belongs to: its module's name ("employment", "places")."""
    return rule.__module__.rsplit(".", 1)[-1]


def read_sentence(reader: SentenceReader, *, lead: str | None = None) -> None:
    """Run every rule over one sentence; `lead` is the line a list item sits under
    ("Speakers:"), read first."""
    if lead:
        participation.lead_in(reader, lead)
    for rule in RULES:
        rule(reader)


__all__ = ["RULES", "SentenceReader", "family_of", "read_sentence"]
