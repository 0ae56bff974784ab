"""Bodies joined, left and run: "Jane Doe joined Foo Trust in 2019", "Jane Doe, who
has joined the Bar Agency", "Jane Doe joined us from Baz College", "Jane Doe will
join the team at Foo", "Jane Doe, who runs Qux Opticians" (the employment family,
continued). Read from the sentence's dependency parse: a joining verb
(`vocab/role_joining_words.txt`) or "run" whose subject is a named person (or "who"
after one, or "he"/"she"); the body is the object joined or run, and the one left
("from"). The person works for each: WORKS_FOR, no post said (unless a "where"
clause after the body left says one).

Left to other rules: a post said with "as" ("joined Foo as chair": `posts`), a
board joined ("joined the board of Foo": `appointers`), and a body of members
joined ("joined the Fenby Ramblers", "joined the Kelby Network": a member, not
staff; `post_kinds.people_join`).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.post_kinds import (
    BOARD_WORDS,
    people_join,
    post_relations,
    role_text,
)
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads the parse."""

_JOINING = vocab.words("role_joining_words")
_RUNNING = {"run", "runs", "ran", "running"}
_RUNNING_OR_JOINING = _RUNNING | _JOINING
"""A person who runs a body (not a programme: RUNS; not a club: a seat) works there."""
_TEAMS = {"team", "staff", "workforce"}
"""Objects that stand for a body's staff: "joined the team at Foo"."""
_TEAM_LINKS = {"at", "of"}
_RELATIVES = {"who", "that"}
_PRONOUNS = {"he", "she"}
_BEEN = {"is", "was", "been", "served", "worked"}


def joined_bodies(reader: SentenceReader) -> None:
    """ "Jane Doe, who joined Foo Trust from Bar Council in 2024": Jane Doe works for
    Foo Trust and (before) Bar Council; "Jane Doe, who runs Qux Opticians": for Qux."""
    for tok in reader.tokens_among(_RUNNING_OR_JOINING):
        running = tok.lower_ in _RUNNING
        known = running or tok.lower_ in _JOINING
        if tok.pos_ not in {"VERB", "AUX"} or not known:
            continue
        if any(c.lower_ == "as" for c in tok.children):
            continue  # "joined Foo as chair": the post's own rules
        people = joiners(reader, tok)
        if not people:
            continue
        left = None if running else _left(reader, tok)
        bodies = [b for b in (_joined(reader, tok), left) if b is not None]
        for body in bodies:
            role = post_there(reader, body)
            rels = post_relations(role, body) if role else ("WORKS_FOR",)
            for person in people:
                reader.relate(person, rels, body, role=role, confidence=0.65)


def joiners(reader: SentenceReader, verb) -> list[Mention]:
    """The named people who join: the verb's subject (a name, a post with the name
    beside it: "Our manager, Jane Doe, joined"), the person "who" follows, or the
    person "he"/"she" stands for."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return []  # "Jane Doe was joined by John Roe from Foo": John, not Jane
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return []
    subject = subjects[0]
    if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        m = reader.covering.get(verb.head.i)
        return [m] if m is not None and _personal(reader, m) else []
    if subject.lower_ in _PRONOUNS:
        m = reader.person_before(subject.i)
        return [m] if m is not None else []
    found = reader.named_by([subject], {"Person"})
    if found:
        return found
    return reader.named_by([c for c in subject.children if c.dep_ == "appos"], {"Person"})


def _personal(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name may be a person's: typed so, or with a vote for it so far (the
    type is settled once the page is read; the relation keeps to the types then)."""
    return reader.kind(m) == "Person" or reader.ctx.votes_for(m)["Person"] > 0


def _joined(reader: SentenceReader, verb) -> Mention | None:
    """The body joined: the verb's object when it is an employer's name ("joined Foo
    Trust", "joined us"), or the body whose team is joined ("the team at Foo")."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in BOARD_WORDS:
            return None
        if c.lower_ in _TEAMS:
            links = [p for t in (c, verb) for p in t.children if p.lower_ in _TEAM_LINKS]
            return next((b for p in links if (b := body_of_prep(reader, p)) is not None), None)
        m = reader.covering.get(c.i)
        if m is not None and verb.lower_ in _RUNNING and not reader.vote_organisation(m):
            return None  # "ran the Kelby Half Marathon"; "runs the Kelby Gallery": a body
        return employer(reader, m)
    return None


def _left(reader: SentenceReader, verb) -> Mention | None:
    """The body left: "joined ... from Bar Council"."""
    return next(
        (
            b
            for c in verb.children
            if c.lower_ == "from" and (b := body_of_prep(reader, c)) is not None
        ),
        None,
    )


def body_of_prep(reader: SentenceReader, prep) -> Mention | None:
    """The employer a preposition names: its object ("from Bar Council"), or the body
    whose part its object is when that is a common noun ("from Bar Trust's nursing
    team", "from the Kelby branch of Bar Aid"); None."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    obj = objects[0]
    found = reader.covering.get(obj.i)
    if found is None and obj.pos_ == "NOUN":
        owners = [c for c in obj.children if c.dep_ == "poss"]
        owners += [
            g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        found = next((m for o in owners if (m := reader.covering.get(o.i)) is not None), None)
    return employer(reader, found)


def employer(reader: SentenceReader, m: Mention | None) -> Mention | None:
    """An organisation that employs those who join it: not a network, club or board
    of members (`people_join`), nor an everyday word alone ("joined Labour in 1990":
    a party joined, which nothing else on the page makes a body)."""
    if m is None or reader.kind(m) != "Organisation" or people_join(m.text):
        return None
    if " " not in m.text and everyday_word(m.text):
        return None
    return m


def post_there(reader: SentenceReader, body: Mention) -> str | None:
    """The post a "where" clause right after the body says was held there: "from Bar
    Trust, where he has been Director of Services since 2019" -> "Director of
    Services"."""
    words, end = reader.words, reader.sent.end
    k = body.end + (body.end < end and words[body.end] == ",")
    if k >= end or words[k] != "where":
        return None
    for j in range(k + 1, min(end, k + 7)):
        if words[j - 1] in _BEEN or words[j - 1] == "as":
            span = reader.role_phrase_at(j + (words[j] in {"a", "an", "the", "its"}))
            if span is not None:
                return role_text(reader.doc[span.start : span.end].text, body)
    return None
