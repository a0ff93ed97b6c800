"""Tests of the search app (engine, indexing, API)."""
