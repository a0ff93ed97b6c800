"""The `seed_demo` step of the publications app: sector pages, reports with generated PDFs and covers, news
and standard pages, with English translations of about half of them.

Pages are looked up by parent and slug, images and documents by title: a rerun creates only what is
missing and never rewrites what an editor may have changed since."""

from __future__ import annotations

import io
import textwrap
from functools import cache
from typing import TYPE_CHECKING

from . import demo_content as content

if TYPE_CHECKING:
    from community.demo.steps import SeedContext

FONT_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
)
BOLD_FONT_PATHS = tuple(p.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf") for p in FONT_PATHS)

# Per sector: (dark, light) colours of the generated covers and news images.
PALETTE = {
    None: ("#0a2f5c", "#1560b7"),
    "y-te": ("#0c4a2d", "#1d8a57"),
    "nong-nghiep": ("#3d5a14", "#7aa329"),
    "san-xuat-cong-nghiep": ("#4a2a0a", "#b36a1d"),
    "giao-duc": ("#3b1f63", "#7150b3"),
}

# News images without a sector cycle through these, so a page of news is not all one blue.
NEWS_PALETTES = [
    ("#0a2f5c", "#1560b7"),
    ("#5c0a1b", "#b3152a"),
    ("#0a4a5c", "#13859c"),
    ("#2b1f63", "#5a45b3"),
    ("#5c3d00", "#c27c0e"),
    ("#0c3d2c", "#1d8a66"),
]


# --- Generated files ---------------------------------------------------------------------------------------


@cache
def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    for path in BOLD_FONT_PATHS if bold else FONT_PATHS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    # Pillow's bundled font lacks some Vietnamese letters; good enough where DejaVu is not installed.
    return ImageFont.load_default(size=size)


def _hex(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _gradient(size: tuple[int, int], top: str, bottom: str):
    from PIL import Image

    width, height = size
    a, b = _hex(top), _hex(bottom)
    column = Image.new("RGB", (1, height))
    for y in range(height):
        t = y / max(height - 1, 1)
        column.putpixel((0, y), tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3)))
    return column.resize((width, height))


def _draw_lines(draw, lines, *, x, y, font, fill, spacing=1.25) -> int:
    for line in lines:
        draw.text((x, y), line, font=font, fill=fill)
        y += int(font.size * spacing)
    return y


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width) or [""]


def cover_png(title: str, *, kicker: str, sector: str | None, year: int) -> bytes:
    """A 3:4 report cover: gradient in the sector's colours, the programme's gold bar, the title."""
    from PIL import ImageDraw

    dark, light = PALETTE.get(sector, PALETTE[None])
    image = _gradient((900, 1200), dark, light)
    draw = ImageDraw.Draw(image)
    for i in range(6):  # a quiet pattern of rings in the corner
        r = 180 + i * 70
        draw.ellipse((900 - r, 1200 - r, 900 + r, 1200 + r), outline=(255, 255, 255, 40), width=2)
    draw.rectangle((80, 120, 200, 132), fill="#f2b705")
    _draw_lines(draw, [kicker.upper()], x=80, y=160, font=_font(30, bold=True), fill="#f2b705")
    y = _draw_lines(
        draw, _wrap(title, 22), x=80, y=240, font=_font(62, bold=True), fill="#ffffff", spacing=1.2
    )
    draw.rectangle((80, y + 30, 380, y + 34), fill="#ffffff")
    _draw_lines(
        draw, ["DX Connect · Kết nối Chuyển đổi số", str(year)], x=80, y=1040, font=_font(30), fill="#e6eefa"
    )
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def news_png(title: str, *, sector: str | None, seed: int) -> bytes:
    """A 16:9 news image: gradient, overlapping translucent circles placed from `seed`, no text to translate."""
    import random

    from PIL import Image, ImageDraw

    dark, light = (
        NEWS_PALETTES[seed % len(NEWS_PALETTES)] if sector is None else PALETTE.get(sector, PALETTE[None])
    )
    base = _gradient((1600, 900), dark, light).convert("RGBA")
    overlay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    for _ in range(14):
        r = rng.randint(60, 260)
        x, y = rng.randint(0, 1600), rng.randint(0, 900)
        colour = rng.choice([(255, 255, 255, 30), (255, 255, 255, 52), (242, 183, 5, 150)])
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    for i in range(0, 1600, 80):  # a faint grid: the "digital" in digital transformation
        draw.line((i, 0, i, 900), fill=(255, 255, 255, 14), width=1)
    for j in range(0, 900, 80):
        draw.line((0, j, 1600, j), fill=(255, 255, 255, 14), width=1)
    image = Image.alpha_composite(base, overlay).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85, optimize=True)
    return out.getvalue()


def report_pdf(report: dict) -> bytes:
    """A small A4 PDF (Pillow renders the pages): a cover, then one page per section of `report["pages"]`.

    Rendered as images so that Vietnamese letters show without embedding fonts in a hand-written PDF."""
    from PIL import Image, ImageDraw

    sector = report["sector"]
    year = report["publication_date"].year
    cover = Image.open(io.BytesIO(cover_png(report["title"], kicker="Báo cáo", sector=sector, year=year)))
    a4 = (1240, 1754)  # 150 dpi
    first = Image.new("RGB", a4, "#ffffff")
    first.paste(cover.resize((1240, 1653)), (0, 0))
    pages = [first]
    for number, (heading, paragraphs) in enumerate(report["pages"], start=2):
        page = Image.new("RGB", a4, "#ffffff")
        draw = ImageDraw.Draw(page)
        draw.rectangle((0, 0, a4[0], 18), fill=PALETTE.get(sector, PALETTE[None])[0])
        draw.text((120, 120), report["title"][:80], font=_font(24), fill="#566374")
        y = _draw_lines(draw, _wrap(heading, 40), x=120, y=200, font=_font(56, bold=True), fill="#0a2f5c")
        y += 40
        for paragraph in paragraphs:
            y = _draw_lines(
                draw, _wrap(paragraph, 62), x=120, y=y, font=_font(32), fill="#17202b", spacing=1.45
            )
            y += 30
        draw.text(
            (120, a4[1] - 120), f"DX Connect · {report['publisher']}"[:90], font=_font(22), fill="#566374"
        )
        draw.text((a4[0] - 160, a4[1] - 120), str(number), font=_font(22), fill="#566374")
        pages.append(page)
    out = io.BytesIO()
    pages[0].save(
        out,
        format="PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=150,
        title=report["title"],
        author=report["publisher"],
        subject="DX Connect",
    )
    return out.getvalue()


def _image(ctx: SeedContext, title: str, filename: str, build) -> object:
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is not None:
        ctx.count("publication images")
        return image
    image = Image(title=title, file=ImageFile(io.BytesIO(build()), name=filename))
    image._set_image_file_metadata()
    image.save()
    ctx.count("publication images", created=True)
    return image


def _document(ctx: SeedContext, title: str, filename: str, build) -> object:
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is not None:
        ctx.count("publication documents")
        return document
    document = Document(title=title, file=ContentFile(build(), name=filename))
    document._set_document_file_metadata()
    document.save()
    ctx.count("publication documents", created=True)
    return document


# --- Pages -------------------------------------------------------------------------------------------------


def _stream(blocks) -> list[dict]:
    return [{"type": kind, "value": value} for kind, value in blocks]


def _child(parent, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _upsert_page(ctx: SeedContext, parent, model, slug: str, fields: dict, *, label: str):
    """Create and publish the page under `parent` unless a page with this slug is already there."""
    page = _child(parent, model, slug)
    if page is not None:
        ctx.count(label)
        return page
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    ctx.count(label, created=True)
    return page


def _translate(ctx: SeedContext, page, english, fields: dict, *, label: str, slug: str | None = None):
    """The page's English translation, created from the Vietnamese one and published, unless it exists."""
    existing = page.get_translations().filter(locale=english).first()
    if existing is not None:
        ctx.count(label)
        return existing.specific
    copy = page.copy_for_translation(english, copy_parents=True)
    fields = dict(fields)
    if "tags" in fields:
        copy.tags.set(fields.pop("tags"))  # modelcluster: written with the page on save()
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.draft_title = copy.title
    if slug:
        copy.slug = slug
    copy.save()
    copy.save_revision().publish()
    ctx.count(label, created=True)
    return copy


def _contents(report: dict) -> str:
    items = "".join(f"<li>{heading}</li>" for heading, _paragraphs in report["pages"])
    return f"<h3>Nội dung báo cáo</h3><ol>{items}</ol>"


def seed_publications(ctx: SeedContext) -> None:
    """Sector index and 8 sector pages, 4 reports with PDFs, 6 news items, about/terms/privacy/contact."""
    from wagtail.models import Locale

    from cms.models import HomePage
    from community.models import Sector

    from .models import (
        NewsIndexPage,
        NewsPage,
        ReportIndexPage,
        ReportPage,
        SectorIndexPage,
        SectorPage,
        StandardPage,
    )

    home = HomePage.objects.filter(locale__language_code="vi").first()
    if home is None:
        ctx.notes.append("No Vietnamese home page; skipped the publications.")
        return
    english, _created = Locale.objects.get_or_create(language_code="en")
    sectors = ctx.sectors or {s.slug: s for s in Sector.objects.all()}

    # Sector pages
    data = content.SECTOR_INDEX
    sector_index = _upsert_page(
        ctx,
        home,
        SectorIndexPage,
        data["slug"],
        {"title": data["title"], "intro": data["intro"]},
        label="sector index pages",
    )
    _translate(ctx, sector_index, english, data["en"], label="sector index translations")
    for slug, data in content.SECTORS.items():
        if slug not in sectors:
            continue
        page = _upsert_page(
            ctx,
            sector_index,
            SectorPage,
            slug,
            {
                "title": data["title"],
                "sector": sectors[slug],
                "lead": data["lead"],
                "introduction": data["intro"],
            },
            label="sector pages",
        )
        if "en" in data:
            en = data["en"]
            _translate(
                ctx,
                page,
                english,
                {"title": en["title"], "lead": en["lead"], "introduction": en["intro"]},
                label="sector page translations",
            )

    # Reports
    data = content.REPORT_INDEX
    report_index = _upsert_page(
        ctx,
        home,
        ReportIndexPage,
        data["slug"],
        {"title": data["title"], "intro": data["intro"]},
        label="report index pages",
    )
    _translate(ctx, report_index, english, data["en"], label="report index translations")
    for report in content.REPORTS:
        sector = sectors.get(report["sector"]) if report["sector"] else None
        year = report["publication_date"].year
        cover = _image(
            ctx,
            f"Bìa: {report['title']}",
            f"bia-{report['slug'][:60]}.png",
            lambda report=report, year=year: cover_png(
                report["title"], kicker="Báo cáo", sector=report["sector"], year=year
            ),
        )
        document = _document(
            ctx, report["title"], f"{report['slug'][:80]}.pdf", lambda report=report: report_pdf(report)
        )
        page = _upsert_page(
            ctx,
            report_index,
            ReportPage,
            report["slug"],
            {
                "title": report["title"],
                "summary": report["summary"],
                "publication_date": report["publication_date"],
                "publisher": report["publisher"],
                "sector": sector,
                "cover_image": cover,
                "document": document,
                "body": report["body"] + _contents(report),
            },
            label="reports",
        )
        if "en" in report:
            en = report["en"]
            fields = {name: en[name] for name in ("title", "summary", "body", "publisher")}
            _translate(ctx, page, english, fields, slug=en["slug"], label="report translations")

    # News
    data = content.NEWS_INDEX
    news_index = _upsert_page(
        ctx,
        home,
        NewsIndexPage,
        data["slug"],
        {"title": data["title"], "intro": data["intro"]},
        label="news index pages",
    )
    _translate(ctx, news_index, english, data["en"], label="news index translations")
    for number, item in enumerate(content.NEWS):
        hero = _image(
            ctx,
            f"Ảnh tin: {item['title']}",
            f"tin-{item['slug'][:60]}.jpg",
            lambda item=item, number=number: news_png(item["title"], sector=item["sector"], seed=number),
        )
        page = _child(news_index, NewsPage, item["slug"])
        if page is None:
            page = NewsPage(
                slug=item["slug"],
                title=item["title"],
                date=item["date"],
                summary=item["summary"],
                hero_image=hero,
                hero_alt="Hình minh họa trừu tượng với các vòng tròn và lưới số",
                sector=sectors.get(item["sector"]) if item["sector"] else None,
                body=_stream(item["body"]),
            )
            page.tags.add(*item["tags"])
            news_index.add_child(instance=page)
            page.save_revision().publish()
            ctx.count("news", created=True)
        else:
            ctx.count("news")
        if "en" in item:
            en = item["en"]
            _translate(
                ctx,
                page,
                english,
                {
                    "title": en["title"],
                    "summary": en["summary"],
                    "body": _stream(en["body"]),
                    "tags": en["tags"],
                    "hero_alt": "Abstract illustration of circles over a digital grid",
                },
                slug=en["slug"],
                label="news translations",
            )

    # Standard pages
    for data in content.STANDARD_PAGES:
        page = _upsert_page(
            ctx,
            home,
            StandardPage,
            data["slug"],
            {
                "title": data["title"],
                "intro": data["intro"],
                "body": _stream(data["body"]),
                "footer_order": data["footer_order"],
            },
            label="standard pages",
        )
        en = data["en"]
        _translate(
            ctx,
            page,
            english,
            {"title": en["title"], "intro": en["intro"], "body": _stream(en["body"])},
            slug=en["slug"],
            label="standard page translations",
        )
