"""The pair linker (collabgraph.extract.learned.pairs): two entities of a page the
rules left unrelated are asked of a pair model trained on the corpus's develop
pages. A user sees more bodies and events placed in their towns, each learned
tie below every rule's confidence, with the sentence that shows it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import collabgraph.extract.learned.pairs as pair_module
import collabgraph.extract.learned.participants as participants_module
from collabgraph.extract import extract_text
from collabgraph.extract.learned import LinearModel, packaged
from collabgraph.extract.learned.features import pair_features
from collabgraph.extract.learned.participants import CONFIDENCE
from collabgraph.extract.nlp_model import load_nlp

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "corpus"))

PAGE = """Kelby Food Bank wins volunteering prize

Kelby Food Bank was praised by the judges for its winter appeal. Most of its helpers \
live in Westshire, and many came to the evening.
"""


def _doc(text: str):
    return load_nlp()(text)


def _span(doc, words: str) -> tuple[int, int]:
    toks = words.split()
    for i in range(len(doc)):
        if [t.text for t in doc[i : i + len(toks)]] == toks:
            return i, i + len(toks)
    raise AssertionError(words)


@pytest.mark.parametrize(
    ("text", "src", "dst", "expected"),
    [
        (
            "The Northtown Trust opened a new office in Westshire last May.",
            "Northtown Trust",
            "Westshire",
            {"btw=opened", "btw=office", "btw=in", "order=src", "pre2=in", "gap=3-5"},
        ),
        (
            "From Westshire came news that Ada Brook Society had grown.",
            "Ada Brook Society",
            "Westshire",
            {"btw=came", "btw=news", "btw=that", "order=dst", "gap=3-5"},
        ),
    ],
)
def test_a_pairs_features_are_the_words_and_parse_between_them_never_the_names(
    text, src, dst, expected
):
    doc = _doc(text)
    a, b = _span(doc, src), _span(doc, dst)
    feats = pair_features(doc, a, b, [a, b])
    assert expected <= feats
    assert any(f.startswith("path=") for f in feats)
    assert any(f.startswith("lca=") for f in feats)
    names = {w.lower() for w in (src + " " + dst).split()}
    assert not [f for f in feats if names & set(re.findall(r"[a-z]+", f.lower()))]


def _located_model(weight: float) -> LinearModel:
    # every (body, place) pair scores `weight` for LOCATED_IN
    weights = {"kinds=Organisation>Place": (weight, 0.0)}
    return LinearModel(("LOCATED_IN", "NONE"), (0.0, 0.0), weights, 0.5)


def _with_model(monkeypatch, model: LinearModel | None) -> dict:
    models = {"pairs_located": model}
    monkeypatch.setattr(pair_module, "packaged", lambda name: models.get(name))
    return extract_text(PAGE, path="page.txt")


def _learned_located(seed: dict) -> dict[tuple[str, str], dict]:
    return {
        (r["from"], r["to"]): r
        for r in seed["relations"]
        if r["type"] == "LOCATED_IN" and r["confidence"] == CONFIDENCE
    }


def test_a_model_that_ties_a_body_and_a_place_adds_the_tie(monkeypatch):
    found = _learned_located(_with_model(monkeypatch, _located_model(5.0)))
    tie = found[("Kelby Food Bank", "Westshire")]
    assert "live in Westshire" in tie["evidence"]  # the place's sentence nearest the body


@pytest.mark.parametrize("model", [None, "says no"])
def test_no_tie_is_added_when_the_model_is_absent_or_says_no(monkeypatch, model):
    chosen = _located_model(-5.0) if model else None
    assert not _learned_located(_with_model(monkeypatch, chosen))


NATIONAL = """Carers gather for winter fair

Carers Voice Scotland and Kelby Food Bank ran stalls at the fair. Carers came from \
across Scotland, and many from Westshire.
"""


def test_a_body_named_for_a_nation_is_not_tied_to_it_whatever_the_model_says(monkeypatch):
    # the name rule's refusal holds for the model too: a national body's name does not seat it
    monkeypatch.setattr(pair_module, "packaged", {"pairs_located": _located_model(5.0)}.get)
    found = _learned_located(extract_text(NATIONAL, path="fair.txt"))
    assert ("Carers Voice Scotland", "Scotland") not in found
    assert ("Kelby Food Bank", "Scotland") in found  # a body not named for it still is


@pytest.mark.parametrize(
    ("body", "place", "national"),
    [
        ("Youth Action Scotland", "Scotland", True),
        ("UK Carers Forum", "UK", True),
        ("Northern Ireland Kelby Forum", "Northern Ireland", False),  # a region of a nation
        ("Kelby Trust", "Scotland", False),
    ],
)
def test_national_by_name_reads_the_state_or_a_nation_at_either_end(body, place, national):
    from collabgraph.extract.place_lookup import national_by_name

    assert national_by_name(body, place) is national


@pytest.mark.parametrize("name", ["pairs_located", "pairs_located_probes"])
def test_the_packaged_located_model_is_shipped_and_names_nobody(name):
    model = packaged(name)
    assert model is not None and "LOCATED_IN" in model.classes
    raw = (ROOT / f"src/collabgraph/extract/learned/data/{name}.json").read_text()
    # lower-case words, parse labels, kinds, relation types and markers: never a name
    allowed = {
        "Person",
        "Organisation",
        "Event",
        "Project",
        "Place",
        "Report",
        "ROOT",
        "N",
        "P",
        "D",
    }
    allowed |= {"None"}  # a word of no kind before or after ("post1=None")
    for feature in json.loads(raw)["weights"]:
        capitalised = set(re.findall(r"[A-Za-z]*[A-Z][A-Za-z]*", feature))
        capitalised = {w for w in capitalised if not re.fullmatch(r"[A-Z_]+", w)}
        assert capitalised <= allowed, feature


def test_export_gives_one_weight_row_per_class_that_scores_as_fitted():
    from fitting import export, fit

    from collabgraph.extract.learned.model import LinearModel as Model

    rows = [
        {"page": f"p{k % 4}", "features": feats, "label": label}
        for k, (feats, label) in enumerate(
            [(["w=chair"], "MEMBER_OF"), (["w=staff"], "WORKS_FOR"), (["w=met"], "NONE")] * 8
        )
    ]
    vec, fitted = fit(rows, min_pages=3, c=1.0)
    raw = export(vec, fitted, 0.5)
    assert raw["classes"] == ["MEMBER_OF", "NONE", "WORKS_FOR"]
    assert all(len(w) == 3 for w in raw["weights"].values())
    model = Model(tuple(raw["classes"]), tuple(raw["intercept"]),
                  {f: tuple(w) for f, w in raw["weights"].items()}, 0.5)  # fmt: skip
    want = fitted.predict_proba(vec.transform([{"w=staff": 1}]))[0]
    got = model.probabilities(["w=staff"])
    assert [got[c] for c in raw["classes"]] == pytest.approx(list(want), abs=1e-3)
    assert max(got, key=got.get) == "WORKS_FOR"


def test_training_the_pairs_refuses_a_held_back_split():
    script = ROOT / "scripts/corpus/train_pairs.py"
    run = subprocess.run([sys.executable, str(script), "--splits", "dev,test3"],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode != 0
    assert "held-back split" in run.stderr


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ada Brook, volunteer coordinator, thanked everyone who gave food to the Kelby "
         "Food Bank in December.", "volunteer coordinator"),  # just after the person
        ("Warm thanks from finance manager Ada Brook to all who gave food to the Kelby "
         "Food Bank in December.", "finance manager"),  # just before
    ],
)  # fmt: skip
def test_a_person_tied_to_a_body_gets_the_post_written_by_the_name(monkeypatch, text, role):
    weights = {"kinds=Person>Organisation": (0.0, 0.0, 5.0)}
    model = LinearModel(("MEMBER_OF", "NONE", "WORKS_FOR"), (0.0, 0.0, 0.0), weights, 0.5)
    monkeypatch.setattr(pair_module, "packaged", {"pairs_posts": model}.get)
    seed = extract_text("Winter appeal\n\n" + text + "\n", path="page.txt")
    ties = {(r["from"], r["to"]): r for r in seed["relations"] if r["type"] == "WORKS_FOR"}
    tie = ties[("Ada Brook", "Kelby Food Bank")]
    assert (tie["role"], tie["confidence"]) == (role, CONFIDENCE)


ELSEWHERE = """Kelby Winter Fair raises funds for carers

The Kelby Winter Fair was held in the town hall on Saturday. Stalls were run by \
Kelby Food Bank.

In May the Brookfield Food Festival 2025 drew big crowds. Ada Brook, whose keynote \
opened it, said the crowds were the best yet.
"""


def _takes_part(monkeypatch, weight: float) -> dict[tuple[str, str], dict]:
    # every (person or body, event) pair scores `weight` for PARTICIPATED_IN; the
    # participation model (the page's own event) is left out
    weights = {f"kinds={k}>Event": (weight, 0.0) for k in ("Person", "Organisation")}
    model = LinearModel(("PARTICIPATED_IN", "NONE"), (0.0, 0.0), weights, 0.5)
    monkeypatch.setattr(pair_module, "packaged", {"pairs_takes_part": model}.get)
    monkeypatch.setattr(participants_module, "packaged", lambda name: None)
    seed = extract_text(ELSEWHERE, path="fair.txt")
    return {
        (r["from"], r["to"]): r
        for r in seed["relations"]
        if r["type"] == "PARTICIPATED_IN" and r["confidence"] == CONFIDENCE
    }


def test_a_body_or_person_at_another_event_of_the_page_is_asked_about_it(monkeypatch):
    found = _takes_part(monkeypatch, 5.0)
    festival = "Brookfield Food Festival 2025"
    assert found[("Kelby Food Bank", festival)]["role"] == "participant"
    assert found[("Ada Brook", festival)]["role"] == "speaker"  # "whose keynote"


def test_the_takes_part_model_never_asks_about_the_pages_own_event(monkeypatch):
    # the page's own event is the participation model's (its fit is kept as shipped)
    found = _takes_part(monkeypatch, 5.0)
    assert not [k for k in found if k[1] == "Kelby Winter Fair"]
    assert not _takes_part(monkeypatch, -5.0)


def test_training_asks_a_body_and_another_event_of_each_task_they_fit(tmp_path):
    # what train_pairs.py reads: a pair whose kinds fit two tasks is logged for each
    from collabgraph.extract.pipeline import extract_file_with_warnings

    page = tmp_path / "fair.txt"
    page.write_text(ELSEWHERE)
    log: list = []
    extract_file_with_warnings(page, pair_log=log)
    tasks = {(src, dst): set() for _, src, dst, *_ in log}
    for task, src, dst, *_ in log:
        tasks[(src, dst)].add(task)
    assert tasks[("Kelby Food Bank", "Brookfield Food Festival 2025")] == {"bodies", "takes_part"}
    assert tasks[("Ada Brook", "Brookfield Food Festival 2025")] == {"takes_part"}
    # the page's own event is the participation model's
    assert "takes_part" not in tasks.get(("Ada Brook", "Kelby Winter Fair"), set())
    assert tasks[("Kelby Food Bank", "Kelby Winter Fair")] == {"bodies"}


SCHEME = """Warm Homes scheme {}

Warm Homes, a scheme run by Kelby Trust, is fitting insulation this winter. {}
"""


def _placed(monkeypatch, text: str, names: tuple[str, ...]) -> set[tuple[str, str]]:
    shipped = {n: packaged(n) for n in names}
    monkeypatch.setattr(pair_module, "packaged", lambda name: shipped.get(name))
    return set(_learned_located(extract_text(text, path="scheme.txt")))


def test_the_probe_trained_located_model_places_a_scheme_in_the_homes_it_serves(monkeypatch):
    # the rules read no tie in "working on homes in Ashby"; the model trained on the
    # probe tune halves does, the develop-page one does not
    text = SCHEME.format("reaches Ashby", "Its fitters are now working on homes in Ashby.")
    both = ("pairs_located", "pairs_located_probes")
    assert ("Warm Homes", "Ashby") in _placed(monkeypatch, text, both)
    assert ("Warm Homes", "Ashby") not in _placed(monkeypatch, text, ("pairs_located",))
    assert not _placed(monkeypatch, text, ())  # no model: the rules leave them unrelated


@pytest.mark.parametrize(
    "sentence",
    [
        "Its manager, Jo Tern, grew up in Ashby and moved away at eighteen.",  # a person's home
        "The judges who praised it met in Ashby to choose the winners.",  # somebody else's meeting
    ],
)
def test_the_probe_trained_located_model_leaves_a_place_named_for_something_else(
    monkeypatch, sentence
):
    # a heading that does not name the place
    text = SCHEME.format("wins award", sentence)
    found = _placed(monkeypatch, text, ("pairs_located", "pairs_located_probes"))
    assert ("Warm Homes", "Ashby") not in found


def _probe_folder(root: Path, *parts: str) -> Path:
    folder = root.joinpath(*parts)
    folder.mkdir(parents=True)
    (folder / "01.txt").write_text("Kelby Trust opens a hub\n\nKelby Trust opened a hub.\n")
    (folder / "01.gold.yaml").write_text("entities: []\nrelations: []\n")
    return folder


@pytest.mark.parametrize(
    "parts", [("fair", "check"), ("blindprobes", "fair", "tune"), ("blind", "tune")]
)
def test_training_refuses_a_probe_check_half_or_a_blind_folder(tmp_path, parts):
    from fitting import page_files, probe_pages

    folder = _probe_folder(tmp_path, *parts)
    with pytest.raises(SystemExit, match="never trained on"):
        probe_pages(str(tmp_path / "**" / "*"), "train_pairs")
    with pytest.raises(SystemExit, match="never trained on"):
        page_files(str(folder / "01"), tmp_path)


def test_training_on_probes_refuses_a_check_half_from_the_command_line(tmp_path):
    _probe_folder(tmp_path, "fair", "check")
    script = ROOT / "scripts/corpus/train_pairs.py"
    run = subprocess.run([sys.executable, str(script), "--probes", str(tmp_path / "*" / "*")],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode != 0
    assert "never trained on" in run.stderr


def test_probe_pages_are_the_texts_with_gold_and_fold_by_writers_folder(tmp_path):
    from fitting import group_of, held_out, probe_pages

    for writer in ("fair", "grants"):
        _probe_folder(tmp_path, writer, "tune")
    (tmp_path / "fair" / "tune" / "02.txt").write_text("No gold beside this one.\n")
    pages = probe_pages(str(tmp_path / "*" / "tune"), "train_pairs")
    assert pages == [str(tmp_path / w / "tune" / "01") for w in ("fair", "grants")]
    assert [group_of(p) for p in pages] == ["fair", "grants"]
    # one fold per writer: a writer's pages are never trained on when it is held out
    rows = [
        {"page": f"{tmp_path}/{w}/tune/{k:02d}", "features": [f"w={label}"], "label": label}
        for w in ("fair", "grants", "hubs")
        for k, label in enumerate(["LOCATED_IN", "NONE"] * 3)
    ]
    out = held_out(rows, min_pages=1, c=1.0, asked=lambda r: True, by_folder=True)
    assert len(out) == len(rows)


def test_the_probe_trained_model_is_never_asked_about_a_nation(monkeypatch):
    # the probe tune halves name no nation as a place to be asked about, so the model
    # trained on them ties none ("cold homes across the UK" does not place the scheme)
    ties_all = {f"kinds=Project>{k}": (5.0, 0.0) for k in ("Place",)}
    model = LinearModel(("LOCATED_IN", "NONE"), (0.0, 0.0), ties_all, 0.5)
    monkeypatch.setattr(pair_module, "packaged", {"pairs_located_probes": model}.get)
    text = SCHEME.format(
        "reaches Ashby",
        "Its fitters are now working on homes in Ashby. Too many homes are still cold "
        "in every part of the UK, and in England above all.",
    )
    found = set(_learned_located(extract_text(text, path="scheme.txt")))
    assert ("Warm Homes", "Ashby") in found
    assert not {("Warm Homes", "UK"), ("Warm Homes", "England")} & found
