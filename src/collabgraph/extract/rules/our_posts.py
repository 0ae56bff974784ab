"""Posts said with "our" or "its" (the employment family, continued).

"its" before a post and its holder: "Foo Trust delivers it, managed by its project
lead, Jane Doe": the post is at the body named last before "its" in the sentence
(not one opening the sentence: "Its chair, Jane Doe, ..." speaks of a body named
before; `its_posts`).

"our" after a person's name, their field's words before the post:
"Jane Doe, our kitchen coordinator", "John Roe, our new training and events
officer" (`our_field_posts`). The role finder reads no post where
lower-case words of a field stand before it, so `page_posts.unplaced_roles` never
sees these; "our" says the post is at the page's own body: noted for it
(`ctx.unplaced_posts`, placed by `page_organisation.place_posts`).
Not "Jane Doe, a kitchen coordinator", "Jane Doe, their outreach worker": no "our".
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.post_holders import hold_at_owner
from collabgraph.extract.rules.post_homes import holds_post, post_home
from collabgraph.extract.rules.post_kinds import role_text
from collabgraph.extract.rules.post_words import named_after
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads job titles."""

_QUALIFIERS = vocab.words("role_qualifiers") - {"former", "previous", "next", "our"}
_FIELD_POS = {"NOUN", "ADJ", "CCONJ"}  # "kitchen", "digital", "training and events"
_MAX_FIELD = 4  # field words before the post
_AFTER = {",", ")", ";", "."} | lx.DASHES  # the post's words close here


def our_field_posts(reader: SentenceReader) -> None:
    """ "Jane Doe, our kitchen coordinator, said": a post at the page's own body."""
    words, end = reader.words, reader.sent.end
    for p in reader.ms:
        k = p.end
        if reader.kind(p) != "Person" or k + 3 >= end or words[k : k + 2] != [",", "our"]:
            continue
        i = k + 2
        while i < end and words[i] in _QUALIFIERS:
            i += 1
        first = i
        for j in range(first + 1, min(first + _MAX_FIELD, end - 1) + 1):
            tok = reader.doc[j - 1]
            if tok.pos_ not in _FIELD_POS or not tok.text.isalpha() or tok.text[0].isupper():
                break  # "our colleagues at Foo": not a field's words
            span = reader.role_phrase_at(j)
            if span is None or span.start != j:
                continue
            if span.end < end and words[span.end] not in _AFTER:
                continue  # "our kitchen coordinator at Foo": read elsewhere
            role = role_text(reader.doc[first : span.end].text, None)
            home = post_home(role)
            if home is not None and words[first] != "and" and not holds_post(reader, p.id):
                reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, home))
            break


def its_posts(reader: SentenceReader) -> None:
    """ "Foo Trust gave us data, and its head of digital, Jane Doe, answered": Jane
    Doe holds the post at Foo Trust, the organisation named last before "its"."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    for k in range(start + 1, end - 3):
        if words[k] != "its":
            continue
        i = k + 1
        while i < end and words[i] in _QUALIFIERS:
            i += 1
        span = reader.role_phrase_at(i)
        if span is None or span.start != i or span.end + 1 >= end or words[span.end] != ",":
            continue
        person = named_after(reader, span.end + 1)
        owner = _named_before(reader, k)
        if person is None or reader.kind(person) != "Person" or owner is None:
            continue
        if holds_post(reader, person.id):
            continue
        hold_at_owner(reader, person, reader.doc[span.start : span.end].text, owner)


def _named_before(reader: SentenceReader, k: int):
    """The organisation named last before token k in the sentence ("we", read as
    the page's body, names none)."""
    named = [m for m in reader.ms if m.end <= k and m.id >= 0 and not m.synthetic]
    named = [m for m in named if reader.kind(m) == "Organisation"]
    return named[-1] if named else None
