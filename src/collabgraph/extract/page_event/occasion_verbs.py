"""An occasion told by its verb: "Jane Doe visited Foo Hub", "Foo Centre reopens
its doors", "A and B signed a memorandum", "was signed by A and B", and a
headline whose verb the parser read as a noun ("Minister Visits Foo Food Bank",
"A and B sign MoU"). `occasions.py` reads the sentences and the nouns.

An opening the sentence only means, tells as history or gives hours of is no
occasion (`_untold_opening`): "plan to open the Foo Hub", "since the pilot opened
its first hub", "opened in a disused bank in 2016", "will also open on Saturdays".

The words are data: `vocab/occasion_verbs.txt`, `occasion_door_nouns.txt`,
`occasion_untold_openings.txt`, `occasion_hours_words.txt` (with those
page_event/told.py reads).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS, is_cap, lower_word
from collabgraph.extract.name_forms import unshout
from collabgraph.extract.page_event.occasion_forms import (
    pobjs,
    visit_from,
    visit_purpose,
    visit_to_see,
)
from collabgraph.extract.page_event.phrase_heads import HEADS
from collabgraph.extract.page_event.told import (
    NAMES,
    OPENED,
    SIGNED,
    Told,
    as_written,
    bare_signed,
    fits,
    fits_named,
    name_of,
    name_tokens,
    named_next,
    takers_of,
    titled_opening,
)

OPENED_KINDS = {"opening", "reopening", "relaunch"}
_DOORS = vocab.words("occasion_door_nouns")
_MEANT = vocab.words("occasion_untold_openings")  # "plan to open"
_HOURS = vocab.words("occasion_hours_words")  # "open on Saturdays", "opens every Tuesday"
_CEREMONY = vocab.words("occasion_ceremony_words")  # "officially", "ribbon"
_ACTS = vocab.table("occasion_acts")  # "cut the ribbon to open": "cut the ribbon"
_SIGN_REACH = 3  # "A and B sign partnership agreement" in a headline, "sign" read as a noun
_GLUE = {"of", "for", "&", "and", "'s", "’s"}  # inside a run of capitals


def by_verb(verb, kind: str, *, again: bool = False) -> Told | None:
    """ "Jane Doe visited Foo Hub", "Foo Centre reopens its doors", "A and B signed a
    memorandum", "was signed by A and B", "attended a ceremony ... to sign a MoU"."""
    visitors = [g for c in verb.children if c.lower_ == "from" for g in pobjs(c)]
    if kind == "visit" and verb.i == verb.sent.start and visitors:
        return visit_from(verb, visitors[0])  # "Visit from Minister for Housing"
    if kind == "visit" and (purpose := visit_purpose(verb)) is not None:
        return purpose  # "Jane Doe visited Foo Hospice to open its Day Centre"
    if kind in OPENED_KINDS and _untold_opening(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if kind in OPENED_KINDS and not subjects:
        subjects = [lead] if (lead := _lead_opened(verb)) is not None else []
    if kind in OPENED_KINDS and (held := _doors_at(verb, subjects)) is not None:
        subjects = [held]  # "Doors open again at Foo Hall": Foo Hall opens (again)
        kind = "reopening" if any(c.lower_ == "again" for c in verb.children) else kind
    if kind in OPENED_KINDS and (became := _opened_as(verb)) is not None:
        subjects, kind = [became], "opening"  # "The old bank reopened as the Foo Hub"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    agents = [g for c in verb.children if c.dep_ == "agent" for g in pobjs(c)]
    agents += [g for c in verb.children if c.lower_ == "between" for g in pobjs(c)]
    if agents:  # "was signed by A, Chair of Foo, and B": the parse may hang B on the verb
        agents += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not subjects:
        passive, subjects = True, [verb.head]  # "the memorandum signed between A and B"
    if passive:
        obj, takers = subjects[0], agents
    elif objects and not _own_doors(objects[0]):
        obj, takers = objects[0], subjects
    elif kind in OPENED_KINDS and subjects:  # "Foo Centre reopens (its doors)"
        obj, takers = subjects[0], []
    else:
        return None
    alias = role = None
    if not passive and not subjects and verb.dep_ in {"advcl", "xcomp", "relcl", "acl"}:
        takers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "attended ... to sign"
        noun = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if verb.head.pos_ == "NOUN":
            noun = verb.head  # "a ceremony to sign ..."
        if noun is not None and lower_word(noun) in HEADS and fits(kind, obj):
            alias = as_written(noun, obj)  # "a ceremony at Foo campus to sign a MoU"
            role = "participant"  # who attended the ceremony, not who signed
        elif noun is not None and lower_word(noun) in _ACTS:
            role = _ACTS[lower_word(noun)]  # "A cut the ribbon to open the Foo Centre"
    elif not passive and not subjects and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "A has given her support to Foo by officially opening its new premises"
        takers = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    elif not passive and not subjects:
        return None  # "Visit the Foo Centre this summer": a bidding, not an occasion
    if not fits(kind, obj) and kind == "visit" and not again and subjects:
        return visit_to_see(verb, subjects)  # "visited clubs to see the work of Foo"
    titled = passive and bool(agents) and _officially_titled(verb, kind, obj)
    if not fits(kind, obj) and not titled:
        if not (again and fits(kind, obj, again=True)):
            return None
        takers = [s for t in takers for s in takers_of(t)]  # "The centre was opened by A"
        return Told(kind, verb.i, name_of(kind, obj), takers, named=False)
    takers = [s for t in takers for s in takers_of(t)]
    if alias is None and kind == "opening" and (later := named_next(obj)) is not None:
        alias = f"{NAMES[kind]} the {later}"  # "The Kelby Hub ..." after "a new hub opened"
    bare = bare_signed(kind, obj)  # "Signing of the partnership agreement" for "a formal ..."
    name = name_of(kind, obj, titled=titled)
    return Told(kind, verb.i, name, takers, alias=alias, role=role, bare=bare)


def verb_as_noun(tok, sent, kind: str) -> Told | None:
    """ "Minister Visits Foo Food Bank", "Foo Centre relaunches", "A and B sign MoU": a
    headline whose verb the parser read as a noun (title case, no article). What
    was visited or opened is the run of capitals after it (else, for a reopening
    or relaunch, before it); what was signed is a document within a few words;
    who visited, opened or signed is the run of capitals before it."""
    doc = tok.doc
    if kind != "signing" and not (tok.lower_.endswith("s") or tok.lower_.endswith("ed")):
        return None  # "Open Doors", "Visit Foo": a name, not a verb
    start = tok.i
    while start > sent.start and (is_cap(doc[start - 1]) or doc[start - 1].lower_ in _GLUE):
        start -= 1
    before = (start, tok.i) if start < tok.i and is_cap(doc[start]) else None
    if kind == "signing":
        for nxt in doc[tok.i + 1 : min(sent.end, tok.i + 1 + _SIGN_REACH)]:
            if lower_word(nxt) in SIGNED and nxt.pos_ in {"NOUN", "PROPN"} and before:
                words = doc[tok.i + 1 : nxt.i + 1].text
                return Told(kind, tok.i, f"{NAMES[kind]} the {words}", [before])
        return None
    k = tok.i + 1
    while k < sent.end and not is_cap(doc[k]) and doc[k].pos_ in {"DET", "ADJ"}:
        k += 1  # "opens new Foo Centre", "visits the Foo Hub"
    end = k
    while end < sent.end and (is_cap(doc[end]) or (doc[end].lower_ in _GLUE and end > k)):
        end += 1
    while end > k and not is_cap(doc[end - 1]):
        end -= 1
    if end > k and before is not None:
        obj, takers = doc[tok.i + 1 : end], [before]
    elif end == k and before is not None and kind in OPENED_KINDS - {"opening"}:
        obj, takers = doc[before[0] : before[1]], []  # "Foo Centre relaunches"
    else:
        return None
    if kind in {"opening", "reopening"} and lower_word(obj[-1]) not in OPENED:
        return None
    return Told(kind, tok.i, f"{NAMES[kind]} {unshout(obj.text)}", takers)


def _untold_opening(verb) -> bool:
    """Whether an opening's verb tells no occasion: one only meant ("plan to open",
    `_MEANT`), told as the time since ("It has been a year since the pilot opened
    its first hub"), dated by a year alone ("opened in a disused bank in 2016": the
    body's history), the body's hours ("will also open on Saturdays", "opens
    every Tuesday": `_HOURS`), or a body opening one of its own sites with no
    ceremony told (`own_opening`)."""
    if verb.dep_ == "xcomp" and lower_word(verb.head) in _MEANT:
        return True
    if any(own_opening(c) for c in verb.children if c.dep_ == "dobj"):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return True
    for c in verb.children:
        objs = pobjs(c) if c.dep_ == "prep" else []
        if c.lower_ == "in" and any(_year_alone(g) for g in objs):
            return True  # "in 2016", not "in March 2016" nor "on 3 March"
        if c.lower_ == "on" and any(lower_word(g) in _HOURS for g in objs):
            return True
        if c.dep_ in {"advmod", "npadvmod"} and (
            lower_word(c) in _HOURS or any(lower_word(g) in _HOURS for g in c.children)
        ):
            return True
    return False


def _lead_opened(verb):
    """ "A new community hub offering advice, a café and meeting space officially
    opened on Monday ...": a sentence opening "a (new) <building>" with a long
    modifier after it, where the parse hangs the opening verb (past or present, not
    "opening") on the modifier's last noun and leaves it no subject. What opened is
    that first building noun (`OPENED`, the last of a compound) when no finite verb
    lies between it and the verb; None for any other shape."""
    sent = verb.sent
    if verb.dep_ not in {"acl", "advcl"} or verb.tag_ not in {"VBD", "VBZ"}:
        return None
    if sent[0].lower_ not in {"a", "an"}:
        return None
    for tok in verb.doc[sent.start + 1 : verb.i]:
        if tok.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            return None  # "A hub that serves ... opened": not the sentence's own verb
        if tok.pos_ == "NOUN" and lower_word(tok) in OPENED and tok.dep_ != "compound":
            return tok
    return None


def _year_alone(tok) -> bool:
    return tok.like_num and len(tok.text) == 4 and not list(tok.children)


def _officially_titled(verb, kind: str, obj) -> bool:
    """ "The Memory Shelf was officially opened by Jane Doe": a title opened with a
    ceremony word on the verb (`_CEREMONY`), an occasion though no building's noun
    ends it (`titled_opening`: no fund, programme or report)."""
    official = any(lower_word(c) in _CEREMONY for c in verb.children if c.dep_ == "advmod")
    return official and titled_opening(kind, obj)


def _opened_as(verb):
    """ "The former office reopened on Saturday as the Foo Hub": the named building
    after "as", which opens for the first time; None when "as" names none ("reopened
    as a youth centre")."""
    became = (g for c in verb.children if c.lower_ == "as" for g in pobjs(c))
    named = (g for g in became if fits_named(name_tokens(g)) and fits("opening", g))
    return next(named, None)


def _doors_at(verb, subjects):
    """ "Doors open again at Foo Hall", "The doors finally opened on Foo Hub": the
    building after "at" or "on" when the verb's subject is its doors (no owner: "its
    doors opened" is the owner's, `_own_doors`); None otherwise."""
    doors = subjects[0] if len(subjects) == 1 else None
    if doors is None or lower_word(doors) not in _DOORS or _own_doors(doors):
        return None
    held = (g for c in verb.children if c.lower_ in _DOORS_AT for g in pobjs(c))
    return next(held, None)


_DOORS_AT = {"at", "on"}


def _own_doors(obj) -> bool:
    """ "reopens its doors", "opened their gates": the subject's own doors, not an object."""
    return lower_word(obj) in _DOORS and any(c.dep_ == "poss" for c in obj.children)


def own_opening(obj) -> bool:
    """Whether what is opened is the opener's own ("opened its Fenby café", "the
    opening of its third shop", not "its doors") in a sentence that tells no
    ceremony (`vocab/occasion_ceremony_words.txt`): a body's record of what it has
    done, told in a profile or a news round-up, not an occasion the page reports."""
    owned = any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in obj.children)
    if not owned or lower_word(obj) in _DOORS:
        return False
    return not any(lower_word(t) in _CEREMONY for t in obj.sent)
