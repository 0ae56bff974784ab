"""A named service's noun written after its name past describing words in lower
case: "our Work Ready job club", "the Home Safe discharge service", "the Chatterbox
speech and language sessions", "Foo's Move More classes" (`vocab/service_head_nouns.txt`).
The noun right after a name is read by `kind_nouns.noun_after_votes`; this reads the
name that only describing words part from it. Shared by `kind_nouns` (the name is a
programme) and `rules/programmes.py` (a body's own, or ours).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import PLACE_ENTS, lower_word

SERVICE_HEADS = vocab.words("service_head_nouns")
_AFTER_OWNER = vocab.words("owned_after_nouns")
# a small word inside a name ("Fill a Box", "Safe at Home"); not "the" ("at the Foo club"),
# nor "and"/"or" between two names ("our All Stars and Foo sessions"), nor a possessive
_INSIDE_NAME = {w for w in vocab.words("title_small_words") if w.isalpha()} - {"the", "and", "or"}
_DESCRIBING_TAGS = {"NN", "NNS", "JJ", "VBG", "VBN"}
_MAX_DESCRIBING = 3  # "speech and language", "crisis", "volunteer befriending"


def service_noun_at(doc, i: int, sent_end: int) -> int:
    """The index of a service's noun (`SERVICE_HEADS`) closing the lower-case words
    from token i ("job club", "speech and language sessions", "sessions"), each of them
    a describing word (a noun, an adjective or a participle; "and" between two), all
    in the noun's phrase; -1 when none closes them."""
    k, said = i, 0
    while k < sent_end and said <= _MAX_DESCRIBING:
        tok = doc[k]
        if not tok.is_lower or (not tok.is_alpha and lower_word(tok) not in SERVICE_HEADS):
            return -1
        if lower_word(tok) in SERVICE_HEADS and tok.pos_ == "NOUN":
            within = range(i, k + 1)
            return k if all(doc[j].head.i in within for j in range(i, k)) else -1
        if tok.lower_ == "and" and k > i and k + 1 < sent_end and doc[k + 1].is_lower:
            k += 1
            continue
        if tok.tag_ not in _DESCRIBING_TAGS:
            return -1
        said += 1
        k += 1
    return -1


def service_named(doc, m, sent_end: int) -> int:
    """The service noun a mention names (`service_noun_at` right after it), when
    the name is one a service bears: not a place ("the Kelby job club": where it
    is), nor a body's name by its head word ("the Foo Trust youth programme": the
    trust's), nor letters ("the NHS talking therapies service"); past describing
    words, the name's last word hangs from the noun's phrase (or its own words). -1 otherwise."""
    if m.gazetteer or m.title or m.end >= sent_end or m.start == m.end - 1 == _opening(doc, m):
        return -1
    if _name_cut_before(doc, m):
        return -1  # "the Fill a Box appeal": "Box" is the tail of the service's name
    words = doc[m.start : m.end]
    if (len(words) == 1 and words[0].ent_type_ in PLACE_ENTS) or any(
        t.text.isupper() and len(t.text) > 1 for t in words
    ):
        return -1  # "the Kelby job club" (a recogniser's place in two words may be a
    # service's name: "the Safe Haven crisis café")
    kind, strength = head_kind(lower_word(doc[m.end - 1]))
    if kind not in {None, "Project"} and strength >= 2:
        return -1
    k = service_noun_at(doc, m.end, sent_end)
    if k > m.end and doc[m.end - 1].head.i not in range(m.start, k + 1):
        return -1  # "Foo hosts weekly sessions": the words after are no phrase of its
    return k


def _name_cut_before(doc, m) -> bool:
    """Whether a capitalised word and a small word in lower case come right before the
    mention ("Fill a | Box appeal", "Safe at | Home sanctuary scheme"): the name
    runs on before it, past a word the recogniser does not take into names."""
    if m.start < 2:
        return False
    small, word = doc[m.start - 1], doc[m.start - 2]
    return small.is_lower and small.lower_ in _INSIDE_NAME and word.is_title


def _opening(doc, m) -> int:
    """The sentence's first token's index for a mention: a one-word name opening a
    sentence before a service's noun is mostly its capitalised first word ("Job club
    goes mobile")."""
    return doc[m.start].sent.start


def service_across_and(doc, start: int, a_start: int, end: int) -> bool:
    """ "weekly Stay and Play sessions", "the Chat and Chill club": a run of one word,
    "and" and one word, right before a service's noun in lower case, is one
    service's name (for `split.split_run`); not two places ("Kelby and Fenby
    clubs") nor two bodies by their head words."""
    if a_start != start + 2 or end != a_start + 1 or end >= len(doc):
        return False
    left, right = doc[start], doc[a_start]
    if any(t.ent_type_ in PLACE_ENTS or head_kind(lower_word(t))[1] >= 2 for t in (left, right)):
        return False
    return doc[end].is_lower and lower_word(doc[end]) in SERVICE_HEADS


def named_by_noun(doc, mentions, k: int, sent_end: int):
    """The mention a service's noun at token k is the noun of: right before it ("the
    Foo service") or before its describing words ("the Foo discharge service"); None
    when no name is."""
    if not doc[k].is_lower or lower_word(doc[k]) not in SERVICE_HEADS:
        return None
    return next((m for m in mentions if m.end == k or service_named(doc, m, sent_end) == k), None)


def owned_noun_after(doc, after: int, end: int) -> bool:
    """Whether a noun that makes a programme only of a name a body owns
    (vocab/owned_after_nouns.txt: "the hospice's Kelby Lights appeal") is token
    `after`, or follows one lower-case noun or "-ing" word there ("learning series")."""
    for k in (after, after + 1):
        if k >= end or not doc[k].is_lower:
            return False
        if lower_word(doc[k]) in _AFTER_OWNER:
            return True
        if doc[k].pos_ != "NOUN" and doc[k].tag_ != "VBG":
            return False  # one describing noun or "-ing" word before it ("learning series")
    return False
