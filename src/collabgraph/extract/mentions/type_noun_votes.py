"""Votes for a mention's type from a common noun next to it that says what it is:
"a new programme, Linked Up,", "Fresh Start, a school-based programme", "the
charity Foo" (`vocab/type_nouns.txt`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.around import after_relative_clause, held_at, opening_phrase
from collabgraph.extract.mentions.body_slots import body_vote
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.service_set_offs import service_set_off
from collabgraph.extract.mentions.tokens import (
    CLOSING_QUOTES,
    FINITE_TAGS,
    OPENING_QUOTES,
    PLACE_ENTS,
    POSSESSIVE,
    is_cap,
    set_off,
    time_phrase,
)

_TYPE_NOUNS = vocab.table("type_nouns")
_FRAMES = vocab.words("name_frame_words")
# what a body runs, in the singular and the plural ("befriending schemes, called ...")
_RUN_NOUNS = vocab.words("programme_run_nouns") | {
    n for n, kind in _TYPE_NOUNS.items() if kind == "Project"
}
_CALLED_REACH = 5  # words back from "called" to the noun it names ("a course about civic ...")
_SERVICE_NOUNS = vocab.words("described_service_nouns")
# words after a name's comma and its article that may say what it is: "Pathways, a
# three-year programme", "Cuppa, our telephone and home-visit befriending scheme"
_DESCRIBING_WORDS = 5
_HYPHENS = {"-", "‐"}


def type_noun_votes(doc, sent, m: Mention, mentions: list[Mention]) -> None:
    """Add to `m`'s votes the type a common noun next to it names: "our annual
    gathering, Summer Makers Day" (Event +4), "Fresh Start, a school-based
    programme" (Project +3), "the charity Foo" (Organisation +2)."""
    before = doc[m.start - 1] if m.start > sent.start else None
    after = doc[m.end] if m.end < sent.end else None
    # "a new programme, Linked Up,", "our annual gathering, Summer Makers Day",
    # "our annual conference next week, Kelby Sparks,"
    n = _noun_before_time(doc, m.start - 2, sent.start)
    if (
        before is not None
        and before.text == ","
        and n >= sent.start
        and doc[n].lower_ in _TYPE_NOUNS
        # "Foo Trust, Kelby", "the Kelby Project, Orrin Advice and ...": the last
        # word of a name before it, not a common noun
        and not (
            is_cap(doc[n])
            and (
                _TYPE_NOUNS[doc[n].lower_] == "Organisation"
                or any(o.end == m.start - 1 for o in mentions)
            )
        )
        and not held_at(doc, n, sent.start)
        and not opening_phrase(doc, n, sent.start, m.end, sent.end)
        # "Through its Open Doors scheme, Foo Trust offers ...": the noun has its
        # name already; what follows the comma is the clause's subject
        and not any(o.end == n and not o.gazetteer for o in mentions)
    ):
        m.votes[_TYPE_NOUNS[doc[n].lower_]] += 4
    elif (
        _programme_set_off(doc, sent, m, mentions)
        or _programme_called(doc, sent, m)
        or service_set_off(doc, sent, m, mentions)
    ):
        m.votes["Project"] += 4
    # "Fresh Start, a school-based programme delivered by ...", "'Fresh Start', its
    # new wellbeing programme"
    comma = m.end + (after is not None and after.text in CLOSING_QUOTES)
    if comma + 1 < sent.end and doc[comma].text == ",":
        nxt = doc[comma + 1]
        if nxt.lower_ in {"a", "an", "the", "our", "its", "their"}:
            owned = False  # "Golden Goals, the Trust's programme for ..."
            for t in doc[comma + 2 : _words_on(doc, comma + 2, _DESCRIBING_WORDS, sent.end)]:
                plural_owner = doc[t.i + 1].text in {"'", "’"} if t.i + 1 < sent.end else False
                if t.i + 1 < sent.end and doc[t.i + 1].lower_ in POSSESSIVE and not plural_owner:
                    if owned:
                        break
                    owned = True  # but "Jane Doe, the charity's chief executive": no charity
                    continue
                # (but "Foo, a carers' charity": the people it is for)
                if owned and _TYPE_NOUNS.get(t.lower_) != "Project":
                    if t.lower_ in _TYPE_NOUNS or t.lower_ in _SERVICE_NOUNS:
                        break
                    if t.lower_ in POSSESSIVE:
                        continue
                if t.lower_ in _TYPE_NOUNS and t.dep_ == "compound":
                    break  # "Tom Lee, a project manager": a job, not a project
                if t.lower_ in _SERVICE_NOUNS and _service_described(doc, m, nxt, t):
                    m.votes["Project"] += 5  # "Kelby Advice Line, a free phone service"
                    break
                if t.lower_ in _TYPE_NOUNS:
                    # not "Working with Foo Arts, the project will ...": the
                    # noun is the subject of a verb, not what the name is
                    kind = _TYPE_NOUNS[t.lower_]
                    if kind == "Organisation":
                        m.votes[kind] += body_vote(doc, m, sent)  # "Foo, a charity that"
                    elif not _subject_of_verb(doc, t.i, sent.end):
                        m.votes[kind] += 3
                    break
                hyphened = t.i > 0 and doc[t.i - 1].text in {"-", "‐"}  # "hospital-based"
                if t.text in {",", "."} or (t.pos_ in {"VERB", "AUX"} and not hyphened):
                    break
                # "Jane Doe, a partner at the accountancy firm ...": the noun
                # after a job and "at"/"of" says what the employer is
                if t.lower_ in {"at", "of", "for", "with", "from"}:
                    break
    if _said_to_be_run(doc, m):
        m.votes["Project"] += 3  # "Tide Lines is a twelve-week programme for ..."
    if before is not None and before.lower_ in _TYPE_NOUNS and not is_cap(before):
        kind = _TYPE_NOUNS[before.lower_]
        # "housing charity Tom Fenby said": the body's noun is a modifier of the
        # name (a compound on its head), so it says what the name is and outweighs
        # the recogniser's guess of a person; not "the charity Ada Brook founded"
        # (the noun is the object of the clause the name opens)
        named = before.dep_ == "compound" and m.start <= before.head.i < m.end
        m.votes[kind] += 4 if named and kind == "Organisation" else 2
    if _body_noun_after(doc, sent, m):
        m.votes["Organisation"] += 4
    if before is not None and before.lower_ == "the" and m.start - 2 >= sent.start:
        noun = doc[m.start - 2]  # "Domestic Abuse charity the Ashdown Project"
        if noun.is_lower and _TYPE_NOUNS.get(noun.lower_) == "Organisation":
            m.votes["Organisation"] += 2


def _body_noun_after(doc, sent, m: Mention) -> bool:
    """ "the Ada Brook mental health charity", "the Kestrel Vale youth charity": after
    "the", the name modifies a body's noun two to four lower-case words on (the
    name's last word a compound on one of them); not a place ("the Kelby youth
    charity": a charity in Kelby)."""
    if m.gazetteer or m.ner in PLACE_ENTS:
        return False
    if m.start <= sent.start or doc[m.start - 1].lower_ != "the":
        return False
    last = doc[m.end - 1]
    chain = []
    for t in doc[m.end : min(m.end + 4, sent.end)]:
        if not (t.is_lower and t.is_alpha and t.pos_ in {"NOUN", "ADJ", "PROPN"}):
            return False
        chain.append(t.i)
        if _TYPE_NOUNS.get(t.lower_) == "Organisation":
            break
    else:
        return False
    # a word at least says what the body does ("mental health"); not "the Foo
    # partnership" (a partnership of the Foo programme)
    return len(chain) >= 2 and last.dep_ in {"compound", "amod", "nmod"} and last.head.i in chain


def _programme_set_off(doc, sent, m: Mention, mentions: list[Mention]) -> bool:
    """ "its grant programme – Kelby Awards", "a new scheme: Warm Homes", "our youth
    project, the Ladder of Hope": a programme's noun in lower case, then a dash or a
    colon (or a comma and "the"), then the name. Projects only: after "the
    conference:" a list of speakers may follow."""
    k = m.start - 1
    if k > sent.start and doc[k].lower_ == "the" and doc[k - 1].text == ",":
        k -= 1
    elif not (k > sent.start and set_off(doc, k)):
        return False
    noun = doc[k - 1]
    return (
        noun.is_lower
        and _TYPE_NOUNS.get(noun.lower_) == "Project"
        and noun.dep_ != "compound"
        and not any(o.end == k - 1 for o in mentions)
        and not held_at(doc, k - 1, sent.start)
        and not opening_phrase(doc, k - 1, sent.start, m.end, sent.end)
    )


def _programme_called(doc, sent, m: Mention) -> bool:
    return not m.title and called_programme_noun(doc, sent, m.start) is not None


def called_programme_noun(doc, sent, start: int) -> int | None:
    """ "a six-week course about ageing well called Kelby Voices", "local befriending
    schemes, called ‘Tea and Talk’,", "the Foo Trust's project - called KLOVA -", "the
    project is entitled Open Doors": where the programme's noun is (a few lower-case
    words before a naming word, `vocab/name_frame_words.txt`, right before the name at
    `start`; `vocab/programme_run_nouns.txt`), or None; not a job ("a project manager
    called ...")."""
    k = start - 1
    if k > sent.start and doc[k].text in OPENING_QUOTES:
        k -= 1
    if k <= sent.start or doc[k].lower_ not in _FRAMES:
        return None
    for j in range(k - 1, max(sent.start, k - 1 - _CALLED_REACH) - 1, -1):
        tok = doc[j]
        if tok.lower_ in _RUN_NOUNS and tok.is_lower:
            return j if tok.dep_ != "compound" else None
        if not (tok.is_lower or tok.text in lx.SET_OFF):
            return None
    return None


def _said_to_be_run(doc, m: Mention) -> bool:
    """ "Tide Lines is a twelve-week programme", "Kelby Links is Dalby's social
    prescribing service": the name the subject of "is", whose complement is a noun of
    something run (vocab/programme_run_nouns.txt); not "... is the project lead" (the
    noun a compound on a post)."""
    root = doc[m.start : m.end].root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.lower_ in _RUN_NOUNS for c in root.head.children)


def _words_on(doc, start: int, words: int, end: int) -> int:
    """Where the phrase of `words` words from `start` ends, a hyphen and the word it
    joins on counted with the word before ("a two-year community project": four)."""
    k = start
    while k < end and words > 0:
        if doc[k].text not in _HYPHENS and not (k > start and doc[k - 1].text in _HYPHENS):
            words -= 1
        k += 1
    while k < end and doc[k - 1].text in _HYPHENS:
        k += 1
    return k


def _service_described(doc, m: Mention, article, noun) -> bool:
    """Whether the service noun at `noun`, in the phrase opened by `article` after
    `m`'s comma, says what `m` is: after "a"/"an", the noun the phrase ends on (no
    compound: "a service user"), and `m`'s own last word not a body's ("Kelby
    Library Service, a council service": the body)."""
    if article.lower_ not in {"a", "an"} or noun.dep_ == "compound":
        return False
    kind, strength = head_kind(doc[m.end - 1].lower_)
    return not (kind == "Organisation" and strength >= 2)


def _subject_of_verb(doc, i: int, end: int) -> bool:
    """The noun at i has a verb in a tense right after it ("the project will",
    "the charity has"), or after a clause set off by commas ("the conference,
    which took place in May, was opened by"), not a participle ("a programme
    delivered by")."""
    k = after_relative_clause(doc, i + 1, end)
    return k < end and doc[k].tag_ in FINITE_TAGS


def _noun_before_time(doc, k: int, start: int) -> int:
    """Where the common noun before a name's comma is when a phrase of time stands
    between them ("our annual conference next week, Kelby Sparks": the conference,
    vocab/time_determiners.txt, time_nouns.txt); else `k`, the word before the comma."""
    if (
        k - 2 >= start
        and time_phrase(doc[k - 1].lower_, doc[k].lower_)
        and doc[k - 2].is_lower
        and doc[k - 2].lower_ in _TYPE_NOUNS
    ):
        return k - 2
    return k
