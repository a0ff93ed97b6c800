"""`manage.py warm_up --url URL`: wait for a freshly started server, then open its main pages once, so the
first person does not pay for imports, template compilation and the search index being opened (used by
`make run`; the first page took 4 s before)."""

import time
import urllib.error
import urllib.request

from django.core.management.base import BaseCommand, CommandError

# The pages a visitor opens first, in both languages; each loads code the others do not.
PATHS = (
    "",
    "en/",
    "challenges/",
    "en/challenges/",
    "experts/",
    "organisations/",
    "forum/",
    "search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91",
    "en/search/?q=digital+transformation",
    "account/login/",
)


class Command(BaseCommand):
    help = "Wait until the server at --url answers, then request its main pages once."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/")
        parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the server")

    def handle(self, *args, url, timeout, **options):
        base = url if url.endswith("/") else url + "/"
        started = time.monotonic()
        while not self._answers(base + "healthz"):
            if time.monotonic() - started > timeout:
                raise CommandError(f"The server at {base} did not answer within {timeout:.0f} s.")
            time.sleep(0.25)
        slow = []
        for path in PATHS:
            begun = time.monotonic()
            self._answers(base + path)
            slow.append((time.monotonic() - begun, path))
        if options["verbosity"] >= 2:
            for seconds, path in sorted(slow, reverse=True):
                self.stdout.write(f"  {seconds * 1000:7.0f} ms  /{path}")

    @staticmethod
    def _answers(address: str) -> bool:
        """True once the server sends any HTTP answer (a 404 or 503 still means it is up and warmed the code)."""
        try:
            with urllib.request.urlopen(address, timeout=30) as response:  # noqa: S310 - our own local server
                response.read()
            return True
        except urllib.error.HTTPError:
            return True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False
