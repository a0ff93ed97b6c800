"""Django's own validation messages reach people in Vietnamese (issue 11: "Null characters are not allowed."
appeared in English on the Vietnamese challenge form).

These pass once `make messages` has copied locale/pending/sec-misc.po into the Vietnamese catalogue."""

import datetime as dt
from pathlib import Path

import django
import polib
import pytest
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.timesince import timesince

from config.django_messages import HUMANIZE_MESSAGES, MESSAGES, PLURAL_MESSAGES, TIME_MESSAGES
from tests.community.test_challenge_views import _form

DJANGO_EN = Path(django.__file__).parent / "conf" / "locale" / "en" / "LC_MESSAGES" / "django.po"


def _plural_ids(message):
    # ngettext_lazy keeps its arguments on the proxy; the ids are what the catalogue is keyed on.
    return message._kw["singular"], message._kw["plural"]


def test_the_listed_messages_are_still_djangos_own_ids():
    known = {(entry.msgid, entry.msgid_plural or None) for entry in polib.pofile(str(DJANGO_EN))}
    missing = [m for m in MESSAGES if (m, None) not in known]
    missing += [ids for ids in map(_plural_ids, PLURAL_MESSAGES) if ids not in known]
    assert missing == []


def test_every_listed_message_has_vietnamese():
    with translation.override("vi"):
        untranslated = [m for m in MESSAGES if translation.gettext(m) == m]
        untranslated += [
            s for s, p in map(_plural_ids, PLURAL_MESSAGES) if translation.ngettext(s, p, 2) in (s, p)
        ]
    assert untranslated == []


@pytest.mark.django_db
def test_a_null_character_on_the_vietnamese_challenge_form_is_explained_in_vietnamese(
    client, organisation, org_member
):
    client.force_login(org_member)
    # The Vietnamese address whatever language an earlier test left active in this thread.
    with translation.override("vi"):
        url = reverse("community:challenge_create")
    assert not url.startswith("/en/")
    response = client.post(url, _form(organisation, title="Truy xuất nguồn gốc\x00 chè bằng mã QR"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Null characters are not allowed." not in html
    assert "Nội dung không được chứa ký tự null (ký tự rỗng)." in html


HUMANIZE_EN = (
    Path(django.__file__).parent / "contrib" / "humanize" / "locale" / "en" / "LC_MESSAGES" / "django.po"
)


def _ids(message):
    kw = message._kw
    return kw.get("context"), kw["singular"], kw["plural"]


def test_the_time_messages_are_still_djangos_own_ids():
    known = {
        (entry.msgctxt, entry.msgid, entry.msgid_plural or None)
        for path in (DJANGO_EN, HUMANIZE_EN)
        for entry in polib.pofile(str(path))
    }
    missing = [ids for ids in map(_ids, TIME_MESSAGES) if ids not in known]
    missing += [m for m in HUMANIZE_MESSAGES if (None, m, None) not in known]
    assert missing == []


@pytest.mark.parametrize(
    ("ago", "vi", "en"),
    [
        (dt.timedelta(seconds=30), "30\xa0giây trước", "30\xa0seconds ago"),
        (dt.timedelta(minutes=5), "5\xa0phút trước", "5\xa0minutes ago"),
        (dt.timedelta(days=10), "1\xa0tuần, 3\xa0ngày trước", "1\xa0week, 3\xa0days ago"),
        (dt.timedelta(days=400), "1\xa0năm, 1\xa0tháng trước", "1\xa0year, 1\xa0month ago"),
        (-dt.timedelta(days=3, minutes=1), "3\xa0ngày nữa", "3\xa0days from now"),
    ],
)
def test_relative_times_are_in_the_pages_language(ago, vi, en):
    # The forum's "Hỏi 1 week, 3 days ago" (issue 17): every relative time on a Vietnamese page is Vietnamese.
    moment = timezone.now() - ago
    with translation.override("vi"):
        assert naturaltime(moment) == vi
    with translation.override("en"):
        assert naturaltime(moment) == en


def test_timesince_between_two_moments_is_vietnamese_too():
    start = timezone.now()
    with translation.override("vi"):
        assert timesince(start - dt.timedelta(days=9), start) == "1\xa0tuần, 2\xa0ngày"
