"""What a user installs: one top-level package holding every module and data file it
reads, every import declared in pyproject.toml, and minimum versions that install and
pass the smoke tests (scripts/check-lowest-deps)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib import resources
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
# Where each part of the source tree lands in the wheel.
LAYOUT = {REPO / "src" / "collabgraph": "collabgraph", REPO / "api": "collabgraph/api"}


def source_files(root: Path) -> list[Path]:
    return [
        p
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    ]


def declared(*extras: str) -> set[str]:
    """Distribution names pyproject.toml requires (normalised), with these extras'."""
    project = PYPROJECT["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    return {_normal(re.match(r"[A-Za-z0-9_.-]+", r)[0]) for r in requirements}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_modules(*roots: Path) -> dict[str, Path]:
    """Top-level modules imported (absolutely) anywhere under `roots`, with one file each."""
    found: dict[str, Path] = {}
    for root in roots:
        for path in root.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], path)
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """The wheel, built (as `pip wheel` builds it for a user) from a copy of the
    files it is made of, so a build never leaves anything in the checkout."""
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(REPO / name, src)
    for name in ("src", "api"):
        shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    subprocess.run([*command, "-q", "-w", str(work / "dist"), str(src)], check=True)
    [built] = (work / "dist").glob("collabgraph-*.whl")
    with zipfile.ZipFile(built) as opened:
        yield opened


def test_the_wheel_installs_one_package_with_every_module_and_data_file(wheel):
    names = set(wheel.namelist())
    version = PYPROJECT["project"]["version"]
    assert {n.split("/")[0] for n in names} == {"collabgraph", f"collabgraph-{version}.dist-info"}
    expected = {
        f"{prefix}/{path.relative_to(root).as_posix()}"
        for root, prefix in LAYOUT.items()
        for path in source_files(root)
    }
    assert not expected - names, sorted(expected - names)
    for needed in (
        "collabgraph/api/main.py",
        "collabgraph/api/routers/imports.py",
        "collabgraph/extract/vocab/pronouns.txt",
        "collabgraph/extract/patterns/employment.jsonl",
        "collabgraph/extract/learned/data/participation.json",
        "collabgraph/ingest/data/threesixtygiving.yaml",
        "collabgraph/render/static/map-sigma.js",
        "collabgraph/render/static/vendor/sigma/sigma.min.js",
        "collabgraph/render/templates/map.html",
    ):
        assert needed in names


def test_the_wheel_says_its_licence_requirements_and_command(wheel):
    info = f"collabgraph-{PYPROJECT['project']['version']}.dist-info"
    metadata = wheel.read(f"{info}/METADATA").decode()
    assert "License-Expression: MIT" in metadata
    assert wheel.read(f"{info}/licenses/LICENSE") == (REPO / "LICENSE").read_bytes()
    requires = {_normal(re.match(r"Requires-Dist: ([A-Za-z0-9_.-]+)", line)[1])
                for line in metadata.splitlines() if line.startswith("Requires-Dist:")}  # fmt: skip
    assert {"numpy", "openpyxl", "fastapi", "starlette", "markupsafe"} <= requires
    assert "collabgraph = collabgraph.cli:app" in wheel.read(f"{info}/entry_points.txt").decode()


def test_the_installed_package_reads_its_data_files():
    """Run against an installed wheel by scripts/check-lowest-deps too: every data
    file the code reads at run time is in the package."""
    from collabgraph.api.main import create_app

    assert callable(create_app)
    for package, name in [
        ("collabgraph.extract.vocab", "pronouns.txt"),
        ("collabgraph.extract.patterns", "employment.jsonl"),
        ("collabgraph.extract.learned", "data/participation.json"),
        ("collabgraph.analysis", "data/collaboration.yaml"),
        ("collabgraph.model", "data/post_nominals.txt"),
        ("collabgraph.ingest", "data/threesixtygiving.yaml"),
        ("collabgraph.render", "static/map.js"),
        ("collabgraph.render", "static/docs/swagger-init.js"),
        ("collabgraph.render", "templates/home.html"),
    ]:
        assert resources.files(package).joinpath(name).is_file(), (package, name)


def test_every_import_is_declared_in_pyproject():
    """A module the package imports comes from a distribution it requires (numpy too,
    not only through scipy); tests, benchmarks and the corpus
    scripts may use the dev extras as well."""
    providers = packages_distributions()
    # the benchmarks and the corpus scripts are run from their folders, so they import
    # each other by file name ("fitting", shared by the training scripts)
    scripts = {p.stem for d in ("bench", "scripts/corpus") for p in (REPO / d).glob("*.py")}
    first_party = {"collabgraph", "tests", "bench"} | scripts

    def undeclared(modules: dict[str, Path], allowed: set[str]) -> dict[str, str]:
        missing = {}
        for module, path in sorted(modules.items()):
            if module in sys.stdlib_module_names or module in first_party:
                continue
            dists = {_normal(d) for d in providers.get(module, [])}
            if not dists & allowed:
                missing[module] = f"{path.relative_to(REPO)} (from {sorted(dists) or '?'})"
        return missing

    runtime = imported_modules(REPO / "src", REPO / "api")
    assert undeclared(runtime, declared()) == {}
    development = imported_modules(REPO / "tests", REPO / "bench")
    assert undeclared(development, declared("dev")) == {}
    # the corpus scripts (scikit-learn refits the participation model)
    corpus = imported_modules(REPO / "scripts" / "corpus")
    assert undeclared(corpus, declared("dev")) == {}
    # The API is collabgraph.api: nothing imports a top-level `api` any more.
    assert "api" not in runtime and "api" not in development


@pytest.mark.slow
def test_the_lowest_versions_pyproject_allows_install_and_pass_the_smoke_tests():
    """scripts/check-lowest-deps: every direct dependency at its stated minimum (from
    wheels), the stated minimum what installs, and the smoke tests pass on it."""
    if shutil.which("uv", path=str(REPO / ".venv" / "bin")) is None and not shutil.which("uv"):
        pytest.fail("uv is missing: `make setup` installs the dev extras")
    done = subprocess.run(
        [str(REPO / "scripts" / "check-lowest-deps")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-6000:]
    assert " passed" in done.stdout
