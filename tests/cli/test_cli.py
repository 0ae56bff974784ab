"""The `collabgraph` command as a user runs it, on every backend."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from collabgraph.cli import app
from tests.conftest import CASES_ROOT, LAUNCH_YAML, SEEDS

COMMANDS = [
    ["import"], ["stats"], ["query", "collaborators"], ["query", "path"],
    ["merge"], ["export"], ["serve"], ["edit"], ["delete"], ["relate"], ["unrelate"],
    ["split"], ["history"], ["undo"], ["extract"], ["evaluate"],
]  # fmt: skip


@pytest.fixture
def run(store_settings, in_tmp_cwd):
    env = {
        "COLLABGRAPH_DATA_DIR": str(store_settings.data_dir),
        "COLLABGRAPH_NEO4J_URI": store_settings.neo4j_uri or "",
    }
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    return invoke


def test_import_then_query_collaborators(run, in_tmp_cwd):
    seed = shutil.copy(LAUNCH_YAML, in_tmp_cwd / "launch.yaml")
    result = run("import", str(seed))
    assert result.exit_code == 0, result.output
    assert "imported" in result.output
    result = run("query", "collaborators", "Henry Kippin", "--json")
    found = json.loads(result.stdout)
    anna = next(c for c in found["collaborators"] if c["name"] == "Anna Randle")
    assert {ctx["via"]["name"] for ctx in anna["contexts"]} == {
        "Collaborate CIC",
        "Launch of Building Collaborative Places",
    }
    result = run("query", "collaborators", "Cllr Stretton")
    assert result.exit_code == 0
    assert "Jean Stretton" in result.output


def test_importing_the_seeds_twice_gives_identical_stats(run, in_tmp_cwd):
    seeds = shutil.copytree(SEEDS, in_tmp_cwd / "seeds")
    first = run("import", str(seeds), "--json")
    assert first.exit_code == 0, first.output
    stats = run("stats", "--json").stdout
    second = run("import", str(seeds), "--json")
    assert {r["status"] for r in json.loads(second.stdout)} <= {"unchanged", "skipped"}
    assert run("stats", "--json").stdout == stats
    assert json.loads(stats)["entities"]["Person"] >= 8


def test_a_failed_file_sets_the_exit_code_and_names_the_line(run, in_tmp_cwd):
    (in_tmp_cwd / "bad.yaml").write_text("entities:\n  - {type: Robot, name: R2}\n")
    result = run("import", "bad.yaml")
    assert result.exit_code == 1
    assert "bad.yaml:2: unknown entity type 'Robot'" in result.output
    assert json.loads(run("stats", "--json").stdout)["entities"] == {}


def test_unknown_name_is_an_error_with_suggestions(run, in_tmp_cwd):
    run("import", str(shutil.copy(LAUNCH_YAML, in_tmp_cwd / "launch.yaml")))
    result = run("query", "collaborators", "Henry Kipin")
    assert result.exit_code == 1
    assert "Henry Kippin" in result.output


def test_dry_run_writes_nothing(run, in_tmp_cwd):
    seed = shutil.copy(LAUNCH_YAML, in_tmp_cwd / "launch.yaml")
    result = run("import", "--dry-run", str(seed), "--json")
    [report] = json.loads(result.stdout)
    assert report["status"] == "would import"
    assert report["relations"]["added"] == 21
    assert json.loads(run("stats", "--json").stdout)["entities"] == {}


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf"])
def test_export_writes_a_file_other_tools_read(run, in_tmp_cwd, fmt):
    import networkx as nx

    run("import", str(shutil.copy(LAUNCH_YAML, in_tmp_cwd / "launch.yaml")))
    folder = in_tmp_cwd / ("a-folder-with-a-long-name-" * 3)
    folder.mkdir()
    out = folder / f"graph.{fmt}"  # longer than the 80 columns the runner prints
    # the format comes from the extension; --reciprocal gives a file networkx reads
    # (it refuses graphs mixing directed and undirected edges)
    result = run("export", "--reciprocal", str(out))
    assert result.exit_code == 0, result.output
    # one line however long the path: the user copies it from the terminal
    assert f"wrote {out} ({fmt}: 21 entities" in result.output
    if fmt == "json":
        data = json.loads(out.read_text())
        G = nx.node_link_graph(data, edges="edges")
    else:
        G = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert G.number_of_nodes() == 21
    assert G.nodes["person:henry-kippin"]["name"] == "Henry Kippin"


def test_python_dash_m_offers_every_command():
    # `python -m collabgraph.cli` runs the module as __main__: the commands that
    # register themselves from other modules must still be there
    shown = subprocess.run(
        [sys.executable, "-m", "collabgraph.cli", "--help"],
        capture_output=True, text=True, check=True, env={"COLUMNS": "200", "PATH": ""},
    ).stdout  # fmt: skip
    for command in {c[0] for c in COMMANDS}:
        assert f" {command} " in shown, command


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_kumu_tables_import_and_a_blueprint_exports_and_imports_again(run, in_tmp_cwd):
    case = shutil.copytree(CASES_ROOT / "formats" / "02-kumu-multi-to", in_tmp_cwd / "c02")
    (in_tmp_cwd / "typo.csv").write_text(
        "From,To,Type,Direction\nRosa Quenell,Northgate Council,WORKS_FOR,mutal\n",
        encoding="utf-8",
    )
    result = run("import", str(case), "typo.csv")
    assert result.exit_code == 1
    shown = " ".join(result.output.split())
    assert "typo.csv:2: row 2, column D (Direction): unknown direction 'mutal'" in shown
    assert "(did you mean 'mutual'?)" in shown
    assert json.loads(run("stats", "--json").stdout)["relations"] == {
        "WORKS_FOR": 2,
        "ORGANISED": 2,
    }
    out = in_tmp_cwd / "map.kumu.json"  # the format from the name
    result = run("export", str(out))
    assert result.exit_code == 0, result.output
    assert f"wrote {out} (kumu: 4 entities, 4 relations)" in " ".join(result.output.split())
    blueprint = json.loads(out.read_text(encoding="utf-8"))
    assert {e["label"] for e in blueprint["elements"]} >= {"Rosa Quennell", "Northgate Council"}
    result = run("import", str(out), "--json")
    [report] = json.loads(result.stdout)
    assert (report["status"], report["entities"]["added"], report["relations"]["added"]) == (
        "imported", 0, 0
    )  # fmt: skip
