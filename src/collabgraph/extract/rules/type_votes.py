"""Type votes a sentence gives a name: a reader mixin for `SentenceReader`. A name
a list or a verb shows to be a person ("speakers included ... Ola Brisk") or an
organisation ("she spent nine years at Hill Mosaic") gets that type's vote.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.persons_names import looks_like_persons_name

# Last words that make a name something other than a person's.
_NAME_HEADS = (
    lx.ORG_HEADS | lx.STRONG_ORG_HEADS | lx.EXTRA_ORG_HEADS | lx.EVENT_HEADS | lx.PROJECT_HEADS
    | lx.REPORT_HEADS | lx.VENUE_HEADS
)  # fmt: skip

_GRANTEE_BUILDINGS = vocab.words("grantee_building_heads")


class TypeVoting:
    """Methods for `SentenceReader`: votes for a name's type from the sentence."""

    def vote_person(self, m: Mention) -> bool:
        """True when `m` is a person, or an untyped or weakly typed name shaped like
        one ("Ola Brisk" in "speakers included ... Ola Brisk"), which then gets a
        person's vote: the sentence says what it is."""
        kind = self.kind(m)
        if kind == "Person":
            return True
        votes = self.ctx.votes_for(m)
        words = m.text.split()
        given = kind == "Place" and is_given_name(words[0]) and not is_uk_place(m.text)
        if kind not in {None, "Place"} or (sum(votes.values()) > 3 and not given):
            return False  # a place-typed "Anna Okafor" ("we heard from Anna Okafor") is a person
        if not 2 <= len(words) <= 3 or not all(_name_word(w) for w in words):
            return False
        if any(w.lower() in _NAME_HEADS for w in words):
            return False
        m.votes["Person"] += 3
        votes["Person"] += 3
        return True

    def vote_building_grantee(self, m: Mention) -> bool:
        """True when `m`, a name typed a place, is named for a building a community
        group runs ("Fenby Village Hall", `vocab/grantee_building_heads.txt`) and a
        funding verb gives it money ("... has been awarded £42,000"), which then gets
        an organisation's votes, enough to outweigh a place's; False, and no vote,
        otherwise."""
        if self.kind(m) != "Place" or m.text.lower().split()[-1] not in _GRANTEE_BUILDINGS:
            return False
        votes = self.ctx.votes_for(m)
        need = max(1, votes["Place"] - votes["Organisation"] + 1)
        m.votes["Organisation"] += need
        votes["Organisation"] += need
        return True

    def vote_post_holder(self, m: Mention, *, given: bool = False) -> bool:
        """True when `m`, a name weakly typed an organisation, is shaped like a
        person's (opening with a given name, when `given`) and stands where a post's
        holder is named ("a new chief executive: Ola Brisk", "Ola Brisk, Food
        Strategy Lead at Foo", "Ola Brisk (Foo Trust)"), which then gets a person's
        votes; False, and no vote, otherwise."""
        if not self.holder_shaped(m, given=given):
            return False
        votes = self.ctx.votes_for(m)
        m.votes["Person"] += 4
        votes["Person"] += 4
        return True

    def holder_shaped(self, m: Mention, *, given: bool = False) -> bool:
        """Whether `m` is a name weakly typed an organisation, shaped like a person's
        (opening with a given name, when `given`): what `vote_post_holder` asks."""
        votes = self.ctx.votes_for(m)
        if self.kind(m) != "Organisation" or sum(votes.values()) - votes["Person"] > 3:
            return False
        if given and not is_given_name(m.text.split()[0]):
            return False
        return looks_like_persons_name(self.doc[m.start : m.end])

    def vote_line_name(self, m: Mention) -> None:
        """Give `m`, a typed name a list's line relates ("Foo Club: a minibus - £500"), its
        kind's votes when the line is laid out as a heading would be (short, no full stop):
        a name, not a heading's words (`listed_entities.listed`)."""
        kind = self.kind(m)
        if m.in_heading and kind is not None:
            m.votes[kind] += 3
            self.ctx.votes_for(m)[kind] += 3

    def vote_organisation(self, m: Mention) -> bool:
        """True when `m` is an organisation, or a weakly typed name ("Hill Mosaic" in
        "she spent nine years at Hill Mosaic") which then gets an organisation's vote."""
        if self.kind(m) == "Organisation":
            return True
        votes = self.ctx.votes_for(m)
        if m.title or sum(votes.values()) > 2 or self.kind(m) not in {None, "Person", "Place"}:
            return False
        m.votes["Organisation"] += 3
        votes["Organisation"] += 3
        return True


def _name_word(word: str) -> bool:
    """A word a person's name is made of: capitalised letters, or capitalised parts
    joined by hyphens ("Okafor-Reid"; not "Stoke-on-Trent")."""
    return all(part[:1].isupper() and part.isalpha() for part in word.split("-"))
