"""The rule families: every module whose rules the registry (`rules/__init__.py`)
runs, and the cue labels they read between them (`CUE_LABELS`: a pattern file's
cue with a label outside it is an error, `rules.cue_finder`). A new family module
is named here (`FAMILY_NAMES`) and its rules listed in `RULES`; each family module
says its own labels (`LABELS`)."""

from __future__ import annotations

from importlib import import_module

FAMILY_NAMES = (
    "agents",
    "active_agents",
    "lead_lists",
    "appositives",
    "attendance",
    "award_winners",
    "boards",
    "called_programmes",
    "chairs",
    "chosen_partners",
    "club_members",
    "collaboration",
    "compositions",
    "counted_grantees",
    "crowd_agents",
    "described_programmes",
    "described_run_by",
    "elections",
    "employment",
    "event_hosts",
    "event_roles",
    "event_sponsors",
    "event_story",
    "event_subjects",
    "event_venues",
    "focus",
    "focus_takers",
    "founders",
    "grant_backers",
    "grant_effects",
    "grant_lists",
    "grant_paragraphs",
    "grants",
    "heading_projects",
    "help_givers",
    "joint_clauses",
    "kind_word_posts",
    "membership",
    "name_org_pairs",
    "named_boards",
    "named_run_by",
    "new_posts",
    "organising",
    "own_words",
    "owned_copulas",
    "page_posts",
    "paid_things",
    "participation",
    "partnership",
    "place_arcs",
    "place_gatherings",
    "place_lists",
    "place_projects",
    "place_visits",
    "places",
    "post_lines",
    "post_roles",
    "posts",
    "posts_said_is",
    "present_people",
    "programme_items",
    "programme_lines",
    "programmes",
    "project_of",
    "project_done_with",
    "project_partners",
    "project_workers",
    "publishing",
    "quoted_speakers",
    "speaker_lists",
    "sponsors",
    "succession",
    "talk_clauses",
    "team_leads",
    "welcomed_seats",
    "where_items",
    "with_attending",
)
"""The family modules' names, in `rules`, in the order their labels are read."""

FAMILIES = tuple(import_module(f"{__package__}.{name}") for name in FAMILY_NAMES)
"""Every module holding rules, each with the cue labels it reads (`LABELS`)."""

CUE_LABELS: frozenset[str] = frozenset().union(*(family.LABELS for family in FAMILIES))
"""Every cue label some rule reads."""
