"""Where the "by" of a passive verb is, for `agents.by_phrases` and the rules that
read "by" lists (no rules): right after a cue or past adverbs, a time or a joint noun
("funded jointly by", "sponsored again this year by", "delivered in partnership by";
`by_after`), every "by" and the names listed after it (`by_lists`), and whether a
`passive_award` cue gave money before its "by" ("awarded £5,000 by", "given a
three-year grant worth £90,000 by"; not "given a tour by").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import time_phrase
from collabgraph.extract.rules.grant_subjects import is_fund
from collabgraph.extract.rules.people_from import past_people_from
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.written_dates import YEAR

_SUM_GAP = 10  # words at most between "awarded" and the "by" naming the giver
_SUM_GLUE = {"a", "an", "the", "of", "worth", "-", "totalling", "over", "almost", "nearly", "for"}
_TERM_NOUNS = vocab.words("grant_term_nouns")
_ADVERBS_BEFORE_BY = vocab.words("adverbs_before_by")
_JOINT_NOUNS = vocab.words("joint_by_nouns")
_BY_GAP = 4
_PLACE_PREPS = {"at", "in"}  # "staged at Foo Hall by", "delivered in Kelby by"


def money_given(reader: SentenceReader, cue, i: int) -> bool:
    """Whether what a `passive_award` cue says was given before the "by" at token i
    is money: nothing ("awarded by"), or a sum or a grant noun among the words
    ("awarded £5,000 by", "given the cash by"); not "given a tour by", "handed a
    leaflet by", "awarded a certificate by"."""
    gap = range(cue.end, i)
    return not gap or any(reader.is_funding(k) for k in gap)


def award_before_sum(reader: SentenceReader, awards: list, i: int):
    """The `passive_award` cue a "by" (token i) follows after the money awarded,
    further back than five words: "awarded a grant of £1.5m by", "given a three-year
    grant worth £90,000 by", "awarded £45,000 over three years by" (only articles,
    adjectives, sums, grant nouns, "of", "worth" or a term of years between; a sum
    or grant noun among them)."""
    words = reader.words
    for c in awards:
        if not (i - _SUM_GAP <= c.end < i):
            continue
        gap = range(c.end, i)
        money = [k for k in gap if reader.is_funding(k)]
        if money and all(
            k in money
            or words[k] in _SUM_GLUE
            or reader.doc[k].like_num
            or words[k] in _TERM_NOUNS
            or reader.doc[k].pos_ == "ADJ"
            or reader.doc[k].dep_ in {"amod", "compound", "nummod", "quantmod"}  # "three-year"
            for k in gap
        ):
            return c
    return None


def by_lists(reader: SentenceReader, i: int) -> list[tuple[int, list[Mention]]]:
    """Each "by" before token i with the names listed after it that end before i:
    "hosted by A and B, in partnership with C" -> [(the by's token, [A, B])];
    "organised by volunteers from A" -> [(the by's token, [A])] (`past_people_from`)."""
    return [
        (k, [m for m in reader.list_after(past_people_from(reader, k + 1)) if m.end <= i])
        for k in range(reader.sent.start, i)
        if reader.words[k] == "by"
    ]


def backs_programme(reader: SentenceReader, target: int | None) -> int | None:
    """The funder to keep in view when a body is said to fund `target` (a mention
    id), a programme, whose grants are the grants of whoever awards from it: the
    funder already in view ("Foo has awarded £300,000 through its Bar programme.
    The programme is backed by Baz": the grants listed next are Foo's), else the
    programme (its runners' money, `programme_money`); None for anything else."""
    ctx = reader.ctx
    if target is None or not 0 <= target < len(ctx.mentions):
        return None
    m = ctx.mentions[target]
    if ctx.type_of(m) != "Project" and not (ctx.last_funder is not None and is_fund(reader, m)):
        return None  # "The fund is supported by Baz": a grant-making "Foo Fund", read
    return ctx.last_funder if ctx.last_funder is not None else target  # as a body so far


def cued_bys(reader: SentenceReader, cues: list) -> dict[int, object]:
    """Each "by" a passive cue's verb governs (`by_after`) -> the cue, and each "by"
    joined to one by "and" ("backed by A's fund and by B", "run by A, and also by B") ->
    the same cue, when no verb parts the two."""
    words, doc = reader.words, reader.doc
    passive: dict[int, object] = {}
    for cue in cues:
        by = by_after(reader, cue.end)
        if by is not None:
            passive.setdefault(by, cue)
    for i in range(reader.sent.start + 2, reader.sent.end - 1):
        j = i - 1 - (words[i - 1] == "also")  # "and also by"
        if words[i] != "by" or i in passive or words[j] not in {"and", "or"}:
            continue
        k = j
        while k > reader.sent.start and k not in passive:
            if doc[k].pos_ in {"VERB", "AUX"} or words[k] in {";", "by"}:
                break
            k -= 1
        if k in passive:
            passive[i] = passive[k]
    return passive


def by_after(reader: SentenceReader, k: int) -> int | None:
    """Where "by" is after a passive verb ending at token k: right after it, or after
    adverbs and a time ("funded jointly by", "sponsored again this year by",
    "kindly supported once more by"; `vocab/adverbs_before_by.txt`), a joint
    noun ("delivered in partnership by"; `vocab/joint_by_nouns.txt`), a named
    place ("staged at Foo Leisure Centre by", "hosted in Kelby by"), words joined
    by hyphens ("run day-to-day by"), a year ("set up in 2018 by") or whom it is
    done for in lower case ("run for the council by"); None when no "by" follows so."""
    words, end = reader.words, reader.sent.end
    j, reach = k, k + _BY_GAP
    while j < min(reach, end) and words[j] != "by":
        tok = reader.doc[j]
        time = j + 1 < end and time_phrase(words[j], words[j + 1])
        joint = words[j] == "in" and j + 1 < end and words[j + 1] in _JOINT_NOUNS
        place = reader.by_start.get(j + 1) if words[j] in _PLACE_PREPS else None
        if place is not None and reader.kind(place) == "Place":
            reach += place.end - j  # "staged at Foo Leisure Centre by": where, then who
            j = place.end
        elif time or joint:
            j += 2  # "this year", "in partnership"
        elif (e := _every_end(reader, j)) > j:
            j = e  # "put on every summer by", "run every couple of months by"
        elif (h := _hyphened_end(reader, j)) > j:
            j = h  # "run day-to-day by"
        elif (f := _for_whom_end(reader, j)) > j:
            j = f  # "is being run for the council by"
        elif words[j] == "in" and j + 1 < end and YEAR.fullmatch(words[j + 1]):
            j += 2  # "set up in 2018 by"
        elif (t := _term_end(reader, j)) > j:
            reach += t - j  # "funded for two years by", "backed until 2027 by"
            j = t
        elif words[j] in _ADVERBS_BEFORE_BY or (tok.pos_ == "ADV" and tok.is_lower):
            j += 1
        else:
            return None
    return j if j < end and words[j] == "by" else None


_TERM_PREPS = {"for", "over", "until", "till", "since"}
_EVERY = {"every", "each"}
_EVERY_COUNTS = vocab.words("every_counts")  # "couple of", "few", "other", "two"
_EVERY_NOUNS = vocab.words("every_nouns")  # "summer", "months", "spring"


def _every_end(reader: SentenceReader, j: int) -> int:
    """The token after how often from token j: "every summer", "each spring", "every
    couple of months", "every few weeks", "every other Saturday"
    (`vocab/every_counts.txt`, `vocab/every_nouns.txt`); else j."""
    words, end = reader.words, reader.sent.end
    if words[j] not in _EVERY:
        return j
    k = j + 1
    while k < end and k - j <= 3 and (words[k] in _EVERY_COUNTS or reader.doc[k].like_num):
        k += 1
    return k + 1 if k < end and words[k] in _EVERY_NOUNS else j


def _term_end(reader: SentenceReader, j: int) -> int:
    """The token after a term of time from token j: "for two years", "over the next
    three years", "for 18 months", "until 2027", "since 2021"; else j."""
    words, doc, end = reader.words, reader.doc, reader.sent.end
    if words[j] not in _TERM_PREPS or j + 1 >= end:
        return j
    if words[j] != "for" and YEAR.fullmatch(words[j + 1]):
        return j + 2  # "until 2027", "since 2021"
    k = j + 1
    while (
        k < end
        and k - j <= 4
        and (
            words[k] in {"the", "a", "another", "further", "more", "next", "first"}
            or doc[k].like_num
        )
    ):
        k += 1
    return k + 1 if k > j + 1 and k < end and words[k] in _TERM_NOUNS else j


def _hyphened_end(reader: SentenceReader, j: int) -> int:
    """The token after lower-case words joined by hyphens with no space from token j
    ("day-to-day", "hands-on"), else j."""
    doc, k = reader.doc, j
    while (
        k + 2 < reader.sent.end
        and doc[k].is_lower
        and doc[k + 1].text in {"-", "‐"}
        and not doc[k].whitespace_
        and not doc[k + 1].whitespace_
        and doc[k + 2].is_lower
    ):
        k += 2
    return k + 1 if k > j else j


_FOR_WORDS = frozenset({"the", "a", "local", "its", "their"})


def _for_whom_end(reader: SentenceReader, j: int) -> int:
    """The "by" after "for" and up to two lower-case words ("for the council by"),
    else j: a name after "for" is left to the rules that read it."""
    words, doc, end = reader.words, reader.doc, reader.sent.end
    if words[j] != "for":
        return j
    k = j + 1
    while k < end and k - j <= 3 and words[k] != "by":
        if not doc[k].is_lower or not (words[k] in _FOR_WORDS or doc[k].pos_ == "NOUN"):
            return j
        k += 1
    return k if k > j + 1 and k < end and words[k] == "by" else j
