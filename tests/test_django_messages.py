"""Django's own validation messages reach people in Vietnamese (issue 11: "Null characters are not allowed."
appeared in English on the Vietnamese challenge form).

These pass once `make messages` has copied locale/pending/sec-misc.po into the Vietnamese catalogue."""

from pathlib import Path

import django
import polib
import pytest
from django.urls import reverse
from django.utils import translation

from config.django_messages import MESSAGES, PLURAL_MESSAGES
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
