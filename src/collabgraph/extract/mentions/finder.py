"""The mentions and job titles of one sentence: runs of capitals cut at
honorifics, roles and possessives, each mention with its type votes.
"""

from __future__ import annotations

from spacy.tokens import Span

from collabgraph.extract import lexicon as lx
from collabgraph.extract.doc_arrays import token_texts
from collabgraph.extract.mentions.add import add_mention
from collabgraph.extract.mentions.award_lines import award_line_votes
from collabgraph.extract.mentions.bracket_acronyms import acronyms_in_brackets
from collabgraph.extract.mentions.context_votes import context_votes
from collabgraph.extract.mentions.dash_line_posts import dash_line_post
from collabgraph.extract.mentions.field_mentions import fields_after_roles, fields_in_brackets
from collabgraph.extract.mentions.list_items import (
    dash_item_names,
    item_names,
    where_item_names,
)
from collabgraph.extract.mentions.match_teams import match_team_votes
from collabgraph.extract.mentions.mention import Mention, RoleSpan, SentenceMentions
from collabgraph.extract.mentions.named_fields import fields_after_posts
from collabgraph.extract.mentions.office_bodies import office_body_mentions
from collabgraph.extract.mentions.person_owners import owner_votes
from collabgraph.extract.mentions.programme_votes import programme_votes
from collabgraph.extract.mentions.publications import publication_titles
from collabgraph.extract.mentions.results_rows import result_line_names
from collabgraph.extract.mentions.role_fit import next_to_name, role_is_lower_ok
from collabgraph.extract.mentions.roles import role_at
from collabgraph.extract.mentions.runs import capital_runs
from collabgraph.extract.mentions.segments import ROLE_OPENERS, segment_run
from collabgraph.extract.mentions.set_off_posts import set_off_posts
from collabgraph.extract.mentions.set_off_titles import set_off_titles
from collabgraph.extract.mentions.shape import after_former_name_words
from collabgraph.extract.mentions.shared_heads import shared_head_mentions
from collabgraph.extract.mentions.sum_items import sum_item_names
from collabgraph.extract.mentions.table_columns import place_cell_votes
from collabgraph.extract.mentions.tokens import (
    POSSESSIVE,
    SAINT_WORDS,
    is_cap,
    lower_word,
    lower_words,
)
from collabgraph.extract.mentions.typed_names import typed_names
from collabgraph.extract.mentions.votes import known_votes


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
    item: bool = False,
) -> SentenceMentions:
    """The mentions and role phrases of one sentence, with their local type votes.

    `known_names`: name key -> type of entities the graph holds; `seen_names`:
    opening words of names met elsewhere in the document (`memory.names_seen`);
    `list_item`: the sentence is an item of a list of bodies (`list_items.py`);
    `item`: the sentence is in a list item of any list.
    """
    mentions: list[Mention] = []
    roles: list[RoleSpan] = []
    titled = publication_titles(doc, sent)
    quoted = {i for s_, e_, _ in titled for i in range(s_, e_)}
    titled += [t for t in set_off_titles(doc, sent) if not quoted & set(range(t[0], t[1]))]
    quoted = {i for s_, e_, _ in titled for i in range(s_, e_)}
    titled += [t for t in typed_names(doc, sent) if not quoted & set(range(t[0], t[1]))]
    for t_start, t_end, kind in titled:
        if kind is None:
            continue
        before = len(mentions)
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
        if len(mentions) > before:  # its leading "The" may be dropped: "‘The Road Home’"
            m = mentions[-1]
            if kind:
                m.votes[kind] += 8 if ":" in m.text else 4  # a title and its subtitle
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
    claimed |= shared_head_mentions(doc, sent, add_result_name)
    if (post := dash_line_post(doc, sent)) is not None:  # "Jane Doe – Family Link Worker"
        roles.append(post)
        claimed |= set(range(post.start, post.end))
    set_off = {}  # a set-off post's first token -> its end
    for post in set_off_posts(doc, sent):  # "Jane Doe, Station Manager, Kelby Ferries"
        roles.append(post)
        claimed |= set(range(post.start, post.end))
        set_off[post.start] = post.end
    offices = office_body_mentions(doc, sent, add_result_name)  # "Office of the ... for X"
    claimed |= offices
    for run_start, run_end in capital_runs(doc, sent, heading=heading, seen=seen_names):
        if run_start in offices and run_end - 1 not in offices:  # "... Commissioner and Foo"
            run_start = max(i for i in offices if run_start <= i < run_end) + 1
        if set_off.get(run_start, run_end) < run_end:  # "Station Manager Jane Doe": the name
            run_start = set_off[run_start]
        if run_start in claimed or run_end - 1 in claimed:
            continue
        if any(r.start < run_start < r.end for r in roles):
            continue  # "– North & West" in "Director of Wales – North & West at Foo"
        segment_run(
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
    lows, texts = lower_words(doc), token_texts(doc)
    i = sent.start
    while i < sent.end:
        if (
            i not in taken
            and lows[i] in lx.ROLE_WORDS
            and (
                not is_cap(doc[i])
                or i == sent.start
                or texts[i - 1] in ROLE_OPENERS
                or texts[i - 1] in POSSESSIVE  # "Foo Council's Cabinet member for ..."
            )
        ):
            span = role_at(doc, i, sent.end)
            if span and is_cap(doc[i]) and i != sent.start and not _mixed_case(doc, span):
                span = None  # ", Professor Jane Doe": capitalised alone is read with the names
            if span and role_is_lower_ok(doc, span) and next_to_name(doc, span, mentions):
                roles.append(span)
                i = span.end
                continue
        i += 1
    mentions, fields = fields_in_brackets(doc, mentions)
    roles = sorted(roles + fields, key=lambda r: r.start)
    mentions = fields_after_roles(doc, mentions, roles)
    mentions, roles = fields_after_posts(doc, mentions, roles)  # "Director of Money Advice"
    context_votes(doc, sent, mentions, roles)
    match_team_votes(doc, sent, mentions)  # "a 2-0 win over Kelby"
    owner_votes(doc, mentions)  # "Westshire Women's Jane Doe"
    award_line_votes(doc, sent, mentions)
    programme_votes(doc, sent, mentions)
    for m in mentions:
        # "St Aidan's", "St Mary's Hospice": a saint's name is a body or a place
        if lower_word(doc[m.start]) in SAINT_WORDS and m.end - m.start > 1:
            m.votes.pop("Person", None)
    if list_item:
        item_names(doc, sent, mentions, add_result_name)
    if item and sent.start == 0:
        where_item_names(doc, sent, mentions, add_result_name)
        dash_item_names(doc, sent, mentions, add_result_name)
    sum_item_names(doc, sent, mentions, add_result_name)  # a line's shape: any sentence
    place_cell_votes(doc, sent, mentions, add_result_name)  # a table's column of where
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


def _owns_nothing(doc, k: int, end: int) -> bool:
    """After a name's "'s" at k - 1: no noun for it to own, the sentence's end, a
    comma, "and", a verb or a preposition ("Orley's, Kelby Aid and ...", "Orley's
    held ...", "Tesco and Orley's for the food")."""
    return k >= end or doc[k].is_punct or doc[k].pos_ in {"CCONJ", "VERB", "AUX", "ADP"}


def _mixed_case(doc, span: RoleSpan) -> bool:
    """ "Non-executive member": a role whose later words are in lower case."""
    return any(t.is_alpha and t.is_lower for t in doc[span.start + 1 : span.end])
