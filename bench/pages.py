"""Server time and database queries of the main pages, on a private database with demo content.

Usage: .venv/bin/python bench/pages.py [--scale N] [--requests 60]
Prints median and 95th-percentile time per page and the number of queries each page takes,
first with the default demo content, then after `seed_demo --scale N` (the query counts must not grow).
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DX_VAR_DIR", tempfile.mkdtemp(prefix="dx-bench-pages-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from page_timing import print_pages  # noqa: E402


def pages():
    from community.models import ExpertProfile, Organisation

    org = Organisation.objects.order_by("pk").first()
    expert = ExpertProfile.objects.filter(is_public=True).order_by("pk").first()
    return {
        "home (vi)": "/",
        "home (en)": "/en/",
        "organisations": "/organisations/",
        "organisations?sector": "/organisations/?sector=y-te",
        "organisation": org.get_absolute_url(),
        "experts": "/experts/",
        "experts?skill": "/experts/?skill=eKYC",
        "expert": expert.get_absolute_url(),
    }


def measure(requests: int) -> None:
    print_pages(Client(), pages(), requests)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=2)
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    print(f"database: {connection.vendor} in {os.environ['DX_VAR_DIR']}")
    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0)
    from community.models import ExpertProfile, Organisation

    print(
        f"\n-- default demo content: {Organisation.objects.count()} organisations, "
        f"{ExpertProfile.objects.count()} experts"
    )
    measure(args.requests)
    call_command("seed_demo", scale=args.scale, verbosity=0)
    print(
        f"\n-- after seed_demo --scale {args.scale}: {Organisation.objects.count()} organisations, "
        f"{ExpertProfile.objects.count()} experts"
    )
    measure(args.requests)


if __name__ == "__main__":
    main()
