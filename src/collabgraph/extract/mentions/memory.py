"""Names a document writes in the middle of sentences, to know them at the start.

A capitalised word opening a sentence may be a name or just the first word
("Growing Roots has been awarded" / "Growing older is"). When the same words
begin a name elsewhere in the document, or a name the graph already holds,
they begin a name at the start of a sentence too; so do two capitalised words
that open two sentences or more of prose as the subject of a verb ("Safe Steps
has launched ... Safe Steps is funded by ..."). A name the recogniser read
as one across a small word ("Pupils in Crisis") is remembered whole, so that
another sentence does not cut it there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.page_areas import area_keys
from collabgraph.extract.mentions.runs import capital_runs
from collabgraph.extract.mentions.tokens import is_cap, lower_word, lower_words


def opening_words(words: Iterable[str]) -> str:
    """The key a name is remembered by: its first two words, lower case."""
    return " ".join(list(words)[:2]).casefold()


def names_seen(docs: Iterable, known: Iterable[str] = ()) -> frozenset[str]:
    """Opening words (`opening_words`) of the names of two words or more that
    start inside a sentence of `docs` (spaCy Docs), and of the `known` names; and
    the words the page names as areas (`page_areas.area_keys`)."""
    seen = {opening_words(name.split()) for name in known if len(name.split()) >= 2}
    subjects: Counter = Counter()
    for doc in docs:
        wholes = _wholes_across_connector(doc)
        for sent in doc.sents:
            subjects[_two_word_subject(doc, sent)] += 1
            subjects[_two_word_described(doc, sent)] += _SUBJECT_TIMES
            for start, end in capital_runs(doc, sent):
                if start > sent.start and end - start >= 2:
                    seen.add(opening_words(lower_words(doc)[start : start + 2]))
                seen.update(k for s, e, k in wholes if s >= start and e <= end)
                seen.update(_joint_areas(doc, start, end))
                seen.update(area_keys(doc, sent.start, start, end))
    subjects.pop(None, None)
    seen.update(key for key, n in subjects.items() if n >= _SUBJECT_TIMES)
    return frozenset(seen)


_SUBJECT_TIMES = 2  # sentences a two-word subject opens before it reads as a name
_TYPE_NOUNS = vocab.table("type_nouns")
_DESCRIPTION_REACH = 5  # words after "a" to the kind's noun: "a small peace-building charity"


def _two_word_described(doc, sent) -> str | None:
    """ "Quiet Harbour, a small carers' charity, ran ...": the key of two capitalised
    words opening a sentence, then a comma and "a"/"an" and a few lower-case words up
    to a body's noun (`vocab/type_nouns.txt`): the page says what it is, once is
    enough; None otherwise."""
    i = sent.start
    if sent.end - i < 6 or doc[i + 2].text != "," or doc[i + 3].lower_ not in {"a", "an"}:
        return None
    first, second = doc[i], doc[i + 1]
    if not (is_cap(first) and is_cap(second) and first.is_alpha and second.is_alpha):
        return None
    if first.is_stop:
        return None
    for tok in doc[i + 4 : min(sent.end, i + 4 + _DESCRIPTION_REACH)]:
        if _TYPE_NOUNS.get(tok.lower_) == "Organisation":
            return opening_words([lower_word(first), lower_word(second)])
        if not tok.is_lower and tok.text not in {"'", "’", "-"}:
            return None
    return None


def _two_word_subject(doc, sent) -> str | None:
    """ "Safe Steps has launched ...": the key of two capitalised words opening a
    sentence of prose (closed by a full stop), the second a proper noun, a verb
    right after them; None otherwise."""
    i = sent.start
    if sent.end - i < 5 or doc[sent.end - 1].text != ".":
        return None
    first, second, verb = doc[i], doc[i + 1], doc[i + 2]
    if not (is_cap(first) and is_cap(second) and first.is_alpha and second.is_alpha):
        return None
    if first.is_stop or second.pos_ != "PROPN" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return opening_words([lower_word(first), lower_word(second)])


_WITHIN = {"in", "on", "upon"}
_JOINT_AREA_HEADS = vocab.words("joint_area_heads")
_AND = {"and", "&"}


def joint_area_key(words: Iterable[str]) -> str:
    """The key the area of a body named for two areas is remembered by."""
    return "area:" + " ".join(words).casefold()


def _joint_areas(doc, start: int, end: int) -> list[str]:
    """`joint_area_key`s of the areas bodies in a run are named for: "Ashby and Dale"
    from "NHS Ashby and Dale ICB" (`vocab/joint_area_heads.txt`), so that the page's
    "in Ashby and Dale" is that one area, not two places. One or two capitalised
    words before "and" opening the run (or after its first word), one to three after
    it, none a body's or a place's head word."""
    out = []
    for k in range(start + 1, end - 2):
        if lower_word(doc[k]) not in _AND:
            continue
        h = k + 1
        while h < end and h - k <= 4 and lower_word(doc[h]) not in _JOINT_AREA_HEADS:
            h += 1
        if h >= end or h - k - 1 not in {1, 2, 3} or k - start > 3:
            continue
        for left in (start, start + 1):
            words = list(doc[left:h])
            if not 1 <= k - left <= 2 or not all(
                is_cap(t) and t.is_alpha and head_kind(lower_word(t))[0] is None
                for t in words
                if lower_word(t) not in _AND
            ):
                continue
            out.append(joint_area_key(lower_word(t) for t in words))
            break
    return out


def whole_name(words: Iterable[str]) -> str:
    """The key a name read whole across a small word is remembered by."""
    return "whole:" + " ".join(words).casefold()


def _wholes_across_connector(doc) -> list[tuple[int, int, str]]:
    """(start, end, `whole_name` key) of the recogniser's entities that hold a small
    word ("in", "on") between capitalised words; not "and", which also joins a list.
    Read once a Doc: a run keeps those that lie within it."""
    out = []
    for ent in doc.ents:
        if ent.end - ent.start < 3:
            continue
        inner = [t for t in doc[ent.start + 1 : ent.end - 1] if t.lower_ in _WITHIN]
        if inner and all(t.is_lower for t in inner) and doc[ent.end - 1].text[:1].isupper():
            out.append((ent.start, ent.end, whole_name(lower_word(t) for t in ent)))
    return out
