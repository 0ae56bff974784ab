"""Who a sentence opens with: the subject after an opening phrase ("Working with A
and B, Foo has opened ...", "Partnering with A, the Foundation gave ...": who the
phrase before the comma is about), and the names a sentence opens with before
its verb ("A and B have ..."), or the two bodies "the two charities" opening it
stands for (`counted_back`). Read by the partnership and collaboration rules.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader


def opening_subject(
    reader: SentenceReader, names: list[Mention], kinds: set[str] | None = None
) -> tuple[Mention | None, list[Mention]]:
    """(the sentence's subject, the opening phrase's names) for the names read after
    an opening cue, when a comma closes the phrase and a name (after "the") and a
    verb follow: "Working with A and B, Foo has ..." -> (Foo, [A, B]); "Partnering
    with A, the Foundation gave ..." -> (the Foo Foundation named before, [A]);
    (None, names) when no subject follows the phrase. `kinds` limits the subject's
    type (None: any)."""
    if not names:
        return None, names
    last, words, end = names[-1], reader.words, reader.sent.end
    k = last.start - (last.start - 1 > reader.sent.start and words[last.start - 1] in lx.DEFINITE)
    if (
        len(names) >= 2
        and words[k - 1] == ","
        and last.end < end
        and reader.doc[last.end].pos_ in {"VERB", "AUX"}
        and (kinds is None or reader.kind(last) in kinds)
    ):
        return last, names[:-1]
    k = last.end  # "..., the Foundation gave": a body named before, by its last word
    if k + 3 < end and words[k] == "," and reader.doc[k + 3].pos_ in {"VERB", "AUX"}:
        body = reader.definite_org(k + 1)
        if body is not None and (kinds is None or "Organisation" in kinds):
            return body, names
    return None, names


_ACRONYM_WORDS = 3  # "(FT)", "(NHS FB)", "(NHS K and W)": words at most in brackets


def _after_acronym(reader: SentenceReader, k: int) -> int:
    """The token after an acronym in brackets at token k ("Foo Trust (FT) and ...",
    "the Foo Health Board (NHS FHB) and ..."), or k: one word in brackets, or up to
    three written in capitals ("(the Trust)" is not an acronym)."""
    if k >= reader.sent.end or reader.words[k] != "(":
        return k
    for j in range(k + 2, min(k + 2 + _ACRONYM_WORDS, reader.sent.end)):
        if reader.words[j] == ")":
            inside = reader.doc[k + 1 : j]
            short = len(inside) == 1 or all(t.text.isupper() or t.lower_ == "and" for t in inside)
            return j + 1 if short else k
    return k


def opening_subjects(reader: SentenceReader) -> list:
    """The names a sentence opens with, joined by "and", "&" or commas, when a verb
    follows them: "A and B have", "A, B and the C Trust will" -> [A, B, C Trust];
    [] when no verb follows."""
    if not reader.ms:
        return []
    first = reader.ms[0]
    counted = first.start == _past_counted_kind(reader)  # "The two charities, A and B, will"
    if first.start - reader.sent.start > 2 and not counted:
        return []
    out, k = [first], _past_home(reader, _after_acronym(reader, first.end))
    k, described = _past_description(reader, k)
    while k < reader.sent.end:
        glue = k
        while glue < reader.sent.end and reader.words[glue] in {",", "and", "&", "the"}:
            glue += 1
        glue = _past_kind_words(reader, glue)  # "A and the domestic abuse charity B"
        nxt = reader.by_start.get(glue)
        if glue == k or nxt is None or ("," in reader.words[k:glue] and glue - k > 3):
            break
        out.append(nxt)
        k, described = _past_description(
            reader, _past_home(reader, _after_acronym(reader, nxt.end))
        )
    if counted and len(out) > 1 and k < reader.sent.end and reader.words[k] == ",":
        k, described = k + 1, True  # the names set off after their count and kind
    clause_end = past_relative_clause(reader, k)  # "A and B, which serves tenants, plan"
    if k >= reader.sent.end or clause_end >= reader.sent.end:
        return []
    verb = clause_end + (  # "A and B jointly run ...": an adverb before the verb
        reader.doc[clause_end].pos_ == "ADV" and clause_end + 1 < reader.sent.end
    )
    if (
        reader.doc[verb].pos_ not in {"VERB", "AUX"}
        and not _verb_before_to(reader, verb)
        and " ".join(reader.words[verb : verb + 2]) not in _PHRASAL_VERBS
    ):
        return []
    if (reader.words[k - 1] == "," and clause_end == k and not described) or (
        len(out) > 2 and reader.words[out[-1].start - 1] == ","
    ):
        return []  # "A, B, C": a list with no "and" before its last name is not one subject
    return [m for m in out if reader.kind(m) in {"Organisation", "Person"}]


_BODY_KIND_NOUNS = {w for w, kind in vocab.table("type_nouns").items() if kind == "Organisation"}
_KIND_WORDS = 4  # words at most in "the domestic abuse charity B"


def _past_kind_words(reader: SentenceReader, k: int) -> int:
    """Past what kind of body the next name is, after "the" ("A and the housing
    charity B have ...", `vocab/type_nouns.txt`): the token where that name starts
    when a few lower-case words at token k end in a body's kind noun right before
    a name; else k."""
    if k <= reader.sent.start or reader.words[k - 1] != "the":
        return k
    for j in range(k, min(k + _KIND_WORDS, reader.sent.end - 1)):
        tok = reader.doc[j]
        if not tok.is_lower or tok.is_punct or tok.pos_ in {"VERB", "AUX"}:
            return k
        if tok.lower_ in _BODY_KIND_NOUNS and (j + 1) in reader.by_start:
            return j + 1
    return k


def _verb_before_to(reader: SentenceReader, k: int) -> bool:
    """ "A and B plan to work together": a verb before "to" (`vocab/verbs_before_to.txt`)
    that the tagger may read as a noun ("plan", "aim") after two names."""
    return (
        k + 1 < reader.sent.end
        and reader.words[k] in _VERBS_BEFORE_TO
        and reader.words[k + 1] == "to"
    )


_VERBS_BEFORE_TO = vocab.words("verbs_before_to")
_PHRASAL_VERBS = vocab.words("phrasal_verbs_read_as_nouns")
"""Two-word verbs the tagger reads as a noun after two names ("A and B team up to
...": `vocab/phrasal_verbs_read_as_nouns.txt`)."""
_DESCRIPTION_OPENERS = lx.ARTICLES
_COUNT_OPENERS = frozenset({"the", "both", "all"})
_COUNT_KIND_WORDS = 3  # "two local housing charities": words at most after the count


def _past_counted_kind(reader: SentenceReader) -> int | None:
    """The token after a sentence's opening count and plural kind and a comma ("The
    two organisations, A and B, ...", "Both charities, A and B, ..."): where the
    names it counts begin; None when the sentence does not open so."""
    doc, k, end = reader.doc, reader.sent.start, reader.sent.end
    if k < end and reader.words[k] in _COUNT_OPENERS:
        k += 1
    if k >= end or not (doc[k].like_num or reader.words[k] == "both") or k in reader.by_start:
        return None
    for j in range(k + 1, min(k + 1 + _COUNT_KIND_WORDS, end - 1)):
        if not doc[j].is_lower:
            return None
        if doc[j].tag_ == "NNS" and reader.words[j + 1] == ",":
            return j + 2
    return None


def _past_home(reader: SentenceReader, k: int) -> int:
    """Past "at Orton University" at token k, the body a name before it is part of or
    works at ("A and the Centre for Rural Health at Orton University launched ..."):
    the name before is the subject, not the body; else k."""
    if k + 1 >= reader.sent.end or reader.words[k] != "at":
        return k
    home = reader.mention_at(k + 1)
    return home.end if home is not None and reader.kind(home) == "Organisation" else k


def _past_description(reader: SentenceReader, k: int) -> tuple[int, bool]:
    """Past ", a charity for older people," at token k (a description of the name
    before, set off by commas, that names no one: "A, the membership body for
    libraries, and B, a foundation, have ..."), with True; else (k, False). A place
    may be named in it ("the region's leading charity")."""
    end = reader.sent.end
    if k + 2 >= end or reader.words[k] != "," or reader.words[k + 1] not in _DESCRIPTION_OPENERS:
        return k, False
    for j in range(k + 2, min(k + 14, end - 1)):
        named = reader.by_start.get(j)
        if named is not None and reader.kind(named) != "Place":
            return k, False
        if reader.words[j] == ",":
            return (j + 1, True) if j > k + 2 else (k, False)
    return k, False


def past_relative_clause(reader: SentenceReader, k: int) -> int:
    """Past ", which represents tenants," at token k (a clause about the name
    before, with no name in it, set off by commas), or k."""
    end = reader.sent.end
    if k + 2 >= end or reader.words[k] != "," or reader.words[k + 1] not in {"which", "who"}:
        return k
    for j in range(k + 2, min(k + 14, end - 1)):
        if j in reader.by_start:
            return k
        if reader.words[j] == ",":
            return j + 1
    return k


_BODY_PLURALS = vocab.words("body_plurals")
_COUNT_WORDS = 3  # "The two local charities": words at most before the verb


def counted_back(reader: SentenceReader) -> list:
    """ "Foo Trust and the Bar Club moved in together. The two charities have
    worked together for years": a sentence opening with "the two" or "both" and a
    plural for bodies (`vocab/body_plurals.txt`), then its verb, names the
    two bodies the sentence before names (exactly two); [] otherwise."""
    words, doc, k = reader.words, reader.doc, reader.sent.start
    k += words[k] == "the"
    if k + 2 >= reader.sent.end or words[k] not in {"two", "both"}:
        return []
    for j in range(k + 1, min(k + 1 + _COUNT_WORDS, reader.sent.end - 1)):
        if not doc[j].is_lower or j in reader.by_start:
            return []
        if words[j] in _BODY_PLURALS and doc[j + 1].pos_ in {"VERB", "AUX"}:
            return _two_bodies_before(reader)
    return []


def two_named_back(reader: SentenceReader, k: int) -> tuple[list, int]:
    """ "a collaboration between the two groups and C": the two bodies the sentence
    before names, when "the two" or "both" and a plural for bodies
    (`vocab/body_plurals.txt`) stand at token k, and the token after them; else
    ([], k)."""
    words, end = reader.words, reader.sent.end
    j = k + (k < end and words[k] == "the")
    if j >= end or words[j] not in {"two", "both"}:
        return [], k
    for n in range(j + 1, min(j + 1 + _COUNT_WORDS, end)):
        if n in reader.by_start or not reader.doc[n].is_lower:
            return [], k
        if words[n] in _BODY_PLURALS:
            bodies = _two_bodies_before(reader)
            return (bodies, n + 1) if bodies else ([], k)
    return [], k


def _two_bodies_before(reader: SentenceReader) -> list:
    """The two organisations the sentence before names (by name, once each), when it
    names exactly two."""
    here = len(reader.ctx.sentences) - 1
    named: dict[str, object] = {}
    for m in reader.ctx.mentions:
        if m.sent == here - 1 and reader.ctx.type_of(m) == "Organisation":
            named.setdefault(m.text, m)
    return list(named.values()) if len(named) == 2 else []
