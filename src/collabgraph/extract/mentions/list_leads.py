"""What the words before a list say its items are, for `list_votes`: the few
lower-case words before the first item, cut at a verb ("Members signed the X")
and at a word of where ("organisations across Dalby and Westmoor": where the
bodies are), or, after a cue of examples (vocab/list_example_cues.txt:
"including", "such as"), the list noun nearest the cue ("organisations in towns
such as A": towns; the nouns: vocab/list_nouns_organisations.txt,
vocab/list_nouns_places.txt); and whether the cue follows a plural noun of
programmes ("schemes such as A and B", "funded initiatives, including A":
vocab/type_nouns.txt), so the items are programmes.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import plural_type_noun
from collabgraph.extract.mentions.tokens import OPENING_QUOTES

_LIST_NOUNS = vocab.words("list_nouns_organisations") | vocab.words("list_nouns_places")
_WHERE = {"in", "across", "around", "throughout", "from"}
_EXAMPLE_CUES = sorted((tuple(c.split()) for c in vocab.ordered("list_example_cues")), key=len)
_EXAMPLE_CUE_ENDS = frozenset(cue[-1] for cue in _EXAMPLE_CUES)
_BEFORE_ITEM = {",", ":", "(", "the"} | lx.DASHES
_CUE_OPENERS = {",", "("} | lx.DASHES  # what sets an example cue off before it


def list_lead(doc, sent, start: int) -> list[str]:
    """The lower-case words before a list that may say what its items are: the
    three before it, cut at a verb ("Members signed the X") and at a word of
    where ("organisations across Dalby and Westmoor": where the bodies are, not
    bodies); or, when the list opens with a cue of examples ("five
    organisations, including A and B", "charities throughout the region – such
    as A and B"), up to six words before the cue, cut at a verb only, and of
    them the list noun nearest the cue if any ("organisations in towns such as
    A": towns)."""
    k = start
    while k > sent.start and doc[k - 1].lower_ in _BEFORE_ITEM:
        k -= 1
    cue = _example_cue_before(doc, sent, k)
    if cue is not None:
        words = _words_since_verb(doc, sent, cue, 6)
        # the list noun nearest the cue decides: "organisations in towns such as A"
        nouns = [w for w in words if w in _LIST_NOUNS]
        return nouns[-1:] or words
    lead = _words_since_verb(doc, sent, start, 3)
    if any(w in _WHERE for w in lead):
        lead = lead[max(n for n, w in enumerate(lead) if w in _WHERE) :]
    return lead


def examples_of_programmes(doc, sent, start: int) -> bool:
    """ "our partnership projects like Foo", "schemes such as A and B", "funded
    initiatives, including A": a cue of examples (`vocab/list_example_cues.txt`)
    right after a plural noun of programmes (`vocab/type_nouns.txt`), so the items
    listed are programmes of that kind."""
    k = start
    while k > sent.start and (
        doc[k - 1].lower_ in _BEFORE_ITEM or doc[k - 1].text in OPENING_QUOTES
    ):
        k -= 1  # "projects like “Foo”"
    k = _before_described_item(doc, sent, k)
    cue = _example_cue_before(doc, sent, k)
    if cue is None or cue <= sent.start:
        return False
    noun = doc[cue - 1]
    return noun.is_lower and plural_type_noun(noun.lower_) == "Project"


def _before_described_item(doc, sent, k: int) -> int:
    """Where a first item's describing words start: "programmes including a free
    Foo Service": an article and up to two lower-case adjectives before it."""
    at = k
    while at > sent.start and k - at < 2 and doc[at - 1].is_lower and doc[at - 1].pos_ == "ADJ":
        at -= 1
    if at > sent.start and doc[at - 1].lower_ in lx.ARTICLES:
        return at - 1
    return at


def _words_since_verb(doc, sent, end: int, n: int) -> list[str]:
    """The lower-case words of the n before token `end` in the sentence, after the
    last verb among them ("Members signed the X": "the")."""
    toks = doc[max(sent.start, end - n) : end]
    verb = next((t.i for t in reversed(toks) if t.pos_ in {"VERB", "AUX"}), None)
    return [t.lower_ for t in toks if verb is None or t.i > verb]


def _example_cue_before(doc, sent, k: int) -> int | None:
    """Where a cue of examples ("including", "such as") ending right before k
    starts, after a comma or a dash if any; None when no cue ends there."""
    if k <= sent.start or doc[k - 1].lower_ not in _EXAMPLE_CUE_ENDS:
        return None
    for cue in reversed(_EXAMPLE_CUES):
        at = k - len(cue)
        if at >= sent.start and tuple(t.lower_ for t in doc[at:k]) == cue:
            while at > sent.start and doc[at - 1].text in _CUE_OPENERS:
                at -= 1
            return at
    return None
