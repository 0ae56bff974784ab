"""Occasions a page is about that no event noun names: a visit, an opening or
reopening, a relaunch, a signing.

"Minister visits Foo Hub", "Ministers visited the Foo Hub on Friday", "during a
visit to the Foo Hub" -> "Visit to Foo Hub"; "Foo Centre reopens its doors" ->
"Reopening of Foo Centre"; "A and B have signed a memorandum of understanding",
"a ceremony ... to sign a Memorandum of Understanding" -> "Signing of the
memorandum of understanding". The name is made of the page's own words for what
was visited, opened or signed: an article before a name is dropped ("Visit to
Foo Hub"), one before a common noun kept ("Opening of a little five-house
development"); what is signed is definite ("the memorandum of understanding").

Who visited, and who signed, took part (PARTICIPATED_IN): the verb's subject, or
"by" after it ("was signed by A and B", "a visit to Foo Hub by Jane Doe"); "Leaders
from Foo attended a ceremony ... to sign" gives Foo.

The words are data: `vocab/occasion_names.txt`, `occasion_verbs.txt`,
`occasion_signed_nouns.txt`, `occasion_opened_heads.txt` (with `head_venue.txt`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import is_cap, lower_word, re_prefixed
from collabgraph.extract.page_event.reading import PageEvent

NAMES = vocab.table("occasion_names")
VERBS = vocab.table("occasion_verbs")
SIGNED = vocab.words("occasion_signed_nouns")
OPENED = vocab.words("occasion_opened_heads") | vocab.words("head_venue")
_DROPPED = {k for k, v in vocab.table("event_modifiers").items() if v == "drop"}
ROLES = {"visit": "visitor", "signing": "participant"}  # who took part, by occasion
_ARTICLES = {"the", "a", "an", "its", "their", "our", "his", "her", "this"}
_NAME_DEPS = {"compound", "amod", "nummod", "det", "poss", "nmod", "punct"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_GROUP_PREPS = {"from", "of", "at"}  # "Leaders from Foo", "representatives of Foo"
_DOORS = {"doors", "door", "gates"}
_OPENED_KINDS = {"opening", "reopening", "relaunch"}
_SIGN_REACH = 3  # "A and B sign partnership agreement" in a headline, "sign" read as a noun


@dataclass
class Told:
    """An occasion a sentence tells: its kind ("visit"), the token that tells it,
    its name, the token spans of who took part, and the page's own form of it."""

    kind: str
    anchor: int
    name: str
    takers: list[tuple[int, int]] = field(default_factory=list)
    alias: str | None = None


def occasion_event(layout, docs: list, headline_blocks: list[int], sentences) -> PageEvent | None:
    """The occasion the headline or first sentences tell, named from its object.

    `sentences` are (block, Span) pairs of the page's first sentences. The
    headline names the occasion when it tells one; a form the first sentences
    give the same kind of occasion becomes an alias. None when neither tells one.
    """
    found = [
        (b, s)
        for b in headline_blocks
        for s in [docs[b][0 : len(docs[b])]]
        if not docs[b].text.rstrip().endswith("?")
    ] + list(sentences)
    event: PageEvent | None = None
    kind = None
    for block, sent in found:
        told = _occasion_in(sent)
        if told is None or (event is not None and _family(told.kind) != _family(kind)):
            continue
        if event is None:
            event, kind = PageEvent(told.name, evidence=sent.text), told.kind
        for name in (told.name, told.alias):
            if name and name.lower() not in {n.lower() for n in [event.name, *event.aliases]}:
                event.aliases.append(name)
        event.spans.setdefault(block, []).append((told.anchor, told.anchor + 1))
        role = ROLES.get(told.kind)
        for s, e in told.takers if role else ():
            event.taker_spans.setdefault(block, []).append((s, e, role))
    return event


def _family(kind: str | None) -> str | None:
    """Openings, reopenings and relaunches of one place are one occasion told twice."""
    return "opening" if kind in _OPENED_KINDS else kind


def _occasion_in(sent) -> Told | None:
    """The first occasion the sentence tells."""
    for tok in sent:
        low = _word(tok)
        if low in NAMES and tok.pos_ in {"NOUN", "PROPN"}:
            read = _by_noun(tok, low) or _after_name(tok, low)
        elif low in VERBS and tok.pos_ == "VERB":
            read = _by_verb(tok, VERBS[low])
        elif low in VERBS and VERBS[low] == "signing":
            read = _sign_as_noun(tok, sent)
        else:
            continue
        if read is not None:
            return read
    return None


def _word(tok) -> str:
    """The token's word, lower case; "re-launch" (three tokens) at its last is "relaunch"."""
    return "re" + lower_word(tok) if re_prefixed(tok) else lower_word(tok)


def _after_name(tok, kind: str) -> Told | None:
    """ "Foo Centre relaunch", "Foo Trust and Bar College MoU signing": the occasion's
    noun after the name of what it is about (the name kept as an alias)."""
    end = tok.i - 2 if _word(tok) != lower_word(tok) else tok.i  # "Foo Centre re-launch"
    start = end
    while start > tok.sent.start and is_cap(tok.doc[start - 1]):
        start -= 1
    words = tok.doc[start:end]
    if not words or not is_cap(words[0]) or kind == "visit":
        return None  # "the Minister's visit": whose visit, not what was visited
    last = words[-1]
    if kind == "signing" and lower_word(last) not in SIGNED:
        return None
    if kind != "signing" and kind != "relaunch" and lower_word(last) not in OPENED:
        return None
    article = "the " if kind == "signing" else ""
    event_name = f"{NAMES[kind]} {article}{words.text}"
    return Told(kind, tok.i, event_name, alias=tok.doc[start : tok.i + 1].text)


def _by_noun(tok, kind: str) -> Told | None:
    """ "a visit to Foo Hub by Jane Doe", "the official reopening of Foo Centre",
    "a ceremony to sign a memorandum" (the verb after a noun of occasion)."""
    prep = "to" if kind == "visit" else "of"
    obj = next(
        (g for c in tok.rights if c.lower_ == prep for g in c.children if g.dep_ == "pobj"), None
    )
    if obj is None or not _fits(kind, obj):
        return None
    takers = [
        _span(g) for c in tok.rights if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"
    ]
    verb = tok.head if tok.dep_ == "dobj" else None  # "Jane Doe paid a visit to Foo Hub"
    if tok.dep_ == "pobj" and tok.head.lower_ in {"during", "on"}:
        verb = tok.head.head  # "During a visit to Foo Hub, Jane Doe met ..."
    if not takers and verb is not None:
        takers = [s for c in verb.children if c.dep_ == "nsubj" for s in _takers(c)]
    return Told(kind, tok.i, _name(kind, obj), takers)


def _by_verb(verb, kind: str) -> Told | None:
    """ "Jane Doe visited Foo Hub", "Foo Centre reopens its doors", "A and B signed a
    memorandum", "was signed by A and B", "attended a ceremony ... to sign a MoU"."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if passive:
        obj, takers = subjects[0], agents
    elif objects and not _own_parts(objects[0]):
        obj, takers = objects[0], subjects
    elif kind in _OPENED_KINDS and subjects:  # "Foo Centre reopens (its doors)"
        obj, takers = subjects[0], []
    else:
        return None
    if not passive and not subjects and verb.dep_ in {"advcl", "xcomp", "relcl", "acl"}:
        takers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "attended ... to sign"
    elif not passive and not subjects:
        return None  # "Visit the Foo Centre this summer": a bidding, not an occasion
    if not _fits(kind, obj):
        return None
    return Told(kind, verb.i, _name(kind, obj), [s for t in takers for s in _takers(t)])


def _sign_as_noun(tok, sent) -> Told | None:
    """ "A and B sign partnership agreement": a headline whose "sign" the parser read
    as a noun; what is signed follows within a few words, the signers before."""
    for nxt in sent.doc[tok.i + 1 : min(sent.end, tok.i + 1 + _SIGN_REACH)]:
        if lower_word(nxt) in SIGNED and nxt.pos_ in {"NOUN", "PROPN"}:
            words = [t.text for t in sent.doc[tok.i + 1 : nxt.i + 1]]
            if not any(is_cap(t) for t in sent.doc[sent.start : tok.i]):
                return None
            takers = [(sent.start, tok.i)]  # each name before "sign"
            return Told("signing", tok.i, f"{NAMES['signing']} the {' '.join(words)}", takers)
    return None


def _own_parts(obj) -> bool:
    """ "reopens its doors", "opened their gates": the subject's own doors, not an object."""
    return lower_word(obj) in _DOORS and any(c.dep_ == "poss" for c in obj.children)


def _fits(kind: str, obj) -> bool:
    """Whether what is visited, opened or signed can name the occasion: a name for a
    visit ("Foo Hub", not "volunteers"); a building for an opening; a document for a
    signing."""
    if kind == "signing":
        return lower_word(obj) in SIGNED
    named = any(is_cap(t) for t in _name_tokens(obj))
    if kind == "visit":
        return named and obj.ent_type_ not in {"DATE", "TIME"}
    return named and (kind == "relaunch" or lower_word(obj) in OPENED)


def _name_tokens(obj) -> list:
    """The object's words that name it: its modifiers before it, itself, and "of"
    with a bare noun after it ("Memorandum of Understanding")."""
    start = obj.i
    for c in obj.lefts:
        if c.dep_ in _NAME_DEPS:
            start = min(start, c.left_edge.i)
    end = obj.i + 1
    of = next((c for c in obj.rights if c.lower_ == "of" and c.i == obj.i + 1), None)
    if of is not None:
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None)
        if pobj is not None and not any(c.dep_ == "det" for c in pobj.children):
            end = pobj.i + 1
    toks = [t for t in obj.doc[start:end]]
    while toks and (toks[0].is_punct or (toks[0].dep_ == "poss" and toks[0].pos_ != "PRON")):
        toks = toks[1:]  # "Foo's Bar Centre" keeps "Foo's"; a stray comma does not lead
    return toks


def _name(kind: str, obj) -> str:
    """ "Visit to Foo Hub", "Opening of a little five-house development",
    "Signing of the memorandum of understanding"."""
    toks = _name_tokens(obj)
    lead = [t for t in toks if lower_word(t) in _ARTICLES or lower_word(t) in _DROPPED]
    rest = toks[len(lead) :] if toks[: len(lead)] == lead else toks
    words = "".join(t.text_with_ws for t in rest).strip()
    if kind == "signing":
        article = "the"
    elif rest and is_cap(rest[0]):
        article = ""
    else:
        article = next((t.lower_ for t in lead if t.lower_ in _ARTICLES), "")
    return " ".join(w for w in (NAMES[kind], article, words) if w)


def _takers(tok) -> list[tuple[int, int]]:
    """Token spans of who a subject names: itself and its conjuncts and
    appositions; for "Leaders from Foo", Foo."""
    out = []
    for t in [tok, *tok.conjuncts]:
        if t.pos_ == "NOUN" and (not is_cap(t) or t.is_sent_start):  # "Leaders from Foo"
            pobjs = [g for c in t.children if c.lower_ in _GROUP_PREPS for g in c.children]
            out += [_span(g) for p in pobjs if p.dep_ == "pobj" for g in [p, *p.conjuncts]]
            continue
        out.append(_span(t))
        out += [_span(c) for c in t.children if c.dep_ == "appos"]
    return out


def _span(tok) -> tuple[int, int]:
    """The token span of a name: the head and its compound words before it."""
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in {"compound", "nmod", "amod"} and is_cap(c):
            start = min(start, c.left_edge.i)
    return start, tok.i + 1
