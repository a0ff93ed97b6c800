"""@mentions in Markdown written by members: find who is mentioned, and link the names.

A mention is `@` followed by a person's handle (`User.handle`, e.g. `@nguyen-thi-minh-anh`), not
preceded by a letter or digit (so e-mail addresses are not mentions).
"""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MENTION_RE = re.compile(r"(?<![\w@/.])@([a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?)(?![\w-])")
MAX_MENTIONS = 20


def mentioned_handles(text: str) -> list[str]:
    """The distinct handles mentioned in `text`, in order of first appearance, at most MAX_MENTIONS."""
    seen: dict[str, None] = {}
    for match in MENTION_RE.finditer(text or ""):
        seen.setdefault(match.group(1), None)
    return list(seen)[:MAX_MENTIONS]


def mentioned_users(text: str, *, exclude=None):
    """Active users mentioned in `text` (one query), without `exclude` (the author)."""
    handles = mentioned_handles(text)
    if not handles:
        return []
    users = get_user_model().objects.filter(handle__in=handles, is_active=True)
    if exclude is not None:
        users = users.exclude(pk=exclude.pk)
    return list(users)


def link_mentions(html: str) -> SafeString:
    """Wrap @handle in already-sanitised HTML in a span (outside tags and links).

    Profile links need a lookup per handle; a styled span keeps rendering free of queries.
    """
    parts = re.split(r"(<a\b.*?</a>|<[^>]+>)", str(html), flags=re.S)
    out = []
    for part in parts:
        if part.startswith("<"):
            out.append(part)
        else:
            out.append(MENTION_RE.sub(lambda m: f'<span class="mention">@{escape(m.group(1))}</span>', part))
    return mark_safe("".join(out))  # noqa: S308 - input was sanitised HTML; we only add spans around [a-z0-9-]
