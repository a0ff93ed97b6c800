"""System checks: report a broken synonyms or glossary file at deploy time rather than as odd search results."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core import checks

from .synonyms import DEFAULT_PATHS, SynonymsError, parse_synonyms


@checks.register("search")
def check_synonyms(app_configs: Sequence[Any] | None = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """search.E001: every synonyms file must parse: synonyms.txt, glossary.txt and any configured one."""
    paths = set(DEFAULT_PATHS)
    for options in getattr(settings, "HAYSTACK_CONNECTIONS", {}).values():
        if options.get("SYNONYMS_FILE"):
            paths.add(Path(options["SYNONYMS_FILE"]))
    errors: list[checks.CheckMessage] = []
    for path in sorted(paths):
        try:
            parse_synonyms(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, SynonymsError) as exc:
            errors.append(
                checks.Error(
                    f"The search synonyms file {path} cannot be used: {exc}",
                    hint="Fix the line; until then searches use the last good version (or none).",
                    id="search.E001",
                )
            )
    return errors
