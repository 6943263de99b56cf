"""Neo4j for researchers: a local Community server, the RDF store projected into it, and
read-only Cypher with a library of research questions.

Modules: `config` (files, settings, credentials), `server` (jars, install, start, stop),
`projection` (RDF store -> nodes and relationships, per document), `sync` (batched writes and
per-document diffs; `sync_if_running` is the hook for `kg ingest`), `cypher` (bounded read-only
queries), `library` (the query library in `queries/`).
"""
