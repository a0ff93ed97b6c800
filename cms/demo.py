"""The `seed_demo` step of the CMS: the case-study section, its review workflow, 24 case studies (3 per key
sector) with generated illustrations, and English translations of 8 of them. Deterministic and idempotent:
a case study is keyed by its import reference and, once there, left as editors may have changed it."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.core.files.images import ImageFile
from django.utils.html import escape

from .demo_data import CASE_STUDIES, SECTOR_IMAGE_ALT, SECTOR_IMAGE_ALT_EN, CaseStudySpec, English

HEADINGS_VI = {
    "context": "Bối cảnh",
    "solution": "Giải pháp",
    "lessons": "Bài học kinh nghiệm",
    "results": "Kết quả sau 12 tháng",
}
HEADINGS_EN = {"context": "The starting point", "solution": "What was done", "lessons": "Lessons learnt"}


def seed_case_studies(ctx) -> None:
    from wagtail.models import Locale

    from community.models import ExpertProfile, Organisation

    from .services import ensure_case_study_index

    index = ensure_case_study_index()
    if index is None:
        ctx.notes.append("No home page: skipped the case studies.")
        return
    english = Locale.objects.filter(language_code="en").first()
    en_index = ensure_case_study_index(english) if english else None
    ctx.count("case-study sections", n=1 + (en_index is not None))

    org_slugs = {s.org for s in CASE_STUDIES} | {p for s in CASE_STUDIES for p in s.providers}
    orgs = {o.slug: o for o in Organisation.objects.filter(slug__in=org_slugs)}
    experts = {
        e.slug: e for e in ExpertProfile.objects.filter(slug__in={x for s in CASE_STUDIES for x in s.experts})
    }
    for spec in CASE_STUDIES:
        page, created = _upsert_case_study(ctx, index, spec, orgs, experts)
        ctx.count("case studies", created=created)
        if spec.en is not None and en_index is not None:
            ctx.count("case-study translations", created=_ensure_translation(ctx, page, spec, english))


def _image(ctx, spec: CaseStudySpec, *, variant: int = 0, english: bool = False):
    from wagtail.images import get_image_model

    from .illustrations import illustration

    Image = get_image_model()
    title = f"Minh họa · {spec.ref}" + (f" · {variant}" if variant else "")
    image = Image.objects.filter(title=title).first()
    if image is None:
        import io

        data = illustration(spec.sector, spec.ref, variant=variant)
        image = Image(
            title=title,
            file=ImageFile(io.BytesIO(data), name=f"{spec.ref}-{variant}.jpg"),
            description=SECTOR_IMAGE_ALT[spec.sector],
        )
        image.save()
        ctx.count("case-study images", created=True)
    else:
        ctx.count("case-study images")
    return image


def _rich(heading: str, text: str) -> dict:
    return {"type": "rich_text", "value": f"<h2>{escape(heading)}</h2><p>{escape(text)}</p>"}


def _outcome(heading: str, figures) -> dict:
    return {
        "type": "outcome",
        "value": {
            "heading": heading,
            "figures": [
                {
                    "type": "item",
                    "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{heading}/{label}")),
                    "value": {"label": label, "before": before, "after": after, "unit": unit},
                }
                for label, before, after, unit in figures
            ],
        },
    }


def _body(spec: CaseStudySpec, *, en: English | None = None, second_image=None) -> list[dict]:
    text = en or spec
    headings = HEADINGS_EN if en else HEADINGS_VI
    body = [_rich(headings["context"], text.context), _rich(headings["solution"], text.solution)]
    if second_image is not None:
        alt = (SECTOR_IMAGE_ALT_EN if en else SECTOR_IMAGE_ALT)[spec.sector]
        body.append(
            {
                "type": "image",
                "value": {
                    "image": second_image.pk,
                    "alt_text": alt,
                    "caption": "Illustration generated for DX Connect"
                    if en
                    else "Minh họa do DX Connect tạo",
                },
            }
        )
    body.append(_outcome(en.heading if en else HEADINGS_VI["results"], text.figures))
    body.append({"type": "quote", "value": {"text": text.quote, "attribution": spec.quote_by}})
    body.append(_rich(headings["lessons"], text.lessons))
    return body


def _upsert_case_study(ctx, index, spec: CaseStudySpec, orgs, experts):
    from .models import CaseStudyPage
    from .services import page_slug

    page = CaseStudyPage.objects.filter(import_ref=spec.ref).first()
    if page is not None:
        return page, False
    hero = _image(ctx, spec)
    second = _image(ctx, spec, variant=1) if spec.featured else None
    org = orgs.get(spec.org)
    page = CaseStudyPage(
        title=spec.title,
        slug=page_slug(spec.title, index),
        import_ref=spec.ref,
        summary=spec.summary,
        body=_body(spec, second_image=second),
        hero_image=hero,
        hero_image_alt=SECTOR_IMAGE_ALT[spec.sector],
        sector=ctx.sectors[spec.sector],
        province=ctx.provinces[spec.province],
        organisation=org,
        year=spec.year,
        featured=spec.featured,
        search_description=spec.summary[:300],
    )
    page.technologies.set(list(spec.technologies))
    page.tags.set(list(spec.tags))
    page.solution_providers.set([orgs[s] for s in spec.providers if s in orgs])
    page.experts.set([experts[s] for s in spec.experts if s in experts])
    index.add_child(instance=page)
    page.save_revision().publish()
    _backdate(ctx, page, spec.days_ago)
    return page, True


def _backdate(ctx, page, days_ago: int) -> None:
    from .models import CaseStudyPage

    when = ctx.now - timedelta(days=days_ago, hours=(days_ago * 5) % 24)
    CaseStudyPage.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    page.first_published_at = page.last_published_at = when


def _ensure_translation(ctx, page, spec: CaseStudySpec, english) -> bool:
    """The English copy of a case study, written by hand here the way an editor would in the admin
    (see cms/README.md); returns whether it was created."""
    from .services import page_slug

    if page.get_translations().filter(locale=english).exists():
        return False
    en = spec.en
    translated = page.copy_for_translation(english, copy_parents=True)
    second = None
    for block in page.body.raw_data:
        if block["type"] == "image":
            from wagtail.images import get_image_model

            second = get_image_model().objects.filter(pk=block["value"]["image"]).first()
    translated.title = translated.draft_title = en.title
    translated.slug = page_slug(en.title, translated.get_parent(), exclude_pk=translated.pk)
    translated.summary = en.summary
    translated.search_description = en.summary[:300]
    translated.hero_image_alt = SECTOR_IMAGE_ALT_EN[spec.sector]
    translated.body = _body(spec, en=en, second_image=second)
    translated.save()
    translated.save_revision().publish()
    _backdate(ctx, translated, spec.days_ago - 2 if spec.days_ago > 2 else spec.days_ago)
    return True
