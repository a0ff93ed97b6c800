"""A test-only Django app with small models indexed for search (installed by the test settings)."""
