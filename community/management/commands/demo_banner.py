"""Prints where the local site runs and which demo accounts sign in (used by `make run`)."""

from django.core.management.base import BaseCommand

from community.demo.data import DEMO_ACCOUNTS, DEMO_PASSWORD
from community.models import User


class Command(BaseCommand):
    help = "Print the local URL and the demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/")

    def handle(self, *args, url, **options):
        emails = [row[0] for row in DEMO_ACCOUNTS]
        existing = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
        line = "─" * 78
        out = [
            line,
            f"  DX Connect · Kết nối Chuyển đổi số is starting at {url}",
            f"  English: {url}en/    Health: {url}healthz    Admin: {url}admin/",
            line,
            f"  Demo accounts (password: {DEMO_PASSWORD})",
        ]
        out += [f"   {row[0]:<22} {row[4]}" for row in DEMO_ACCOUNTS if row[0] in existing]
        out += [line, "  Stop with Ctrl+C.", ""]
        self.stdout.write("\n".join(out))
