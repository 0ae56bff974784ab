"""What the mention finder produces: mentions of names and spans of job titles."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Mention:
    """One name as written in one sentence, with evidence about its type."""

    id: int
    text: str  # as written, without a leading "the" or a title
    title: str | None
    block: int
    section: int
    sent: int  # document-wide sentence number
    start: int  # token offsets in the block's Doc
    end: int
    votes: Counter = field(default_factory=Counter)
    ner: str | None = None
    surface: str = ""  # as written, with "the" and title
    synthetic: str | None = None  # e.g. "launch" for an event made from "the launch of X"
    about: int | None = None  # for synthetic events: the mention they are about
    in_heading: bool = False
    sentence: str = ""
    date: str | None = None
    same_as: int | None = None  # an acronym given in brackets after a name: its mention id
    former_name: bool = False  # "(formerly the Ashby Trust)"
    # used to qualify a noun: "modifier" ("UK charities"), "possessive" ("the UK's largest")
    attributive: str | None = None
    gazetteer: bool = False  # the name is a UK place (vocab/places_uk.txt)
    # one word the tagger reads as no proper noun: "Projects", "Up"
    not_proper_noun: bool = False
    ner_vote: tuple[str, int] | None = None  # the recogniser's share of `votes`
    kind: bool = False  # says only what kind of body or document: "the Local Authority"
    word_before: str = ""  # lower case, before "the": "with" in "work with the Foo Trust"
    # the names listed with it, nothing but commas and "and" between: "A, B and C"
    listed_with: list[Mention] = field(default_factory=list)
    noun_after: str | None = None  # "project" in "the Foo project", "lunch club" in "the Foo
    # lunch club": the words after that make the page's fuller form
    possessive_after: bool = False  # written with "'s" after it ("St Aidan's")
    # and with no noun after the "'s" for it to own ("Orley's, Kelby Aid and ...")
    possessive_alone: bool = False
    after_the: bool = False  # written right after "the" ("The Taskforce met")
    opens_sentence: bool = False  # its first word (or its "the") opens the sentence
    # the subject or object of a verb ("have thanked Lighthouse"), not after a preposition
    verb_argument: bool = False
    # a fund or scheme run, given or provided by a body named after "by": "the Foo
    # Fund is provided by Kelby Council" (that body's programme, however often named)
    run_by_body: bool = False

    @property
    def titled_start(self) -> int:
        """The token the name starts at with its title: "Dr" in "Dr Jane Doe"."""
        return self.start - len((self.title or "").split())

    def recogniser_votes(self, kind: str) -> int:
        """The votes for `kind` the recogniser gave this mention (2 of {"Person": 3}
        when it read a PERSON), 0 when it read another type or none."""
        return self.ner_vote[1] if self.ner_vote and self.ner_vote[0] == kind else 0


@dataclass
class RoleSpan:
    """A job title in a sentence, e.g. "Director of Public Services"."""

    text: str
    start: int
    end: int


@dataclass
class SentenceMentions:
    mentions: list[Mention]
    roles: list[RoleSpan]
