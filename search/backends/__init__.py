"""Haystack search engine backends of DX Connect (embedded tantivy now; Elasticsearch later)."""
