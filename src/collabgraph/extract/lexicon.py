"""The genre's vocabulary as the extractor's code reads it: names for the lists.

The words themselves are data: `vocab/*.txt` (see `collabgraph.extract.vocab`),
and honorifics, styles and post-nominals in `collabgraph.model.titles`, one list
shared with name identity. This module only gives them the names and shapes
(sets, tables, compiled patterns) the rest of `extract/` uses.
"""

from __future__ import annotations

import re

from collabgraph.extract.vocab import ordered, table, words
from collabgraph.model import titles

# Honorifics, styles and post-nominals: one list with name identity
# (collabgraph.model.titles), lower-cased here for token checks.
HONORIFICS: frozenset[str] = titles.STYLE_WORDS
HONORIFIC_FORMS: dict[str, str] = titles.STYLE_FORMS
POST_NOMINALS: frozenset[str] = frozenset(p.casefold() for p in titles.POST_NOMINALS)
# A minister's style before a name ("Rabbi Jane Doe", "Sister Ada Foss"): no post of
# a body, but a style (vocab/faith_styles.txt).
FAITH_STYLES = words("faith_styles")
# Styles also written in capitals before a name written in lower case ("MP Jane
# Doe"); any other style in capitals is taken for letters ("MS Trust").
UPPER_CASE_STYLES: frozenset[str] = frozenset(
    key for key, shown in titles.STYLE_FORMS.items() if shown.isupper() and " " not in key
)
POST_NOMINALS_AS_WRITTEN: frozenset[str] = titles.POST_NOMINALS

ROLE_CORE = words("role_core")
ROLE_MODIFIERS = words("role_modifiers")
ROLE_WORDS = ROLE_CORE | ROLE_MODIFIERS
"""A word a job title holds: its core or a modifier (one set, not a union per token)."""
DOMAIN_WORDS = words("role_fields")

ORG_HEADS = words("head_organisation")
STRONG_ORG_HEADS = words("head_organisation_strong")
# Weak heads: common words ("... Hospice") and the plural members a club is named
# after ("Kelby Growers", "Fenby Ramblers"): vocab/head_organisation_clubs.txt.
CLUB_HEADS = words("head_organisation_clubs")
EXTRA_ORG_HEADS = words("head_organisation_weak") | CLUB_HEADS
# Any word that ends a body's name, plain or weak ("... Trust", "... Hospice"), and
# with the nouns that stand for a body ("the charity", "the organisation"):
# vocab/body_generic_nouns.txt. One definition for the rules that ask either.
ANY_ORG_HEADS = ORG_HEADS | EXTRA_ORG_HEADS
GENERIC_BODY_NOUNS = words("body_generic_nouns")
BODY_NOUNS = ANY_ORG_HEADS | GENERIC_BODY_NOUNS
# Two last words that make a body's name ("... Medical Centre", "... Tenants Forum"):
# vocab/head_organisation_compounds.txt.
ORG_COMPOUND_HEADS = words("head_organisation_compounds")
# Two last words that make a venue's name ("... Leisure Centre"): vocab/head_venue_compounds.txt.
VENUE_COMPOUND_HEADS = words("head_venue_compounds")
EVENT_HEADS = words("head_event")
# Two last words that make an event's name ("... Fun Run"): vocab/head_event_compounds.txt.
EVENT_COMPOUND_HEADS = words("head_event_compounds")
STRONG_EVENT_HEADS = words("head_event_strong")
# Event nouns that take their subject after "on" inside the name ("... Assembly on
# Housing"): vocab/event_topic_name_heads.txt.
EVENT_TOPIC_NAME_HEADS = words("event_topic_name_heads")
PROJECT_HEADS = words("head_project")
STRONG_PROJECT_HEADS = words("head_project_strong")
REPORT_HEADS = words("head_report")
STRONG_REPORT_HEADS = words("head_report_strong")
VENUE_HEADS = words("head_venue")
STRONG_VENUE_HEADS = words("head_venue_strong")

# The dash characters standing alone as tokens ("-", "–", "—"): vocab/dashes.txt.
DASHES = words("dashes")
# The same without the hyphen: the en and em dashes a line sets words apart with.
LONG_DASHES = DASHES - {"-"}
# "based" or "-based" after a place's name ("the Kelby based charity"):
# vocab/place_based_words.txt.
PLACE_BASED = words("place_based_words")
# The words a body's own noun or name is told with ("the trust", "its board",
# "their committee"): a definite determiner or a body's possessive pronoun.
DEFINITE = frozenset({"the", "its", "their"})
# A mark ending a clause or a sentence's part: a name before one closes it.
CLAUSE_ENDS = frozenset({".", ";", ")", ":"}) | DASHES
# A comma or a dash setting off what follows (an apposition, a post, a description):
# "Jane Doe, Station Manager", "by one of the largest funders - Foo".
SET_OFF = frozenset({","}) | DASHES
# A dash or a colon setting off what follows on a line: "Chair – Jane Doe",
# "Treasurer: Jane Doe", "Good Neighbour Award - Jane Doe".
LINE_MARKS = DASHES | {":"}

NAME_CONNECTORS = words("name_connectors")
# A lower-case word a name may open with, glued to its capital ("yourFoo"):
# vocab/name_glued_openers.txt.
NAME_GLUED_OPENERS = words("name_glued_openers")
ARTICLES = words("name_articles")
# The forms of "be" a passive is made with ("was awarded", "has been given").
BE_FORMS = frozenset({"be", "been", "being", "is", "are", "was", "were"})

# Public bodies named after the place they serve (vocab/place_named_bodies.txt):
# ("before", "nhs") for "NHS <Place> ...", ("after", "cvs") for "<Place> CVS".
PLACE_BODY_AFFIXES: tuple[tuple[str, str], ...] = tuple(
    (side, affix) for side, affix in (line.split(None, 1) for line in ordered("place_named_bodies"))
)

# Verbs of holding an event ("hosted", "held", "convened"): vocab/event_host_verbs.txt.
HOST_VERBS = words("event_host_verbs")
SPEAKING_VERBS = words("speaking_verbs")  # "said", "added": a name just before one speaks

# Nouns saying a name is a body's ("a charity", "the largest funder of ...").
ORG_DESCRIPTION_NOUNS = frozenset(
    n for n, kind in table("description_nouns").items() if kind == "Organisation"
)

# Words before a post that say someone takes it up ("its new chair", "the incoming
# chair"): vocab/post_new_words.txt.
POST_NEW_WORDS = words("post_new_words")

# The last word of the name of a stretch of time kept for a cause ("Kindness Week",
# "Fenby Volunteering Day", "Heritage Month", "Kelby Skills Fortnight"): day and week,
# the weak event heads a name's own vote reads (vocab/head_event_observances.txt),
# and the longer stretches that are no event's head alone (vocab/observance_spans.txt).
OBSERVANCE_HEADS = words("head_event_observances")
OBSERVANCES = OBSERVANCE_HEADS | words("observance_spans")

# A write-up's word after an event's ("Conference highlights: X", "...: Summary and
# Visual Recording", an address's "...-post-conference-report"): vocab/title_recap_words.txt,
# one expression a line, matched whatever the case, up to a word's end.
RECAP_WORDS = re.compile(r"(?:%s)\b" % "|".join(ordered("title_recap_words")), re.I)

LIST_ROLE_CUES = table("list_roles")
LIST_INTRODUCERS = words("list_introducers")

FURNITURE_PATTERNS: tuple[str, ...] = ordered("page_furniture")
RELATED_HEADINGS: tuple[str, ...] = ordered("page_related_headings")

# Civic posts held "of" a place ("Mayor of Kelby", "Chief Constable of Westshire") and the
# head words of the body that place's holder works for (vocab/place_post_bodies.txt).
PLACE_POST_BODIES: dict[str, frozenset[str]] = {
    post: frozenset(heads.split()) for post, heads in table("place_post_bodies").items()
}
