"""The relation rules, one module per family, run in order over each sentence.

Each rule is a function of a `SentenceReader` (`rules.reader`): it looks for
its cues in the sentence, asks the reader what is around them, and records
relation candidates in the document context (`reader.relate`). Rules never
call each other; this registry calls them, so family modules import only the
reader and never this package (no import cycles).

The order is part of the reading: earlier rules settle things later ones use
(a fund owned by an organisation is a project; the event in focus; the
launch event a sentence makes), and the first candidate for a pair gives the
relation its place in the output. A new rule goes where what it needs has
been read.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from collabgraph.errors import RulesFileError
from collabgraph.extract.patterns import CueFinder, read_cues
from collabgraph.extract.rules import (
    acting_venues,
    active_agents,
    agents,
    appositives,
    attendance,
    author_posts,
    award_winners,
    board_leavers,
    boards,
    brought_together,
    called_programmes,
    came_from,
    chairs,
    chosen_partners,
    club_members,
    co_members,
    co_organisers,
    collaboration,
    commissioned_work,
    committee_seats,
    compositions,
    conjuncts,
    counted_grantees,
    counted_members,
    crowd_agents,
    dash_items,
    described_places,
    described_programmes,
    described_run_by,
    done_with,
    elections,
    employment,
    event_crews,
    event_hosts,
    event_roles,
    event_sponsors,
    event_story,
    event_subjects,
    event_venues,
    focus,
    focus_takers,
    founders,
    founding_members,
    fund_areas,
    grant_backers,
    grant_effects,
    grant_lists,
    grant_paragraphs,
    granted_projects,
    grants,
    heading_projects,
    inverted_joins,
    joined_bodies,
    joint_clauses,
    joint_runners,
    joint_subjects,
    kind_word_posts,
    lead_lists,
    made_with,
    matched_funds,
    membership,
    name_org_pairs,
    named_boards,
    named_run_by,
    new_posts,
    organising,
    our_posts,
    our_sites,
    own_words,
    owned_copulas,
    page_posts,
    paid_things,
    participation,
    partnership,
    person_run_things,
    place_arcs,
    place_entries,
    place_gatherings,
    place_lists,
    place_projects,
    place_visits,
    places,
    post_lines,
    post_roles,
    posts,
    posts_said_is,
    present_people,
    programme_items,
    programme_lines,
    programmes,
    project_done_with,
    project_of,
    project_partners,
    project_with,
    project_workers,
    publishing,
    purpose_partners,
    purposed_money,
    quoted_speakers,
    report_authors,
    respondents,
    seat_paragraphs,
    second_funders,
    speaker_lists,
    sponsors,
    succession,
    talk_clauses,
    talked_projects,
    team_leads,
    travelled_to,
    unit_organisers,
    volunteer_seats,
    welcomed_seats,
    where_items,
    whose_posts,
    with_attending,
)
from collabgraph.extract.rules.families import CUE_LABELS, FAMILIES
from collabgraph.extract.rules.reader import SentenceReader

Rule = Callable[[SentenceReader], None]

RULES: tuple[Rule, ...] = (
    acting_venues.acting_venues,  # first: the rules after it read a building's body as one
    focus.update_speaker,
    programmes.owned_programmes,
    programmes.facilities_at_bodies,
    owned_copulas.owned_copulas,
    owned_copulas.its_named,
    owned_copulas.lead_partners,
    heading_projects.heading_projects,
    described_run_by.described_run_by,
    described_programmes.described_programmes,
    named_run_by.named_run_by,
    project_of.projects_of,
    project_of.running_taken_on,
    project_of.the_noun_run_by,
    project_of.facilities_opened,
    where_items.where_items,
    dash_items.dash_items,
    granted_projects.granted_projects,
    talked_projects.talked_projects,
    person_run_things.person_run_things,
    called_programmes.called_programmes,
    focus.update_focus,
    employment.roles_of_people,
    employment.leaders,
    team_leads.team_leaders,
    appositives.appositives,
    appositives.plural_appositives,
    name_org_pairs.pairs,
    posts.titles_before_names,
    posts.appointments,
    post_roles.posts_called_roles,
    elections.elected,
    welcomed_seats.welcomed_seats,
    committee_seats.committee_seats,
    volunteer_seats.volunteer_seats,
    inverted_joins.inverted_joins,
    new_posts.new_posts,
    joined_bodies.joined_bodies,
    posts_said_is.posts_said_is,
    whose_posts.whose_posts,
    our_posts.its_posts,
    kind_word_posts.kind_word_posts,
    kind_word_posts.short_name_posts,
    agents.by_phrases,
    active_agents.active_verbs,
    partnership.partnerships,
    joint_runners.joint_runners,
    organising.co_hosts,
    organising.to_host,
    organising.for_x_to,
    organising.welcomed_to,
    co_organisers.helpers_after_by,
    event_hosts.hosts,
    event_hosts.inviters,
    speaker_lists.panel_lists,
    publishing.launches,
    participation.speech,
    participation.organisers,
    participation.organising_bodies,
    participation.pronouns,
    places.places,
    event_venues.venues,
    event_venues.route_venues,
    event_venues.arrivals,
    place_arcs.bodies_at_work,
    place_entries.entry_places,
    place_lists.listed_bodies,
    place_projects.own_projects,
    place_visits.visits,
    place_gatherings.gathered_from,
    described_places.described_places,
    fund_areas.fund_areas,
    travelled_to.travelled_to,
    our_sites.our_sites,
    named_boards.named_boards,
    membership.membership,
    membership.group_members,
    membership.members_named_after,
    club_members.club_members,
    boards.seat_lists,
    boards.counted_seats,
    board_leavers.board_leavers,
    chairs.chairs,
    compositions.compositions,
    counted_members.counted_members,
    co_members.co_members,
    founding_members.founding_members,
    seat_paragraphs.seat_paragraphs,
    collaboration.collaboration,
    partnership.partnership_word,
    project_done_with.project_done_with,
    project_partners.project_partners,
    brought_together.brought_together,
    project_partners.made_of,
    project_partners.described_between,
    project_with.project_with,
    project_workers.project_workers,
    publishing.publications,
    report_authors.report_authors,
    collaboration.joint_work,
    collaboration.signatory_lists,
    founders.founded_by,
    done_with.done_with,
    made_with.made_with,
    made_with.work_by_bodies,
    purpose_partners.purpose_partners,
    chosen_partners.chosen_partners,
    joint_clauses.joint_clauses,
    joint_subjects.joint_subjects,
    participation.participation,
    participation.signed_at,
    focus_takers.took_part_alone,
    focus_takers.race_runners,
    focus_takers.helpers,
    talk_clauses.opening_clauses,
    talk_clauses.presented_at,
    quoted_speakers.quoted_at_event,
    programme_lines.programme_lines,
    event_story.story,
    attendance.attendance,
    with_attending.with_attending,
    attendance.name_lines,
    attendance.along_with_us,
    attendance.stands,
    attendance.event_saw,
    crowd_agents.crowd_agents,
    event_roles.as_role,
    event_roles.performers,
    award_winners.award_winners,
    event_subjects.about,
    event_subjects.launched_at,
    organising.funding_phrases,
    sponsors.sponsors,
    event_sponsors.thanked_and_listed,
    own_words.ours,
    own_words.the_bodys,
    own_words.meetings_of_the,
    unit_organisers.unit_hosts,
    grants.grantees,
    grants.selected,
    grant_backers.backed_with,
    grant_backers.thanked_for_grant,
    grant_backers.passed_on,
    commissioned_work.on_behalf,
    commissioned_work.commissioned_to,
    commissioned_work.contract_from,
    grants.funders,
    grant_effects.grants_given,
    paid_things.paid_for,
    paid_things.money_came_from,
    grant_lists.grant_lines,
    grant_lists.sum_lines,
    grants.earlier_grantees,
    matched_funds.matched_funds,
    counted_grantees.counted_grantees,
    purposed_money.money_for_projects,
    focus.descriptions,
    page_posts.unplaced_roles,
    post_lines.bracketed_posts,
    page_posts.posts_before_names,
    page_posts.the_post_after_names,
    page_posts.one_of_posts,
    programme_lines.titled_lines,  # after the posts its lines name
    our_posts.our_field_posts,
    post_lines.signed_posts,
    our_posts.earlier_posts,
    came_from.came_from,  # after the posts held now: a post before is not one
    succession.successions,
    focus.update_subject,
    lead_lists.read_lead,
    grant_paragraphs.grantee_paragraphs,
    author_posts.self_named_author,
    present_people.on_hand,
    present_people.team_leaders,
    present_people.first_person_author,
    event_crews.crews,
    event_crews.caption_people,
    respondents.respondents,
    author_posts.first_person_posts,
    attendance.named_with_event,
    second_funders.beside_first,  # last: copies the FUNDED ties the sentence gave
)
"""Every rule, in the order they read a sentence."""


def family_of(rule: Rule) -> str:
    """The family a rule belongs to: its module's name ("employment", "places")."""
    return rule.__module__.rsplit(".", 1)[-1]


def read_sentence(
    reader: SentenceReader, *, lead: str | None = None, heading: str | None = None
) -> None:
    """Run every rule over one sentence; `lead` is the line a list item sits under
    ("Speakers:"), `heading` the heading over a list item ("Our trustees"), read
    first; a programme's item ("Keynote presentations" over "Title: Jane Doe,
    Chair") last, once the posts it names are read (`page_posts` reads a post
    only of someone not yet related). A tie read for one name of a list is then
    given to the others listed with it (`conjuncts.spread`)."""
    since = len(reader.ctx.candidates)
    listed = bool(lead or heading) and lead_lists.list_item(reader, lead or heading)
    read_as_list = bool(lead) and not listed and speaker_lists.lead_in(reader, lead)
    if lead or heading:
        boards.seat_lead(reader, lead or heading, heading=not lead)
    for rule in RULES:
        rule(reader)
    if (lead or heading) and not listed and not read_as_list:
        programme_items.programme_item(reader, lead or heading)
    conjuncts.spread(reader, since)


@cache
def cue_finder(vocab, folder: str) -> CueFinder:
    """The cues of a pattern folder, ready to find in Docs of `vocab`; built once.

    Raises RulesFileError naming file and line for a bad line, or for a label no
    rule reads (a cue that would silently do nothing).
    """
    cues = read_cues(folder)
    for cue in cues:
        if cue.label not in CUE_LABELS:
            raise RulesFileError(
                f"{cue.source}: no rule reads cues labelled {cue.label!r} "
                f"(labels: {', '.join(sorted(CUE_LABELS))})"
            )
    return CueFinder(vocab, cues)


__all__ = [
    "CUE_LABELS",
    "FAMILIES",
    "RULES",
    "SentenceReader",
    "cue_finder",
    "family_of",
    "read_sentence",
]
