"""Capitalised phrases that say what kind of thing is meant, not which one: a
kind of body or document ("the Local Authority", "the Executive Team", "our
Annual Review": `vocab/name_kinds.txt`) and an award's category
("Charity of the Year", "Best Small Charity", "the Community Impact category").

corpus/GOLD.md lists neither as an entity ("Not entities: job titles, generic
groups ..., award categories"). A kind may still refer back to a body the page
names ("Westmoor County Council ... the County Council will fund it"), so it is
only marked (`Mention.kind`) and the entity is dropped when no mention of it is
more than a kind; an award category is no mention at all.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.mentions.heads import head_kind

_KINDS = vocab.words("name_kinds")
_AWARD_TAILS = sorted((tuple(t.split()) for t in vocab.ordered("name_award_tails")), key=len)
_AWARD_OPENERS = vocab.words("name_award_openers")
_AWARD_HEADS = vocab.words("name_award_heads")
_CATEGORY_NOUNS = vocab.words("award_category_nouns")
_KIND_ADJECTIVES = vocab.words("name_kind_adjectives")
_STATES = vocab.words("place_states")


def award_tail_at(doc, k: int) -> bool:
    """Whether an award category's last words open at token k ("of the Year" after
    "Apprentice": vocab/name_award_tails.txt)."""
    raw = lower_forms(doc)
    return any(tuple(raw[k : k + len(tail)]) == tail for tail in _AWARD_TAILS)


def names_a_kind(words: list[str]) -> bool:
    """Whether a name's lower-case words, whole, are a kind of body or document,
    or a team of a kind of body: "the CVS Team", "the Trust Executive Team" (a
    body's head words, then what the team does, then "team"), or a body's head
    word or the state after words that only praise or date it: "a Strategic
    Partnership", "Major UK funder" (`vocab/name_kind_adjectives.txt`)."""
    return " ".join(words) in _KINDS or _team_of_a_kind(words) or _praised_kind(words)


def _praised_kind(words: list[str]) -> bool:
    """ "New Partnership", "Leading UK": words of praise or time, then one head
    word of a body or the state's name, and nothing else."""
    if len(words) < 2 or not all(w in _KIND_ADJECTIVES for w in words[:-1]):
        return False
    last = words[-1]
    return last in lx.ORG_HEADS or last in lx.STRONG_ORG_HEADS or last in _STATES


def _team_of_a_kind(words: list[str]) -> bool:
    """ "CVS Team", "Trust Communications Team": a body's head word opens a name
    ending in "team" whose other words are head words, a team's kind or a field;
    "ICS Executive Team": a body's name, then a kind of team (`vocab/name_kinds.txt`)."""
    if len(words) < 2 or words[-1] != "team":
        return False
    if any(" ".join(words[-n:]) in _KINDS for n in (2, 3) if n < len(words)):
        return True
    return words[0] in lx.STRONG_ORG_HEADS and all(
        w in lx.STRONG_ORG_HEADS or w in lx.DOMAIN_WORDS for w in words[1:-1]
    )


def award_category(doc, start: int, end: int, words: list[str]) -> bool:
    """Whether doc[start:end] (its lower-case words `words`) names an award's
    category: "... of the Year", "Best ... Charity", or a name right before
    "category" ("the Community Impact category"), or before "award" / "prize"
    when the name has no body's head word ("the Volunteer Team award"; "a Dalby
    Trust award" is the trust's)."""
    # "Partnership of the Year Award": the category, its head word after it
    named = words[:-1] if len(words) > 1 and words[-1] in _AWARD_HEADS else words
    for tail in _AWARD_TAILS:
        if len(named) > len(tail) and tuple(named[-len(tail) :]) == tail:
            return True
    if len(words) >= 2 and words[0] in _AWARD_OPENERS and head_kind(words[-1])[0] == "Organisation":
        return True
    if end >= len(doc) or not doc[end].is_lower:
        return False
    after = doc[end].lower_
    unowned = head_kind(words[-1])[0] is None and doc[start].ent_type_ != "PERSON"
    return after in _CATEGORY_NOUNS or (after in _AWARD_HEADS and unowned)
