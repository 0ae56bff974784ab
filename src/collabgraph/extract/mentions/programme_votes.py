"""Votes for a programme, not a body, from the parse around a name: the object of
a verb of running ("to scale up and integrate Homes Ahead", "will pilot Warm
Homes"), a part of it ("the youth strand of the Bridges Fund"), a body's own
fund or scheme ("its Good Neighbours Fund", "the council's Warm Homes Scheme"), a
name with no head word serving people as its verb's subject ("Homeward Kelby aims to
...", "will provide", "supports": vocab/programme_serving_verbs.txt).
`name_evidence` weighs them against what the name does on the rest of the page.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.service_nouns import service_named
from collabgraph.extract.mentions.tokens import (
    OPENING_QUOTES,
    POSSESSIVE,
    SUBJECT_DEPS,
    lower_word,
    past_name,
)

_VERBS = vocab.words("programme_verbs")
_PARTS = vocab.words("programme_part_nouns")
_THROUGH_VERBS = vocab.words("programme_through_verbs")
_OWNED_HEADS = vocab.words("owned_programme_heads")
_APPLY_WORDS = vocab.words("programme_apply_words")
_OPEN_WORDS = vocab.words("programme_open_words")
_FOUNDING_VERBS = vocab.words("programme_founding_verbs")
_SET = vocab.words("programme_set_verbs")
_GRANT_WORDS = vocab.words("programme_grant_words")
_DOING = vocab.words("programme_doing_verbs")
_SERVING = vocab.words("programme_serving_verbs")
_WHOLE_NOUNS = vocab.words("programme_whole_nouns")
# names a sum or a call for bids makes a programme ("the £2m Foo Fund"); not "... Project"
# or "... Service", often a charity's own name ("the Foo Project closed in 2015")
_FUND_HEADS = vocab.words("programme_fund_heads")
_PROJECT_NOUNS = {n for n, kind in vocab.table("type_nouns").items() if kind == "Project"}
_PROGRAMME_NOUNS = _PROJECT_NOUNS | vocab.words("programme_after_nouns")
_ALIAS_NOUNS = _PROGRAMME_NOUNS | vocab.words("programme_alias_nouns")
_AMOUNT_WORDS = vocab.words("money_amount_words")
_CURRENCY = {"£", "$", "€"}
_OWNERS = {"its", "their", "our"}
_BODY_OR_PLACE_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP"}
VOTE = 4


def programme_votes(doc, sent, mentions: list[Mention]) -> None:
    """Add Project votes to mentions the parse reads as a programme (see the module
    docstring); names a head word makes a body ("... Trust") or a place are left."""
    for m in mentions:
        last = lower_word(doc[m.end - 1])
        kind, _ = head_kind(last)
        if m.gazetteer or m.title:
            continue
        nxt = past_name(doc, m.start, m.end, sent.end)  # "the Foo (FP) pilot"
        if nxt < sent.end and doc[nxt].lower_ in _ALIAS_NOUNS and doc[nxt].is_lower:
            m.noun_after = doc[nxt].lower_  # "the Foo project", "its Foo grants": also called so
        elif nxt == m.end and (k := service_named(doc, m, sent.end)) >= m.end:
            m.noun_after = doc[m.end : k + 1].text  # "the Foo lunch club", "Foo sessions"
        if _quoted_at_work(doc, m, sent) or (kind is None and _plain_name_at_work(doc, m)):
            m.votes["Project"] += VOTE  # against the vote quotes give a report's title
        if kind != "Organisation" and _grant_named(doc, m, sent):
            m.votes["Project"] += VOTE
            continue
        if kind not in {None, "Project"} and last not in _OWNED_HEADS:
            continue
        if (
            _object_of_running(doc, m, _VERBS)
            or (last in _OWNED_HEADS and _object_of_running(doc, m, _FOUNDING_VERBS))
            or _part_of(doc, m)
            or _through(doc, m)
            or _applied_for(doc, m)
            or (last in _OWNED_HEADS and _owned(doc, m, sent))
            or (
                last in _FUND_HEADS
                and (
                    _costed(doc, m, sent)
                    or _takes_bids(doc, m)
                    or _means_of(doc, m, sent)
                    or _run_passive(doc, m)
                )
            )
        ):
            m.votes["Project"] += VOTE


def programme_noun_after(doc, end: int) -> bool:
    """Whether a lower-case programme noun comes right after position `end`: "the
    Community Champions programme", "our Link Worker service" (`vocab/type_nouns.txt`,
    `vocab/programme_after_nouns.txt`). A role word ending such a run names the
    programme, not a post."""
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in _PROGRAMME_NOUNS


def _object_of_running(doc, m: Mention, verbs: frozenset[str]) -> bool:
    root = doc[m.start : m.end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "to scale up and integrate A and B": B is an object as A is
    verb = root.head
    if root.dep_ not in {"dobj", "obj"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lower_ in _SET:  # "set up the Foo Fund", not "set Foo targets"
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return verb.lower_ in verbs


def _grant_named(doc, m: Mention, sent) -> bool:
    """ "a £10,000 Awards for Everyone grant", "two Reaching Out grants": the grant
    programme's name right before "grant" (a body's name there is its funder's: "a
    Foo Trust grant", left by the caller)."""
    k = m.end
    return (
        k < sent.end
        and doc[k].lower_ in _GRANT_WORDS
        and doc[k].is_lower
        and not any(t.ent_type_ in {"PERSON", "GPE"} for t in doc[m.start : m.end])
        and not doc[m.start].text.isupper()  # "a BBC Foo grant": a body's
    )


def _quoted_at_work(doc, m: Mention, sent) -> bool:
    """ "“Hello Neighbour” matches volunteers with ...", "has launched “Warm Hands”, which
    will offer ...": a quoted name doing a programme's work (`vocab/programme_doing_verbs.txt`)."""
    if m.start - 1 < sent.start or doc[m.start - 1].text not in OPENING_QUOTES:
        return False
    root = doc[m.start : m.end].root
    if root.dep_ == "nsubj" and root.head.lower_ in _DOING:
        return True
    return any(c.dep_ == "relcl" and c.lower_ in _DOING for c in root.children)


def _plain_name_at_work(doc, m: Mention) -> bool:
    """ "Homeward Kelby helps young tenants into work", "Homeward Kelby aims to ...":
    an unquoted name with no head word, that no one would read as a body or a place
    (the recogniser did not) nor as a person (no given name opens it), doing a
    programme's work as the subject of its verb (`vocab/programme_serving_verbs.txt`);
    not a piece of a longer name ("Homes" of "Homes at Heart will offer"), nor a job
    ("a Link Nurse will be supporting")."""
    root = doc[m.start : m.end].root
    if root.dep_ != "nsubj" or root.head.lower_ not in _SERVING or root.head.i < m.end:
        return False
    words = [t.text for t in doc[m.start : m.end]]
    return (
        m.ner not in _BODY_OR_PLACE_LABELS
        and not _runs_on(doc, m.end)
        and not m.title
        and doc[m.end - 1].lower_ not in lx.ROLE_CORE
        and (m.start == 0 or doc[m.start - 1].lower_ not in {"a", "an"})
        and not any(w.isupper() for w in words)  # letters are a body's
        and not is_given_name(words[0])
        and not any(t.ent_type_ in _BODY_OR_PLACE_LABELS for t in doc[m.start : m.end])
    )


def _runs_on(doc, end: int) -> bool:
    """A small word and a capitalised one after a name, or a number: the name goes
    on ("Homes | at Heart will offer", "Strand | 1 offers": a part's label)."""
    if end < len(doc) and doc[end].like_num:
        return True
    return (
        end + 1 < len(doc)
        and doc[end].is_lower
        and doc[end].is_stop
        and doc[end + 1].text[:1].isupper()
    )


def _applied_for(doc, m: Mention) -> bool:
    """ "groups can apply for the Warm Homes Fund", "applications to Bright Lives"."""
    return _object_of(doc, m, {"for", "to"}, _APPLY_WORDS)


def _object_of(doc, m: Mention, prepositions: set[str], words: frozenset[str] | set[str]) -> bool:
    """The name is the object of one of `prepositions` after one of `words`, and is
    not written in capitals (letters are a body's)."""
    root = doc[m.start : m.end].root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in prepositions
        and prep.head.lower_ in words
        and not root.text.isupper()
    )


def _costed(doc, m: Mention, sent) -> bool:
    """ "the £2 million Warm Homes Fund", "a new £500,000 Bright Lives programme": a
    sum of money written before the name is the size of a fund, not of a body."""
    k = m.start - 1
    if k >= sent.start and doc[k].text in OPENING_QUOTES:
        k -= 1  # "the new £1.5 million ‘Warm Homes Fund’"
    first = k
    money = False
    while k >= sent.start and (
        doc[k].text in _CURRENCY
        or doc[k].like_num
        or doc[k].lower_ in _AMOUNT_WORDS
        or _glued_amount(doc[k].lower_)
        or doc[k].ent_type_ == "MONEY"
    ):
        money = money or doc[k].text in _CURRENCY or doc[k].ent_type_ == "MONEY"
        k -= 1
    return money and k < first


def _glued_amount(word: str) -> bool:
    """ "1million", "250k": a number and its amount word written as one word, which
    the tokenizer leaves whole (`vocab/money_amount_words.txt`)."""
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyz")
    return bool(digits) and digits[0].isdigit() and word[len(digits) :] in _AMOUNT_WORDS


def _takes_bids(doc, m: Mention) -> bool:
    """ "the Warm Homes Fund opened for applications", "the Foo Fund is now open"."""
    root = doc[m.start : m.end].root
    verb = root.head
    if root.dep_ not in SUBJECT_DEPS:
        return False
    return verb.lower_ in _OPEN_WORDS or any(
        c.dep_ == "acomp" and c.lower_ in _OPEN_WORDS for c in verb.children
    )


def _run_passive(doc, m: Mention) -> bool:
    """ "the Foo Fund was launched in May", "the Foo Scheme is managed by Bar": a fund or
    scheme that is itself launched, run or delivered (`vocab/programme_verbs.txt`)."""
    root = doc[m.start : m.end].root
    return root.dep_ == "nsubjpass" and root.head.lower_ in _VERBS


def _through(doc, m: Mention) -> bool:
    """'funded through Bright Futures', "grants awarded via the Warm Rooms Fund"."""
    return _object_of(doc, m, {"through", "via"}, _THROUGH_VERBS)


def _means_of(doc, m: Mention, sent) -> bool:
    """ "as part of the Warm Homes Fund", "delivery of this investment, through the
    Bright Lives Fund": a fund or scheme (`vocab/programme_fund_heads.txt`) that work
    is part of or done through, whatever word "through" follows; not a body owning
    what comes next ("through the Foo Fund's Kelby Grants")."""
    root = doc[m.start : m.end].root
    prep = root.head
    if root.dep_ != "pobj" or root.text.isupper():
        return False
    if m.end < sent.end and doc[m.end].text in POSSESSIVE:
        return False
    return prep.lower_ in {"through", "via"} or (
        prep.lower_ == "of" and prep.head.lower_ in _WHOLE_NOUNS and prep.head.i < prep.i
    )


def _part_of(doc, m: Mention) -> bool:
    root = doc[m.start : m.end].root
    of = root.head
    return (
        root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _PARTS and of.head.i < of.i
    )


def _owned(doc, m: Mention, sent) -> bool:
    """'its Good Neighbours Fund', "the council's Warm Homes Scheme": a fund or scheme a
    body has (not "the Bridges Fund's chief executive": that is the fund's own)."""
    k = m.start - 1
    if k >= sent.start and doc[k].lower_ in {"new", "own"}:
        k -= 1
    return k >= sent.start and (doc[k].lower_ in _OWNERS or doc[k].text in POSSESSIVE)
