"""Schemathesis over the whole OpenAPI description, on both stores.

Every operation is called with requests generated from its description, both
fitting it (positive) and breaking it (negative), and every answer is checked:
no server error, status code, content type, headers and body as described.
Two checks are left out where they cannot hold, and only there (schemathesis.toml
beside this file, which `st run` reads too: see BENCHMARKS.md):

- `negative_data_rejection`: FastAPI ignores query parameters it does not know,
  as most APIs do; a request with an extra parameter is not a fault;
- `positive_data_acceptance` for POST /imports, which refuses, on purpose, what no
  schema can say is wrong (a seed file's content).

Time windows that fit the description but name no real span of days (2023-02-30,
`until` before `since`) are not generated (schemathesis_hooks.py, which the same
file loads): the API refuses them on purpose, 422 `bad_window`.

`COLLABGRAPH_SCHEMATHESIS_EXAMPLES` sets the examples per operation and mode
(default 15, which keeps this test to half a minute or so per store); the figures in
BENCHMARKS.md come from a run with more.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.config import SchemathesisConfig

from tests.api.conftest import WRITE

EXAMPLES = int(os.environ.get("COLLABGRAPH_SCHEMATHESIS_EXAMPLES", "15"))
CONFIG = Path(__file__).with_name("schemathesis.toml")  # the checks left out, and where


@pytest.mark.timeout(1200)
def test_every_operation_answers_as_described_and_never_500(app, client):
    config = SchemathesisConfig.from_path(CONFIG)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=config)
    calls: Counter[str] = Counter()
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in schemathesis.GenerationMode:
            try:
                _fuzz(operation, mode, calls, failures)
            except Unsatisfiable:  # nothing can break a description with no parameters
                assert mode is schemathesis.GenerationMode.NEGATIVE
    print(f"\nschemathesis: {sum(v for k, v in calls.items() if 'x' not in k)} calls", dict(calls))
    assert failures == [], "\n\n".join(failures[:5])
    assert calls["5xx"] == 0


def _fuzz(operation, mode, calls: Counter[str], failures: list[str]) -> None:
    """Call `operation` with EXAMPLES generated requests, noting answers and failures."""

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(mode))
    def call(case):
        calls[operation.label] += 1
        try:
            response = case.call_and_validate(headers=WRITE)
        except BaseException as exc:  # schemathesis reports a group of failures
            failures.append(f"{operation.label} ({mode.value}): {exc}")
            return
        calls[f"{response.status_code // 100}xx"] += 1

    call()
