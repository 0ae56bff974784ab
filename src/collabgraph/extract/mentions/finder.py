"""The mentions and job titles of one sentence: runs of capitals cut at
honorifics, roles and possessives, each mention with its type votes.
"""

from __future__ import annotations

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.add import add_mention
from collabgraph.extract.mentions.context_votes import context_votes
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.kinds import award_category
from collabgraph.extract.mentions.list_items import item_names
from collabgraph.extract.mentions.mention import Mention, RoleSpan, SentenceMentions
from collabgraph.extract.mentions.name_starts import cut_stray_words
from collabgraph.extract.mentions.post_bodies import acronym_board_post
from collabgraph.extract.mentions.programme_votes import programme_votes
from collabgraph.extract.mentions.publications import publication_titles
from collabgraph.extract.mentions.results_rows import result_line_names
from collabgraph.extract.mentions.roles import (
    fields_after_roles,
    next_to_name,
    role_at,
    role_here_ok,
    role_is_lower_ok,
    trim_role_before_name,
)
from collabgraph.extract.mentions.runs import capital_runs
from collabgraph.extract.mentions.shape import (
    acronyms_in_brackets,
    after_former_name_words,
)
from collabgraph.extract.mentions.split import split_run
from collabgraph.extract.mentions.styles import (
    affiliation_before_style,
    body_named_after,
    holder_after_post_body,
    is_style,
    office_at,
    person_then_employer,
)
from collabgraph.extract.mentions.tokens import POSSESSIVE, hyphen_join, is_cap, lower_word
from collabgraph.extract.mentions.typed_names import typed_names
from collabgraph.extract.mentions.votes import known_votes

_ROLE_OPENERS = {",", "–", "—", "(", ":"}
_AFTER_ROLE = {"of", "at", "for", "from", "the"}


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
    list_item: bool = False,
) -> SentenceMentions:
    """The mentions and role phrases of one sentence, with their local type votes.

    `known_names`: name key -> type of entities the graph holds; `seen_names`:
    opening words of names met elsewhere in the document (`memory.names_seen`);
    `list_item`: the sentence is an item of a list of bodies (`list_items.py`).
    """
    mentions: list[Mention] = []
    roles: list[RoleSpan] = []
    titled = publication_titles(doc, sent)
    quoted = {i for s_, e_, _ in titled for i in range(s_, e_)}
    titled += [t for t in typed_names(doc, sent) if not quoted & set(range(t[0], t[1]))]
    for t_start, t_end, kind in titled:
        if kind is None:
            continue
        add_mention(
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
            m = mentions[-1]
            if kind:
                m.votes[kind] += 4
            elif m.ner_vote:
                m.votes[m.ner_vote[0]] -= m.ner_vote[1]  # a song is no "WORK_OF_ART" report
    claimed = {i for s_, e_, _ in titled for i in range(s_, e_)}

    def add_result_name(start: int, end: int) -> Mention | None:
        before = len(mentions)
        add_mention(
            doc, start, end, mentions, block, section, sent_no,
            title=None, person_hint=False, heading=heading, quoted=True,
        )  # fmt: skip
        return mentions[-1] if len(mentions) > before else None

    claimed |= result_line_names(doc, sent, add_result_name)
    for run_start, run_end in capital_runs(doc, sent, heading=heading, seen=seen_names):
        if run_start in claimed or run_end - 1 in claimed:
            continue
        if any(r.start < run_start < r.end for r in roles):
            continue  # "– North & West" in "Director of Wales – North & West at Foo"
        _segment_run(
            doc,
            sent,
            run_start,
            run_end,
            mentions,
            roles,
            block,
            section,
            sent_no,
            heading,
            seen_names,
        )
    # Lower-case roles next to a name: "Jane Doe, chief executive of ...", and roles
    # only their first word capitalised: "Jane Doe – Non-executive member".
    taken = {i for r in roles for i in range(r.start, r.end)} | {
        i for m in mentions for i in range(m.start, m.end)
    }
    i = sent.start
    while i < sent.end:
        if (
            i not in taken
            and (
                not is_cap(doc[i])
                or i == sent.start
                or doc[i - 1].text in _ROLE_OPENERS
                or doc[i - 1].text in POSSESSIVE  # "Foo Council's Cabinet member for ..."
            )
            and lower_word(doc[i]) in lx.ROLE_MODIFIERS | lx.ROLE_CORE
        ):
            span = role_at(doc, i, sent.end)
            if span and is_cap(doc[i]) and i != sent.start and not _mixed_case(doc, span):
                span = None  # ", Professor Jane Doe": capitalised alone is read with the names
            if span and role_is_lower_ok(doc, span) and next_to_name(doc, span, mentions):
                roles.append(span)
                i = span.end
                continue
        i += 1
    roles.sort(key=lambda r: r.start)
    mentions = fields_after_roles(doc, mentions, roles)
    context_votes(doc, sent, mentions, roles)
    programme_votes(doc, sent, mentions)
    for m in mentions:
        # "St Aidan's", "St Mary's Hospice": a saint's name is a body or a place
        if lower_word(doc[m.start]) in {"st", "saint"} and m.end - m.start > 1:
            m.votes.pop("Person", None)
    if list_item:
        item_names(doc, sent, mentions, add_result_name)
    for n, m in enumerate(mentions):
        m.id = next_id + n
    acronyms_in_brackets(doc, mentions)
    for m in mentions:
        m.former_name = after_former_name_words(doc, m.start, sent.start)
        m.possessive_after = m.end < sent.end and doc[m.end].text in POSSESSIVE
        m.possessive_alone = m.possessive_after and _owns_nothing(doc, m.end + 1, sent.end)
    if known_names:
        known_votes(mentions, known_names)
    return SentenceMentions(mentions, roles)


def _segment_run(
    doc, sent, start, end, mentions, roles, block, section, sent_no, heading, seen
) -> None:
    i = start
    piece_start = start
    title: str | None = None
    pending: list[tuple[int, int, str | None, bool]] = []  # (start, end, title, after_role)
    after_role = False
    while i < end:
        low = lower_word(doc[i])
        if is_style(doc, i, end) and not body_named_after(doc, i + 1, end):
            if piece_start < i and not affiliation_before_style(doc, piece_start, i):
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
            span = office_at(doc, i, end) if low in lx.HONORIFICS else role_at(doc, i, end)
            if span and _first_name(doc, span):
                span = None  # "Dean Sturridge": a first name, not a dean
            if span and (
                role_here_ok(doc, span, start, end, piece_start)
                or _area_of_role(doc, span, end, piece_start)
            ):
                name_end = i
                # "Northtown Council Leader Jane Doe": the council keeps its head word.
                # Not a head joined to the next role word
                # ("Dalby Police, Fire and Crime Commissioner").
                # "Orrin District Council Leader Jane Doe": up to its last head word.
                for k in range(i, span.end - 1):
                    if (
                        piece_start < i
                        and head_kind(lower_word(doc[k]))[0] == "Organisation"
                        and lower_word(doc[k + 1]) not in {"and", "&"}
                        and not (k == i and acronym_board_post(doc, piece_start, span))
                    ):
                        name_end = k + 1
                if piece_start < name_end:
                    pending.append((piece_start, name_end, title, after_role))
                title = None
                if name_end > i + 1:  # the role starts after the body's head word
                    span = RoleSpan(doc[name_end : span.end].text, name_end, span.end)
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
                # the employer's name starts after "of" ("of Dorset and Wiltshire NHS ...")
                while piece_start < end and lower_word(doc[piece_start]) in _AFTER_ROLE:
                    piece_start += 1
                continue
        i = hyphen_join(doc, i)
    if piece_start < end:
        pending.append((piece_start, end, title, after_role))
    for p_start, p_end, p_title, p_after_role in pending:
        if award_category(doc, p_start, p_end, [lower_word(t) for t in doc[p_start:p_end]]):
            continue  # "Dalby Partnership of the Year Award": whole, a category, not a body
        parts = split_run(doc, p_start, p_end, heading=heading, seen=seen)
        if p_title is not None or p_after_role:
            parts = person_then_employer(doc, parts)
        holder = None
        post = _post_before_of(doc, p_start, roles)
        if post is not None:
            split = holder_after_post_body(doc, parts)
            if len(split) > len(parts):
                holder = split[-1]
                parts = split
                if len(parts) == 2 and _portfolio(doc, *parts[0]):
                    # "Minister for Loneliness": the words name the post, not a body
                    roles[post] = RoleSpan(
                        doc[roles[post].start : parts[0][1]].text, roles[post].start, parts[0][1]
                    )
                    parts = parts[1:]
        parts, cut = cut_stray_words(doc, parts)  # "MP for Kelby North Ewan Marsh"
        for n, (s, e) in enumerate(parts):
            add_mention(
                doc,
                s,
                e,
                mentions,
                block,
                section,
                sent_no,
                title=p_title if n == 0 else None,
                person_hint=((p_title is not None or p_after_role) and n == 0)
                or (s, e) == holder
                or (s, e) in cut,
                heading=heading,
            )


def _post_before_of(doc, start: int, roles: list[RoleSpan]) -> int | None:
    """The index in `roles` of the job title doc[start] follows with "of"/"for"
    ("Mayor of | Dalby"); None when it follows none or its holder is named before it."""
    k = start - 1
    while k >= 0 and lower_word(doc[k]) in _AFTER_ROLE - {"of", "for"}:
        k -= 1
    if k < 1 or lower_word(doc[k]) not in {"of", "for"}:
        return None
    post = next((n for n, r in enumerate(roles) if r.end == k), None)
    if (
        post is not None
        and roles[post].start > 0
        and doc[roles[post].start - 1].text in _ROLE_OPENERS
    ):
        return None  # "Amy Roe, Chief Executive of ...": the post's holder is named before it
    return post


def _portfolio(doc, start: int, end: int) -> bool:
    """'Loneliness' in "Minister for Loneliness": one or two words after a post and
    "for"/"of" that no head word, place or recogniser's entity makes a body (an
    entity it reads on into the post-holder's name is no evidence)."""
    words = doc[start:end]
    read_on = end < len(doc) and doc[end].ent_iob_ == "I"
    return (
        len(words) <= 2
        and not any(head_kind(lower_word(t))[0] for t in words)
        and (read_on or not any(t.ent_type_ for t in words))
        and not is_uk_place(words.text)
    )


def _owns_nothing(doc, k: int, end: int) -> bool:
    """After a name's "'s" at k - 1: no noun for it to own, the sentence's end, a
    comma, "and" or a verb ("Orley's, Kelby Aid and ...", "Orley's held ...")."""
    return k >= end or doc[k].is_punct or doc[k].pos_ in {"CCONJ", "VERB", "AUX"}


def _mixed_case(doc, span: RoleSpan) -> bool:
    """ "Non-executive member": a role whose later words are in lower case."""
    return any(t.is_alpha and t.is_lower for t in doc[span.start + 1 : span.end])


def _area_of_role(doc, span: RoleSpan, run_end: int, piece_start: int) -> bool:
    """'a former Dorset Police, Fire and Crime Commissioner': a place, then a role that
    ends the run; the place is the area the role covers."""
    return (
        span.end == run_end
        and piece_start < span.start
        and span.end - span.start > 1
        and is_uk_place(doc[piece_start : span.start].text)
    )


def _first_name(doc, span: RoleSpan) -> bool:
    """A one-word job title the recogniser reads as the first word of a person's
    name ("Dean Sturridge", "Bishop Jane Doe" is a style, not this)."""
    tok = doc[span.start]
    nxt = doc[span.start + 1] if span.start + 1 < len(doc) else None
    return (
        span.end - span.start == 1
        and tok.ent_type_ == "PERSON"
        and tok.ent_iob_ == "B"
        and nxt is not None
        and nxt.ent_iob_ == "I"
    )
