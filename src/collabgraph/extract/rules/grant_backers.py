"""Funding, continued: the giver a sentence names by what it did with money
("Foo has backed A and B with £20,000": `backed_with` cues) or by being thanked
for it ("We are grateful to Foo for its grant": `vocab/thanking_words.txt`); the
giver of money a body passes on ("Foo has awarded £5,000 to Bar from funds
allocated by Baz": `passed_on`).
The funder in view and its grantees: `rules/grants.py`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.grant_subjects import GRANTEE_KINDS
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.thanked_payers import THANKS

LABELS = frozenset({"backed_with"})
"""The cue labels (pattern files) this family's rules read."""

_WITH_REACH = 4  # words at most from "with" to its sum or grant noun: "with a generous grant"


def backed_with(reader: SentenceReader) -> None:
    """ "Foo is supporting Bar with a grant of £5,000", "Foo has backed A and B with
    £20,000" (`backed_with` cues): the verb's subject (or "we") FUNDED the bodies
    named after it, when "with" and money or a grant noun follow them; not "Foo
    supported Bar with volunteers", nor "Bar was supported with £5,000" (passive).
    Backing groups it does not name ("Foo has supported local groups with funding")
    puts it in view as the funder of the grantees named next."""
    words, end = reader.words, reader.sent.end
    for cue in reader.cues("backed_with"):
        i = cue.start
        if i > reader.sent.start and words[i - 1] in lx.BE_FORMS and not words[i].endswith("ing"):
            continue
        funder = (
            reader.by_end.get(i)
            or reader.by_end.get(i - 1)
            or reader.by_end.get(reader.before_verb(i) + 1)  # "we have backed"
        )
        named = isinstance(funder, Mention)
        if funder is None or (named and reader.kind(funder) != "Organisation"):
            continue
        backed = reader.list_after(cue.end, kinds=GRANTEE_KINDS)
        if not backed or backed[0].start != cue.end:
            if named and _backs_groups(reader, cue.end):  # "Foo has supported local
                reader.ctx.last_funder = funder.id  # groups with funding": Foo in view
            continue
        k = backed[-1].end
        if k >= end or words[k] != "with":
            continue
        if not any(reader.is_funding(j) for j in range(k + 1, min(end, k + 1 + _WITH_REACH))):
            continue
        for m in backed:
            if m is not funder:
                reader.relate(funder, "FUNDED", m, confidence=0.7)


_GRANTEE_GROUPS = vocab.words("grantee_group_nouns")
_GROUP_REACH = 4  # words at most from the verb to its plural noun: "many small local groups"


def _backs_groups(reader: SentenceReader, k: int) -> bool:
    """Whether the words from token k are a plural noun of grantees and "with" money:
    "[supported] local groups with funding", "[backed] many charities with grants"."""
    words, end = reader.words, reader.sent.end
    for j in range(k, min(k + _GROUP_REACH, end - 1)):
        if j in reader.covering or reader.doc[j].is_punct:
            return False
        if words[j] in _GRANTEE_GROUPS:
            after = range(j + 2, min(end, j + 2 + _WITH_REACH))
            return words[j + 1] == "with" and any(reader.is_funding(i) for i in after)
    return False


_THANKED_LEAD = {"you", "to", "go", "goes", "also", "the", "our", "sincere", "special", "many"}
_FOR_REACH = 4  # words at most from "for" to its grant noun: "for its generous new grant"


def thanked_for_grant(reader: SentenceReader) -> None:
    """ "Tern Trust would like to thank the Foo Trust for its grant", "We are grateful
    to Foo and Bar for their funding", "Thanks to Foo for its donation of £500": the
    bodies thanked for money FUNDED the one thanking them (the sentence's subject,
    "we", else the page's own when the thanks open the sentence). Only with a grant
    noun or a sum just after "for"; not "for their support", "for the award of ...
    to Bar", nor "for funding the Foo Festival" (an event's sponsors:
    rules/event_sponsors.py)."""
    words, end = reader.words, reader.sent.end
    for t in range(reader.sent.start, end - 2):
        if words[t] not in THANKS:
            continue
        k = t + 1
        while k < end and words[k] in _THANKED_LEAD and k not in reader.by_start:
            k += 1
        thanked = reader.list_after(k, kinds={"Organisation"})
        if not thanked or thanked[0].start != k:
            continue
        f = thanked[-1].end
        if f >= end or words[f] != "for":
            continue
        money = next(
            (j for j in range(f + 1, min(end, f + 1 + _FOR_REACH)) if reader.is_funding(j)),
            None,
        )
        if money is None or (money + 1 < end and words[money + 1] in {"to", "for", "towards"}):
            continue
        if any(reader.doc[j].pos_ == "VERB" for j in range(f + 1, money + 1)):
            continue  # "for funding the festival", "for helping raise £500"
        thanker = _thanker(reader, t)
        if thanker is None:
            continue
        thanker_id = thanker.id if isinstance(thanker, Mention) else thanker
        for m in thanked:
            if m.id != thanker_id:
                reader.relate(m, "FUNDED", thanker, confidence=0.65)


def _thanker(reader: SentenceReader, t: int) -> Mention | int | None:
    """Who thanks at token t: "we" or "our" before it, the organisation the
    sentence opens with, or the page's own when the thanks open the sentence. "we" is
    read here as well as by the sentence reader (rules/voice.py), which leaves a
    quotation opened in the same sentence ('X said: “We would like to thank Foo for
    its grant”') to its speaker."""
    words = reader.words
    for k in range(t - 1, reader.sent.start - 1, -1):
        if words[k] in {"we", "our"}:
            return reader.we_org(k)
    subject = reader.sentence_subject()
    if subject is not None and subject.end <= t:
        return subject if reader.kind(subject) == "Organisation" else None
    if t - reader.sent.start <= 1:
        return reader.page_org()
    return None


_PASSED_ON = vocab.words("passed_on_money_words")
_MONEY_HELD = {"funds", "funding", "money", "monies"}


def passed_on(reader: SentenceReader) -> None:
    """ "Foo has awarded £50,000 to Bar from funds allocated by Baz": the body
    giving (the sentence's subject, an organisation) passes on money Baz gave it,
    so Baz FUNDED Foo (the grant to Bar is Foo's: `grants.py`)."""
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start + 1, end - 4):
        if words[i] != "from" or words[i + 1] not in _MONEY_HELD:
            continue
        if words[i + 2] not in _PASSED_ON or words[i + 3] != "by":
            continue
        giver = reader.mention_at(i + 4)
        subject = reader.sentence_subject()
        if giver is None or subject is None or giver is subject:
            continue
        if reader.kind(subject) == "Organisation" and reader.kind(giver) == "Organisation":
            reader.relate(giver.id, "FUNDED", subject.id, confidence=0.65)
