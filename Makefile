# The two commands of the README: `make demo` (the main job) and `make test` (everything CI
# runs). Both set up what they need first, from the project's own files only.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := $(PYTHON) -m uv
KG := .venv/bin/kg
export KG_HOME ?= $(CURDIR)/.kg

.PHONY: setup neo4j browser demo explore test lint typecheck pytest eval bench bench-ingest bench-neo4j bench-sparql clean

# Python packages (and the spaCy model) exactly as uv.lock pins them, hashes included.
setup: .venv/.synced
.venv/.synced: pyproject.toml uv.lock
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet "uv==$(UV_VERSION)"
	$(UV) sync --frozen
	@touch $@

# The Neo4j server's jars from Maven Central (mvn, once; skipped when present), its config
# and generated password, all in $(KG_HOME)/neo4j.
neo4j: setup
	$(KG) neo4j install

# Chromium for the explorer's browser test, from Debian (only when missing; CI runs as root).
# Playwright drives it; its own browser downloads are never used. Where it cannot be installed
# the browser tests skip and say so.
browser:
	@test -x /usr/bin/chromium || { apt-get update && apt-get install -y chromium; } \
		|| echo "WARNING: cannot install chromium; the browser tests will skip"

# The main job: build the graph from the bundled reports (extract, load, sync Neo4j), then
# serve the explorer, the SPARQL endpoint and Neo4j until interrupted; Ctrl-C stops all three.
# `make demo SERVE=0` builds, shows what the graph holds and stops.
SERVE ?= 1
demo: setup neo4j
	$(KG) neo4j start
	$(KG) ingest data/reports
	$(KG) stats
	$(KG) cypher --query funding_flows
	@if [ "$(SERVE)" = 0 ]; then $(KG) neo4j stop; exit 0; fi; \
	trap '$(KG) neo4j stop; kill $$sparql 2>/dev/null' EXIT; \
	$(KG) sparql serve & sparql=$$!; \
	$(KG) neo4j status; echo "explorer http://127.0.0.1:8501  SPARQL http://127.0.0.1:7878/sparql"; \
	$(MAKE) --no-print-directory explore

lint: setup
	.venv/bin/ruff check kg ingest tests app.py benchmarks
	.venv/bin/ruff format --check kg ingest tests app.py benchmarks

typecheck: setup
	.venv/bin/mypy

# The explorer (README, "Explorer") over the store, on 127.0.0.1:8501 until interrupted.
explore: setup
	.venv/bin/streamlit run app.py --server.headless true --server.address 127.0.0.1 \
		--server.port 8501 --browser.gatherUsageStats false

pytest: setup neo4j browser
	.venv/bin/pytest

test: lint typecheck pytest

# SPARQL endpoint against the raw store and Apache Jena Fuseki (jar from Maven Central), on
# ~1M synthetic triples (README, "SPARQL endpoint").
FUSEKI_VERSION := 5.2.0
FUSEKI_JAR := $(KG_HOME)/fuseki/jena-fuseki-server-$(FUSEKI_VERSION).jar
$(FUSEKI_JAR):
	mvn -q -B dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:$(FUSEKI_VERSION):jar \
		-DoutputDirectory=$(dir $@)

bench-sparql: setup $(FUSEKI_JAR)
	.venv/bin/python -m benchmarks.bench_sparql --fuseki $(FUSEKI_JAR)

# Extraction quality on every evaluation set (dev, bundled, data/eval/*) with the shared scorer.
SCORE ?= ../shared/eval/score.py
eval: setup
	.venv/bin/python -m benchmarks.eval_sets --score $(SCORE)

# Ingest speed: full `kg extract` pipeline against bare spaCy, and --n-process 1 vs 2.
bench-ingest: setup
	.venv/bin/python -m benchmarks.bench_ingest

# Neo4j sync: batched loader against one statement per fact, rdflib-neo4j and neo4j-admin import.
bench-neo4j: neo4j
	.venv/bin/python -m benchmarks.bench_neo4j_sync --docs 1000 --runs 3 --sample 1000

# Every benchmark, each printing ratios against a baseline measured in the same run.
bench: bench-ingest bench-neo4j bench-sparql

clean:
	rm -rf .venv .kg .mypy_cache .ruff_cache .pytest_cache
