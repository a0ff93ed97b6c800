"""Template filters over members' Markdown."""

from django import template

from community.core.markdown import html_text, markdown_text

register = template.Library()


@register.filter
def plain_text(rendered: str, markdown_source: str = "") -> str:
    """``{{ c.description_html|plain_text:c.description|truncatechars:200 }}``: the words of the stored,
    rendered HTML without Markdown's marks; the Markdown is rendered only when no HTML was stored."""
    if rendered:
        return html_text(rendered)
    return markdown_text(markdown_source or "")
