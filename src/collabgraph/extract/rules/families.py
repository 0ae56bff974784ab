"""The rule families: every module whose rules read sentences, and the cue labels
they read between them (`CUE_LABELS`: a pattern file's cue with a label outside it
is an error, `rules.cue_finder`). The families are the modules `rules/order.txt`
names, and the few whose rules are called outside that order; each family module
says its own labels (`LABELS`)."""

from __future__ import annotations

from importlib import import_module

from collabgraph.extract.rules.order import ORDER

CALLED_OUTSIDE_ORDER = ("help_givers", "programme_items")
"""Families whose rules run other than from `rules/order.txt`: a list item's own
reading (`programme_items`, by `rules.read_sentence`) and helpers other rules share
(`help_givers`)."""

FAMILY_NAMES = tuple(dict.fromkeys(name for name, _ in ORDER)) + CALLED_OUTSIDE_ORDER
"""The family modules' names, in `rules`."""

FAMILIES = tuple(import_module(f"{__package__}.{name}") for name in FAMILY_NAMES)
"""Every module holding rules, each with the cue labels it reads (`LABELS`)."""

CUE_LABELS: frozenset[str] = frozenset().union(*(family.LABELS for family in FAMILIES))
"""Every cue label some rule reads."""
