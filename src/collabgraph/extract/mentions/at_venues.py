"""Venues named after "at" whose last word is a body's as well as a building's
("Hub": `vocab/at_venue_heads.txt`): "advice surgeries continue every Wednesday at
the Kelby Hub", "a joint clinic in April at Fenby Wellbeing Hub", "online and at
Kelby Digital Hub", "under one roof at the Fenby Hub". Where something is done is a
venue, a place (corpus/GOLD.md: venues are places). Not the workplace of the people
"at" follows ("an energy adviser at Kelby Hub", "our team at Fenby Hub", "everyone
at Kelby Hub", "our work at Kelby Hub", "Ada Foss works at Kelby Hub": a person's
word, a pronoun, a word of working or a body's slot before "at"), nor a name
in a heading. Run by `context_votes`; `name_evidence` keeps it a body when the page
has it act as one.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.body_slots import slot_before
from collabgraph.extract.mentions.listed_venues import VOTES as LISTED_VOTES
from collabgraph.extract.mentions.mention import Mention

_HEADS = vocab.words("at_venue_heads")
_PEOPLE = vocab.words("venue_body_people") | lx.ROLE_WORDS | vocab.words("our_at_nouns")
_WORK_VERBS = vocab.words("at_work_verbs")
VOTES = LISTED_VOTES
"""Place votes for a name after "at": as many as a listed venue's."""


def at_venue_votes(doc, sent, mentions: list[Mention]) -> None:
    """Place votes for a hub's name after "at" where something is done."""
    for m in mentions:
        if m.title or m.end <= m.start or doc[m.end - 1].lower_ not in _HEADS:
            continue
        k = m.start - 1
        if k >= sent.start and doc[k].lower_ == "the":
            k -= 1
        if k < sent.start or doc[k].lower_ != "at" or slot_before(doc, m.start, sent):
            continue
        if not _whose(doc[k]):
            m.votes["Place"] += VOTES


def _whose(at) -> bool:
    """Whether "at" says whose people they are: it hangs from a pronoun, a person's
    name, a word for people, a post or a body's own work ("everyone at", "an adviser
    at", "our work at"), or a verb of working ("works at")."""
    head = at.head
    if head is at:
        return False
    if head.pos_ in {"VERB", "AUX"} and head.lower_ in _WORK_VERBS:
        return True
    if head.pos_ in {"PRON", "PROPN"} or head.ent_type_ == "PERSON":
        return True
    return head.pos_ == "NOUN" and (head.lower_ in _PEOPLE or head.lemma_ in _PEOPLE)


__all__ = ["at_venue_votes"]
