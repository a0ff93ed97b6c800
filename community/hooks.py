"""Registries that later parts of the platform extend without this app importing them."""

from collections.abc import Callable
from typing import Any

# Each callable takes a user and returns a dict merged into "download my data".
export_contributors: list[Callable[[Any], dict]] = []
