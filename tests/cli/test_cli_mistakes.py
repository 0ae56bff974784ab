"""A user's mistakes get a message and an exit code, never a traceback: wrong paths,
types and names walked through every command, on every backend."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from collabgraph.cli import app
from tests.conftest import LAUNCH_YAML, REPO

COMMANDS = [
    ["import"], ["stats"], ["query", "collaborators"], ["query", "path"], ["merge"],
    ["export"], ["serve"], ["extract"], ["evaluate"], ["edit"], ["delete"], ["relate"],
    ["unrelate"], ["split"], ["history"], ["undo"],
]  # fmt: skip


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


MISTAKES = [
    (["export", "no-such-folder/graph.graphml"], 2, "the folder no-such-folder does not exist"),
    (["export", "."], 2, "is a folder"),
    (["export", "--format", "pdf", "graph.out"], 2, "unknown format 'pdf'"),
    (["extract", "no-such-file.txt"], 1, "no-such-file.txt: no such file"),
    (["extract", "launch.yaml"], 2, "no .txt, .md, .html, .pdf or .docx files"),
    (["extract", "--out", "launch.yaml", "notes.txt"], 2, "is a file"),
    (["extract", "http://127.0.0.1:{port}/page"], 1, "no answer"),
    (["import", "no-such-file.yaml"], 1, "no-such-file.yaml: no such file"),
    (["import", "empty/"], 1, "no seed files in empty/"),
    (["import", "http://127.0.0.1:{port}/page"], 1, "no answer"),
    (["import", "ftp://example.org/minutes.txt"], 1, "only http:// and https://"),
    (["import", "picture.png"], 1, "unsupported file type .png"),
    (["import", "broken.pdf"], 1, "not a readable PDF"),
    (["query", "collaborators", "Henry Kipin"], 1, "did you mean: Henry Kippin"),
    (["query", "path", "Henry Kippin", "Nobody At All"], 1, "no entity called 'Nobody At All'"),
    (["merge", "Henry Kippin", "Henry Kippin"], 1, "already one entity"),
    (["edit", "Henry Kipin", "--title", "Dr"], 1, "did you mean: Henry Kippin"),
    (["edit", "Henry Kippin"], 2, "say what to change"),
    (["edit", "Henry Kippin", "--type", "Robot"], 1, "unknown entity type 'Robot'"),
    (["edit", "Henry Kippin", "--name", " "], 1, "a name must not be empty"),
    (["delete", "Nobody At All"], 1, "no entity called 'Nobody At All'"),
    (["relate", "Oldham Council", "WORKS_FOR", "Henry Kippin"], 1, "WORKS_FOR joins Person"),
    (["relate", "Henry Kippin", "KNOWS", "Anna Randle"], 1, "unknown relation type 'KNOWS'"),
    (["relate", "Henry Kippin", "MEMBER_OF", "Oldham Council", "--since", "soon"], 1, "since"),
    (["unrelate", "Henry Kippin", "MEMBER_OF", "Oldham Council"], 1, "no relation"),
    (["split", "Henry Kippin"], 1, "joins no merged entity"),
    (["undo", "decision:42"], 1, "no decision 'decision:42'"),
    (["history", "Nobody At All"], 1, "no entity called 'Nobody At All'"),
    (["evaluate", "no-such-file.txt", "gold.yaml"], 1, "no-such-file.txt: no such file"),
    (["evaluate", "launch.yaml"], 2, "give a gold .yaml"),
    (["serve", "--port", "eighty"], 2, "Invalid value for '--port'"),
    (["stats", "--colour"], 2, "No such option: --colour"),
    (["query", "everyone"], 2, "No such command 'everyone'"),
]


@pytest.fixture
def walk(store_settings, in_tmp_cwd):
    """Run the CLI in a folder holding the launch seed (imported) and a few bad files.
    An exception escaping the command fails the test (catch_exceptions=False)."""
    shutil.copy(LAUNCH_YAML, in_tmp_cwd / "launch.yaml")
    (in_tmp_cwd / "notes.txt").write_text("Ada Lovelace met Charles Babbage.\n")
    (in_tmp_cwd / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (in_tmp_cwd / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a PDF\n")
    (in_tmp_cwd / "empty").mkdir()
    env = {
        "COLLABGRAPH_DATA_DIR": str(store_settings.data_dir),
        "COLLABGRAPH_NEO4J_URI": store_settings.neo4j_uri or "",
        "COLUMNS": "200",
    }
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    assert invoke("import", "launch.yaml").exit_code == 0
    return invoke


def test_mistakes_get_a_message_and_an_exit_code(walk):
    port = closed_port()
    for args, code, message in MISTAKES:
        args = [a.format(port=port) for a in args]
        result = walk(*args)
        shown = " ".join(result.output.split())
        assert result.exit_code == code, (args, result.output)
        assert message in shown, (args, result.output)
        assert "Traceback" not in result.output, args


def test_a_mistake_prints_no_traceback_from_the_real_command(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "collabgraph.cli", "export", str(tmp_path / "gone" / "g.gexf")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={**os.environ, "COLLABGRAPH_DATA_DIR": str(tmp_path / "store"),
             "COLLABGRAPH_NEO4J_URI": ""},
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "does not exist" in " ".join(result.stderr.split())


def test_running_elsewhere_says_a_new_empty_store_is_started(tmp_path):
    env = {"COLLABGRAPH_DATA_DIR": str(tmp_path / "elsewhere"), "COLLABGRAPH_NEO4J_URI": ""}
    first = CliRunner().invoke(app, ["stats"], env=env, catch_exceptions=False)
    assert first.exit_code == 0
    assert "no graph at" in first.stderr and "new, empty graph" in first.stderr
    second = CliRunner().invoke(app, ["stats"], env=env, catch_exceptions=False)
    assert "no graph at" not in second.stderr  # it exists now: nothing to say


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_help_examples_name_files_that_exist_and_flags_take_no_value(command):
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Example" in result.output
    for path in re.findall(r"\b((?:seeds|tests)/[\w./-]*\w/?)", result.output):
        assert (REPO / path).exists(), f"{' '.join(command)} --help names {path}"
    assert "<bool>" not in result.output
