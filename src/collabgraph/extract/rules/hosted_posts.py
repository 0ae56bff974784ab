"""Posts one body pays for or houses (the employment family, continued): "The
alliance's coordinator, Jane Doe, is employed by Foo Trust", "Its development worker,
Jane Doe, is hosted by Foo", "The network is coordinated by Jane Doe, who is employed
by Foo on our behalf". The employer (or host, `vocab/hosted_post_verbs.txt`) is where
the person holds the post the sentence gives her: WORKS_FOR it, with that post (one a
post rule read before this one in the sentence, for another body, the post a
"coordinated by" names: `vocab/post_doing_verbs.txt`, or the post set beside the name
by a comma: "Our shelter coordinator, Jane Doe, who is employed by Foo", "Our two link
workers, Jane Doe and John Roe, are employed by Foo", "Jane Doe, a link worker employed
by Foo").

Read from the parse: the passive verb with "by" and an organisation's name, its
subject a named person (or "who" after one). With no post said in the sentence,
the employer is left to `posts.appointments` ("Jane Doe is employed by Foo": no
post). Not "the hall is hosted by Foo" (no person), nor "Jane Doe was hosted by Foo
at its open day" with no post said (a visit).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.joined_bodies import body_of_prep
from collabgraph.extract.rules.post_kinds import role_text
from collabgraph.extract.rules.post_words import plural_post
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels this family reads: none (it reads the parse)."""

_HOSTED = vocab.words("hosted_post_verbs")
_DOING = vocab.table("post_doing_verbs")


def hosted_posts(reader: SentenceReader) -> None:
    """The kinds in the module docstring: the person WORKS_FOR the employer or host,
    with the post said of her in the sentence (confidence 0.7)."""
    for verb in reader.tokens_among(_HOSTED):
        if not any(c.dep_ == "auxpass" for c in verb.children) and _post_before(verb) is None:
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        host = _host(reader, agent) if agent is not None else None
        person = _holder(reader, verb)
        if host is None or person is None:
            continue
        role = _post_said(reader, person, host) or _post_done(reader, verb)
        role = role or _post_beside(reader, person, verb)
        if role is not None:
            reader.relate(person, "WORKS_FOR", host, role=role, confidence=0.7)
            for other in reader.ms:  # "Our two link workers, Jane Doe and John Roe, are ..."
                if other.start > person.start and person in reader.people_joined_before(other):
                    reader.relate(other, "WORKS_FOR", host, role=role, confidence=0.7)


def _holder(reader: SentenceReader, verb) -> Mention | None:
    """The named person the passive verb is said of: its subject (or the name set
    beside it; the first of names listed together), or the person a "who" clause hangs
    from; None for none or several apart."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and (post := _post_before(verb)) is not None:
        named = reader.named_by([post.head], {"Person"})  # "Jane Doe, a link worker employed by"
        return named[0] if len(named) == 1 else None
    if subject is None:
        return None
    if subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    named = reader.named_by([subject], {"Person"})  # "Jane Doe is employed by"
    # "The alliance's coordinator, Jane Doe, is employed by": the name beside the post
    named = named or reader.named_by([c for c in subject.children if c.dep_ == "appos"], {"Person"})
    if len(named) > 1 and all(named[0] in reader.people_joined_before(m) for m in named[1:]):
        return named[0]  # "Jane Doe and John Roe are ...": the first; the caller adds the rest
    return named[0] if len(named) == 1 else None


def _post_said(reader: SentenceReader, person: Mention, host: Mention) -> str | None:
    """The post a rule before this one gave the person in this sentence, at another
    body ("The alliance's coordinator, Jane Doe,": coordinator); None."""
    for c in reader.ctx.by_source.get(person.id, ()):
        same = c.evidence == reader.evidence.strip()[:500]
        if same and c.role and c.target != host.id and "WORKS_FOR" in c.relations:
            return c.role
    return None


def _host(reader: SentenceReader, agent) -> Mention | None:
    """The body after the passive's "by": its object (`body_of_prep`), or the name of a
    body right after it (a network's too) when the parse split the name."""
    host = body_of_prep(reader, agent)
    if host is None:
        k = agent.i + 1 + (agent.i + 1 < reader.sent.end and reader.words[agent.i + 1] == "the")
        host = reader.by_start.get(k)  # a network may employ: "by Kelby Churches Together"
    return host if host is not None and reader.kind(host) == "Organisation" else None


def _post_before(verb):
    """The post a participle "employed by" hangs from, set beside a name ("Jane Doe, a
    link worker employed by Foo"): the post's noun, else None."""
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "appos" and head.head.pos_ == "PROPN":
        return head
    return None


def _post_beside(reader: SentenceReader, person: Mention, verb) -> str | None:
    """The post set beside the person's name by a comma: before it ("Our shelter
    coordinator, Jane Doe, who is employed by Foo"; "Our two link workers, Jane Doe and
    John Roe, are employed by Foo": each one's) or after it ("Jane Doe, a link worker
    employed by Foo"); None."""
    words = reader.words
    first = min([person, *reader.people_joined_before(person)], key=lambda p: p.start)
    if first.start >= 2 and words[first.start - 1] == ",":
        for r in reader.roles:
            if r.end == first.start - 1:
                return role_text(reader.doc[r.start : r.end].text, None)
        for i in range(max(reader.sent.start, first.start - 7), first.start - 1):
            post = plural_post(reader, i)
            if post is not None and post[1] == first.start - 1:
                return post[0].lower()
    post = _post_before(verb)
    if post is None or person.end >= post.i or words[person.end] != ",":
        return None
    k = person.end + 1 + (words[person.end + 1] in {"a", "an"})
    ends = post.i + 1
    span = next(
        (s for j in range(k, ends) if (s := reader.role_phrase_at(j)) and s.end == ends), None
    )
    return role_text(reader.doc[span.start : span.end].text, None) if span else None


def _post_done(reader: SentenceReader, verb) -> str | None:
    """The post a "coordinated by" before the "who" clause names ("The network is
    coordinated by Jane Doe, who is employed by Foo": coordinator); None."""
    if verb.dep_ != "relcl" or verb.head.dep_ != "pobj" or verb.head.head.dep_ != "agent":
        return None
    doing = verb.head.head.head  # the name, its "by", the verb of doing
    return _DOING.get(doing.lower_)


__all__ = ["LABELS", "hosted_posts"]
