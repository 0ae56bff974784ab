"""The seed's relations as they are gathered: one per (from, type, to), merged.

`RelationTable.add` is the one door every relation of a seed goes through, the
rules' stated ones first, then each step of `seed_ties.STEPS` in turn. It drops
a relation whose end types `model/vocabulary.py` does not allow, a tie of a thing
to itself, a post whose body is a word of the job title read as a name
("Libraries Manager Jo Tern": `title_word_as_body`), and a "partner" taking part
in anything but a project (GOLD.md: a body takes part as a partner in a
programme; at an event it hosts or attends), or a
speaker, panellist or attendee taking part in a project (one speaks at events:
"A spoke about the Foo project" is no part in it), or a body in a role only people
take ("A and B have signed an agreement": the bodies are its parties, their people
took part in the signing; vocab/participation_roles_of_people.txt), or a person
whose only word of it is news of their post ("Jo Tern joins us from Fenby Trust",
"Ada Foss is stepping down": `post_news`). A
PARTICIPATED_IN's role is written in GOLD.md's words ("exhibitor" -> "participant":
vocab/participation_role_words.txt; a person's "host" -> "chair":
vocab/participation_role_words_people.txt). A relation added again merges into the first:
the better role (a job title beats a seat: vocab/role_rank.txt), the higher
confidence and its evidence; but a meeting record's list of who came ("Present: A,
B", "Attendees:", "Also in attendance:") gives the role of those on it, so an
attendee listed there who also presented an item later in the record stays an
attendee (vocab/participation_roles_under_record.txt: the roles it stands over).
The table keeps the order relations were first added in: the seed lists them so.
"""

from __future__ import annotations

import re

from collabgraph.errors import VocabularyError
from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.rules.post_kinds import seat_words
from collabgraph.extract.rules.present_lines import LINE_LABEL
from collabgraph.model.vocabulary import RELATIONS, check_endpoints

_ROLE_RANK = vocab.ordered("role_rank")
_PROJECT_ONLY_ROLES = vocab.words("participation_roles_of_projects")
_EVENT_ONLY_ROLES = vocab.words("participation_roles_of_events")
_PEOPLE_ONLY_ROLES = vocab.words("participation_roles_of_people")
_POST_NEWS = re.compile(
    r"\b(?:" + "|".join(map(re.escape, vocab.ordered("participation_post_news"))) + r")\b"
)
_TAKING_PART_ROLES = vocab.table("participation_role_words")
_PEOPLES_ROLES = vocab.table("participation_role_words_people")
_POSTS = {"WORKS_FOR", "MEMBER_OF"}
_HEADS_OF_BODIES = vocab.words("role_heads_of_bodies")
_PRESENT_WORDS = vocab.words("meeting_present_labels")
_UNDER_RECORD = vocab.words("participation_roles_under_record")
_RECORD_ROLE = "attendee"


def _named_once(body: Entity) -> bool:
    """Whether a body is named once only, in one form: a body the page names again
    ("Mind held its reception. ... Jo Tern, Mind Director") or more fully too ("Mind"
    for "Mind in Kelby") is one the page means."""
    return not body.aliases and len(body.mentions) == 1


def title_word_as_body(body: str, role: str | None, evidence: str) -> bool:
    """Whether a post's body is a word of the job title itself, read as a name: one
    everyday word (`common_words.everyday_word`: not an acronym, "BBC presenter Jo
    Tern"; no place) written right before the post ("Libraries Manager Jo Tern",
    "Registered Manager: Ada Foss") or after the post and "of" ("Head of Libraries
    Jo Tern"); never before a post that heads a whole body ("Aid Chief Executive Jo
    Tern": `vocab/role_heads_of_bodies.txt`)."""
    if not role or " " in body.strip() or not everyday_word(body) or is_uk_place(body):
        return False
    if role.lower() in _HEADS_OF_BODIES:
        return False
    low, post = evidence.lower(), role.lower()
    word = body.lower()
    if f"{word} {post.split()[0]}" in low:
        return True
    after = low.find(f"{post} of {word} ") + len(f"{post} of {word} ")
    # the holder's name next, not more of the body's ("chief executive of Mind in Kelby")
    return after >= len(f"{post} of {word} ") and evidence[after : after + 1].isupper()


def post_news(evidence: str) -> bool:
    """Whether a sentence is news of someone's post, not of an event: "Jo Tern is
    stepping down", "Ada Foss joins us from Fenby Trust", "two new trustees"
    (`vocab/participation_post_news.txt`)."""
    return bool(_POST_NEWS.search(evidence.lower()))


def _role_rank(role: str | None) -> int:
    if role is None:
        return len(_ROLE_RANK) + 1
    low = seat_words(role.lower())  # "long-standing member" ranks as "member"
    return _ROLE_RANK.index(low) if low in _ROLE_RANK else -1  # job titles beat none


def _fuller_title(new: str, held: str) -> bool:
    """Whether a second job title read for one post says more than the first: a
    different title with more words ("Interim Chief Executive" after "Head"), not
    the first one with words added ("CEO of the trust" after "CEO")."""
    new_words, held_words = new.lower().split(), held.lower().split()
    return len(new_words) > len(held_words) and not set(held_words) <= set(new_words)


def present_record(evidence: str | None) -> bool:
    """Whether a sentence is a meeting record's list of who came: it opens with a
    label (`present_lines.LINE_LABEL`) holding a word of
    vocab/meeting_present_labels.txt ("Present: A, B", "Trustees present: C", "Also
    in attendance: D")."""
    found = LINE_LABEL.match(evidence or "")
    return found is not None and bool(_PRESENT_WORDS & set(found.group(1).lower().split()))


class RelationTable:
    """Relations keyed by (from name, type, to name), a symmetric type's ends in
    name order. Each is a dict {"from", "type", "to", "role", "evidence",
    "confidence"}; `values()` gives those dicts themselves, first added first."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str, str], dict] = {}
        self._recorded: set[tuple[str, str, str]] = set()  # attendees a record lists

    def values(self) -> list[dict]:
        """The relations so far (a new list of the live dicts), first added first."""
        return list(self._by_key.values())

    def of_type(self, rel: str) -> list[dict]:
        """The relations so far of one type, first added first."""
        return [r for r in self._by_key.values() if r["type"] == rel]

    def drop(self, relations: list[dict]) -> None:
        """Leave out relations this table holds (some of `values()`' dicts)."""
        gone = {id(r) for r in relations}
        if gone:
            self._by_key = {k: r for k, r in self._by_key.items() if id(r) not in gone}

    def add(self, src: Entity, rel: str, dst: Entity, *, role, evidence, confidence) -> None:
        """Add `src -rel-> dst`, or merge it into the one already held (see the
        module docstring); a tie the vocabulary refuses is left out silently."""
        if src is dst:
            return
        if rel == "PARTICIPATED_IN":
            role = _TAKING_PART_ROLES.get(role, role)
            if role in _PEOPLE_ONLY_ROLES and src.type != "Person":
                return  # "A and B have signed an agreement": the bodies are its parties
            if src.type == "Person" and post_news(evidence or ""):
                return  # "A, who has stepped down, was thanked": news of a post
            if src.type == "Person":  # "host" on stage -> "chair"
                role = _PEOPLES_ROLES.get(role, role)
        if rel == "PARTICIPATED_IN" and role in _PROJECT_ONLY_ROLES and dst.type != "Project":
            return  # a partner takes part in a programme; at an event a body hosts or attends
        if rel == "PARTICIPATED_IN" and role in _EVENT_ONLY_ROLES and dst.type == "Project":
            return  # "A spoke about the Foo project": no speaker in a project
        if rel in _POSTS and _named_once(dst) and title_word_as_body(dst.name, role, evidence):
            return  # "Libraries Manager Jo Tern": no body named "Libraries"
        try:
            check_endpoints(rel, src.type, dst.type)
        except VocabularyError:
            return
        ends = (src.name, dst.name)
        if RELATIONS[rel].symmetric:
            ends = tuple(sorted(ends))
        key = (ends[0], rel, ends[1])
        found = self._by_key.get(key)
        if rel == "PARTICIPATED_IN" and role == _RECORD_ROLE and present_record(evidence):
            self._recorded.add(key)
            if found is not None and found["role"] in _UNDER_RECORD:
                found["role"] = role  # listed present, then "B presented the accounts"
        if found is None:
            self._by_key[key] = {
                "from": src.name,
                "type": rel,
                "to": dst.name,
                "role": role,
                "evidence": evidence,
                "confidence": confidence,
            }
            return
        rank, held = _role_rank(role), _role_rank(found["role"])
        # the record's attendee stands over a talk given at the meeting
        listed = key in self._recorded and found["role"] == _RECORD_ROLE
        better = rank < held or (rank == held == -1 and _fuller_title(role, found["role"]))
        if better and not (listed and role in _UNDER_RECORD):
            found["role"] = role  # a job title beats a seat
        if confidence > found["confidence"]:
            found["confidence"] = confidence
            if evidence:
                found["evidence"] = evidence
        if not found["evidence"] and evidence:
            found["evidence"] = evidence


__all__ = ["RelationTable"]
