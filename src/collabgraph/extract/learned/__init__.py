"""Learned readings: what the rules miss between names already found.

The rules (`collabgraph.extract.rules`) read phrasings. Who took part in the
event a page is about is often not phrased at all: a list of names, a photo
caption, a quotation. `participants` asks a linear model (`model`) trained on
the real-text corpus's develop pages (`scripts/corpus/train_participation.py`; weights
in `data/`) about every person and body the rules left unlinked; `pairs` asks
the pair models about two names of a page the rules left unrelated.
"""

from collabgraph.extract.learned.model import LinearModel, load_model, packaged
from collabgraph.extract.learned.pair_finding import page_pairs
from collabgraph.extract.learned.pairs import TASKS, Pair, ask_pairs
from collabgraph.extract.learned.participants import (
    Taker,
    ask_about,
    role_of,
    takers,
    took_part,
)

__all__ = [
    "TASKS",
    "LinearModel",
    "Pair",
    "Taker",
    "ask_about",
    "ask_pairs",
    "load_model",
    "packaged",
    "page_pairs",
    "role_of",
    "takers",
    "took_part",
]
