"""Mentions: the names in a sentence, the roles around them and what they look like.

spaCy's entity recogniser finds most names but types many of them wrongly in
this genre, and misses names made of ordinary words ("Bright Futures
Project"). A mention here is a run of capitalised words cut at honorifics, job
titles and possessives, carrying weighted *votes* for each entity type: from the
words it ends in (Council, Trust, Symposium, Programme, Report), from the
recogniser, and from the words around it ("Chief Executive X" is a person,
"X's Director" an organisation).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab

_POSSESSIVE = {"'s", "’s", "'", "’"}
_NON_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Common nouns that form names with a possessive: "People's ...", "Children's ...".
_POSSESSIVE_NOUNS = vocab.words("name_possessive_nouns")
_SENTENCE_START_NAMES_OK = {"PROPN"}
_NOT_ALONE = vocab.words("role_not_alone")
_NOT_BEFORE_YEAR = vocab.words("name_not_before_year")
_BY_FUNDER = vocab.words("by_verbs_funder")
_BY_ORGANISER = vocab.words("by_verbs_organiser")
_ORG_LIST_NOUNS = vocab.words("list_nouns_organisations")
_LEGAL_FORMS = vocab.words("name_legal_forms")
_PRONOUNS = vocab.words("pronouns")
_WEEKDAYS_MONTHS = vocab.words("calendar_words")
_GENERIC_SINGLE = vocab.words("name_generic_words")


@dataclass
class Mention:
    """One name as written in one sentence, with evidence about its type."""

    id: int
    text: str  # as written, without a leading "the" or a title
    title: str | None
    block: int
    section: int
    sent: int  # document-wide sentence number
    start: int  # token offsets in the block's Doc
    end: int
    votes: Counter = field(default_factory=Counter)
    ner: str | None = None
    surface: str = ""  # as written, with "the" and title
    synthetic: str | None = None  # e.g. "launch" for an event made from "the launch of X"
    about: int | None = None  # for synthetic events: the mention they are about
    in_heading: bool = False
    sentence: str = ""
    date: str | None = None


@dataclass
class RoleSpan:
    """A job title in a sentence, e.g. "Director of Public Services"."""

    text: str
    start: int
    end: int


# ---------------------------------------------------------------- tokens


def _is_cap(tok: Token) -> bool:
    text = tok.text
    if not text or not text[0].isupper():
        return False
    return any(c.isalpha() for c in text)


def _lower(tok: Token) -> str:
    return tok.lower_.rstrip(".").replace("’", "'")


def _joined(tok: Token) -> bool:
    """True when the token is glued to the next one, as in "Co-Production"."""
    return tok.whitespace_ == "" and tok.i + 1 < len(tok.doc)


def _hyphen_join(doc, i: int) -> int:
    """Index after the word starting at i, following hyphens with no spaces ("Lloyd-Jones")."""
    j = i + 1
    while (
        j + 1 < len(doc)
        and doc[j].text in {"-", "‐"}
        and doc[j - 1].whitespace_ == ""
        and doc[j].whitespace_ == ""
        and doc[j + 1].text[:1].isalpha()
    ):
        j += 2
    return j


# ---------------------------------------------------------------- roles


def role_at(doc, i: int, end: int) -> RoleSpan | None:
    """The role phrase starting at token i (and ending before `end`), if one does.

    A role is modifiers and core words ending in a core word ("Deputy Chief
    Executive", "Programme Lead"), optionally followed by "of"/"for" and words
    naming a field ("Director of Public Services"). Plural words never count:
    "Directors of Public Health" is a body, not a job.
    """
    j = i
    last_core = -1
    while j < end:
        word = _lower(doc[j])
        nxt = _hyphen_join(doc, j)
        if nxt > j + 1:
            word = "".join(t.lower_ for t in doc[j:nxt])
        if word in lx.ROLE_CORE:
            last_core = nxt
        elif (
            word in {"and", "&"}
            and j > i
            and nxt < end
            and (_lower(doc[nxt]) in lx.ROLE_MODIFIERS or _lower(doc[nxt]) in lx.ROLE_CORE)
        ):
            pass  # "Health and Wellbeing Lead"
        elif word not in lx.ROLE_MODIFIERS:
            break
        j = nxt
    if last_core < 0:
        return None
    core_words = [_lower(t) for t in doc[i:last_core]]
    if core_words == ["executive"] or core_words[-1] == "chief":
        return None
    if len(core_words) == 1 and core_words[0] in _NOT_ALONE:
        return None
    stop = last_core
    # "... of/for <field words>"
    if stop < end and _lower(doc[stop]) in {"of", "for"}:
        k = stop + 1
        if k < end and _lower(doc[k]) == "the":
            k += 1
        field_end = k
        while field_end < end and (
            _lower(doc[field_end]) in lx.DOMAIN_WORDS
            or (doc[field_end].text in {"-", "‐"} and _joined(doc[field_end - 1]))
        ):
            field_end += 1
        if field_end > k and _lower(doc[field_end - 1]) not in {"and", "&", "of", "for", "the"}:
            # "Chief Executive of Voluntary Action Northtown": the words run on into
            # an organisation's name, so "of ..." names the employer, not a field.
            rest = field_end
            while rest < end and _is_cap(doc[rest]):
                rest += 1
            tail = [_lower(t) for t in doc[field_end:rest]]
            runs_into_org = bool(tail) and (
                tail[0] in lx.ORG_HEADS
                or tail[-1] in lx.ORG_HEADS
                or tail[-1] in lx.EXTRA_ORG_HEADS
            )
            if not runs_into_org:
                stop = field_end
        # "Director of Estate Services at Foo Homes": a field ends where "at" begins
        if (
            stop == last_core
            and end - k <= 5
            and end + 1 < len(doc)
            and doc[end].lower_ in {"at", "for", "with"}
            and _is_cap(doc[end + 1])
            and all(_is_cap(t) or _lower(t) in {"and", "&", "of"} for t in doc[k:end])
        ):
            stop = end
    return RoleSpan(doc[i:stop].text, i, stop)


def _role_is_lower_ok(doc, span: RoleSpan) -> bool:
    return any(t.lower_ in lx.ROLE_CORE for t in doc[span.start : span.end])


# ---------------------------------------------------------------- runs


def _name_start_ok(tok: Token, sent_start: int, heading: bool) -> bool:
    if not _is_cap(tok) or tok.ent_type_ in _NON_NAME_ENTS:
        return False
    low = _lower(tok)
    if low in _PRONOUNS or low in _WEEKDAYS_MONTHS:
        return False
    at_start = tok.i == sent_start or (
        tok.i > 0 and tok.doc[tok.i - 1].text in {'"', "“", "‘", "'", "(", "-", "–", "—", ":", "•"}
    )
    if at_start and not heading:
        if tok.pos_ not in _SENTENCE_START_NAMES_OK and not tok.ent_type_:
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and _is_cap(nxt) and _lower(nxt) in lx.STRONG_ORG_HEADS:
                return True
            return low in lx.HONORIFICS
        if tok.is_stop and tok.ent_iob_ != "B":
            return False
    return True


_QUOTES = {"“": "”", '"': '"', "‘": "’"}
_TITLE_NOUNS = vocab.words("title_nouns")
_TITLE_SMALL = vocab.words("title_small_words")


def _titles(doc, sent: Span) -> list[tuple[int, int, str]]:
    """Titles of publications: quoted ("“Mind the Gap: ...”"), or named right
    after a word like "report"/"toolkit" ("the new toolkit, Care Together: A
    Practical Guide to Shared Care Records, produced ...")."""
    out: list[tuple[int, int, str]] = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        close = _QUOTES.get(tok.text)
        if close is not None:
            j = i + 1
            while j < sent.end and doc[j].text != close and j - i < 40:
                j += 1
            if j < sent.end and doc[j].text == close and _title_like(doc, i + 1, j):
                out.append((i + 1, j, "Report"))
                i = j + 1
                continue
        if tok.lower_ in _TITLE_NOUNS and i + 2 < sent.end:
            k = i + 1
            if doc[k].text in {",", ":"}:
                k += 1
            if k < sent.end and _is_cap(doc[k]) and doc[k].ent_type_ != "PERSON":
                j = k
                while j < sent.end and (
                    _is_cap(doc[j]) or doc[j].lower_ in _TITLE_SMALL or doc[j].text[:1].isdigit()
                ):
                    j += 1
                while j > k and doc[j - 1].lower_ in _TITLE_SMALL:
                    j -= 1
                if ":" in doc[k:j].text and _title_like(doc, k, j):
                    out.append((k, j, "Report"))
                    i = j
                    continue
        i += 1
    return out


def _title_like(doc, start: int, end: int) -> bool:
    words = [t for t in doc[start:end] if t.is_alpha]
    if len(words) < 2 or len(words) > 25:
        return False
    caps = sum(1 for t in words if t.text[0].isupper())
    return (
        caps / len(words) >= 0.6
        and sum(1 for t in words if t.ent_type_ == "PERSON") < len(words) / 2
    )


def capital_runs(doc, sent: Span, *, heading: bool = False) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words with the small words names contain."""
    runs: list[tuple[int, int]] = []
    i, end = sent.start, sent.end
    while i < end:
        tok = doc[i]
        if not _name_start_ok(tok, sent.start, heading):
            i += 1
            continue
        j = _hyphen_join(doc, i)
        while j < end:
            t = doc[j]
            low = _lower(t)
            # "Stronger Futures 2023": a year closes a name
            if (
                re.fullmatch(r"(19|20)\d\d", t.text)
                and _is_cap(doc[j - 1])
                and _lower(doc[j - 1]) not in _WEEKDAYS_MONTHS
                and not (j >= 2 and _lower(doc[j - 2]) in _WEEKDAYS_MONTHS)
                and doc[j - 1].ent_type_ not in _NON_NAME_ENTS
                and not doc[j - 1].text.isupper()
                and _lower(doc[j - 1]) not in _NOT_BEFORE_YEAR
            ):
                j += 1
                break
            if t.ent_type_ in _NON_NAME_ENTS and not (
                doc[j - 1].ent_type_ == t.ent_type_ and t.ent_iob_ == "I"
            ):
                break
            if _is_cap(t) and low not in _WEEKDAYS_MONTHS and low != "i":
                j = _hyphen_join(doc, j)
                continue
            if t.text.isupper() and len(t.text) > 1:
                j += 1
                continue
            if t.text in _POSSESSIVE and j + 1 < end and _is_cap(doc[j + 1]):
                left = _lower(doc[j - 1])
                saint = j >= 2 and _lower(doc[j - 2]) in {"st", "saint"}
                if left in _POSSESSIVE_NOUNS or saint:
                    j = _hyphen_join(doc, j + 1)
                    continue
                break
            if low in lx.NAME_CONNECTORS:
                k = j + 1
                if k < end and _lower(doc[k]) == "the" and low != "the":
                    k += 1
                if k < end and _is_cap(doc[k]) and doc[k].ent_type_ not in _NON_NAME_ENTS:
                    j = _hyphen_join(doc, k)
                    continue
            if t.text in {"-", "‐"} and _joined(doc[j - 1]) and j + 1 < end and _is_cap(doc[j + 1]):
                j = _hyphen_join(doc, j + 1)
                continue
            break
        runs.append((i, j))
        i = j
    return runs


def _head_kind(word: str) -> tuple[str | None, int]:
    """The entity type a name ending in `word` suggests, and how strongly."""
    if word in lx.VENUE_HEADS:
        return "Place", 2
    if word in lx.EXTRA_ORG_HEADS:
        return "Organisation", 2
    if word in lx.STRONG_ORG_HEADS:
        return "Organisation", 3
    if word in lx.STRONG_EVENT_HEADS:
        return "Event", 3
    if word in lx.STRONG_PROJECT_HEADS:
        return "Project", 3
    if word in lx.STRONG_REPORT_HEADS:
        return "Report", 3
    if word in lx.ORG_HEADS:
        return "Organisation", 1
    if word in lx.EVENT_HEADS:
        return "Event", 1
    if word in lx.PROJECT_HEADS:
        return "Project", 1
    if word in lx.REPORT_HEADS:
        return "Report", 1
    return None, 0


def _ent_id(tok: Token) -> int | None:
    """An id of the recogniser's entity the token is in (its first token's index)."""
    if not tok.ent_type_:
        return None
    k = tok.i
    while k > 0 and tok.doc[k].ent_iob_ == "I":
        k -= 1
    return k


def split_run(doc, start: int, end: int, *, heading: bool = False) -> list[tuple[int, int]]:
    """Cut a capitalised run where one name ends and another begins.

    Cuts at "and"/"in"/"on" unless the words after them end in a word like
    Symposium or Council that makes the whole run one name ("Health and Social
    Care Symposium"); at "of"/"for" only where the recogniser saw two entities
    ("Jane Doe of Foo Trust").
    """
    pieces: list[tuple[int, int]] = []
    atoms: list[tuple[int, int, str | None]] = []  # (start, end, connector before)
    i = start
    connector = None
    atom_start = start
    while i < end:
        low = _lower(doc[i])
        if low in lx.NAME_CONNECTORS and i > atom_start and not _is_cap(doc[i]):
            atoms.append((atom_start, i, connector))
            connector = low
            i += 1
            if low != "the" and i < end and _lower(doc[i]) == "the" and not _is_cap(doc[i]):
                i += 1
                connector = low + " the"
            atom_start = i
            continue
        i += 1
    atoms.append((atom_start, end, connector))
    cur_start, cur_end = atoms[0][0], atoms[0][1]
    run_kind = _head_kind(_lower(doc[end - 1]))[0]
    for a_start, a_end, conn in atoms[1:]:
        left_ent = _ent_id(doc[cur_end - 1])
        right_ent = _ent_id(doc[a_start])
        same_ent = left_ent is not None and left_ent == right_ent
        different_ents = (
            left_ent is not None
            and right_ent is not None
            and left_ent != right_ent
            and doc[cur_end - 1].ent_type_ in {"PERSON", "ORG", "GPE"}
        )
        if conn.split()[0] in {"of", "for", "the", "upon", "de"}:
            join = not different_ents and not (
                doc[cur_end - 1].ent_type_ == "PERSON" and not same_ent
            )
        else:
            left_kind = _head_kind(_lower(doc[cur_end - 1]))[0]
            left_words = a_start - cur_start  # rough: the tokens joined so far
            left_atom = [
                t for t in doc[_atom_start(atoms, cur_end) : cur_end] if t.text not in {"-", "‐"}
            ]
            join = (
                not conn.endswith(" the")
                and doc[cur_end - 1].ent_type_ != "PERSON"
                and doc[a_start].ent_type_ not in {"GPE", "LOC", "PERSON"}
                and len(left_atom) <= 2
                and left_words > 0
            ) and (
                same_ent
                or (
                    run_kind is not None
                    and left_kind is None
                    and doc[cur_end - 1].ent_type_ not in {"PERSON", "GPE"}
                    and not different_ents
                )
            )
        if join:
            cur_end = a_end
        else:
            pieces.append((cur_start, cur_end))
            cur_start, cur_end = a_start, a_end
    pieces.append((cur_start, cur_end))
    out: list[tuple[int, int]] = []
    for p_start, p_end in pieces:
        for s, e in _split_after_head(doc, p_start, p_end, heading=heading):
            out.extend(_split_place_prefix(doc, s, e))
    return out


def _split_place_prefix(doc, start: int, end: int) -> list[tuple[int, int]]:
    """'UK Futures in Arts and Culture Symposium' -> the place, then the event."""
    first = doc[start]
    if (
        end - start >= 3
        and first.ent_type_ in {"GPE", "LOC"}
        and first.text.isupper()
        and doc[start + 1].ent_type_ not in {"GPE", "LOC"}
        and _head_kind(_lower(doc[end - 1]))[0] in {"Event", "Project"}
    ):
        return [(start, start + 1), (start + 1, end)]
    return [(start, end)]


def _atom_start(atoms: list[tuple[int, int, str | None]], end: int) -> int:
    for a_start, a_end, _ in atoms:
        if a_end == end:
            return a_start
    return end - 1


def _split_after_head(doc, start: int, end: int, *, heading: bool) -> list[tuple[int, int]]:
    """'Bright Futures Project Launched' -> the name, then the verb."""
    for k in range(start + 1, end - 0):
        if k >= end:
            break
        prev = _lower(doc[k - 1])
        if _head_kind(prev)[0] is None or k - start < 2:
            continue
        word = doc[k]
        low = _lower(word)
        if word.pos_ in {"VERB", "AUX"} or (
            heading
            and low.endswith(("ed", "es"))
            and _head_kind(low)[0] is None
            and word.ent_type_ == ""
        ):
            rest = [(k, end)] if _is_cap(doc[k]) else []
            return [(start, k), *_drop_verbs(doc, rest, heading=heading)]
    return [(start, end)]


def _drop_verbs(doc, pieces: list[tuple[int, int]], *, heading: bool) -> list[tuple[int, int]]:
    out = []
    for s, e in pieces:
        while s < e and (doc[s].pos_ == "AUX" or (heading and _lower(doc[s]).endswith("ed"))):
            s += 1
        if s < e:
            out.append((s, e))
    return out


# ---------------------------------------------------------------- votes


def _ner_votes(doc, start: int, end: int) -> tuple[str | None, Counter]:
    votes: Counter = Counter()
    labels = [t.ent_type_ for t in doc[start:end] if t.ent_type_]
    if not labels:
        return None, votes
    label, count = Counter(labels).most_common(1)[0]
    if count * 2 < (end - start) or (label in {"GPE", "LOC", "PERSON"} and count < end - start):
        return label, votes
    weight = {"PERSON": ("Person", 2), "ORG": ("Organisation", 2), "GPE": ("Place", 3),
              "LOC": ("Place", 3), "FAC": ("Place", 1), "EVENT": ("Event", 2),
              "WORK_OF_ART": ("Report", 1), "LAW": ("Report", 1), "NORP": (None, 0),
              "PRODUCT": ("Project", 1)}.get(label, (None, 0))  # fmt: skip
    if weight[0]:
        votes[weight[0]] += weight[1]
    return label, votes


def _name_votes(words: list[str]) -> Counter:
    votes: Counter = Counter()
    if not words:
        return votes
    if any(w in _LEGAL_FORMS for w in words):
        votes["Organisation"] += 5
    kind, weight = _head_kind(words[-1])
    if kind and (len(words) > 1 or words[-1].isupper()):
        votes[kind] += weight
    if len(words) > 1 and words[0] in {"launch"} and "of" in words:
        votes["Event"] += 3
    return votes


# ---------------------------------------------------------------- the finder


@dataclass
class SentenceMentions:
    mentions: list[Mention]
    roles: list[RoleSpan]


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
) -> SentenceMentions:
    """The mentions and role phrases of one sentence, with their local type votes."""
    mentions: list[Mention] = []
    roles: list[RoleSpan] = []
    titled = _titles(doc, sent)
    for t_start, t_end, kind in titled:
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
        )
        if mentions and mentions[-1].start == t_start:
            mentions[-1].votes[kind] += 4
    claimed = {i for s_, e_, _ in titled for i in range(s_, e_)}
    for run_start, run_end in capital_runs(doc, sent, heading=heading):
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
            and not _is_cap(doc[i])
            and _lower(doc[i]) in lx.ROLE_MODIFIERS | lx.ROLE_CORE
        ):
            span = role_at(doc, i, sent.end)
            if span and _role_is_lower_ok(doc, span) and _next_to_name(doc, span, mentions):
                roles.append(span)
                i = span.end
                continue
        i += 1
    roles.sort(key=lambda r: r.start)
    _context_votes(doc, sent, mentions, roles)
    for n, m in enumerate(mentions):
        m.id = next_id + n
    if known_names:
        _known_votes(mentions, known_names)
    return SentenceMentions(mentions, roles)


def _next_to_name(doc, span: RoleSpan, mentions: list[Mention]) -> bool:
    for m in mentions:
        if m.start == span.end or m.end == span.start:
            return True
        if m.end + 1 == span.start and doc[m.end].text in {",", "(", "–", "—", "-"}:
            return True
        gap = [t.lower_ for t in doc[m.end : span.start]]
        skippable = {",", "(", "a", "an", "the", "former", "our", "its", "new", "interim", "acting"}
        if gap and gap[0] in {",", "("} and all(w in skippable for w in gap):
            return True
        if span.end + 1 == m.start and doc[span.end].text == ",":
            return True
    # "Foo Trust's chief executive"
    return span.start >= 2 and doc[span.start - 1].text in _POSSESSIVE


def _segment_run(doc, sent, start, end, mentions, roles, block, section, sent_no, heading) -> None:
    i = start
    piece_start = start
    title: str | None = None
    pending: list[tuple[int, int, str | None, bool]] = []  # (start, end, title, after_role)
    after_role = False
    while i < end:
        low = _lower(doc[i])
        if low in lx.HONORIFICS and i + 1 < end and _is_cap(doc[i + 1]) and low not in {"father"}:
            if piece_start < i:
                pending.append((piece_start, i, title, after_role))
            # "Rt Hon", "The Rt Hon"
            j = i + 1
            while j < end and _lower(doc[j]) in {"hon", "rt", "honourable", "right"}:
                j += 1
            title = lx.HONORIFIC_FORMS.get(low, doc[i].text.rstrip("."))
            piece_start = j
            i = j
            after_role = False
            continue
        if low in lx.ROLE_CORE or low in lx.ROLE_MODIFIERS:
            span = role_at(doc, i, end)
            if span and _role_here_ok(doc, span, start, end, piece_start):
                name_end = i
                # "Northtown Council Leader Jane Doe": the council keeps its head word.
                if piece_start < i and _head_kind(low)[0] == "Organisation" and span.end - i > 1:
                    name_end = i + 1
                if piece_start < name_end:
                    pending.append((piece_start, name_end, title, after_role))
                title = None
                span = _trim_role_before_name(doc, span, end)
                roles.append(span)
                piece_start = span.end
                i = span.end
                # "Chief Executive of Bramble Works": what follows "of" is the employer
                after_role = span.end < end and _lower(doc[span.end]) not in {
                    "of",
                    "at",
                    "for",
                    "from",
                    "in",
                }
                continue
        i = _hyphen_join(doc, i)
    if piece_start < end:
        pending.append((piece_start, end, title, after_role))
    for p_start, p_end, p_title, p_after_role in pending:
        parts = split_run(doc, p_start, p_end, heading=heading)
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


def _role_here_ok(doc, span: RoleSpan, run_start: int, run_end: int, piece_start: int) -> bool:
    """A role word inside a capitalised run is a role only if a name follows it
    or it stands apart from other names (run start, after a comma or possessive)."""
    if span.end < run_end:
        return True
    if span.start == run_start:
        before = doc[span.start - 1].text if span.start > 0 else ""
        return (
            before in {",", "(", "–", "—", "-", "as", "our", "their", "the", "new", "its"}
            or before in _POSSESSIVE
            or doc[span.start - 1].lower_
            in {"as", "our", "their", "the", "new", "its", "former", "interim", "a", "an"}
        )
    return False


def _trim_role_before_name(doc, span: RoleSpan, run_end: int) -> RoleSpan:
    """'Director of Housing Services Amy Roe': leave the person their name.

    When a field ("of ...") runs to the end of the capitalised run, the
    recogniser's PERSON entity, or else the last two words, are the name.
    """
    if span.end < run_end:
        return span
    k = span.start
    while k < span.end and _lower(doc[k]) not in {"of", "for"}:
        k += 1
    if k >= span.end:
        return span
    for j in range(k + 1, span.end):
        if doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B":
            return RoleSpan(doc[span.start : j].text, span.start, j)
    words_after_of = span.end - (k + 1)
    if words_after_of >= 3:
        cut = span.end - 2
        return RoleSpan(doc[span.start : cut].text, span.start, cut)
    return span


def _add_mention(
    doc, start, end, mentions, block, section, sent_no, *, title, person_hint, heading
):
    surface_start = start
    # Drop a leading article and trailing possessive or punctuation.
    while start < end and (
        _lower(doc[start]) in lx.ARTICLES
        or _lower(doc[start]) in {"of", "and", "for", "in", "on", "&", "at"}
        or doc[start].text in {"-", "‐", "'", "’"}
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in _POSSESSIVE
        or doc[end - 1].text in {"-", ",", "&"}
        or _lower(doc[end - 1]) in lx.NAME_CONNECTORS
    ):
        end -= 1
    if start >= end:
        return
    text = doc[start:end].text
    words = [_lower(t) for t in doc[start:end] if t.text not in {"-", "‐"}]
    # Post-nominals belong to no name: "Jane Doe MP"
    while len(words) > 1 and words[-1] in lx.POST_NOMINALS and doc[end - 1].text.isupper():
        end -= 1
        words.pop()
        text = doc[start:end].text
    if not words:
        return
    if len(words) == 1 and (
        words[0] in _GENERIC_SINGLE
        or len(words[0]) < 2
        or words[0] in lx.EVENT_HEADS | lx.PROJECT_HEADS | lx.REPORT_HEADS | lx.STRONG_ORG_HEADS
    ):
        return
    ner, votes = _ner_votes(doc, start, end)
    votes.update(_name_votes(words))
    if len(words) >= 2 and re.fullmatch(r"(19|20)\d\d", words[-1]):
        votes["Event"] += 3
    if title:
        votes["Person"] += 5
    elif person_hint:
        votes["Person"] += 4
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
        )
    )


def _tidy(text: str) -> str:
    text = re.sub(r"\s*([-‐])\s*", r"\1", text)
    text = text.replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


_SPEAKING_VERBS = vocab.words("speaking_verbs")


def _context_votes(doc, sent, mentions: list[Mention], roles: list[RoleSpan]) -> None:
    role_ends = {r.end: r for r in roles}
    role_starts = {r.start: r for r in roles}
    for m in mentions:
        before = doc[m.start - 1] if m.start > sent.start else None
        after = doc[m.end] if m.end < sent.end else None
        after2 = doc[m.end + 1] if m.end + 1 < sent.end else None
        if m.start in role_ends:
            m.votes["Person"] += 4
        # "X's Director of ..."
        if (
            after is not None
            and after.text in _POSSESSIVE
            and after2 is not None
            and (after2.i in role_starts)
        ):
            m.votes["Organisation"] += 4
        # "X Leader Jane Doe": a name right before a role that precedes another name
        if m.end in role_starts and any(o.start == role_starts[m.end].end for o in mentions):
            m.votes["Organisation"] += 3
        # "Jane Doe, Director of ..."
        if after is not None and after.text in {",", "("} and m.end + 1 in role_starts:
            m.votes["Person"] += 3
        if before is not None and before.lower_ == "by" and m.start >= 2:
            verb = doc[m.start - 2].lower_
            if verb in _BY_FUNDER:
                m.votes["Organisation"] += 2
            elif verb in _BY_ORGANISER:
                m.votes["Organisation"] += 1
        # "a hub in Northtown": one word after "in" is a place unless shown otherwise
        if (
            before is not None
            and before.lower_ in {"in", "across", "around", "throughout"}
            and m.end - m.start == 1
            and not any(k in m.votes for k in ("Event", "Project", "Report"))
            and _head_kind(_lower(doc[m.start]))[0] is None
        ):
            m.votes["Place"] += 3
        if (
            after is not None
            and after.lower_ in _SPEAKING_VERBS
            and not m.votes.get("Organisation")
        ):
            m.votes["Person"] += 1
        if (
            after is not None
            and after.text == ","
            and after2 is not None
            and after2.lower_ == "who"
        ):
            m.votes["Person"] += 1
        if (
            before is not None
            and before.lower_ in {"based", "in", "across", "throughout"}
            and m.ner in {"GPE", "LOC"}
        ):
            m.votes["Place"] += 1
        # "Jane Doe of/from X", "Chief Executive of X": X is where someone works
        works_at = before is not None and before.lower_ in {"of", "from", "at"} and m.start >= 2
        if works_at and (
            (m.start - 1) in role_ends
            or any(o.end == m.start - 1 and o.votes.get("Person", 0) >= 2 for o in mentions)
        ):
            m.votes["Organisation"] += 2
        # "the Northtown Hubs pilot", "its Doing Good Together series"
        if after is not None and after.lower_ in _TYPE_NOUNS and not _is_cap(after):
            m.votes[_TYPE_NOUNS[after.lower_]] += 4
        # "a new programme, Linked Up,", "our annual gathering, Summer Makers Day"
        if (
            before is not None
            and before.text == ","
            and m.start >= 2
            and doc[m.start - 2].lower_ in _TYPE_NOUNS
        ):
            m.votes[_TYPE_NOUNS[doc[m.start - 2].lower_]] += 4
        # "Fresh Start, a school-based programme delivered by ..."
        if after is not None and after.text == "," and m.end + 1 < sent.end:
            nxt = doc[m.end + 1]
            if nxt.lower_ in {"a", "an", "the", "our", "its"}:
                for t in doc[m.end + 2 : min(m.end + 7, sent.end)]:
                    if t.lower_ in _TYPE_NOUNS:
                        m.votes[_TYPE_NOUNS[t.lower_]] += 3
                        break
                    if t.text in {",", "."} or t.pos_ in {"VERB", "AUX"}:
                        break
        if before is not None and before.lower_ in _TYPE_NOUNS and not _is_cap(before):
            m.votes[_TYPE_NOUNS[before.lower_]] += 2
        # "returns to the Old Hall", "at Market Hall": a venue
        if (
            m.votes.get("Place")
            and _head_kind(_lower(doc[m.end - 1]))[0] == "Place"
            and any(
                t.lower_ in {"at", "to", "in"} for t in doc[max(m.start - 2, sent.start) : m.start]
            )
        ):
            m.votes["Place"] += 2
    # In a list ("in Ayton, Beeford, Cowton and Dalby") the items share a type.
    _list_votes(doc, sent, mentions)


_TYPE_NOUNS = vocab.table("type_nouns")


def _list_votes(doc, sent, mentions: list[Mention]) -> None:
    groups: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if groups:
            last = groups[-1][-1]
            between = [t.lower_ for t in doc[last.end : m.start]]
            if between and all(w in {",", "and", "&", "the"} for w in between):
                groups[-1].append(m)
                continue
        groups.append([m])
    for g in groups:
        lead = [t.lower_ for t in doc[max(sent.start, g[0].start - 3) : g[0].start]]
        if any(w in _ORG_LIST_NOUNS for w in lead):
            for m in g:
                if not m.title:
                    m.votes["Organisation"] += 3
        if len(g) < 3:
            continue
        places = sum(1 for m in g if m.ner in {"GPE", "LOC"})
        if places * 2 >= len(g):
            for m in g:
                m.votes["Place"] += 3


def _known_votes(mentions: list[Mention], known_names: dict[str, str]) -> None:
    from collabgraph.model.names import name_key

    for m in mentions:
        for key in (name_key(m.text), name_key(m.text, "Organisation"), name_key(m.text, "Person")):
            kind = known_names.get(key)
            if kind:
                m.votes[kind] += 10
                break
