"""The search app stores nothing in the database; its index lives in the search engine."""
