"""Who a sentence names as giving money: the funders the grant rules
(`rules/grants.py`) and the organising rules read.

"£7m from Foo", "funding of £70,000 from Foo and Bar" (each one listed), "Foo
Lottery funding", "from the largest funder of sport in Westshire, Foo Trust",
"£5,000 through Foo's Bar programme" and "benefited from Foo's Bar scheme" (Foo,
whose scheme it is), and "£5,000 from
the Foo Fund" when the fund is a programme (its runners' money, resolved by the
seed); so too "£5,000 as part of the Foo Fund", "grants under the Foo Scheme",
"The money forms part of the Foo Fund".
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import POSSESSIVE
from collabgraph.extract.rules.grant_subjects import is_fund
from collabgraph.extract.rules.reader import SentenceReader

_GRANT_NOUNS = vocab.words("grant_nouns")
_AWARD_HEADS = vocab.words("name_award_heads")
_COMING = {"comes", "came", "come", "is", "was", "are", "were"}
_FROM_REACH = 10  # words at most from a sum or grant noun back to the "from" naming its giver
_DESCRIBED_REACH = 14  # words at most in "from the largest funder of ..., Foo"


def sentence_funder(reader: SentenceReader) -> Mention | None:
    """The organisation a sentence names as giving money, if any."""
    found = sentence_funders(reader)
    return found[0] if found else None


def sentence_funders(reader: SentenceReader) -> list[Mention]:
    """The organisations a sentence names as giving money: "£7m from Foo", "funding
    of £70,000 from Foo and Bar" (each one listed), "Foo Lottery funding"."""
    words, end = reader.words, reader.sent.end
    found: list[Mention] = []  # "£5,000 from A and £2,000 from B": each "from" with money
    start = reader.sent.start
    if _GIVING_WORDS.isdisjoint(words[start : end - 1]):
        start = end  # most sentences: no "from", "through" or "via", nothing to walk
    for i in range(start, end - 1):
        if words[i] in _THROUGH and (_money_before(reader, i) or words[i - 1] in _THROUGH_AFTER):
            owner = programme_owner(reader, i + 1)  # "£5,000 through Foo's Bar programme"
            if owner is not None and not found:
                return [owner]
        if words[i] == "from" and words[i - 1] in _BENEFITING and not found:
            owner = programme_owner(reader, i + 1)  # "benefited from Foo's small grants scheme"
            if owner is not None:
                return [owner]
        if words[i] == "from" and (
            _money_before(reader, i)
            or words[i - 1] in _GRANT_NOUNS | {"support"}
            or (words[i - 1] in _COMING and words[i - 2] in _GRANT_NOUNS)  # "The grant comes from"
        ):
            m = reader.mention_at(i + 1) or _described(reader, i + 1)
            if m is not None and _funder_kind(reader, m):
                listed = reader.list_after(i + 1, kinds={"Organisation"})
                found += [f for f in (m, *listed) if f not in found]
    if found:
        return found
    for m in reader.ms:  # "Foo Lottery funding", "a Foo Trust grant"
        if m.end < end and words[m.end] in _AWARD_HEADS and not _body_named(m):
            continue  # "the Team of the Year award went to ...": an award, not a funder
        if m.end < end and words[m.end] in _GRANT_NOUNS and _funder_kind(reader, m):
            return [m]
    return []


_THROUGH = {"through", "via"}
_GIVING_WORDS = _THROUGH | {"from"}  # the words `sentence_funders` reads a giver after
_BENEFITING = {"benefit", "benefits", "benefited", "benefitted", "benefiting", "benefitting"}
_THROUGH_AFTER = vocab.words("programme_through_verbs")


def programme_owner(reader: SentenceReader, j: int) -> Mention | None:
    """ "through the Foo Trust's Bar programme", "from Foo's small grants scheme"
    (from token j): the organisation whose scheme the money comes through, its
    funder; None for anything else ("through the Bar Fund", "through Foo's staff")."""
    m = reader.mention_at(j)
    end = reader.sent.end
    if m is None or m.end + 1 >= end or reader.words[m.end] not in POSSESSIVE:
        return None
    scheme = reader.by_start.get(m.end + 1)
    if scheme is None and not _scheme_words(reader, m.end + 1):
        return None
    return m if reader.kind(m) == "Organisation" else None


def _scheme_words(reader: SentenceReader, k: int) -> bool:
    """ "small grants scheme", "community fund": a few lower-case words from token k
    ending in a word a grant scheme's name ends with (`vocab/programme_fund_heads.txt`)."""
    for j in range(k, min(k + 4, reader.sent.end)):
        if not reader.doc[j].is_lower or j in reader.covering:
            return False
        if reader.words[j] in _PROGRAMME_FUND_HEADS:
            return True
    return False


def programme_sources(reader: SentenceReader) -> list[Mention]:
    """The programmes a sentence names as where money comes from: "£5,000 from the
    Foo Fund" when the Foo Fund is a programme, not a body. Its money is the money
    of the bodies that run it, which the seed resolves once the page is read
    (`programme_money.runners_funded`)."""
    words = reader.words
    for i in range(reader.sent.start, reader.sent.end - 1):
        if words[i] == "from" and (
            _money_before(reader, i) or words[i - 1] in _GRANT_NOUNS | {"support"}
        ):
            m = reader.mention_at(i + 1)
            if m is not None and reader.kind(m) == "Project":
                return [m]
        if _within_fund(reader, i):
            m = reader.mention_at(_past_sum(reader, i + 1))
            if m is not None and reader.kind(m) == "Project" and fund_named(m):
                return [m]
    return []


_WITHIN = {"under", "through", "via"}
_PROGRAMME_FUND_HEADS = vocab.words("programme_fund_heads")
_FORMING = {"forms", "form", "formed", "forming", "is", "are", "was", "were", "be", "will", "also"}


def _within_fund(reader: SentenceReader, i: int) -> bool:
    """Whether token i ("of" in "part of", "under", "through") says the money named
    before it is given within a fund: "£5,000 as part of the Foo Fund", "grants
    under the Foo Scheme", "The money forms part of the Foo Fund" (a grant noun the
    subject of "forms part of")."""
    words = reader.words
    if words[i] in _WITHIN:
        return _money_before(reader, i)
    if words[i] != "of" or i - 1 <= reader.sent.start or words[i - 1] != "part":
        return False
    if _money_before(reader, i - 1):
        return True
    k = i - 2
    while k > reader.sent.start and words[k] in _FORMING:
        k -= 1
    return k < i - 2 and reader.words[k] in _GRANT_NOUNS


def _past_sum(reader: SentenceReader, k: int) -> int:
    """Token k, past an article and a sum before a name ("the £1 million Foo Fund")."""
    if k < reader.sent.end and reader.words[k] in {"the", "a", "its", "their", "our"}:
        k += 1
    j = k
    while j < reader.sent.end and reader.is_money(j) and j not in reader.by_start:
        j += 1
    return j if j > k else k


def fund_named(m: Mention) -> bool:
    """ "Foo Fund", "Foo Scheme": a name a pot of money or a grant scheme ends with."""
    return m.text.split()[-1].lower() in _PROGRAMME_FUND_HEADS


def _described(reader: SentenceReader, j: int) -> Mention | None:
    """ "from the largest funder of sport in Westshire, Foo Trust": the body named
    after a description of it (a noun saying what kind of body, `vocab/description_nouns.txt`)
    set off by a comma; None when the words from token j are anything else."""
    words, end = reader.words, reader.sent.end
    if j >= end or words[j] not in lx.ARTICLES:
        return None
    noun = False
    for k in range(j + 1, min(end - 1, j + _DESCRIBED_REACH)):
        if words[k] == ",":
            m = reader.mention_at(k + 1)
            return m if noun and m is not None and reader.kind(m) == "Organisation" else None
        if reader.doc[k].is_punct or reader.doc[k].pos_ in {"VERB", "AUX"}:
            return None
        noun = noun or words[k] in lx.ORG_DESCRIPTION_NOUNS
    return None


def _body_named(m: Mention) -> bool:
    """ "Foo Trust", "Foo Foundation": a body by its last word."""
    return head_kind(m.text.split()[-1].lower())[0] == "Organisation"


def _funder_kind(reader: SentenceReader, m: Mention) -> bool:
    if reader.kind(m) == "Organisation":
        return True
    if m.title or sum(m.votes.values()) > 3 or m.votes.get("Person", 0) > 2:
        return False  # a name this sentence gives good reason to think a person's
    m.votes["Organisation"] += 4  # "funding from Sport Westshire": a funder
    reader.ctx.votes_for(m)["Organisation"] += 4
    return True


def _money_before(reader: SentenceReader, i: int) -> bool:
    """Whether the money "from" (token i) comes with is named before it: a sum in
    the three words before ("£5,000 in 2019 from"), or a sum or grant noun further
    back in the same phrase, with no verb or mark between ("£421,576 for a new
    programme from Foo", "the funding for use over three years from Foo"; not
    "£5,000 to buy seeds from Foo", where the seeds come from Foo)."""
    if any(reader.is_money(k) for k in range(max(reader.sent.start, i - 3), i)):
        return True
    for k in range(i - 1, max(reader.sent.start, i - _FROM_REACH) - 1, -1):
        tok = reader.doc[k]
        if tok.is_punct or tok.pos_ in {"VERB", "AUX"} or reader.words[k] == "from":
            return False
        if reader.is_funding(k):
            return True
    return False


def parsed_giver(reader: SentenceReader, i: int) -> Mention | None:
    """ "Foo, based in Kelby, has awarded", "Foo, the county's biggest funder, is
    giving", "Foo has this week donated": the subject the parse gives the verb of
    giving at token i (or the verb an auxiliary there helps), named before it, when
    an aside or a phrase of time parts the two."""
    tok = reader.doc[i]
    verb = tok.head if tok.dep_ in _AUX_DEPS else tok
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not reader.sent.start <= subject.i < i:
        return None
    return reader.covering.get(subject.i)


def scheme_giver(reader: SentenceReader, i: int) -> Mention | None:
    """ "Foo's Bar Grants scheme has made 9 awards", "The Foo Trust's small grants
    programme gave £5,000": the body whose scheme the subject of the verb of giving
    at token i (or the verb an auxiliary there helps) names, its funder."""
    tok = reader.doc[i]
    verb = tok.head if tok.dep_ in _AUX_DEPS else tok
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not reader.sent.start <= subject.left_edge.i < i:
        return None
    return programme_owner(reader, subject.left_edge.i)


def can_give(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name can give money: a body, or a fund ("Foo's Youth Fund has
    awarded Bar £5,000": the fund's runners' money, `programme_money`)."""
    return reader.kind(m) == "Organisation" or is_fund(reader, m)


_AUX_DEPS = {"aux", "auxpass"}
