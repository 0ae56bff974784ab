"""The news sample's rebuild: a read_file excerpt of the source becomes one checked file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "bench" / "conll_chunk.py"
_spec = importlib.util.spec_from_file_location("conll_chunk", _PATH)
chunk = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = chunk
_spec.loader.exec_module(chunk)

# A made-up excerpt cut mid-document at both ends, as a 16,000-character read is.
EXCERPT = """\
NP O
Kelby NNP I-NP I-ORG

-DOCSTART- -X- -X- O

Jo NNP I-NP I-PER
Bloggs NNP I-NP I-PER
joined VBD I-VP O
Foo NNP I-NP I-ORG
. . O O

She PRP I-NP O
left VBD I-VP O

-DOCSTART- -X- -X- O

Fenby NNP I-NP I-LOC
won VBD I-VP O

-DOCSTART- -X- -X- O

Ann NNP I-NP I-PER
Sm"""


def test_only_documents_wholly_inside_the_excerpt_are_kept():
    docs = chunk.whole_documents(EXCERPT, at_start=False, at_end=False)
    assert docs == [
        [["Jo I-PER", "Bloggs I-PER", "joined O", "Foo I-ORG", ". O"], ["She O", "left O"]],
        [["Fenby I-LOC", "won O"]],
    ]


def test_the_file_start_and_end_close_their_documents():
    docs = chunk.whole_documents(EXCERPT, at_start=True, at_end=True)
    assert docs[0] == [["NP O", "Kelby I-ORG"]]
    assert len(docs) == 4
    assert docs[-1][0][0] == "Ann I-PER"


def test_the_written_text_separates_sentences_and_documents():
    docs = chunk.whole_documents(EXCERPT, at_start=False, at_end=False)
    assert chunk.conll_text(docs) == (
        "Jo I-PER\nBloggs I-PER\njoined O\nFoo I-ORG\n. O\n\nShe O\nleft O\n"
        "\n-DOCSTART- O\n\nFenby I-LOC\nwon O\n"
    )
