"""Search for DX Connect: Vietnamese-aware haystack engines, on-commit indexing and a small API."""
