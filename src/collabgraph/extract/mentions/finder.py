"""The mentions and job titles of one sentence: runs of capitals cut at
honorifics, roles and possessives, each mention with its type votes.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention, RoleSpan, SentenceMentions
from collabgraph.extract.mentions.roles import (
    next_to_name,
    role_at,
    role_here_ok,
    role_is_lower_ok,
    trim_role_before_name,
)
from collabgraph.extract.mentions.runs import PARTICLES, capital_runs, publication_titles
from collabgraph.extract.mentions.split import split_run
from collabgraph.extract.mentions.tokens import POSSESSIVE, hyphen_join, is_cap, lower_word
from collabgraph.extract.mentions.votes import context_votes, known_votes, name_votes, ner_votes
from collabgraph.model import titles

_GENERIC_SINGLE = vocab.words("name_generic_words")
_PLURAL_GROUPS = vocab.words("name_plural_generic")
_FURNITURE = vocab.words("name_furniture_words")
_PLACE_NOUNS = vocab.words("place_nouns")
_COMPASS = vocab.words("place_compass")
_FORMER_NAME_WORDS = vocab.words("former_name_words")
# A name in the UK gazetteer is a place unless its words or context say more
# (the recogniser's ORG vote is 2, a name's head word 1-3, a title 5).
PLACE_VOTE = 3


def find_mentions(
    doc,
    sent: Span,
    *,
    block: int,
    section: int,
    sent_no: int,
    next_id: int,
    heading: bool = False,
    known_names: dict[str, str] | None = None,
    seen_names: frozenset[str] = frozenset(),
) -> SentenceMentions:
    """The mentions and role phrases of one sentence, with their local type votes.

    `known_names`: name key -> type of entities the graph holds; `seen_names`:
    opening words of names met elsewhere in the document (`memory.names_seen`).
    """
    mentions: list[Mention] = []
    roles: list[RoleSpan] = []
    titled = publication_titles(doc, sent)
    for t_start, t_end, kind in titled:
        if kind is None:
            continue
        _add_mention(
            doc,
            t_start,
            t_end,
            mentions,
            block,
            section,
            sent_no,
            title=None,
            person_hint=False,
            heading=heading,
            quoted=True,
        )
        if mentions and mentions[-1].start == t_start:
            mentions[-1].votes[kind] += 4
    claimed = {i for s_, e_, _ in titled for i in range(s_, e_)}
    for run_start, run_end in capital_runs(doc, sent, heading=heading, seen=seen_names):
        if run_start in claimed or run_end - 1 in claimed:
            continue
        _segment_run(
            doc, sent, run_start, run_end, mentions, roles, block, section, sent_no, heading
        )
    # Lower-case roles next to a name: "Jane Doe, chief executive of ...".
    taken = {i for r in roles for i in range(r.start, r.end)} | {
        i for m in mentions for i in range(m.start, m.end)
    }
    i = sent.start
    while i < sent.end:
        if (
            i not in taken
            and (not is_cap(doc[i]) or i == sent.start)
            and lower_word(doc[i]) in lx.ROLE_MODIFIERS | lx.ROLE_CORE
        ):
            span = role_at(doc, i, sent.end)
            if span and role_is_lower_ok(doc, span) and next_to_name(doc, span, mentions):
                roles.append(span)
                i = span.end
                continue
        i += 1
    roles.sort(key=lambda r: r.start)
    context_votes(doc, sent, mentions, roles)
    for m in mentions:
        # "St Aidan's", "St Mary's Hospice": a saint's name is a body or a place
        if lower_word(doc[m.start]) in {"st", "saint"} and m.end - m.start > 1:
            m.votes.pop("Person", None)
    for n, m in enumerate(mentions):
        m.id = next_id + n
    _acronyms_in_brackets(doc, mentions)
    for m in mentions:
        m.former_name = _after_former_name_words(doc, m.start, sent.start)
    if known_names:
        known_votes(mentions, known_names)
    return SentenceMentions(mentions, roles)


def _person_then_employer(doc, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Sgt Ann Baker of Northtown Police': after a style or a job title the name
    is a person's, and a person's name does not go on with "of"/"at"/"from"."""
    s, e = parts[0]
    for k in range(s + 1, e - 1):
        if doc[k].lower_ in {"of", "at", "from"} and is_cap(doc[k + 1]):
            return [(s, k), (k + 1, e), *parts[1:]]
    return parts


def _is_style(doc, i: int, end: int) -> bool:
    """A style before a name ("Dr", "Cllr", "MP"), not the letters of a name ("MS
    Society") nor the first word of an office ("Lord Mayor")."""
    tok = doc[i]
    low = lower_word(tok)
    if low not in lx.HONORIFICS or low == "father" or i + 1 >= end or not is_cap(doc[i + 1]):
        return False
    if len(tok.text) > 1 and tok.text.isupper() and not doc[i + 1].text.isupper():
        return low in lx.UPPER_CASE_STYLES
    return lower_word(doc[i + 1]) not in lx.ROLE_CORE


def _office_at(doc, i: int, end: int) -> RoleSpan | None:
    """An office whose first word is a style: "Lord Mayor", "Lord Lieutenant of X"."""
    if i + 1 >= end or lower_word(doc[i + 1]) not in lx.ROLE_CORE:
        return None
    span = role_at(doc, i + 1, end)
    return RoleSpan(doc[i : span.end].text, i, span.end) if span else None


def _body_named_after(doc, i: int, end: int) -> bool:
    """'Sir Ronald Quayle Foundation', 'Dame Ada Pryor Trust': a style and a
    name of one or two words, then a body's head word; the style is the name's."""
    for k in range(i + 1, min(i + 3, end)):
        kind = head_kind(lower_word(doc[k]))[0]
        if kind is not None:
            return kind != "Place" or k == end - 1
        if not is_cap(doc[k]):
            return False
    return False


def reads_as_clause(doc) -> bool:
    """A line without a full stop that is still a sentence ("Ann Lee (Wales) beat
    Bo Roe (Kent) 15-12"), so its capitals are not a heading's: a finite verb
    in lower case with a name for its subject, in a line of five words or more."""
    words = [t for t in doc if t.is_alpha]
    return len(words) >= 5 and any(
        t.tag_ in {"VBD", "VBZ", "VBP"}
        and not is_cap(t)
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in t.children)
        for t in doc
    )


def _segment_run(doc, sent, start, end, mentions, roles, block, section, sent_no, heading) -> None:
    i = start
    piece_start = start
    title: str | None = None
    pending: list[tuple[int, int, str | None, bool]] = []  # (start, end, title, after_role)
    after_role = False
    while i < end:
        low = lower_word(doc[i])
        if _is_style(doc, i, end) and not _body_named_after(doc, i + 1, end):
            if piece_start < i:
                pending.append((piece_start, i, title, after_role))
            # "Rt Hon", "The Rt Hon"
            j = i + 1
            while j < end and lower_word(doc[j]) in {"hon", "rt", "honourable", "right"}:
                j += 1
            title = lx.HONORIFIC_FORMS.get(low, doc[i].text.rstrip("."))
            piece_start = j
            i = j
            after_role = False
            continue
        if low in lx.ROLE_CORE or low in lx.ROLE_MODIFIERS or low in lx.HONORIFICS:
            span = _office_at(doc, i, end) if low in lx.HONORIFICS else role_at(doc, i, end)
            if span and role_here_ok(doc, span, start, end, piece_start):
                name_end = i
                # "Northtown Council Leader Jane Doe": the council keeps its head word.
                if piece_start < i and head_kind(low)[0] == "Organisation" and span.end - i > 1:
                    name_end = i + 1
                if piece_start < name_end:
                    pending.append((piece_start, name_end, title, after_role))
                title = None
                span = trim_role_before_name(doc, span, end)
                roles.append(span)
                piece_start = span.end
                i = span.end
                # "Chief Executive of Bramble Works": what follows "of" is the employer
                after_role = span.end < end and lower_word(doc[span.end]) not in {
                    "of",
                    "at",
                    "for",
                    "from",
                    "in",
                }
                continue
        i = hyphen_join(doc, i)
    if piece_start < end:
        pending.append((piece_start, end, title, after_role))
    for p_start, p_end, p_title, p_after_role in pending:
        parts = split_run(doc, p_start, p_end, heading=heading)
        if p_title is not None or p_after_role:
            parts = _person_then_employer(doc, parts)
        for n, (s, e) in enumerate(parts):
            _add_mention(
                doc,
                s,
                e,
                mentions,
                block,
                section,
                sent_no,
                title=p_title if n == 0 else None,
                person_hint=(p_title is not None or p_after_role) and n == 0,
                heading=heading,
            )


def _add_mention(
    doc, start, end, mentions, block, section, sent_no, *, title, person_hint, heading, quoted=False
):
    surface_start = start
    # Drop a leading article and trailing possessive or punctuation.
    while start < end and (
        lower_word(doc[start]) in lx.ARTICLES
        or lower_word(doc[start]) in {"of", "and", "for", "in", "on", "&", "at"}
        or doc[start].text in {"-", "‐", "'", "’"}
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in POSSESSIVE
        or doc[end - 1].text in {"-", ",", "&"}
        or lower_word(doc[end - 1]) in lx.NAME_CONNECTORS
    ):
        end -= 1
    # "Swede Kennet Andersson": a nationality before a person's name is not the name
    while (
        start + 1 < end
        and doc[start].ent_type_ == "NORP"
        and doc[start + 1].ent_type_ == "PERSON"
        and doc[start + 1].ent_iob_ == "B"
    ):
        start += 1
    if start >= end:
        return
    text = doc[start:end].text
    words = [lower_word(t) for t in doc[start:end] if t.text not in {"-", "‐"}]
    # Post-nominals belong to no name, and only people have them: "Jane Doe MP"
    post_nominals = False
    while len(words) > 1 and words[-1] in lx.POST_NOMINALS and doc[end - 1].text.isupper():
        end -= 1
        words.pop()
        text = doc[start:end].text
        post_nominals = post_nominals or doc[end].text in titles.WRITTEN_POST_NOMINALS
    if not words or (not quoted and _not_a_name(doc, start, end, words)):
        return
    if len(words) == 1 and (
        (words[0] in lx.ROLE_CORE and doc[start].ent_type_ != "PERSON")
        or words[0] in _GENERIC_SINGLE
        or len(words[0]) < 2
        or words[0] in lx.EVENT_HEADS | lx.PROJECT_HEADS | lx.REPORT_HEADS | lx.STRONG_ORG_HEADS
    ):
        return
    ner, votes = ner_votes(doc, start, end)
    ner_vote = next(iter(votes.items()), None)
    dated = len(words) >= 2 and re.fullmatch(r"(19|20)\d\d", words[-1]) is not None
    votes.update(name_votes(words[:-1] if dated else words))
    place = is_uk_place(text)
    if place:
        votes["Place"] += PLACE_VOTE
    # "east London", "north Wales": a compass word in lower case is part of the place
    compass = start > 0 and doc[start - 1].lower_ in _COMPASS and not is_cap(doc[start - 1])
    if compass and (place or ner in {"GPE", "LOC"}):
        start = surface_start = min(surface_start, start - 1)
        text = doc[start:end].text
    # "Stronger Futures 2023" is an event; "Rural Youth Project 2023" stays a project
    if dated and (head_kind(words[-2])[0] in {None, "Event"} or head_kind(words[-2])[1] < 3):
        votes["Event"] += 3
    if title:
        votes["Person"] += 5
    elif (post_nominals and head_kind(words[-1])[0] is None) or person_hint:
        votes["Person"] += 4
    elif _has_particle(doc, start, end) and head_kind(words[-1])[0] is None:
        votes["Person"] += 3  # "Dafydd ab Owain", "Ursula van der Berg"
    mentions.append(
        Mention(
            id=-1,
            text=_tidy(text),
            title=title,
            block=block,
            section=section,
            sent=sent_no,
            start=start,
            end=end,
            votes=votes,
            ner=ner,
            surface=doc[surface_start:end].text,
            in_heading=heading,
            gazetteer=place,
            ner_vote=ner_vote,
            attributive=_attributive(doc, start, end),
        )
    )


def _acronyms_in_brackets(doc, mentions: list[Mention]) -> None:
    """'Mid Vale Hospital Services NHS Trust (MVHT)': the capitals in brackets
    are the name just before, when they start with its first letter."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        short = by_start.get(m.end + 1)
        if (
            short is None
            or doc[m.end].text != "("
            or short.end >= len(doc)
            or doc[short.end].text != ")"
            or short.end - short.start != 1
            or not short.text.isupper()
            or not 2 <= len(short.text) <= 8
            or short.text[0] != m.text[:1].upper()
        ):
            continue
        short.same_as = m.id


def _after_former_name_words(doc, start: int, sent_start: int) -> bool:
    """'(formerly the Ashby Trust)', 'previously known as Ashby Trust'."""
    k = start - 1
    if k >= sent_start and doc[k].lower_ == "the":
        k -= 1
    if k - 1 >= sent_start and doc[k].lower_ == "as" and doc[k - 1].lower_ == "known":
        k -= 2
    return k >= sent_start and doc[k].lower_ in _FORMER_NAME_WORDS


def _has_particle(doc, start: int, end: int) -> bool:
    return any(lower_word(t) in PARTICLES and not is_cap(t) for t in doc[start + 1 : end - 1])


def _attributive(doc, start: int, end: int) -> str | None:
    """'UK charities', "the UK's largest chain", 'Wales funding director':
    the name qualifies a common noun after it instead of naming a thing."""
    last = doc[end - 1]
    head = last.head
    if (
        last.dep_ in {"compound", "poss", "amod", "nmod"}
        and head.i >= end
        and head.is_alpha
        and head.is_lower
        and head.lower_ not in _PLACE_NOUNS
    ):
        return "possessive" if last.dep_ == "poss" else "modifier"
    return None


def _not_a_name(doc, start: int, end: int, words: list[str]) -> bool:
    """Page furniture ("Invalid Email"), a group ("Keynote Speakers", "Primary Care
    Networks"), or post-nominals standing alone ("Jane Doe CBE, DL")."""
    for tok in doc[start:end]:
        low = tok.lower_
        glued = any(c.isupper() for c in tok.text[1:]) and not tok.text.isupper()
        if low in _FURNITURE or (glued and low.startswith(tuple(_FURNITURE))):
            return True
    if (
        end - start == 1
        and doc[start].ent_type_ == "NORP"
        and end < len(doc)
        and doc[end].pos_ in {"NOUN", "PROPN"}
    ):
        return True  # "Croat striker", "Conservative MPs": a people or a party as an adjective
    if words[-1] in _PLURAL_GROUPS:
        bodies_of = any(
            w in lx.STRONG_ORG_HEADS and nxt in {"of", "for"} for w, nxt in pairwise(words)
        )
        if not bodies_of:
            return True
    if all(t.text in lx.POST_NOMINALS_AS_WRITTEN for t in doc[start:end]):
        before = doc[start - 1] if start > 0 else None
        return before is not None and before.text == ","
    return False


def _tidy(text: str) -> str:
    text = re.sub(r"\s*([-‐])\s*", r"\1", text)
    text = text.replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()
