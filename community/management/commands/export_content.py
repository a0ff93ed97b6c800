"""``manage.py export_content FILE.jsonl``: write programme content as import lines (see community/exchange)."""

from __future__ import annotations

import json
import os
import sys
import tempfile

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from community.exchange import export_records


class Command(BaseCommand):
    help = (
        "Export visible experts, challenges, solutions, case studies and forum topics as JSON Lines that "
        "import_content reads back ('-' writes to standard output)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .jsonl file to write, or - for standard output")

    def handle(self, *args, file: str, **options):
        translation.activate("en")
        if file == "-":
            count = self._write(sys.stdout)
        else:
            # Written next to the target and renamed: a failed export never leaves half a file.
            folder = os.path.dirname(os.path.abspath(file))
            try:
                fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".jsonl", dir=folder)
            except OSError as exc:
                raise CommandError(
                    _("Cannot write %(file)s: %(error)s") % {"file": file, "error": exc.strerror}
                ) from exc
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                    count = self._write(handle)
                os.replace(tmp, file)
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
            self.stdout.write(_("%(n)d objects written to %(file)s") % {"n": count, "file": file})

    @staticmethod
    def _write(handle) -> int:
        count = 0
        for record in export_records():
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
            count += 1
        return count
