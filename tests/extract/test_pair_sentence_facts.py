"""What the pair models read of a sentence (learned/sentence_facts.py, features.py):
the verb governing both names, which body lies nearest a place when a sentence names
several, who does what a place's sentence says when the place is written apart from
the body; and the located models never place a body where a person named apart from
it lives or works."""

from __future__ import annotations

from pathlib import Path

import collabgraph.extract.learned.pairs as pair_module
from collabgraph.extract import extract_text
from collabgraph.extract.learned import LinearModel
from collabgraph.extract.learned.participants import CONFIDENCE
from collabgraph.extract.pipeline import extract_file_with_warnings


def _located_features(tmp_path: Path, text: str) -> dict[tuple[str, str], set[str]]:
    page = tmp_path / "page.txt"
    page.write_text(text)
    log: list = []
    extract_file_with_warnings(page, pair_log=log)
    return {(s, d): set(f) for task, s, d, _, f, _ in log if task == "located"}


def test_the_verb_governing_both_names_is_a_feature(tmp_path):
    feats = _located_features(
        tmp_path,
        "Hub news\n\nThe Marlby Trust opened a second room in Tessford last spring.\n",
    )
    # "verb=<lemma>": the lemma is empty while the pipeline has no lemmatiser
    assert any(f.startswith("verb=") for f in feats[("Marlby Trust", "Tessford")])


def test_the_body_nearest_a_place_is_told_from_one_further_off(tmp_path):
    feats = _located_features(
        tmp_path,
        "Two groups join forces\n\nThe Corlan Trust is working with Penby Growers, "
        "a farm group based in Auldmere, on a new seed bank.\n",
    )
    assert "src_nearest" in feats[("Penby Growers", "Auldmere")]
    assert "src_rival_nearer" in feats[("Corlan Trust", "Auldmere")]


def test_who_acts_in_a_place_written_apart_is_a_feature(tmp_path):
    feats = _located_features(
        tmp_path,
        "Cosy Corners scheme\n\nCosy Corners, a scheme of the Delby Trust, lends heaters "
        "to older people.\nIts coordinator, Mo Vance, lives in Tessford.\n",
    )
    pair = feats[("Cosy Corners", "Tessford")]
    assert {"dst_subj=Person", "dst_sent_back", "dst_sent_with=Person"} <= pair


SCHEME = """Cosy Corners scheme {}

Cosy Corners, a scheme of the Delby Trust, lends heaters to older people. {}
"""


def _placed(monkeypatch, text: str) -> set[tuple[str, str]]:
    # a model that places every project in every place
    model = LinearModel(
        ("LOCATED_IN", "NONE"), (0.0, 0.0), {"kinds=Project>Place": (5.0, 0.0)}, 0.5
    )
    monkeypatch.setattr(pair_module, "packaged", {"pairs_located_probes": model}.get)
    seed = extract_text(text, path="scheme.txt")
    return {
        (r["from"], r["to"])
        for r in seed["relations"]
        if r["type"] == "LOCATED_IN" and r["confidence"] == CONFIDENCE
    }


def test_a_place_where_a_person_named_apart_acts_is_not_the_bodys(monkeypatch):
    for sentence in (
        "Its coordinator, Mo Vance, lives in Tessford.",
        "Mo Vance, who set it up, was born in Tessford.",
    ):
        found = _placed(monkeypatch, SCHEME.format("is thanked", sentence))
        assert ("Cosy Corners", "Tessford") not in found, sentence


def test_a_place_the_body_itself_works_in_is_still_asked(monkeypatch):
    for sentence in (
        "Its volunteers now visit homes in Tessford.",
        "This winter it began to lend heaters in Tessford as well.",
    ):
        found = _placed(monkeypatch, SCHEME.format("is thanked", sentence))
        assert ("Cosy Corners", "Tessford") in found, sentence
