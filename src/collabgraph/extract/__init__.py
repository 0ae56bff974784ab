"""Text extraction: write-ups (.txt, .md, .html) into structured seeds.

>>> from collabgraph.extract import extract_file, to_yaml
>>> print(to_yaml(extract_file("seeds/building-collaborative-places-launch.txt")))
"""

from collabgraph.extract.nlp_model import MAX_CHARS, ModelUnavailable, load_nlp
from collabgraph.extract.pipeline import (
    EXTRACTOR_NAME,
    EXTRACTOR_VERSION,
    KnownEntity,
    extract_bytes,
    extract_file,
    extract_file_with_warnings,
    extract_files,
    extract_text,
)
from collabgraph.extract.score_files import evaluate_dir, format_table, mean_f1
from collabgraph.extract.scores import Scores
from collabgraph.extract.scoring import evaluate
from collabgraph.extract.seed import to_yaml
from collabgraph.extract.text import TEXT_SUFFIXES, read_text_seed

__all__ = [
    "EXTRACTOR_NAME",
    "EXTRACTOR_VERSION",
    "MAX_CHARS",
    "TEXT_SUFFIXES",
    "KnownEntity",
    "ModelUnavailable",
    "Scores",
    "evaluate",
    "evaluate_dir",
    "extract_bytes",
    "extract_file",
    "extract_file_with_warnings",
    "extract_files",
    "extract_text",
    "format_table",
    "load_nlp",
    "mean_f1",
    "read_text_seed",
    "to_yaml",
]
