"""Markdown written by members, rendered to a safe subset of HTML.

Markdown turns text into HTML; nh3 (the Rust ammonia sanitiser) then keeps only the tags and
attributes below, so no script, style, event handler or javascript: link survives.
"""

import html

import markdown as md
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "h3",
    "h4",
    "a",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
ALLOWED_SCHEMES = {"http", "https", "mailto"}


def render_markdown(text: str) -> SafeString:
    html = md.markdown(text or "", extensions=["sane_lists", "tables"], output_format="html")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="nofollow noopener ugc",
    )
    return mark_safe(cleaned)  # noqa: S308 - sanitised by nh3 just above


def html_text(rendered: str) -> str:
    """Sanitised HTML as one line of the words a reader sees (tags gone, entities decoded)."""
    return " ".join(html.unescape(nh3.clean(rendered or "", tags=set())).split())


def markdown_text(text: str) -> str:
    """The words a reader sees once the Markdown is rendered, as one line of plain text: for card excerpts
    and meta descriptions, where ``**dữ liệu mở**`` or ``[hướng dẫn](https://…)`` must not show as typed."""
    return html_text(str(render_markdown(text)))
