"""Server time and database queries of the CMS pages with 24 and with 1,000 case studies.

Usage: .venv/bin/python bench/cms_pages.py [--total 1000] [--requests 40]
Works on a private database (DX_VAR_DIR in a temporary folder): migrates, loads the demo content (24 case
studies) and indexes it for search as `make run` does, measures the home page, one case study and the
case-study index (plain and filtered), then adds
generated case studies up to --total and measures again. The query counts must not grow with the rows.
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DX_VAR_DIR", tempfile.mkdtemp(prefix="dx-bench-cms-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402
from page_timing import print_pages  # noqa: E402


def pages() -> dict[str, str]:
    from cms.models import CaseStudyIndexPage, CaseStudyPage

    index = CaseStudyIndexPage.objects.filter(locale__language_code="vi").first()
    study = CaseStudyPage.objects.live().filter(import_ref="demo-cs-benh-an-dien-tu-thanh-hoa").first()
    return {
        "home (vi)": "/",
        "home (en)": "/en/",
        "case study": study.url,
        "case-study index": index.url,
        "index ?sector&page=2": index.url + "?sector=y-te&page=2",
        "index ?technology": index.url + "?technology=iot",
    }


def measure(label: str, requests: int) -> None:
    from cms.models import CaseStudyPage

    print(f"\n{label}: {CaseStudyPage.objects.live().count()} live case studies")
    print_pages(Client(), pages(), requests)


def grow(total: int) -> None:
    """Add generated case studies (varied sector, province, year, technologies, the demo's images) until there
    are `total`; pages are added to the tree directly and marked live, without revisions, to stay fast."""
    from django.utils import timezone

    from cms.models import CaseStudyIndexPage, CaseStudyPage
    from community.models import Province, Sector

    index = CaseStudyIndexPage.objects.filter(locale__language_code="vi").first()
    have = CaseStudyPage.objects.filter(locale=index.locale).count()
    sectors = list(Sector.objects.filter(is_key_sector=True))
    provinces = list(Province.objects.all())
    demo = list(CaseStudyPage.objects.filter(import_ref__startswith="demo-cs-").select_related("hero_image"))
    with open(ROOT / "cms" / "fixtures" / "case_studies.jsonl", encoding="utf-8") as handle:
        specs = [json.loads(line) for line in handle if line.strip()]
    start = time.perf_counter()
    with transaction.atomic():
        for i in range(have, total):
            spec = specs[i % len(specs)]
            model = demo[i % len(demo)]
            page = CaseStudyPage(
                title=f"{spec['title']} (bản sinh số {i})",
                slug=f"bench-{i}",
                summary=spec["summary"],
                body=model.body,
                hero_image=model.hero_image,
                hero_image_alt=model.hero_image_alt,
                sector=sectors[i % len(sectors)],
                province=provinces[(i * 7) % len(provinces)],
                year=2021 + i % 5,
                live=True,
                first_published_at=timezone.now(),
                last_published_at=timezone.now(),
            )
            page.technologies.set(spec["technologies"])
            page.tags.set(spec["tags"])
            index.add_child(instance=page)
    print(f"\nadded {total - have} case studies in {time.perf_counter() - start:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument(
        "--again",
        action="store_true",
        help="measure an existing DX_VAR_DIR again without seeding (after a code change)",
    )
    args = parser.parse_args()
    print(f"database and media in {os.environ['DX_VAR_DIR']}")
    if args.again:
        measure("existing content", args.requests)
        return
    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0)
    # As `make run` does: related content comes from the search index, as on a real site.
    call_command("rebuild_index", interactive=False, verbosity=0)
    measure("demo content", args.requests)
    grow(args.total)
    call_command("rebuild_index", interactive=False, verbosity=0)
    from django.core.cache import cache

    cache.clear()
    measure(f"{args.total} case studies", args.requests)


if __name__ == "__main__":
    main()
