# collabgraph developer tasks. `make help` lists them.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

PYTHON ?= python3.11
VENV := .venv
NEO4J := scripts/neo4j-local
PYTEST_ARGS ?=
LINT_PATHS := src api tests bench scripts

.PHONY: help setup browser neo4j-start neo4j-stop test lint demo bench lowest-deps

help:
	@echo "make setup        create $(VENV) ($(PYTHON)) and pip install -e '.[dev]' (skipped if pyproject.toml unchanged)"
	@echo "make browser      install Debian's chromium + chromium-driver if missing (scripts/install-browser)"
	@echo "make neo4j-start  start the local Neo4j 5.26 (scripts/neo4j-local; first run downloads jars)"
	@echo "make neo4j-stop   stop it"
	@echo "make test         setup + browser + Neo4j, run scripts/run-tests \$$PYTEST_ARGS, stop Neo4j, exit with pytest's code"
	@echo "make lint         ruff check + ruff format --check on $(LINT_PATHS)"
	@echo "make demo         import seeds/ and serve the API"
	@echo "make bench        run bench/bench_*.py against the local Neo4j"
	@echo "make lowest-deps  the oldest versions pyproject.toml allows: install them, run smoke tests"

# Stamp = hash of pyproject.toml, so a touched-but-unchanged file does not reinstall.
setup:
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	@want=$$(sha256sum pyproject.toml | cut -d' ' -f1); \
	if [[ "$$(cat $(VENV)/.setup-stamp 2>/dev/null)" != "$$want" ]]; then \
	  $(VENV)/bin/pip install -q -e '.[dev]' && echo "$$want" > $(VENV)/.setup-stamp; \
	fi

browser:
	@scripts/install-browser

neo4j-start:
	@$(NEO4J) start

neo4j-stop:
	@$(NEO4J) stop

# Neo4j is stopped by the EXIT trap whatever pytest returns. make itself exits 2 on any
# failure, so pytest's own exit code is also written to test-artifacts/pytest-exit-code.
# scripts/run-tests runs the service tests one at a time and, beside them, the rest.
test: setup browser
	@mkdir -p test-artifacts; rm -f test-artifacts/pytest-exit-code; \
	uri=$$($(NEO4J) start); trap '$(NEO4J) stop' EXIT; \
	echo "COLLABGRAPH_TEST_NEO4J_URI=$$uri"; rc=0; \
	COLLABGRAPH_TEST_NEO4J_URI=$$uri PYTEST=$(VENV)/bin/pytest scripts/run-tests $(PYTEST_ARGS) || rc=$$?; \
	echo $$rc > test-artifacts/pytest-exit-code; exit $$rc

lint: setup
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --check $(LINT_PATHS)

demo: setup
	$(VENV)/bin/collabgraph import seeds/
	$(VENV)/bin/collabgraph serve

bench: setup
	@uri=$$($(NEO4J) start); trap '$(NEO4J) stop' EXIT; \
	export COLLABGRAPH_NEO4J_URI=$$uri COLLABGRAPH_TEST_NEO4J_URI=$$uri; \
	for f in bench/bench_*.py; do \
	  [[ -e $$f ]] || { echo "no bench/bench_*.py"; break; }; \
	  m=$${f%.py}; echo "== $$m"; $(VENV)/bin/python -m $${m//\//.}; \
	done

lowest-deps: setup
	@scripts/check-lowest-deps
