"""What a passive verb was done to, for `agents.by_phrases` (no rules): the word or
the name just before the verb past its auxiliaries ("workshops were led by", "The
Foo Fund (FF) is provided by", the subject before it), a verb joined by "and" to an
earlier one ("... by A and funded by B"), the last name of a list before a comma
("A and B, funded by C": unsure), the subject an opening participle's list runs
into ("Funded by Foo, the Bar project will ..."), and the project in view when
nothing is named ("The work was funded by A": `work_in_view`, read by "with funding
from" too). `BEFORE_VERB` (`vocab/adverbs_before_verb.txt`) is read by
`active_agents` as well.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.agent_ends import fund_referred_back
from collabgraph.extract.rules.focus_targets import first_id
from collabgraph.extract.rules.paid_things import PAID_CUES, money_provided, thing_in_view
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader

_FUND_HEADS = vocab.words("fund_heads")
_NO_PROJECT_OPENERS = vocab.words("unfunded_project_openers")
_MODALS = {"will", "would", "shall", "can", "may"}  # "Stands will be hosted by A"
_PASSIVE_AUXILIARIES = {"is", "was", "are", "were", "been", "be", "being", "has", "have", "had"}
_PASSIVE_AUXILIARIES |= _MODALS
BEFORE_VERB = vocab.words("adverbs_before_verb")
_AUXILIARIES = {",", "is", "was", "are", "were", "has", "have", "been", "be", "being", "also"}


def clause_subject(reader: SentenceReader, agents: list[Mention]) -> bool:
    """Whether the last of `agents`, set off by a comma after the names a sentence's
    opening participle lists ("Funded by Foo, the Bar project will ..."), is the
    subject of the clause that follows, not one more of them: no "and" before it,
    and "and" closed the list before it ("Funded by A and B, the Bar project opens")
    or the parse makes it (or the common noun right after it) a subject."""
    m, words = agents[-1], reader.words
    k = m.start - 1 if words[m.start - 1] != "the" else m.start - 2
    if words[k] != ",":
        return False
    if len(agents) > 2 and {"and", "&"} & set(words[agents[-3].end : agents[-2].start]):
        return True
    return any(
        reader.doc[j].dep_ in SUBJECT_DEPS for j in range(m.start, min(m.end + 2, reader.sent.end))
    )


_OTHER_CLAUSE = {";", "they", "we", "he", "she"}  # a clause with a subject of its own


_KINDLY = 5  # words at most from a sentence's start to the "by" after a thing given


def work_in_view(reader: SentenceReader, i: int) -> int | None:
    """ "The work was funded by A", "This was paid for with grants from A": a
    sentence opening with "the" or "this", a verb and no name before the cue at
    token i is about the body its noun names ("The alliance was set up with £5,000
    from A": the alliance last named), else the project in view (its id; for "the
    work", with no project in view, the organisation the last sentences were about;
    else, for a cue of money
    paid, what the write-up is about, `paid_things.thing_in_view`: "The refit was
    paid for by A", and failing it, unless the words name an outing or a thing of
    another kind, the page's own body when it speaks for one: "The move was funded
    by A"); not "The grant from A is part of ...", where the
    money is the subject."""
    words, start = reader.words, reader.sent.start
    if words[start] == "our" and not reader.in_quote(start):
        return _ours(reader, i)
    if i - start <= _KINDLY and (given := money_provided(reader, i)) is not None:
        return given  # "Lunch kindly sponsored by A", "Prizes were given by B": the page's event
    if words[start] not in {"the", "this"} or any(m.start < i for m in reader.ms):
        return None
    if not any(reader.doc[k].pos_ in {"VERB", "AUX"} for k in range(start, i)):
        return None
    if any(w in _OTHER_CLAUSE for w in words[start:i]):
        return None  # "The team built a tool; they will develop it with support from A"
    body = reader.definite_org(start)  # "The alliance was set up with £5,000 from A": the
    if body is not None:  # alliance named before, not a project in view
        return body.id
    project = reader.focus_before("Project", i)  # not "funded through the Foo Fund"
    if project is not None and _opening_head(reader, i) in _NO_PROJECT_OPENERS:
        return None  # "The party was sponsored by A": the party, not the project in view
    if project is None and words[start + 1] == "work":
        # "The work is funded by A" on a page about a body and no project: its work,
        # the organisation the sentences before were about
        return reader.ctx.last_org_subject
    if project is not None or words[i] not in PAID_CUES:
        return project  # "The clean-up was backed by A": help, maybe not money
    seen = thing_in_view(reader, set(words[start:i]), i)  # "The refit was paid for by A"
    if seen is None and not reader.in_quote(i) and not _outing(words[start:i]):
        # "The move was funded by A" with nothing else in view: the page's own body
        # (`PAGE_ORG`, dropped when the page speaks for none)
        return PAGE_ORG
    return seen


_OUTINGS = vocab.words("outing_nouns")


def _outing(words: list[str]) -> bool:
    """Whether the words name an outing ("the visit", "the trip") or a thing of
    another kind than a body's own work ("the event", "the programme", "the
    partnership": `focus_nouns`), which the body last spoken of may not own."""
    return any(w in _OUTINGS or w in FOCUS_NOUNS for w in words)


def _opening_head(reader: SentenceReader, i: int) -> str | None:
    """The word before the first verb of a sentence opening before token i ("The
    party was sponsored by": "party"; "This year's lunch is": "lunch"), else None."""
    start = reader.sent.start
    k = next((k for k in range(start + 1, i) if reader.doc[k].pos_ in {"VERB", "AUX"}), None)
    return reader.words[k - 1] if k is not None else None


def _ours(reader: SentenceReader, i: int) -> int | None:
    """ "Our work is funded by A", "Our tools were paid for by A and B": a sentence
    opening with "our", no name before the cue at token i: the page's own body
    (`SentenceReader.we_org`, or `PAGE_ORG` until the page names itself)."""
    start = reader.sent.start
    if any(m.start < i and not reader.is_we(m) for m in reader.ms):
        return None  # "Our Foo project is funded by A": the project
    if any(w in _OTHER_CLAUSE for w in reader.words[start + 1 : i]):
        return None
    return first_id(reader.we_org(start), PAGE_ORG)


def last_of_list(reader: SentenceReader, v: int, target: int | None) -> bool:
    """Whether the name a comma and the passive verb at token v follow is the last
    of a list ("A and B, funded by C"), so that what the verb is about is unsure."""
    if target is None or v - 1 <= reader.sent.start or reader.words[v - 1] != ",":
        return False
    named = reader.by_end.get(v - 1)
    if named is None or named.id != target or named.start < 2:
        return False
    return reader.words[named.start - 1] in {"and", "&"} and (
        reader.by_end.get(named.start - 1) is not None
    )


def second_passive(reader: SentenceReader, v: int) -> bool:
    """Whether the passive verb at token v is joined by "and" to one before it ("...
    by A and funded by B", "... by A and is also funded by B")."""
    k = v - 1
    while k > reader.sent.start and reader.words[k] in _AUXILIARIES | BEFORE_VERB:
        k -= 1
    return reader.words[k] == "and"


_DONE_WITH = vocab.words("done_with_links")
_ARTICLES = lx.ARTICLES


def done_with(reader: SentenceReader, v: int, target: int | None) -> bool:
    """Whether the name `target` stands for, read before the passive verb at token v
    that "and" joins to an earlier verb, follows "with" after that verb ("our pilot,
    run with A and funded by B", "a shuttle, run jointly with A and paid for by B"):
    A is who the first verb was done with, not what B did (`vocab/done_with_links.txt`)."""
    if target is None or not second_passive(reader, v):
        return False
    words, start = reader.words, reader.sent.start
    named = [m for m in reader.ms if m.id == target and m.end <= v]
    if not named:
        return False
    k = named[-1].start - 1
    while k > start and words[k] in _ARTICLES:
        k -= 1
    if k <= start or words[k] not in _DONE_WITH:
        return False
    verb = reader.doc[v]
    return verb.dep_ == "conj" and verb.head.i < k


def noun_before(reader: SentenceReader, v: int) -> str:
    """The lower-case word before a passive verb at token v, past its auxiliaries:
    "workshops" in "workshops were led by", "" at the sentence's start."""
    k = v - 1
    while k > reader.sent.start and reader.words[k] in _PASSIVE_AUXILIARIES:
        k -= 1
    return reader.words[k] if k >= reader.sent.start else ""


def fund_before(reader: SentenceReader, v: int) -> Mention | None:
    """The fund named just before a passive verb at token v, past its auxiliaries
    and an acronym in brackets: "The Foo Fund (FF) is" -> Foo Fund; None when
    the name there does not end in a fund's head word (`vocab/fund_heads.txt`)."""
    words = reader.words
    k = v - 1
    while k > reader.sent.start and words[k] in _PASSIVE_AUXILIARIES | BEFORE_VERB:
        k -= 1
    if words[k] == ")":
        while k > reader.sent.start and words[k] != "(":
            k -= 1
        k -= 1
    m = reader.by_end.get(k + 1)
    if m is None:
        return fund_referred_back(reader, v)  # "The fund is provided by A"
    if m.text.split()[-1].lower() not in _FUND_HEADS:
        return None
    return m


def joined_unnamed(reader: SentenceReader, v: int, kinds) -> tuple[bool, int | None]:
    """ "The fair is run with A and B, and is sponsored by C", "a food club, based at
    A and supported by C", "our course, delivered with A and funded by C": the
    passive verb at token v is joined by "and" to an earlier one whose subject (or
    the noun it describes) is a common noun, so the names after that verb (A, B) are
    not what C did it to. (True, the event, project or report in focus before the
    first verb that the noun stands for, else the body last named with the noun
    ("The network is hosted by A and funded by C", `reader.definite_org`), else the
    project in focus, or None) when so joined;
    (False, None) otherwise (a named subject is `agent_ends.joined_subject`'s)."""
    verb = reader.doc[v]
    if verb.dep_ != "conj" or verb.head.tag_ != "VBN":
        return False, None
    first = verb.head
    subject = next((c for c in first.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subject is None and first.dep_ == "acl":
        subject = first.head
    if subject is None or not reader.sent.start <= subject.i < first.i:
        return False, None
    if subject.i in reader.covering or subject.pos_ != "NOUN" or not subject.is_lower:
        return False, None
    kind = FOCUS_NOUNS.get(subject.lower_)
    body = reader.definite_org(subject.i - 1) if "Organisation" in kinds else None
    if kind not in kinds and body is not None:  # "The network is hosted by A and funded by C"
        return True, body.id
    if kind not in kinds:
        kind = "Project" if "Project" in kinds else None
    return True, reader.focus_before(kind, first.i) if kind is not None else None


def subject_before(reader: SentenceReader, v: int) -> Mention | None:
    k = v - 1
    while k >= reader.sent.start and reader.words[k] in _AUXILIARIES:
        k -= 1
    return reader.by_end.get(k + 1)


_RELATIVE_OBJECTS = {"which", "that"}


def relative_object(reader: SentenceReader, k: int, kinds) -> Mention | None:
    """ "the Foo Review, which Bar published with funding from C": what the relative
    clause the words at token k belong to is about (the noun "which" stands for, the
    verb's object), a name of `kinds`, not the clause's subject (Bar); None when the
    words are in no such clause."""
    tok = reader.doc[k]
    for _ in range(3):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            break
    if tok.dep_ != "relcl" or not any(
        c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS for c in tok.children
    ):
        return None
    m = reader.covering.get(tok.head.i)
    return m if m is not None and reader.kind(m) in kinds else None
