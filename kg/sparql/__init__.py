"""The SPARQL 1.1 Protocol endpoint over the store (`kg sparql serve`): read-only, bounded in
time, rows and request size, served from published snapshots (see `kg.snapshots`)."""
