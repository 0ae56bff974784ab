"""Property-based tests of the seed parsers (Hypothesis).

Whatever bytes a seed file holds, its parser returns a document or refuses the
file with a SeedError; the bounded YAML and JSON loaders read back exactly what
a standard writer wrote; and a seed written as YAML, JSON or a Kumu table reads
back as the entities it holds.
"""

from __future__ import annotations

import csv
import io
import json
import string
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabgraph.errors import SeedError
from collabgraph.ingest import parse_document
from collabgraph.ingest.document import SeedDocument, parse_seed
from collabgraph.ingest.jsonio import load_json
from collabgraph.ingest.limits import MAX_DEPTH
from collabgraph.ingest.yamlio import load_yaml
from collabgraph.model.vocabulary import ENTITY_TYPES

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
)
trees = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)
# Names as people write them: words of letters, digits and punctuation, single spaces.
words = st.text(string.ascii_letters + string.digits + "'’-.&éñøß", min_size=1, max_size=12)
names = st.lists(words, min_size=1, max_size=5).map(" ".join).filter(lambda n: n[0].isalnum())
entities = st.lists(
    st.tuples(st.sampled_from(ENTITY_TYPES), names), min_size=1, max_size=8, unique_by=lambda e: e
)


@FAST
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".yaml", ".json", ".csv"]))
def test_any_bytes_give_a_document_or_a_seed_error(data, suffix):
    try:
        doc = parse_document(_path(suffix), data)
    except SeedError as exc:
        assert exc.problems and all(p.path == str(_path(suffix)) for p in exc.problems)
    else:
        assert isinstance(doc, SeedDocument)


@FAST
@given(text=st.text(max_size=500), suffix=st.sampled_from([".yaml", ".json", ".csv"]))
def test_any_text_gives_a_document_or_a_seed_error(text, suffix):
    try:
        parse_document(_path(suffix), text.encode("utf-8"))
    except SeedError as exc:
        assert all(p.line is None or p.line >= 1 for p in exc.problems)


@FAST
@given(tree=trees)
def test_any_structure_is_validated_not_crashed_on(tree):
    try:
        parse_seed(tree, path="tree.yaml")
    except SeedError as exc:
        assert exc.problems


@FAST
@given(tree=trees)
def test_the_bounded_yaml_loader_reads_what_pyyaml_wrote(tree):
    assert load_yaml(yaml.safe_dump(tree)) == tree


@FAST
@given(tree=trees)
def test_the_bounded_json_loader_reads_what_json_wrote(tree):
    assert load_json(json.dumps(tree), path="t.json") == tree


@pytest.mark.parametrize("dump", [json.dumps, yaml.safe_dump], ids=["json", "yaml"])
@settings(max_examples=20, deadline=None)
@given(depth=st.integers(min_value=1, max_value=3 * MAX_DEPTH))
def test_nesting_is_read_to_the_limit_and_refused_beyond_it(dump, depth):
    tree: object = "leaf"
    for _ in range(depth):
        tree = [tree]
    suffix = ".json" if dump is json.dumps else ".yaml"
    text = dump({"entities": tree}).encode()
    expected = "each entity must be a mapping" if depth + 1 <= MAX_DEPTH else "nest"
    with pytest.raises(SeedError, match=expected):  # the mapping around them counts too
        parse_document(_path(suffix), text)


@SLOW
@given(found=entities, as_=st.sampled_from(["yaml", "json", "csv"]))
def test_a_written_seed_reads_back_as_its_entities(found, as_):
    rows = [{"type": t, "name": n} for t, n in found]
    if as_ == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, ["Label", "Type"])
        writer.writeheader()
        writer.writerows({"Label": n, "Type": t} for t, n in found)
        data = out.getvalue()
    elif as_ == "json":
        data = json.dumps({"entities": rows}, ensure_ascii=False)
    else:
        data = yaml.safe_dump({"entities": rows}, allow_unicode=True)
    doc = parse_document(_path(f".{as_}"), data.encode("utf-8"))
    assert [(e.type, e.name) for e in doc.entities] == found


def _path(suffix: str) -> Path:
    return Path("seed" + suffix)
