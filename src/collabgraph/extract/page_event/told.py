"""How an occasion the page is about is told and named (page_event/occasions.py
finds it): what was visited, opened or signed, in the page's own words.

"visited the Foo Hub" -> "Visit to the Foo Hub"; "opened the new Foo Youth
Centre" -> "Opening of the new Foo Youth Centre" (as the page describes it: no word
is dropped or added); "signed a memorandum of understanding" -> "Signing of the
memorandum of understanding" (what is signed is definite). A noun phrase the page
writes for the occasion is kept as written, as an alias ("the official reopening of
the Foo Centre", "a ceremony at Foo campus to sign a Memorandum of Agreement").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import is_cap, lower_word
from collabgraph.extract.name_forms import head_type
from collabgraph.extract.page_event.named_back import named_back
from collabgraph.extract.page_event.named_next import NEXT_BLOCK, OPENED, generic_opened, named_next

NAMES = vocab.table("occasion_names")
OFFICIAL_NAMES = vocab.table("occasion_official_names")
SIGNED = vocab.words("occasion_signed_nouns")
_ARTICLES = lx.ARTICLES
_POSSESSIVES = {"its", "their", "our", "his", "her", "this"}
_OPENERS = _ARTICLES | _POSSESSIVES
_NAME_DEPS = {"compound", "amod", "nummod", "det", "poss", "nmod", "punct"}
VISITOR_TITLES = vocab.words("occasion_visitor_titles")
_GROUP_PREPS = {"from", "of", "at"}  # "Leaders from Foo", "representatives of Foo"


@dataclass
class Told:
    """An occasion a sentence tells: its kind ("visit"), the token that tells it,
    its name, the token spans of who took part and of who hosted it, and the
    page's own noun phrase for it."""

    kind: str
    anchor: int
    name: str
    takers: list[tuple[int, int]] = field(default_factory=list)
    alias: str | None = None
    hosts: list[tuple[int, int]] = field(default_factory=list)
    named: bool = True  # False: "the centre", the occasion already named
    role: str | None = None  # who took part, when not the occasion's own (ROLES)
    bare: str | None = None  # the name without what only describes it (`bare_signed`)


def titled_opening(kind: str, obj) -> bool:
    """Whether an opening told by its noun opens a title ("the opening of Kelby
    Lights"), not a building (`fits`)."""
    return kind in _TITLED_KINDS and lower_word(obj) not in OPENED and _titled(obj)


def fits(kind: str, obj, *, again: bool = False, noun: bool = False) -> bool:
    """Whether what is visited, opened or signed can name the occasion: a name for a
    visit ("Foo Hub", not "volunteers"); a building for an opening or reopening;
    a document for a signing. `again`: the occasion is known, and "the centre" (no
    name) is enough to say who opened it. `noun`: told by the noun ("the opening of
    Kelby Lights"), where a title opened is an occasion too (a show, an exhibition),
    though no fund or programme ("the opening of the Kelby Fund": `_titled`)."""
    if noun and kind in _TITLED_KINDS and _titled(obj):
        return True
    if kind == "signing":
        return lower_word(obj) in SIGNED
    # a capitalised word that names it, not an article opening a sentence ("The centre")
    named = fits_named(name_tokens(obj))
    if again and not named:
        named = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in obj.children)
    if kind == "visit":
        return named and obj.ent_type_ not in {"DATE", "TIME"}
    if not named and kind == "opening" and lower_word(obj) in OPENED:
        named = pronoun_owner(obj) is not None  # "opened its new premises"
        named = named or named_next(obj) is not None  # "a new centre opened. The Foo Centre"
        named = named or named_back(obj) is not None  # "the Foo Garden ..." then "the garden"
    return named and (kind == "relaunch" or lower_word(obj) in OPENED)


_TITLED_KINDS = {"opening", "reopening"}
_NOT_OCCASIONS = {"Project", "Report"}  # "the opening of Kelby Scheme", "of Foo Review"
_FUNDS = vocab.words("fund_heads")  # "the opening of the Kelby Crisis Fund"


def _titled(obj) -> bool:
    """A title opened ("the opening of Kelby Lights"): capitalised words name it, its
    first word not the sentence's, no date, and its last word no programme's, fund's or
    report's noun (vocab/head_project.txt, head_report.txt)."""
    toks = name_tokens(obj)
    return (
        bool(toks)
        and all(is_cap(t) or t.is_punct or t.lower_ in _SMALL for t in toks)
        and fits_named(toks)
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in toks)
        and head_type(lower_word(toks[-1])) not in _NOT_OCCASIONS
        and lower_word(toks[-1]) not in _FUNDS
    )


_SMALL = {"of", "and", "&", "the", "for", "on", "in"}
_OWNER_PRONOUNS = {"its", "their"}


def pronoun_owner(obj) -> str | None:
    """The body "its" stands for in "opened its new premises": the last body the
    recogniser names before it in the sentence, else the first after it in the
    paragraph or the next ("... a local charity by opening its new premises. Foo
    Trust ...")."""
    if not any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in obj.children):
        return None
    bodies = [e for e in obj.doc.ents if e.label_ == "ORG"]
    before = [e for e in bodies if e.sent == obj.sent and e.end <= obj.i]
    after = [e for e in bodies if e.start > obj.i]
    following = obj.doc.user_data.get(NEXT_BLOCK)
    if following is not None:  # the paragraph after it: "Foo Trust has moved to ..."
        after += [e for e in following.ents if e.label_ == "ORG"]
    found = before[-1] if before else (after[0] if after else None)
    return None if found is None else found.text


def name_tokens(obj) -> list:
    """The object's words that name it: its modifiers before it, itself, and "of"
    with a bare noun after it ("Memorandum of Agreement")."""
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
    toks = list(obj.doc[start:end])
    while toks and toks[0].is_punct:
        toks = toks[1:]
    return toks


def title_tokens(obj) -> list:
    """A title's words as written, its own "Our" kept and a second half set off by a
    comma joined on ("Our Lanes, Our Lives": "Lives" in apposition)."""
    toks = name_tokens(obj)
    tail = next((c for c in obj.rights if c.dep_ == "appos" and c.left_edge.i == obj.i + 2), None)
    if tail is not None and obj.doc[obj.i + 1].text == ",":
        more = list(obj.doc[obj.i + 1 : tail.i + 1])
        if all(is_cap(t) or t.is_punct for t in more):
            toks += more
    return toks


def name_of(kind: str, obj, *, titled: bool = False) -> str:
    """ "Visit to the Foo Hub", "Opening of a little five-house development",
    "Signing of the memorandum of understanding"; `titled`: a title opened, as
    written ("Opening of Our Lanes, Our Lives")."""
    if titled:
        return (
            f"{NAMES[kind]} {' '.join(''.join(t.text_with_ws for t in title_tokens(obj)).split())}"
        )
    toks = name_tokens(obj)
    later = (
        named_next(obj) or named_back(obj)
        if kind == "opening" and (not fits_named(toks) or generic_opened(obj))
        else None
    )
    if later is not None:  # "a new centre opened ... The Kelby Health Centre is run by"
        return f"{NAMES[kind]} {later}"
    article = ""
    owner = pronoun_owner(obj) if kind == "opening" and not fits_named(toks) else None
    if owner is not None:  # "opened its new premises": "Opening of Foo Trust's new premises"
        words = " ".join("".join(t.text_with_ws for t in toks[1:]).split())
        mark = "'" if owner.endswith("s") else "'s"
        return f"{NAMES[kind]} {owner}{mark} {words}"
    if toks and lower_word(toks[0]) in _OPENERS:
        article = "the" if lower_word(toks[0]) in _POSSESSIVES else toks[0].lower_
        toks = toks[1:]
    if kind == "signing":
        article = "the"
    words = " ".join("".join(t.text_with_ws for t in toks).split())
    return " ".join(w for w in (NAMES[kind], article, words) if w)


def bare_signed(kind: str, obj) -> str | None:
    """ "Signing of the civic partnership agreement" for "signed a ten-year civic
    partnership agreement", "Signing of the strategic partnership" for "a ten-year
    strategic partnership", "Signing of the partnership agreement" for "a formal
    partnership agreement": what is signed without the words before it that only
    describe it, the form a reader names the occasion by. A term such as "ten-year"
    is what is dropped when there is one (the adjectives then stay); else a plain
    adjective of its own. None for other occasions, or when no word is dropped."""
    if kind != "signing":
        return None
    terms: set[int] = set()
    plain: set[int] = set()
    for c in obj.lefts:
        if c.dep_ in {"compound", "amod", "nmod"} and any(g.dep_ == "nummod" for g in c.children):
            terms |= {t.i for t in c.subtree}
        elif c.dep_ == "amod" and c.pos_ == "ADJ" and not is_cap(c):
            plain |= {t.i for t in c.subtree}
    drop = terms or plain
    toks = [t for t in name_tokens(obj) if t.i not in drop]
    while toks and (toks[0].is_punct or lower_word(toks[0]) in _OPENERS):
        toks = toks[1:]
    if not drop or not toks:
        return None
    return f"{NAMES[kind]} the {' '.join(''.join(t.text_with_ws for t in toks).split())}"


def unarticled(name: str) -> str | None:
    """An occasion's name without the article before the capitalised name of what
    it is about, as a reader writes it ("Opening of the Foo Centre" -> "Opening of
    Foo Centre", "Official opening of the Foo Centre" -> "Official opening of Foo
    Centre"); None when no such article follows the occasion's words."""
    starts = {*NAMES.values(), *OFFICIAL_NAMES.values()}
    for start in starts:
        rest = name[len(start) + 5 :] if name.startswith(f"{start} the ") else ""
        if rest[:1].isupper():
            return f"{start} {rest}"
    return None


def fits_named(toks) -> bool:
    """Whether a capitalised word among what is opened names it ("Foo Centre"); not
    a common word capitalised only for opening the headline or sentence ("New
    community garden opens", "Free tool library opens its doors": unnamed)."""
    return any(
        is_cap(t) and t.pos_ != "DET" and (t.i != t.sent.start or t.pos_ == "PROPN") for t in toks
    )


def as_written(noun, obj) -> str | None:
    """The page's noun phrase for the occasion, from the noun's first word to the
    end of the object's name ("the official reopening of the Foo Centre" ->
    "official reopening of the Foo Centre"); a leading "the" is left off."""
    toks = name_tokens(obj)
    if not toks:
        return None
    start = min(noun.left_edge.i, noun.i)
    text = " ".join(noun.doc[start : toks[-1].i + 1].text.split())
    return text[4:] if text.lower().startswith("the ") else text


def takers_of(tok) -> list[tuple[int, int]]:
    """Token spans of who a subject names: itself and its conjuncts and
    appositions; for "Leaders from Foo", Foo; for "Jane Doe leader of Foo", the
    person named before the post."""
    out = []
    for t in [tok, *tok.conjuncts]:
        named = [c for c in t.lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
        if t.pos_ == "NOUN" and named:  # "Jane Doe leader of Foo Council cut the ribbon"
            out.append((named[0].left_edge.i, named[-1].i + 1))
            continue
        if t.pos_ == "NOUN" and (not is_cap(t) or t.is_sent_start):  # "Leaders from Foo"
            pobjs = [g for c in t.children if c.lower_ in _GROUP_PREPS for g in c.children]
            out += [span_of(g) for p in pobjs if p.dep_ == "pobj" for g in [p, *p.conjuncts]]
            continue
        if t.pos_ in {"PRON", "VERB", "AUX"}:  # "signed by A ... and B": B's conjunct
            continue
        out.append(span_of(t))
        # "Jane Doe, ...", "the Minister for Communities, Jane Doe MLA,": its apposition
        out += [span_of(c) for c in t.subtree if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if lower_word(t) in VISITOR_TITLES:  # "The Lord-Lieutenant of Foo Lady Jane Doe MBE"
            out += [span_of(g) for c in t.children if c.lower_ == "of" for g in c.children]
    return out


def span_of(tok) -> tuple[int, int]:
    """The token span of a name: the head and its capitalised words before it."""
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in {"compound", "nmod", "amod"} and is_cap(c):
            start = min(start, c.left_edge.i)
    return start, tok.i + 1
