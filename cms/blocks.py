"""StreamField blocks of the CMS pages: rich text, accessible images, quotes, outcome figures, video, documents."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul", "blockquote"]

ALT_TEXT_REQUIRED = _(
    "Describe the image for people who cannot see it (alternative text), e.g. “Nurses scanning a patient’s "
    "QR wristband at Thanh Hóa General Hospital”."
)


class AccessibleImageBlock(blocks.StructBlock):
    """An image with a caption and alternative text that cannot be left empty.

    Wagtail's own image description is optional; a public programme site must describe every picture, so the
    alt text lives on the block, where the editor sees the image in its context."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=True,
        help_text=_("What the image shows, for screen readers. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    def clean(self, value):
        if value.get("image") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(block_errors={"alt_text": ValidationError(ALT_TEXT_REQUIRED)})
        return super().clean(value)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cms/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=800)
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        max_length=200,
        required=False,
        help_text=_("Name and role, e.g. “Lê Thị Thanh Hương, Deputy Director”."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote.html"


class OutcomeFigureBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("What was measured"), max_length=120)
    before = blocks.CharBlock(label=_("Before"), max_length=40, required=False)
    after = blocks.CharBlock(label=_("After"), max_length=40)
    unit = blocks.CharBlock(label=_("Unit"), max_length=20, required=False)

    class Meta:
        icon = "pick"
        label = _("Figure")


class OutcomeFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    figures = blocks.ListBlock(OutcomeFigureBlock(), label=_("Figures"), min_num=1, max_num=8)

    class Meta:
        icon = "table"
        label = _("Outcome figures")
        template = "cms/blocks/outcome_figures.html"


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def video_embed_url(url: str) -> str | None:
    """The privacy-friendly embed address of a YouTube or Vimeo link, or None for anything else.

    Built here rather than through oEmbed so that a page renders without calling a third party, and so that
    only the hosts the Content-Security-Policy allows in frames are ever embedded."""
    try:
        parsed = urlparse((url or "").strip())
    except ValueError:
        return None
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host in ("youtube.com", "youtube-nocookie.com"):
        if parsed.path == "/watch":
            video_id = (parse_qs(parsed.query).get("v") or [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parsed.path.split("/")[2]
        if _YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host == "youtu.be":
        video_id = parsed.path.lstrip("/").split("/")[0]
        if _YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host in ("vimeo.com", "player.vimeo.com"):
        digits = [part for part in parsed.path.split("/") if part.isdigit()]
        if digits:
            return f"https://player.vimeo.com/video/{digits[0]}"
    return None


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("YouTube or Vimeo address"))
    title = blocks.CharBlock(
        label=_("Title of the video"),
        max_length=200,
        help_text=_("Read out by screen readers before the player."),
    )

    def clean(self, value):
        cleaned = super().clean(value)
        if not video_embed_url(cleaned.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ErrorList(
                        [
                            ValidationError(
                                _(
                                    "Paste the address of a YouTube or Vimeo video, e.g. https://www.youtube.com/watch?v=…"
                                )
                            )
                        ]
                    )
                }
            )
        return cleaned

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["embed_url"] = video_embed_url(value.get("url"))
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cms/blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), max_length=200, required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "cms/blocks/document.html"


class CaseStudyBodyBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        features=RICH_FEATURES, label=_("Text"), template="cms/blocks/rich_text.html"
    )
    image = AccessibleImageBlock()
    quote = QuoteBlock()
    outcome = OutcomeFiguresBlock()
    video = VideoBlock()
    document = DocumentBlock()

    class Meta:
        block_counts = {"outcome": {"max_num": 3}}
