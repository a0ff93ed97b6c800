"""Bulk import and export of programme content as JSON Lines (``manage.py import_content`` / ``export_content``).

One JSON object per line, each with ``kind`` and ``ref`` and that kind's fields (see ``fields.py``). The
kinds are registered by the domains that write them (``registry.py``); ``seed_demo`` loads the demo content
(``fixtures.py``) through the same runner.
Imports upsert by ``ref`` and are idempotent: a second run of the same file changes nothing. Every line
is validated first; a bad line is reported with its number and reason and the good lines are still
imported, each in its own savepoint so a line that fails half-way leaves nothing behind.
"""

from community.exchange.runner import ImportReport, LineOutcome, export_records, import_files, import_lines

__all__ = ["ImportReport", "LineOutcome", "export_records", "import_files", "import_lines"]
