"""The kinds of content search knows, as the API names them (no Django import: benchmarks use it too)."""

KINDS = (
    "case_study",
    "challenge",
    "solution",
    "expert",
    "organisation",
    "forum_topic",
    "event",
    "report",
    "news",
)
