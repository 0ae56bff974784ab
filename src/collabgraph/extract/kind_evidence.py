"""A name only the recogniser calls an organisation, that the words around it call
something else: "the Kelby Kites project", "volunteers for Kelby Kites". The
recogniser votes at each mention, so a name written three times outvotes the one
phrase that says what it is; nothing on the page but the recogniser makes it a
body (no body's head word, no job held there, no money given to it), so the
words around it decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind, plural_type_noun
from collabgraph.extract.mentions.votes import name_votes
from collabgraph.extract.person_evidence import PROGRAMME_EVIDENCE, context_votes
from collabgraph.extract.written_dates import YEAR
from collabgraph.model.vocabulary import RELATIONS

_FUND_HEADS = vocab.words("programme_fund_heads")
_TYPE_NOUNS = vocab.table("type_nouns")

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.coref import Entity


def programmes_called_bodies(entities: list[Entity]) -> None:
    """Make a project of an organisation only the recogniser made one, that the
    words around it call a programme; changes `entities` in place."""
    for e in entities:
        if e.type != "Organisation" or any(m.gazetteer or m.title for m in e.mentions):
            continue
        if context_votes(e, "Organisation") > 0 or context_votes(e, "Project") < PROGRAMME_EVIDENCE:
            continue
        for m in e.mentions:
            m.votes["Project"] += m.votes.pop("Organisation", 0) + 1
        e.type = "Project"


def programmes_run_by_bodies(entities: list[Entity]) -> None:
    """Make a project of an organisation one of whose mentions is a fund or scheme
    a named body runs, gives or provides ("the Foo Fund is provided by Kelby
    Council"): that one phrase outweighs the votes a fund's head word and the
    recogniser give at every other mention; changes `entities` in place."""
    for e in entities:
        if e.type != "Organisation" or e.known_name or not any(m.run_by_body for m in e.mentions):
            continue
        if any(m.gazetteer or m.title or m.votes.get("Person", 0) > 0 for m in e.mentions):
            continue
        for m in e.mentions:
            m.votes["Project"] += m.votes.pop("Organisation", 0) + 1
        e.type = "Project"


def rounds_of_programmes(entities: list[Entity]) -> None:
    """Make a project of an organisation named as a programme the page names, with
    another year of its rounds after it ("the Foo Fund 2030" beside "its Foo Fund
    2031", a programme): one programme's rounds; changes `entities` in place."""
    rounds = {without_year(m.text) for e in entities if e.type == "Project" for m in e.mentions}
    for e in entities:
        if e.type != "Organisation" or e.known_name:
            continue
        if any(
            without_year(m.text) != m.text and without_year(m.text) in rounds for m in e.mentions
        ):
            for m in e.mentions:
                m.votes["Project"] += m.votes.pop("Organisation", 0) + 1
            e.type = "Project"


def without_year(name: str) -> str:
    """A name without the year of a round after it ("Foo Fund 2031": "Foo Fund")."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and YEAR.fullmatch(words[-1]) else name


def funds_no_page_makes_bodies(entities: list[Entity], ctx: DocumentContext) -> None:
    """Make a project of an organisation named "... Fund" (`vocab/programme_fund_heads.txt`)
    that only its head word and the recogniser make a body: no post held there, no
    one speaking for it, no slot only a body fills, no relation read that only a body
    has but a funder's (a publisher, an employer), no body's word inside its name
    ("Foo Lottery Fund", "Foo Foundation Fund"), owning no programme and giving
    nothing itself. A fund is as often a grant programme a body runs as a
    grant-making body, so the name's shape does not decide; what the page does with
    it does ("received £5,000 from the Foo Fund", "the six awardees of the Foo
    Fund"). Changes `entities` in place."""
    for e in entities:
        words = e.words()
        if e.type != "Organisation" or e.known_name or len(words) < 2:
            continue
        if words[-1].lower() not in _FUND_HEADS or any(_body_word(w) for w in words[:-1]):
            continue
        if any(m.gazetteer or m.title or m.votes.get("Person", 0) > 0 for m in e.mentions):
            continue
        heads = sum(
            name_votes([w.lower() for w in m.text.split()]).get("Organisation", 0)
            for m in e.mentions
        )
        if context_votes(e, "Organisation") > heads or _body_by_relations(e, ctx):
            continue
        if any(_owns_programmes(m) for m in e.mentions):
            continue
        for m in e.mentions:
            m.votes["Project"] += m.votes.pop("Organisation", 0) + 1
        e.type = "Project"


def _owns_programmes(m) -> bool:
    """ "the Foo Fund's grant programmes", "the Foo Fund's new scheme": a name owning
    a programme (`vocab/type_nouns.txt`), written a few lower-case words on, is a
    body that runs programmes."""
    at = m.sentence.find(m.surface or m.text)
    if at < 0:
        return False
    rest = m.sentence[at + len(m.surface or m.text) :]
    if not rest.startswith(("'s ", "’s ")):
        return False
    for word in rest[3:].split()[:3]:
        word = word.strip(".,;:!?")
        if not word.islower():
            return False
        if _TYPE_NOUNS.get(word) == "Project" or plural_type_noun(word) == "Project":
            return True
    return False


def _body_by_relations(entity: Entity, ctx: DocumentContext) -> bool:
    """A relation read of the name that only a body has at its end, but a funder's:
    a programme is said to fund as a body is ("funding from the Foo Fund")."""
    ids = {m.id for m in entity.mentions}
    for c in ctx.candidates:
        if "FUNDED" in c.relations:
            continue
        rule = RELATIONS[c.relations[0]]
        for end, allowed in ((c.source, rule.sources), (c.target, rule.targets)):
            if end in ids and allowed - {"Person"} == {"Organisation"}:
                return True
    return False


def _body_word(word: str) -> bool:
    """A body's head word inside a name ("Lottery", "NHS", "Foundation")."""
    kind, weight = head_kind(word.lower().removesuffix("'s").removesuffix("’s"))
    return kind == "Organisation" and weight >= 2
