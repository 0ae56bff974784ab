"""Posts given on a line of their own (the employment family, continued): a name
alone on a line, then a line with the post ("Jane Doe" / "Chair of Trustees", a
sign-off; "Chief Executive, Foo Trust"; "Foo Trust's Head of Policy", a speaker's
card; "Director, Foo Improvement Programme"), and a post in capitals filling the
brackets after a name ("Jane Doe (Public Health Theme Lead)", a caption). A post
with no organisation is noted for the page's own (`ctx.unplaced_posts`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention, RoleSpan
from collabgraph.extract.rules.post_homes import holds_post, post_home
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import capitalised_post_end
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads lines."""

_BOARD_WORDS = vocab.words("board_words")
_LINE_END = {".", ",", ";"}


def signed_posts(reader: SentenceReader) -> None:
    """A line naming a person and nothing else, then a line naming a post and
    nothing else ("Jane Doe" / "Chair of Trustees": a letter's or a post's
    sign-off): the post, noted for the page's own organisation."""
    last, reader.ctx.name_line = reader.ctx.name_line, None
    start, end = reader.sent.start, reader.sent.end
    while end > start and reader.words[end - 1] in _LINE_END:
        end -= 1
    if last is not None and post_line(reader, reader.ctx.mentions[last], start, end):
        return
    if len(reader.ms) == 1:
        m = reader.ms[0]
        before = reader.words[start : m.start]  # "Dr", a bullet
        titled = all(w.rstrip(".") in lx.HONORIFICS or not w.isalnum() for w in before)
        if m.end == end and titled and reader.kind(m) == "Person":
            reader.ctx.name_line = m.id
        return
    if last is None or reader.ms:
        return
    span = reader.role_phrase_at(start)
    if span is None or any(
        w not in _BOARD_WORDS and w not in {"of", "the"} for w in reader.words[span.end : end]
    ):
        return  # "Chair of Trustees", "Chief Executive"; not "Chair of the Foo Trust"
    role = role_text(reader.doc[start:end].text, None)
    home = post_home(role)
    if home is not None:
        reader.ctx.unplaced_posts.append((last, role, reader.evidence, home))


_LINE_LINKS = {",", "at", "of", "for", "with"} | lx.DASHES


def post_line(reader: SentenceReader, person: Mention, start: int, end: int) -> bool:
    """The line after a name's line giving the post and its body: "Chief Executive,
    Foo Trust", "Chief Executive at Foo Trust", "Foo Trust's Chief Executive (at the
    Bar Summit)": the post, held there; "Director, Housing and Care Programme" (a
    field after the comma, no body, no verb): noted for the page's own body. Whether
    the line was read so."""
    words, first = reader.words, reader.by_start.get(start)
    if first is not None and reader.kind(first) == "Organisation":
        org, k = first, first.end + (first.end < end and words[first.end] in POSSESSIVE)
        span = (reader.role_phrase_at(k) or _capitals(reader, k, end)) if k > first.end else None
        rest = words[span.end] if span is not None and span.end < end else None
        if span is None or rest not in {None, "at", "for", "(", ","}:
            return False
    else:
        span = reader.role_phrase_at(start)
        if span is None or span.end >= end or words[span.end] not in _LINE_LINKS:
            return False
        org = reader.mention_at(span.end + 1)
        if org is None or reader.kind(org) != "Organisation":
            return _field_line(reader, person, span, end)
        if org.end < end and words[org.end] not in {",", "(", "at"}:
            return False
    if any(reader.kind(m) == "Person" for m in reader.ms):
        return False
    role = role_text(reader.doc[span.start : span.end].text, org)
    reader.relate(person, post_relations(role, org), org, role=role, confidence=0.6)
    return True


def _capitals(reader: SentenceReader, k: int, end: int) -> RoleSpan | None:
    """A post in capitals the role finder leaves ("Quality Improvement Lead")."""
    stop = capitalised_post_end(reader, k, end)
    return RoleSpan(reader.doc[k:stop].text, k, stop) if stop is not None else None


def _field_line(reader: SentenceReader, person: Mention, span, end: int) -> bool:
    """ "Director, Housing and Care Programme": a post, a comma and the words of its
    field, no verb, no body or person: the post noted for the page's own body."""
    field = reader.doc[span.end + 1 : end]
    if reader.words[span.end] != "," or not 0 < len(field) <= 10:
        return False
    small = {"and", "of"}
    if any(t.pos_ in {"VERB", "AUX"} or (t.is_lower and t.text not in small) for t in field):
        return False
    if any(reader.kind(m) in {"Organisation", "Person"} for m in reader.ms):
        return False
    role = role_text(reader.doc[span.start : span.end].text, None)
    home = post_home(role)
    if home is None:
        return False
    reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, home))
    return True


def bracketed_posts(reader: SentenceReader) -> None:
    """ "Jane Doe (Public Health Theme Lead), John Roe (Foo Trust)": a post in
    capitals that fills the brackets after a person, which the role finder does not
    read whole, noted for the page's own organisation, unless the person holds a post
    already."""
    end = reader.sent.end
    for p in reader.ms:
        k = p.end + 1
        if reader.kind(p) not in {"Person", None} or k >= end or reader.words[p.end] != "(":
            continue
        stop = capitalised_post_end(reader, k, end)
        if stop is None or stop >= end or reader.words[stop] != ")":
            continue
        body = reader.before(p.start, kinds={"Organisation"})
        if (
            body is not None
            and body.start > 0
            and reader.words[body.start - 1] == "("
            and body.text.lower().split()[-1] not in lx.ROLE_CORE  # "(Theme Lead)": a post
        ):
            continue  # "A (Foo Trust), B (Theme Lead)": not Foo Trust's, nor known whose
        role = role_text(reader.doc[k:stop].text, None)
        home = post_home(role)
        noted = any(who == p.id for who, *_ in reader.ctx.unplaced_posts)
        if home is None or noted or holds_post(reader, p.id):
            continue
        reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, home))
