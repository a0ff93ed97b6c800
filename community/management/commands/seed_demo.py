"""`manage.py seed_demo [--scale N]`: loads the lively demo site, idempotently; --scale adds bulk volumes.

The demo content is data: every ``fixtures/*.jsonl`` of the community and CMS packages, loaded through the
importer of ``import_content`` (each kind written by its domain's services, see community.demo.steps for
the order). What is not yet data is built by the remaining Python steps."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from community.demo import data, generator
from community.demo.steps import STEPS, SeedContext
from community.notifications.services import without_email

# How the report names a kind's tally, where the plural of its name does not read well.
KIND_LABELS = {
    "account": "users",
    "challenge_story": "challenges",
    "expert_profile": "experts",
    "org_invitation": "invitations",
    "news": "news",
    "event_index": "event indexes",
    "publications_index": "publication indexes",
    "moderation_hide": "hidden comments",
}


def parse_scale(value) -> int:
    """None means no generated volumes; otherwise a whole number of at least 1."""
    if value is None:
        return 0
    if isinstance(value, bool):
        raise CommandError("--scale must be a whole number of at least 1.")
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if not text.lstrip("+").isdigit():
            raise CommandError(f"--scale must be a whole number of at least 1, not {value!r}.")
        number = int(text)
    if number < 1:
        raise CommandError(f"--scale must be a whole number of at least 1, not {value!r}.")
    return number


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ") + "s")


class Command(BaseCommand):
    help = (
        "Load the demo content (organisations, experts, demo accounts, the English home page). Safe to run "
        "again: nothing changes the second time. --scale N adds N×1,000 generated experts and N×200 "
        "generated organisations."
    )

    def add_arguments(self, parser):
        # Parsed by hand (no type=int) so that call_command and the shell get the same clear error.
        parser.add_argument(
            "--scale",
            default=None,
            metavar="N",
            help=f"also generate N×{generator.EXPERTS_PER_SCALE:,} experts and "
            f"N×{generator.ORGANISATIONS_PER_SCALE} organisations (N ≥ 1)",
        )
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="run even with production settings (creates a superuser with the public demo password)",
        )

    def handle(self, *args, scale=None, allow_production=False, **options):
        scale = parse_scale(scale)
        if settings.SETTINGS_MODULE.endswith(".production") and not allow_production:
            raise CommandError(
                "Refusing to seed demo accounts (password demo12345) with production settings. "
                "Pass --allow-production if this really is a demo server."
            )
        ctx = SeedContext(scale=scale)
        # Seeded proposals and decisions leave notifications in the bells, but nobody is e-mailed.
        with without_email():
            for step in STEPS:
                # One transaction per step: a failure leaves earlier steps in place, and a rerun completes them.
                with transaction.atomic():
                    step(ctx)
        if options["verbosity"] >= 1:
            self._report(ctx)

    def _report(self, ctx: SeedContext) -> None:
        lines = ["Demo content:"]
        for kind, tally in ctx.report.tally().items():
            total = tally["created"] + tally["updated"] + tally["unchanged"]
            extra = f", {tally['updated']} updated" if tally["updated"] else ""
            lines.append(f"  {kind_label(kind)}: {total} ({tally['created']} new{extra})")
        for label, (total, created) in ctx.imports.tallies.items():
            lines.append(f"  {label}: {total} ({created} new)")
        for label, tally in ctx.tallies.items():
            extra = f", {tally.updated} updated" if tally.updated else ""
            lines.append(f"  {label}: {tally.total} ({tally.new} new{extra})")
        lines += [f"  note: {note}" for note in ctx.notes]
        width = max(len(email) for email, *_ in data.DEMO_ACCOUNTS)
        lines += ["", f"Demo accounts (password: {data.DEMO_PASSWORD})"]
        lines += [f"  {email:<{width}}  {role}" for email, _name, _staff, _su, role in data.DEMO_ACCOUNTS]
        self.stdout.write("\n".join(lines))
