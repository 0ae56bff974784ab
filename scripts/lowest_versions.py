"""Check that an environment holds every direct dependency of pyproject.toml at the
minimum version its requirement states (`name>=X` or `name==X`).

Run by scripts/check-lowest-deps in the environment it installed with uv's
`--resolution lowest-direct`: a dependency installed above its stated minimum means
that minimum cannot be installed (no wheel for this Python, or another dependency
needs more), so pyproject.toml claims a minimum nobody tests. Prints each
dependency's stated minimum and installed version; exits 1 on any difference.

    python scripts/lowest_versions.py pyproject.toml [extra ...]
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version

_REQUIREMENT = re.compile(r"([A-Za-z0-9_.-]+)\s*(?:\[[^\]]*\])?\s*(?:(?:>=|==)\s*([^,;\s]+))?")


def _normal(version_text: str) -> tuple[int, ...]:
    """A release as numbers, trailing zeros dropped (`3.8` and `3.8.0` are one)."""
    parts = [int(p) for p in re.findall(r"\d+", version_text)]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def main(pyproject: str, *extras: str) -> int:
    with open(pyproject, "rb") as f:
        project = tomllib.load(f)["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    wrong = 0
    for requirement in requirements:
        match = _REQUIREMENT.match(requirement)
        assert match, requirement
        name, minimum = match[1], match[2]
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = None
        same = minimum is None or (installed and _normal(installed) == _normal(minimum))
        wrong += not same
        mark = "ok" if same else "NOT THE MINIMUM"
        print(f"{name:24} {'>= ' + minimum if minimum else '(any)':12} {installed}  {mark}")
    if wrong:
        print(f"{wrong} minimum(s) in {pyproject} are not what installs", file=sys.stderr)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
