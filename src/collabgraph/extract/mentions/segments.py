"""A run of capitals cut into names at styles and job titles: "Northtown Council
Leader Jane Doe" is a body, a post and a person; "Mayor of Dalby Amy Roe" a post,
its area and its holder; "Minister for Loneliness" one post.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.mentions.add import add_mention
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.kinds import award_category
from collabgraph.extract.mentions.mention import RoleSpan
from collabgraph.extract.mentions.name_starts import cut_stray_words
from collabgraph.extract.mentions.person_runs import person_before_body
from collabgraph.extract.mentions.post_bodies import acronym_board_post
from collabgraph.extract.mentions.role_fit import role_here_ok, trim_role_before_name
from collabgraph.extract.mentions.roles import in_residence, role_at
from collabgraph.extract.mentions.run_words import office_programme_end
from collabgraph.extract.mentions.split import split_run
from collabgraph.extract.mentions.styles import (
    affiliation_before_style,
    body_named_after,
    holder_after_post_body,
    is_style,
    office_at,
    person_then_employer,
)
from collabgraph.extract.mentions.tokens import hyphen_join, is_cap, lower_word, lower_words

ROLE_OPENERS = {",", "–", "—", "(", ":"}
"""What opens a job title after its holder's name: "Amy Roe, Chief Executive"."""
_AFTER_ROLE = {"of", "at", "for", "from", "the"}
_BETWEEN_POST_AND_OF = _AFTER_ROLE - {"of", "for"}
_POST_QUALIFIERS = vocab.words("role_qualifiers")
EMPLOYER_VOTE = 4
"""For the body named right after a post whose holder was named before it."""


def segment_run(
    doc, sent, start, end, mentions, roles, block, section, sent_no, heading, seen
) -> None:
    """Cut the run of capitals doc[start:end] at styles ("Cllr", "Rt Hon") and job
    titles into names, adding a mention for each to `mentions` and each job title
    to `roles`: "Northtown Council Leader Jane Doe" gives the mentions "Northtown
    Council" and "Jane Doe" and the role "Leader"; "Cllr Jane Doe" the mention
    "Jane Doe" with the title "Cllr"."""
    i = start
    piece_start = start
    title: str | None = None
    pending: list[tuple[int, int, str | None, bool]] = []  # (start, end, title, after_role)
    after_role = False
    employers: set[int] = set()
    lows = lower_words(doc)
    while i < end:
        low = lows[i]
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
        # "Lord-Lieutenant", "Chair-Elect": a post written with a hyphen
        word_end = hyphen_join(doc, i)
        hyphened = "".join(lower_forms(doc)[i:word_end])
        if programme_end := office_programme_end(doc, i + 1, end):
            i = programme_end  # "the Commissioner's Kelby Lanes Fund"
            continue
        if (
            low in lx.ROLE_CORE
            or hyphened in lx.ROLE_CORE
            or low in lx.ROLE_MODIFIERS
            or low in lx.HONORIFICS
            or in_residence(doc, i, len(doc)) is not None  # "Writer in Residence"
        ):
            span = (
                office_at(doc, i, end)
                if low in lx.HONORIFICS and (hyphened == low or hyphened not in lx.ROLE_CORE)
                else role_at(doc, i, end)
            )
            if span is None and hyphened in lx.ROLE_CORE:
                span = role_at(doc, i, end)  # "Professor of Biology at Foo": a post, no style
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
                if piece_start < name_end and not _post_time_words(doc, piece_start, name_end):
                    pending.append((piece_start, name_end, title, after_role))
                title = None
                if name_end > i + 1:  # the role starts after the body's head word
                    span = RoleSpan(doc[name_end : span.end].text, name_end, span.end)
                span = trim_role_before_name(doc, span, end)
                roles.append(span)
                piece_start = span.end
                i = span.end
                # "Amy Roe, Senior Manager Dalby Health Centre": the holder is named
                # before the post, the body after it is where it is held
                if employer_after_holder(doc, span, end):
                    employers.add(span.end)
                # "Chief Executive of Bramble Works": what follows "of" is the employer
                after_role = (
                    span.end not in employers
                    and span.end < end
                    and lower_word(doc[span.end])
                    not in {
                        "of",
                        "at",
                        "for",
                        "from",
                        "in",
                    }
                )
                # the employer's name starts after "of" ("of Dorset and Wiltshire NHS ...")
                while piece_start < end and lower_word(doc[piece_start]) in _AFTER_ROLE:
                    piece_start += 1
                continue
        i = word_end
    if piece_start < end:
        pending.append((piece_start, end, title, after_role))
    for p_start, p_end, p_title, p_after_role in pending:
        if award_category(doc, p_start, p_end, lower_words(doc)[p_start:p_end]):
            continue  # "Dalby Partnership of the Year Award": whole, a category, not a body
        parts = split_run(doc, p_start, p_end, heading=heading, seen=seen)
        if p_title is not None or p_after_role:
            parts = person_then_employer(doc, parts)
        holder = None
        post = _post_before_of(doc, p_start, roles)
        if post is not None or _post_opens_sentence(doc, sent, p_start):
            split = holder_after_post_body(doc, parts)
            if len(split) > len(parts):
                holder = split[-1]
                parts = split
                if post is not None and len(parts) == 2 and _portfolio(doc, *parts[0]):
                    # "Minister for Loneliness": the words name the post, not a body
                    roles[post] = RoleSpan(
                        doc[roles[post].start : parts[0][1]].text, roles[post].start, parts[0][1]
                    )
                    parts = parts[1:]
        parts, cut = cut_stray_words(doc, parts)  # "MP for Kelby North Ewan Marsh"
        for n, (s, e) in enumerate(parts):
            before = len(mentions)
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
                or (s, e) in cut
                or (n == 0 and person_before_body(doc, parts)),
                heading=heading,
            )
            if n == 0 and p_start in employers and len(mentions) > before:
                mentions[-1].votes["Organisation"] += EMPLOYER_VOTE


def _post_before_of(doc, start: int, roles: list[RoleSpan]) -> int | None:
    """The index in `roles` of the job title doc[start] follows with "of"/"for"
    ("Mayor of | Dalby"); None when it follows none or its holder is named before it."""
    k = start - 1
    while k >= 0 and lower_word(doc[k]) in _BETWEEN_POST_AND_OF:
        k -= 1
    if k < 1 or lower_word(doc[k]) not in {"of", "for"}:
        return None
    post = next((n for n, r in enumerate(roles) if r.end == k), None)
    if (
        post is not None
        and roles[post].start > 0
        and doc[roles[post].start - 1].text in ROLE_OPENERS
    ):
        return None  # "Amy Roe, Chief Executive of ...": the post's holder is named before it
    return post


def _post_time_words(doc, start: int, end: int) -> bool:
    """'Incoming', 'Outgoing' before "Chair of Trustees Jane Doe": words that say
    when a post is held (vocab/role_qualifiers.txt), capitalised at a sentence's
    start; no body's name."""
    return all(lower_word(t) in _POST_QUALIFIERS for t in doc[start:end])


def _post_opens_sentence(doc, sent, start: int) -> bool:
    """'Chair of the Trust Jane Doe said ...': the run at `start` follows "of"
    ("of the") after a post that opens the sentence, which the run of capitals
    leaves out (a sentence's first word is capitalised whatever it is); the
    post's body, then its holder, as after a post found in the run."""
    k = start - 1
    if k > sent.start and lower_word(doc[k]) == "the":
        k -= 1
    if k <= sent.start or lower_word(doc[k]) not in {"of", "for"}:
        return False
    opener = sent.start
    if k > opener + 1 and lower_word(doc[opener]) in lx.ARTICLES:
        opener += 1  # "The chief executive of the Trust Jane Doe ..."
    span = role_at(doc, opener, k)
    return span is not None and span.end == k


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


def employer_after_holder(doc, span: RoleSpan, end: int) -> bool:
    """'Amy Roe, Senior Manager Dalby Health Centre', 'Amy Roe, GP Partner Orley
    Group Practice': a post after a name and a comma, then capitalised words to the
    run's end that end in a body's or a site's head word: the post's holder is the name before
    it, and the words after it name where the post is held, not a person."""
    return (
        span.start >= 2
        and doc[span.start - 1].text in {",", "–", "—", "("}
        and is_cap(doc[span.start - 2])
        and span.end < end
        and is_cap(doc[span.end])
        and head_kind(lower_word(doc[end - 1]))[0] in {"Organisation", "Place"}
    )
