"""Case-study pages for the CMS tests, created the way the admin does (add_child, then publish)."""

from __future__ import annotations

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from community.models import Province, Sector

_counter = {"n": 0}


def image(title: str = "Ảnh thử") -> object:
    buf = io.BytesIO()
    PILImage.new("RGB", (320, 180), (15, 76, 146)).save(buf, "PNG")
    img = get_image_model()(title=title, file=ImageFile(io.BytesIO(buf.getvalue()), name="anh-thu.png"))
    img.save()
    return img


def case_study(index, *, publish: bool = True, sector: str = "y-te", province: str = "38", **fields):
    from cms.models import CaseStudyPage
    from cms.services import page_slug

    _counter["n"] += 1
    n = _counter["n"]
    title = fields.pop("title", f"Điển hình chuyển đổi số số {n}")
    technologies = fields.pop("technologies", ["Bệnh án điện tử"])
    tags = fields.pop("tags", [])
    page = CaseStudyPage(
        title=title,
        slug=page_slug(title, index),
        summary=fields.pop(
            "summary", "Bệnh viện giảm thời gian chờ khám từ 95 xuống 35 phút nhờ bệnh án điện tử."
        ),
        sector=Sector.objects.get(slug=sector),
        province=Province.objects.get(code=province),
        body=fields.pop(
            "body",
            [
                {"type": "rich_text", "value": "<p>Bối cảnh và giải pháp.</p>"},
                {
                    "type": "outcome",
                    "value": {
                        "heading": "Kết quả",
                        "figures": [
                            {
                                "type": "item",
                                "id": "5d1c8f3e-0d5e-4d61-9a51-2f0f6f0a7c01",
                                "value": {
                                    "label": "Thời gian chờ khám",
                                    "before": "95",
                                    "after": "35",
                                    "unit": "phút",
                                },
                            }
                        ],
                    },
                },
            ],
        ),
        live=publish,
        **fields,
    )
    page.technologies.set(technologies)
    page.tags.set(tags)
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    return page
