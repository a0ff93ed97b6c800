"""Prints where the local site runs and which demo accounts sign in (used by `make run`)."""

from django.core.management.base import BaseCommand

from community.models import User

ACCOUNTS = [
    ("admin@dxconnect.vn", "Quản trị viên / Administrator (Wagtail /admin/, Django /django-admin/)"),
    ("editor@dxconnect.vn", "Biên tập viên / Editor (Wagtail /admin/)"),
    ("org@dxconnect.vn", "Chủ tổ chức / Organisation owner"),
    ("expert@dxconnect.vn", "Chuyên gia / Expert"),
    ("member@dxconnect.vn", "Thành viên có lời mời / Member with a pending invitation"),
]
PASSWORD = "demo12345"


class Command(BaseCommand):
    help = "Print the local URL and the demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/")

    def handle(self, *args, url, **options):
        existing = set(User.objects.filter(email__in=[a for a, _ in ACCOUNTS]).values_list("email", flat=True))
        line = "─" * 72
        out = [
            line,
            f"  DX Connect · Kết nối Chuyển đổi số is starting at {url}",
            f"  English: {url}en/      Health: {url}healthz",
            line,
            f"  Demo accounts (password: {PASSWORD})",
        ]
        out += [f"   {email:<24} {role}" for email, role in ACCOUNTS if email in existing]
        out += [line, "  Stop with Ctrl+C.", ""]
        self.stdout.write("\n".join(out))
