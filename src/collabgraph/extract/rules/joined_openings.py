"""Funding told in a second clause, about what the sentence opened on.

"The conference was co-hosted with Foo Network and supported by a grant from
Bar Trust", "The fair was run by A with the charity B, and was part-funded by
C", "We organised the day with A and the team at B, and it was sponsored by C",
"The café works alongside Foo Shed, and has been supported by a grant from Bar",
"A gave the hall, and the event was supported by a grant from C":
the money went to the thing the sentence opens on (a common noun, "the
conference", or the "it" that stands for the first clause's "the day"), never
to a name the first clause reads after "with", "at" or "alongside". Read by
`agents.by_phrases` for a passive cue of FUNDED, before it falls back on the name
just before the verb (`TargetReading.target_before`).
"""

from __future__ import annotations

from collabgraph.extract.mentions.tokens import time_phrase
from collabgraph.extract.rules.focus_targets import first_id
from collabgraph.extract.rules.grant_subjects import focus_opening
from collabgraph.extract.rules.passive_bys import by_lists
from collabgraph.extract.rules.passive_targets import BEFORE_VERB
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader

# Words between "and" and the passive verb: auxiliaries, adverbs, "part-" in
# "and was part-funded by".
_BETWEEN = {"is", "was", "are", "were", "has", "have", "had", "been", "be", "will", "also"}
_BETWEEN |= {"part", "-", "partly", "jointly", "generously", "kindly", "once", "again"}
_OPENERS = {"the", "this", "our"}  # "The conference ...", "Our fair ..."
_STAND_INS = {"it", "this"}  # "..., and it was sponsored by C"
_OPENING_REACH = 5


def joined_opening(reader: SentenceReader, v: int, kinds) -> tuple[bool, int | None]:
    """For a passive FUNDED verb at token v joined by "and" to a first clause of a
    sentence that opens on a common noun (no name before the verb's clause):
    (True, what that noun stands for: the event, project or report in focus, or
    the name it refers back to, else None). (False, None) when the sentence is not
    so shaped, so the caller reads it as before."""
    words, start = reader.words, reader.sent.start
    k = v - 1
    while k > start and (words[k] in _BETWEEN or words[k] in BEFORE_VERB or _when(reader, k)):
        k -= 1 + _when(reader, k)  # past "this year", "each month"
    if (
        k - 2 > start
        and k not in reader.covering
        and reader.doc[k].pos_ == "NOUN"
        and words[k - 1] in _OPENERS
        and words[k - 2] in {"and", ",", "but"}
    ):  # "A provided the hall, and the event was supported by a grant from C"
        return True, _referred(reader, k, kinds, v)
    stand_in = words[k] in _STAND_INS and k - 1 > start and words[k - 1] in {"and", ","}
    if not (words[k] == "and" or stand_in) or k <= start + 1:
        return False, None
    if words[start] in _OPENERS:
        head = _opening_head(reader)
        if head is None:
            return False, None
        return True, _referred(reader, head, kinds, v)
    if stand_in:  # "We organised the day with A, and it was sponsored by C": the day
        noun = next(
            (
                j
                for j in range(start, k)
                if j not in reader.covering
                and FOCUS_NOUNS.get(words[j]) in kinds
                and reader.doc[j].pos_ == "NOUN"
            ),
            None,
        )
        if noun is not None and words[noun - 1] in _OPENERS:
            return True, _referred(reader, noun, kinds, v)
    return False, None


_BEFORE_MONEY = {"a", "an", "the", "£", "$", "€", "of", "worth"}


def joined_funding_cue(reader: SentenceReader, i: int, kinds) -> tuple[bool, int | None]:
    """`joined_opening` for a "grant from" cue at token i, read from the verb that
    governs it: "..., and supported by a grant from C", "... and is funded with a
    £5,000 grant from C", "..., and with support from C"."""
    words, doc, start = reader.words, reader.doc, reader.sent.start
    k = i - 1
    while k > start and (
        words[k] in _BEFORE_MONEY or doc[k].like_num or (doc[k].pos_ == "ADJ" and doc[k].is_lower)
    ):
        k -= 1  # "a £2,000 grant from", "a generous grant from"
    if k <= start or words[k] not in {"by", "with"}:
        return False, None
    if words[k - 1] in {"and", ","} and words[k] == "with":
        return joined_opening(reader, k, kinds)  # "..., and with support from C"
    if doc[k - 1].tag_ != "VBN":
        return False, None
    return joined_opening(reader, k - 1, kinds)


def done_to_before_by(reader: SentenceReader, by: int, kinds) -> int | None:
    """What the money read after a "by" list at token `by` went to ("Foo, run by A,
    has support from C"): the thing a joined clause's sentence opened on ("The report
    was written by A, and published by B with funding from C": the report); else the
    name before the "by", past any name that is itself the doer of an earlier "by"
    ("It will be run by A, in a hall provided by B, with funding from C": not A); else
    what a sentence opening "The project is led by ..." refers back to."""
    k = by - 1
    while k > reader.sent.start and reader.doc[k].tag_ in {"VBN", "RB"}:
        k -= 1  # "and published by", "and kindly provided by"
    joined = joined_opening(reader, k + 1, kinds) if k + 1 < by else (False, None)
    if joined[0]:
        return joined[1]
    earlier = by_lists(reader, by)
    while True:
        done = reader.before(by, kinds=set(kinds))
        doer = next((k for k, names in earlier if done in names and k < by), None)
        if done is None or doer is None:
            break
        by = doer  # A ran it: what A ran
    return done.id if done is not None else focus_opening(reader, by)


def by_naming(reader: SentenceReader, i: int, target: int | None) -> int | None:
    """The "by" before token i whose list names `target` (a mention id): in "Foo, a
    study by A and B, funded by C", the "by" before A and B for B; else the "by"
    whose doer's words run on to `target` with no verb or clause break between
    (`by_running_on`); else None."""
    listed = next(
        (k for k, names in by_lists(reader, i) if any(m.id == target for m in names)), None
    )
    return listed if listed is not None else by_running_on(reader, i, target)


_PHRASE_BREAKS = {";", ":", ".", "which", "who", "whose", "where"}


def by_running_on(reader: SentenceReader, i: int, target: int | None) -> int | None:
    """The "by" of a passive verb before `target` (a mention id ending before token
    i) when the words from that "by" to `target` are all the doer's, and the money
    read at token i comes in a phrase of its own ("with", "and"): "organised by A
    together with B's team, with funding from C", "run by the network, B, with
    funding from C", "run by A as part of the B programme, with funding from C" (B).
    None when a verb, a semicolon, a colon or a relative word comes between
    ("founded by A, who runs B"), when the "by" phrase gives money itself ("funded
    by a grant from A, with match funding from C": a second funder), when the money
    follows `target` at once ("provided by A through its B service, funded by C":
    B's own), or no "by" does."""
    ctx = reader.ctx
    if target is None or not 0 <= target < len(ctx.mentions):
        return None
    m = ctx.mentions[target]
    if not reader.sent.start <= m.start or m.end > i:
        return None
    words, doc = reader.words, reader.doc
    if not {"with", "and"} & set(words[m.end : i]):
        return None
    for k in range(m.start - 1, reader.sent.start, -1):
        if words[k] == "by":
            return k if doc[k - 1].tag_ in {"VBN", "RB"} else None
        if words[k] in _PHRASE_BREAKS or doc[k].pos_ in {"VERB", "AUX"} or reader.is_funding(k):
            return None
    return None


def untyped_opening(reader: SentenceReader, m) -> bool:
    """Whether the name `m` opens the sentence and only "is"/"was" stand between it
    and the passive verb after it ("Talk Together is commissioned by A"), with
    no post or title said of it: what was funded, whatever type it has been read
    so far (a programme's name read as a person's until the page's other mentions
    vote; the seed keeps the tie only if its final type may be funded)."""
    return (
        m.start == reader.sent.start
        and m.title is None
        and m.end + 1 < reader.sent.end
        and reader.words[m.end] in {"is", "was", "are", "were"}
    )


def _when(reader: SentenceReader, k: int) -> bool:
    """Whether tokens k-1, k are a time said between "and" and a verb: "this year",
    "each month" (`vocab/time_determiners.txt`, `vocab/time_nouns.txt`)."""
    words = reader.words
    return k - 1 > reader.sent.start and time_phrase(words[k - 1], words[k])


def _opening_head(reader: SentenceReader) -> int | None:
    """The head noun of the common noun phrase a sentence opens on ("The
    conference", "The new Saturday café"): the last noun before its first verb,
    no word of it a name; None when a name, a verb or nothing like it is there."""
    start, doc = reader.sent.start, reader.doc
    head = None
    for j in range(start + 1, min(start + 1 + _OPENING_REACH, reader.sent.end)):
        if j in reader.covering:
            return None
        tok = doc[j]
        if tok.pos_ == "NOUN" and tok.is_lower:
            head = j
        elif tok.pos_ == "ADJ" or tok.like_num:
            continue
        else:
            break
    return head


def _referred(reader: SentenceReader, k: int, kinds, v: int) -> int | None:
    """What the noun at token k refers back to: for a noun of `vocab/focus_nouns.txt`
    of `kinds`, the one of its kind named before with the noun among its words,
    else the one in focus (the page's own event for an event in its first
    section), else the page's own of that kind; else the name before whose last
    word it is ("the café": "Foo Repair Café"); None when none is."""
    kind = FOCUS_NOUNS.get(reader.words[k])
    if kind in kinds:
        named = reader._named_with(reader.words[k], kind)
        if kind == "Event":
            return first_id(named, reader.own_event())
        return first_id(named, reader.focus_before(kind, v), reader.ctx.main.get(kind))
    return reader.named_back(k, tuple(kinds))
