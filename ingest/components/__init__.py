"""Custom spaCy components, registered by versioned factory name (`sovai_<what>_v1`; spaCy
allows no dot in a factory name). ingest/pipeline.cfg puts them on the base pipeline."""
