"""Builders for the publications page tree in tests: real pages, published through revisions like an editor."""

from __future__ import annotations

import io
from datetime import date

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from cms.models import HomePage
from cms.publications.models import (
    NewsIndexPage,
    NewsPage,
    ReportIndexPage,
    ReportPage,
    SectorIndexPage,
    SectorPage,
    StandardPage,
)

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def home(language: str = "vi") -> HomePage:
    """The home page of a language; the English one is created from the Vietnamese one when needed."""
    vi = HomePage.objects.filter(locale__language_code="vi").first()
    if language == "vi":
        return vi
    locale, _ = Locale.objects.get_or_create(language_code=language)
    existing = vi.get_translations().filter(locale=locale).first()
    if existing:
        return existing.specific
    copy = vi.copy_for_translation(locale)
    copy.title = copy.draft_title = "DX Connect"
    copy.save()
    copy.save_revision().publish()
    return copy


def publish(parent, page, *, live: bool = True):
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        page.live = False
        page.save(update_fields=["live"])
    page.refresh_from_db()
    return page


def translate(page, language: str = "en", **fields):
    locale, _ = Locale.objects.get_or_create(language_code=language)
    if language == "en":
        home("en")
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.draft_title = copy.title
    copy.save()
    copy.save_revision().publish()
    return copy


def image(title: str = "Ảnh thử", size=(64, 48)):
    from PIL import Image as PILImage

    out = io.BytesIO()
    PILImage.new("RGB", size, "#1560b7").save(out, format="PNG")
    img = get_image_model()(title=title, file=ImageFile(io.BytesIO(out.getvalue()), name="thu.png"))
    img._set_image_file_metadata()
    img.save()
    return img


def document(title: str = "Báo cáo thử", content: bytes = MINIMAL_PDF, name: str = "bao-cao.pdf"):
    doc = get_document_model()(title=title, file=ContentFile(content, name=name))
    doc._set_document_file_metadata()
    doc.save()
    return doc


def report_index(parent=None, slug: str = "reports") -> ReportIndexPage:
    parent = parent or home()
    existing = ReportIndexPage.objects.child_of(parent).filter(slug=slug).first()
    return existing or publish(parent, ReportIndexPage(title="Báo cáo và ấn phẩm", slug=slug))


_counter = iter(range(1, 10**6))


def report(index=None, *, live: bool = True, with_files: bool = True, **fields) -> ReportPage:
    n = next(_counter)
    index = index or report_index()
    values = {
        "title": f"Báo cáo chuyển đổi số số {n}",
        "slug": f"bao-cao-{n}",
        "summary": "Tổng hợp kinh nghiệm chuyển đổi số của các đơn vị tiêu biểu.",
        "publication_date": date(2024, 3, 1),
        "publisher": "Ban tổ chức",
    }
    if with_files:
        values["cover_image"] = image(f"Bìa {n}")
        values["document"] = document(f"Tài liệu {n}")
    values.update(fields)
    return publish(index, ReportPage(**values), live=live)


def news_index(parent=None, slug: str = "news") -> NewsIndexPage:
    parent = parent or home()
    existing = NewsIndexPage.objects.child_of(parent).filter(slug=slug).first()
    return existing or publish(parent, NewsIndexPage(title="Tin tức", slug=slug))


def news(index=None, *, live: bool = True, tags=(), **fields) -> NewsPage:
    n = next(_counter)
    index = index or news_index()
    values = {
        "title": f"Tin chuyển đổi số số {n}",
        "slug": f"tin-{n}",
        "summary": "Chương trình Thúc đẩy Tiến trình Chuyển đổi số Quốc gia có tin mới.",
        "date": date(2024, 9, 10),
        "body": [{"type": "paragraph", "value": "<p>Nội dung tin.</p>"}],
    }
    values.update(fields)
    page = NewsPage(**values)
    if tags:
        page.tags.add(*tags)
    return publish(index, page, live=live)


def sector_index(parent=None) -> SectorIndexPage:
    parent = parent or home()
    existing = SectorIndexPage.objects.child_of(parent).first()
    return existing or publish(parent, SectorIndexPage(title="8 lĩnh vực trọng điểm", slug="sectors"))


def sector_page(sector, index=None, **fields) -> SectorPage:
    index = index or sector_index()
    values = {
        "title": sector.name_vi,
        "slug": sector.slug,
        "sector": sector,
        "lead": "Lĩnh vực trọng điểm.",
        "introduction": "<p>Lời giới thiệu của biên tập viên.</p>",
    }
    values.update(fields)
    return publish(index, SectorPage(**values))


def standard_page(parent=None, *, live: bool = True, **fields) -> StandardPage:
    n = next(_counter)
    parent = parent or home()
    values = {
        "title": f"Giới thiệu {n}",
        "slug": f"gioi-thieu-{n}",
        "intro": "Về DX Connect.",
        "body": [{"type": "paragraph", "value": "<p>DX Connect là nền tảng cộng đồng.</p>"}],
    }
    values.update(fields)
    return publish(parent, StandardPage(**values), live=live)
