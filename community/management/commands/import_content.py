"""``manage.py import_content FILE.jsonl``: upsert programme content by ``ref`` (see community/exchange)."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from community.exchange import import_lines


class Command(BaseCommand):
    help = (
        "Import case studies, challenges, solutions, experts and forum topics from a JSON Lines file "
        "(one object per line, upserted by ref; '-' reads standard input). Bad lines are reported with "
        "their number and reason, the good ones are imported; the exit status is 1 when any line failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .jsonl file, or - for standard input")
        parser.add_argument("--dry-run", action="store_true", help="validate and report, write nothing")
        parser.add_argument("--language", help="language of the messages (vi or en; default: the site's)")

    def handle(self, *args, file: str, dry_run: bool, language: str | None = None, **options):
        if language:
            translation.activate(language)
        try:
            if file == "-":
                report = import_lines(sys.stdin.buffer, dry_run=dry_run)
            else:
                with open(file, "rb") as handle:
                    report = import_lines(handle, dry_run=dry_run)
        except OSError as exc:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": file, "error": exc.strerror}
            ) from exc
        for error in report.errors:
            where = f"{error.kind} {error.ref}".strip()
            self.stderr.write(
                _("line %(line)d%(where)s: %(message)s")
                % {"line": error.line, "where": f" ({where})" if where else "", "message": error.message}
            )
        summary = _(
            "%(created)d created, %(updated)d updated, %(unchanged)d unchanged, %(failed)d failed"
        ) % {
            "created": report.count("created"),
            "updated": report.count("updated"),
            "unchanged": report.count("unchanged"),
            "failed": len(report.errors),
        }
        if dry_run:
            summary += " " + _("(dry run: nothing was saved)")
        self.stdout.write(summary)
        if not report.ok:
            raise CommandError(_("%(n)d line(s) failed; see the messages above.") % {"n": len(report.errors)})
