"""Where a new post holder comes from (the employment family, continued): "Jane Doe
joins from Foo Trust", "She joins in March from Foo, where she has been head of
grants", "Jane was previously at Foo", "John Roe, who comes to us from Foo Council's
housing team": the person worked for the organisation named after the cue (a
career, as `posts.appointments` reads "previously worked at Foo"), in the post the
clause after it names ("..., where she was chief operating officer").

Only the cue's own subject moves: the subject of the verb, a person or "he"/"she",
or the person a "who" clause hangs from; not "Jane Doe said the charity moves from
Foo Hall", nor "she joined volunteers from Foo Trust" (the cue allows no object
between the verb and "from": `patterns/employment.jsonl`, `came_from`).
"""

from __future__ import annotations

from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.post_kinds import role_text
from collabgraph.extract.rules.post_words import post_after
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset({"came_from"})
"""The cue labels (pattern files) this family's rules read."""

_PRONOUNS = {"he", "she"}
_AUXILIARIES = {"has", "had", "have", "been", "was", "is", "currently", "most", "recently"}


def came_from(reader: SentenceReader) -> None:
    """ "Jane Doe joins from Foo", "he was previously at Foo", "who comes to us from
    Foo": WORKS_FOR the organisations listed after the cue, with the post a
    following "where she was ..." names."""
    for cue in reader.cues("came_from"):
        person = mover(reader, cue.start)
        if person is None:
            continue
        orgs = reader.list_after(cue.end, kinds={"Organisation"})
        first = reader.mention_at(cue.end)
        if first is None or reader.kind(first) != "Organisation":
            continue  # "from the start of Foo Week": not a body right after the cue
        if not orgs or orgs[0] is not first:
            orgs = [first]  # "from Foo Council's housing team": the council
        role = _post_there(reader, orgs[-1].end) if len(orgs) == 1 else None
        for org in orgs:
            reader.relate(person, "WORKS_FOR", org, role=role, confidence=0.65)


def mover(reader: SentenceReader, i: int) -> Mention | None:
    """The person the verb at token i is said of: its subject (a person, or the one
    "he"/"she" is), or the person a "who" clause it heads hangs from; else None."""
    verb = reader.doc[i]
    while verb.dep_ in {"aux", "auxpass"} and verb.head is not verb:
        verb = verb.head  # "will join": the verb
    for clause in (verb, verb.head if verb.dep_ == "conj" else None):
        if clause is None:
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            continue
        if subject.lower_ in _PRONOUNS:
            return reader.person_before(i)
        if subject.lower_ == "who" and verb.dep_ == "relcl":
            # "Jane Doe, our new officer, who comes ...": the clause may hang from her post
            return _person_at(reader, verb.head.i) or reader.person_before(i, limit=12)
        return _person_at(reader, subject.i)
    return None


def _person_at(reader: SentenceReader, i: int) -> Mention | None:
    m = reader.covering.get(i)
    if m is None:
        return None
    if reader.vote_person(m) or m.text.casefold() in reader.ctx.person_tokens:
        return m
    return None


def _post_there(reader: SentenceReader, k: int) -> str | None:
    """The post a ", where she has been head of grants" clause at token k names."""
    words, end = reader.words, reader.sent.end
    if words[k : k + 2] != [",", "where"] or k + 3 >= end or words[k + 2] not in _PRONOUNS:
        return None
    i = k + 3
    while i < end and words[i] in _AUXILIARIES:
        i += 1
    if i == k + 3:
        return None  # "where she led the team": no post said
    post = post_after(reader, i)
    return role_text(post[0], None) if post else None
