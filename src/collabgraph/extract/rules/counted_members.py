"""Counted members, a few of them named (the membership family, continued): a
body's members given as a number of bodies, then some named after "including",
"among them" or "such as":

- "The Alliance brings together more than 100 organisations across Fenby,
  including A, B and C" (a `made_of` cue before the count: the members are the
  body the sentence opens with);
- "More than thirty groups have signed up so far, among them A, B and C" (the
  counted bodies the subject of "signed up" or "joined", no body named after it:
  they joined the body with members the last sentences named);
- "representatives of 27 member organisations, including A and B" ("member"
  before the count: members of the body with members last named, else the page's
  own);
- "The Alliance now has 46 members, from A to B and C", "the board has 11 members,
  including representatives of A and B" (the count what a body with members has:
  its members, counted as "members" too, listed after "from" and "to" as well).

Each body listed is MEMBER_OF that body (role "member"). A count of bodies with no
membership said ("grants to 40 groups, including A") gives nothing.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read (it reads `made_of`
cues found for `compositions`, and words)."""

_BODY_PLURALS = vocab.words("body_plurals")  # "groups", "organisations", "charities"
_BODY_HEADS = vocab.words("body_heads")  # bodies with members: "Foo Alliance"
_OPENERS = (("including",), ("among", "them"), ("such", "as"))
_OPENER_FIRSTS = {o[0] for o in _OPENERS}
_JOINING = {"sign", "signs", "signed", "signing", "join", "joins", "joined", "joining"}
_COUNT_GAP = 3  # "more than 100 (local) organisations": words from the number to the noun
_NOUN_GAP = 8  # "groups have signed up so far, among them": noun to opener
_BACK = 4  # sentences back a body with members may be named
_LISTED = frozenset({"Organisation"})
_HAVING = frozenset({"has", "have", "had"})
_HAD_PLURALS = frozenset({"members"})  # counted only as what a body with members has
_SPAN_OPENER = ("from",)  # "has 46 members, from A to B": only after what a body has
_SPAN_GAP = 4  # "from A on Kelby Road to B": words from the first listed to "to"
_SENT_FROM = frozenset({"representatives", "delegates"})  # "including representatives of A"
_THE = frozenset({"the", "its", "this"})
_OPEN_WORDS = _OPENER_FIRSTS | set(_SPAN_OPENER)  # a list's first word: the rule's early exit
_ALL_OPENERS = (*_OPENERS, _SPAN_OPENER)


def counted_members(reader: SentenceReader) -> None:
    """For each list opener after a counted plural of bodies in a sentence that
    says membership, the bodies listed after it are members of that body."""
    words = reader.words
    for j in range(reader.sent.start + 2, reader.sent.end - 1):
        if words[j] not in _OPEN_WORDS:
            continue  # no opener starts here: none is compared
        n = next((len(o) for o in _ALL_OPENERS if tuple(words[j : j + len(o)]) == o), 0)
        if not n:
            continue
        p = _counted_plural(reader, j)
        if p is None:
            continue
        spanned = (words[j],) == _SPAN_OPENER
        had = _had_by(reader, p)
        if had is None and (spanned or words[p] in _HAD_PLURALS):
            continue  # "grants to 40 groups, from A to B": no members said
        body = had or _body(reader, p, j)
        if body is None:
            continue
        for m in _listed(reader, j + n, spanned=spanned):
            if m is not body and reader.vote_organisation(m):
                reader.relate(m, ("MEMBER_OF",), body, role="member", confidence=0.65)


def _listed(reader: SentenceReader, k: int, *, spanned: bool) -> list[Mention]:
    """The bodies listed from token k on, past "representatives of"; with `spanned`,
    those after the "to" closing a span as well ("from A on Kelby Road to B and C")."""
    words, end = reader.words, reader.sent.end
    if k + 1 < end and words[k] in _SENT_FROM and words[k + 1] in {"of", "from"}:
        k += 2  # "including representatives of A and B": the bodies they come from
    listed = reader.list_after(k, kinds=_LISTED | {None})
    if spanned and listed:
        last = listed[-1].end
        to = next((t for t in range(last, min(last + _SPAN_GAP, end)) if words[t] == "to"), None)
        if to is not None:  # "to the Foo Club": the name after the article
            listed += reader.list_after(to + 1 + (words[to + 1] == "the"), kinds=_LISTED | {None})
    return listed


def _had_by(reader: SentenceReader, p: int) -> Mention | None:
    """The body with members whose members the counted plural at token p is, said by
    "have": "The Alliance now has 46 members", "the Foo Network has 64 member groups";
    None when "have" is not its verb or its subject is no body with members."""
    tok = reader.doc[p]
    if tok.dep_ != "dobj" or tok.head.lower_ not in _HAVING:
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < reader.sent.start:
        return None
    body = None
    if subject.i > reader.sent.start and reader.words[subject.i - 1] in _THE:
        body = reader.definite_org(subject.i - 1)  # "The Alliance has": the one named before
    body = body or reader.covering.get(subject.i)
    return body if _with_members(reader, body) else None


def _counted_plural(reader: SentenceReader, j: int) -> int | None:
    """The token of a plural of bodies a few words before the opener at token j
    ("organisations across Fenby, including"), a number a few words before it
    ("more than 100", "thirty"); None when a name other than a place's comes
    between, or no such plural is there."""
    words, doc = reader.words, reader.doc
    for p in range(j - 1, max(reader.sent.start, j - _NOUN_GAP) - 1, -1):
        m = reader.covering.get(p)
        if m is not None and reader.kind(m) != "Place":
            return None
        if words[p] not in _BODY_PLURALS and words[p] not in _HAD_PLURALS:
            continue
        low = max(reader.sent.start, p - _COUNT_GAP)
        return p if any(doc[k].like_num for k in range(low, p)) else None
    return None


def _body(reader: SentenceReader, p: int, j: int) -> Mention | None:
    """The body the counted bodies at token p are members of (see the module's
    doc; the list opens at token j), or None when the sentence says no membership."""
    words, doc = reader.words, reader.doc
    made = [c for c in reader.cues("made_of") if c.end <= p and c.cue.params.get("role")]
    if any(words[c.start] in {"brings", "bring", "brought", "bringing"} for c in made):
        subject = reader.sentence_subject()
        if subject is None and words[reader.sent.start] == "the":
            subject = reader.definite_org(reader.sent.start)  # "The Alliance brings together"
        return subject if _with_members(reader, subject) else None
    low = max(reader.sent.start, p - _COUNT_GAP - 1)
    if "member" in words[low:p]:  # "27 member organisations"
        return _recent_body(reader) or _page_body(reader)
    tok = doc[p]
    if (
        tok.dep_ == "nsubj"
        and tok.head.lower_ in _JOINING
        and not _named_after(reader, tok.head, j)
    ):
        return _recent_body(reader)
    return None


def _with_members(reader: SentenceReader, m: Mention | None) -> bool:
    return (
        m is not None
        and reader.kind(m) == "Organisation"
        and m.text.lower().split()[-1] in _BODY_HEADS
    )


def _named_after(reader: SentenceReader, verb, j: int) -> bool:
    """Whether a name follows the joining verb, before the list's opener at token
    j ("have joined the Foo Network"): the body joined is said, and read by
    `compositions`."""
    return any(reader.covering.get(k) is not None for k in range(verb.i + 1, j))


def _recent_body(reader: SentenceReader) -> Mention | None:
    """The body with members (its name's last word one of `vocab/body_heads.txt`)
    named last before this sentence, in the few sentences before it."""
    sent = reader.ms[0].sent if reader.ms else None
    for m in reversed(reader.ctx.mentions):
        if sent is not None and m.sent >= sent:
            continue
        if sent is not None and m.sent < sent - _BACK:
            return None
        if _with_members(reader, m):
            return m
    return None


def _page_body(reader: SentenceReader) -> Mention | None:
    own = reader.page_org()
    if own is None or own < 0:
        return None
    m = reader.ctx.mentions[own]
    return m if _with_members(reader, m) else None


__all__ = ["LABELS", "counted_members"]
