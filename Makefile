# The two commands of the README: `make demo` (the main job) and `make test` (everything CI
# runs). Both set up what they need first, from the project's own files only.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := $(PYTHON) -m uv
KG := .venv/bin/kg
export KG_HOME ?= $(CURDIR)/.kg

.PHONY: setup demo test lint typecheck pytest bench bench-ingest clean

# Python packages (and the spaCy model) exactly as uv.lock pins them, hashes included.
setup: .venv/.synced
.venv/.synced: pyproject.toml uv.lock
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet "uv==$(UV_VERSION)"
	$(UV) sync --frozen
	@touch $@

demo: setup
	$(KG) load data/examples/*.json
	$(KG) stats

lint: setup
	.venv/bin/ruff check kg ingest tests app.py benchmarks
	.venv/bin/ruff format --check kg ingest tests app.py benchmarks

typecheck: setup
	.venv/bin/mypy

pytest: setup
	.venv/bin/pytest

test: lint typecheck pytest

# Ingest speed: full `kg extract` pipeline against bare spaCy, and --n-process 1 vs 2.
bench-ingest: setup
	.venv/bin/python -m benchmarks.bench_ingest

clean:
	rm -rf .venv .kg .mypy_cache .ruff_cache .pytest_cache
