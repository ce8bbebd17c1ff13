"""The study's numbers as validated, read-only tables (see catalog.json for provenance)."""
