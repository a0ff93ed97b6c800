"""Calendar files (RFC 5545) and "add to calendar" links for events.

Times are written in UTC (`...Z`): every calendar converts them to the reader's zone, and we need no
VTIMEZONE block. Text is escaped (backslash, comma, semicolon, newline) and lines are folded at 75
octets without splitting a UTF-8 character, as Vietnamese text needs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def escape_text(value: str) -> str:
    value = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets; continuation lines start with one space."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines lose one octet to the leading space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def absolute_url(page) -> str:
    url = page.get_url() or ""
    return url if url.startswith("http") else settings.SITE_URL + url


def _description(page) -> str:
    parts = [page.summary]
    if page.online_url:
        parts.append(_("Join online: %(url)s") % {"url": page.online_url})
    parts.append(absolute_url(page))
    return "\n\n".join(p for p in parts if p)


def _location(page) -> str:
    return ", ".join(p for p in (page.venue, page.address) if p) or page.online_url or ""


def _vevent(page, now: datetime) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{page.calendar_uid()}",
        f"DTSTAMP:{_utc(now)}",
        f"DTSTART:{_utc(page.start_at)}",
        f"DTEND:{_utc(page.end_at)}",
        f"SUMMARY:{escape_text(page.title)}",
        f"DESCRIPTION:{escape_text(_description(page))}",
    ]
    location = _location(page)
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    lines.append(f"URL:{absolute_url(page)}")
    last_modified = getattr(page, "last_published_at", None)
    if last_modified:
        lines.append(f"LAST-MODIFIED:{_utc(last_modified)}")
    lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT"]
    return lines


def calendar_ics(pages, *, name: str = "", now: datetime | None = None) -> str:
    """A VCALENDAR with one VEVENT per page, as text with CRLF line endings."""
    now = now or timezone.now()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//DX Connect//Events//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
        lines.append("X-WR-TIMEZONE:Asia/Ho_Chi_Minh")
    for page in pages:
        lines += _vevent(page, now)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def event_ics(page, *, now: datetime | None = None) -> str:
    """The calendar file of one event."""
    return calendar_ics([page], now=now)


def google_calendar_url(page) -> str:
    params = {
        "action": "TEMPLATE",
        "text": page.title,
        "dates": f"{_utc(page.start_at)}/{_utc(page.end_at)}",
        "details": strip_tags(_description(page)),
        "location": _location(page),
        "ctz": "Asia/Ho_Chi_Minh",
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(params)


def outlook_calendar_url(page) -> str:
    params = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": page.title,
        "startdt": page.start_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "enddt": page.end_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "body": _description(page),
        "location": _location(page),
    }
    return "https://outlook.office.com/calendar/0/deeplink/compose?" + urlencode(params)
