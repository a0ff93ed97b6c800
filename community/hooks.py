"""Registries that later parts of the platform extend without this app importing them."""

from collections.abc import Callable
from typing import Any

# Each callable takes a user and returns a dict merged into "download my data"; it reads with a fixed
# number of queries, whatever the number of rows.
export_contributors: list[Callable[[Any], dict]] = []
# Each key a contributor adds, with what it holds (a translatable sentence naming the fields): the list is
# shown beside the "Download my data" button.
export_sections: dict[str, Any] = {}
