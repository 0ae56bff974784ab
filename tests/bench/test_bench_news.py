"""The news benchmark's helpers: CoNLL reading, detokenisation, name normalisation, scoring.

The benchmark itself (Reuters data, spaCy, timings) is not run here.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "bench_news.py"
_spec = importlib.util.spec_from_file_location("bench_news", _PATH)
news = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = news  # dataclasses look their module up there
_spec.loader.exec_module(news)

CONLL = """\
-DOCSTART- -X- -X- O

Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
hired VBD I-VP O
Jo NNP I-NP I-PER
Bloggs NNP I-NP I-PER
's POS B-NP O
sister NN I-NP O
( ( O O
Leeds NNP I-NP I-LOC
) ) O O
. . O O

" " O O
Thanks NNS I-NP O
, , O O
" " O O
Ann NNP I-NP B-PER
Bee NNP I-NP B-PER
said VBD I-VP O
, , O O
paying VBG I-VP O
$ $ I-NP O
5 CD I-NP O
. . O O

-DOCSTART- -X- -X- O

National NNP I-NP I-ORG
Hockey NNP I-NP I-ORG

League NNP I-NP I-ORG
won VBD I-VP O
"""


def test_documents_are_read_between_docstarts_with_the_last_column_as_tag():
    docs = news.read_conll(CONLL)
    assert [len(d) for d in docs] == [2, 2]
    assert docs[0][0][:2] == [("Acme", "I-ORG"), ("Corp", "I-ORG")]


def test_text_is_rebuilt_with_no_space_before_punctuation_and_after_openers():
    doc = news.build_document(news.read_conll(CONLL)[0])
    assert doc.text == (
        'Acme Corp hired Jo Bloggs\'s sister (Leeds).\n\n"Thanks," Ann Bee said, paying $5.'
    )
    assert doc.tokens == 23


def test_gold_entities_are_character_spans_of_the_rebuilt_text():
    doc = news.build_document(news.read_conll(CONLL)[0])
    assert [(kind, doc.text[a:b]) for kind, a, b in doc.entities] == [
        ("ORG", "Acme Corp"),
        ("PER", "Jo Bloggs"),
        ("LOC", "Leeds"),
        ("PER", "Ann"),  # B- starts a new entity
        ("PER", "Bee"),
    ]
    assert doc.gold() == {
        ("ORG", "acme corp"),
        ("PER", "jo bloggs"),
        ("PER", "ann"),
        ("PER", "bee"),
    }


def test_an_entity_ends_at_a_sentence_break():
    doc = news.build_document(news.read_conll(CONLL)[1])
    assert [doc.text[a:b] for _, a, b in doc.entities] == ["National Hockey", "League"]


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("The  Office of Fair Trading", "office of fair trading"),
        ("Leeds United's", "leeds united"),
        ("Leeds United’s", "leeds united"),
        ("the Pensioners'", "pensioners"),
        ("Theodore Smith", "theodore smith"),
        ("BRITISH\nAIRWAYS", "british airways"),
    ],
)
def test_names_are_compared_without_case_spacing_leading_the_or_possessive(written, key):
    assert news.normalise(written) == key


def test_sets_are_scored_per_type_and_in_total():
    gold = {("PER", "jo bloggs"), ("PER", "ann"), ("ORG", "acme")}
    predicted = {("PER", "jo bloggs"), ("ORG", "ann"), ("ORG", "acme"), ("ORG", "leeds")}
    c = news.count(predicted, gold)
    assert (c["PER", "tp"], c["PER", "fp"], c["PER", "fn"]) == (1, 0, 1)
    assert (c["ORG", "tp"], c["ORG", "fp"], c["ORG", "fn"]) == (1, 2, 0)
    p, r, f = news.prf(c, "all")
    assert (p, r) == (0.5, 2 / 3)
    assert f == pytest.approx(4 / 7)
    assert news.prf(news.count(set(), set()), "all") == (0.0, 0.0, 0.0)


def test_the_held_out_chunks_overlap_neither_each_other_nor_the_tuned_ones():
    spans = []
    for manifest in (news.MANIFEST, news.HELDOUT_MANIFEST):
        chunks = json.loads(manifest.read_text(encoding="utf-8"))["chunks"]
        spans += [(c["offset"], c["offset"] + c["chars"]) for c in chunks]
    spans.sort()
    assert len(spans) == 24
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))


def test_the_manifest_check_names_missing_and_altered_files(tmp_path):
    (tmp_path / "a.conll").write_text("Acme I-ORG\n", encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    chunks = [
        {"file": "a.conll", "sha256": hashlib.sha256(b"Acme I-ORG\n").hexdigest()},
        {"file": "b.conll", "sha256": "0" * 64},
    ]
    manifest.write_text(json.dumps({"chunks": chunks}), encoding="utf-8")
    assert news.check_manifest(tmp_path, manifest) == ["b.conll missing"]
    (tmp_path / "a.conll").write_text("Acme I-LOC\n", encoding="utf-8")
    assert news.check_manifest(tmp_path, manifest) == [
        "a.conll differs from the manifest",
        "b.conll missing",
    ]
