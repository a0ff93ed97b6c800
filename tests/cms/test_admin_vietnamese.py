"""The Wagtail admin speaks Vietnamese: our catalogue (config/locale_wagtail) completes and corrects Wagtail's,
its entries keep their placeholders and markup, and groups and workflows have Vietnamese names."""

import importlib
import json
import re
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import GroupApprovalTask, Page, Workflow

from community.core import groups

CATALOGUES = Path(settings.BASE_DIR) / "config" / "locale_wagtail" / "vi" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")

# The slips the issue names, then a sample from the menu, dashboard, explorer, editor and moderation screens.
ADMIN_STRINGS = [
    ("Site summary", "Tổng quan trang web"),
    ("Images", "Hình ảnh"),
    ("Save draft", "Lưu bản nháp"),
    ("More actions", "Thêm thao tác"),
    ("Pages", "Trang"),
    ("Submit to %(workflow_name)s", "Gửi duyệt: %(workflow_name)s"),
    ("%(label)s and Publish", "%(label)s và xuất bản"),
    ("Approve", "Phê duyệt"),
    ("Request changes", "Yêu cầu chỉnh sửa"),
    ("Documents", "Tài liệu"),
    ("Snippets", "Đoạn nội dung"),
    ("Reports", "Báo cáo"),
    ("Settings", "Cài đặt"),
    ("Users", "Người dùng"),
    ("Groups", "Nhóm"),
    ("Sites", "Trang web"),
    ("Workflows", "Quy trình duyệt"),
    ("Tasks", "Bước duyệt"),
    ("Redirects", "Chuyển hướng"),
    ("Promoted search results", "Kết quả tìm kiếm được đề xuất"),
    ("Help", "Trợ giúp"),
    ("Dashboard", "Bảng điều khiển"),
    ("Awaiting your review", "Đang chờ bạn duyệt"),
    ("Your most recent edits", "Chỉnh sửa gần đây của bạn"),
    ("Publish", "Xuất bản"),
    ("Unpublish", "Thu hồi xuất bản"),
    ("Preview", "Xem trước"),
    ("Schedule to publish", "Lên lịch xuất bản"),
    ("Content", "Nội dung"),
    ("Promote", "Quảng bá"),
    ("Status", "Trạng thái"),
    ("Comments", "Bình luận"),
    ("History", "Lịch sử"),
    ("Privacy", "Quyền riêng tư"),
    ("Live", "Đã xuất bản"),
    ("Draft", "Bản nháp"),
    ("Add child page", "Thêm trang con"),
    ("Choose an image", "Chọn hình ảnh"),
    ("Add an image", "Thêm hình ảnh"),
    ("Collections", "Bộ sưu tập"),
    ("Locked pages", "Trang đang bị khóa"),
    ("Log out", "Đăng xuất"),
    ("Notifications", "Thông báo"),
    ("Bulk actions", "Thao tác hàng loạt"),
    ("Page '%(page_title)s' has been published.", "Đã xuất bản trang '%(page_title)s'."),
    ("Page '%(page_title)s' has been updated.", "Đã cập nhật trang '%(page_title)s'."),
    ("In progress", "Đang thực hiện"),
    ("live", "đã xuất bản"),
    ("Live", "Đã xuất bản"),
    ("Actions", "Thao tác"),
    # Words our own templates also use, with another meaning there (they carry a context on our side).
    ("Published", "Đã xuất bản"),
    ("Timeline", "Dòng thời gian"),
    ("From", "Từ"),
    ("To", "Đến"),
]


def _entries(name):
    return [e for e in polib.pofile(str(CATALOGUES / name)) if not e.obsolete]


def _msgstrs(entry):
    return [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())


@pytest.mark.parametrize(("english", "vietnamese"), ADMIN_STRINGS)
def test_admin_strings_are_vietnamese(english, vietnamese):
    with translation.override("vi"):
        assert gettext(english) == vietnamese


def test_approve_and_publish_reads_with_a_space():
    with translation.override("vi"):
        label = gettext("%(label)s and Publish") % {"label": gettext("Approve")}
    assert label == "Phê duyệt và xuất bản"


def test_our_own_words_of_another_meaning_no_longer_rename_the_pages_menu():
    with translation.override("vi"):
        assert gettext("Pages") == "Trang"
        assert pgettext("pagination", "Pages") == "Phân trang"
        assert pgettext("publication date", "Published") == "Ngày xuất bản"
        assert pgettext("challenge status", "In progress") == "Đang triển khai"


def test_the_catalogues_are_compiled_from_their_po_files():
    for name in ("django", "djangojs"):
        po, mo = CATALOGUES / f"{name}.po", CATALOGUES / f"{name}.mo"
        assert mo.exists()
        compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.mofile(str(mo))}
        for entry in _entries(po.name):
            assert (entry.msgctxt, entry.msgid) in compiled, entry.msgid


@pytest.mark.parametrize("name", ["django.po", "djangojs.po"])
def test_every_entry_is_translated_and_keeps_placeholders_and_markup(name):
    problems = []
    for entry in _entries(name):
        source = entry.msgid + (entry.msgid_plural or "")
        allowed = set(PLACEHOLDER.findall(source))
        for msgstr in _msgstrs(entry):
            if not msgstr or "fuzzy" in entry.flags:
                problems.append(f"untranslated: {entry.msgid!r}")
                continue
            used = set(PLACEHOLDER.findall(msgstr))
            if not used <= allowed or (not entry.msgid_plural and used != allowed):
                problems.append(f"placeholders: {entry.msgid!r} -> {msgstr!r}")
            if sorted(TAG.findall(msgstr)) != sorted(TAG.findall(entry.msgid_plural or entry.msgid)):
                problems.append(f"markup: {entry.msgid!r} -> {msgstr!r}")
    assert problems == []


@pytest.mark.parametrize("name", ["django.po", "djangojs.po"])
def test_no_placeholder_is_glued_to_a_word(name):
    """ "%(label)svà Xuất bản" rendered as "Phê chuẩnvà Xuất bản": a placeholder touching a letter."""
    glued = re.compile(r"(?<=\w)(?:%\(\w+\)[sd]|\{\w*\})|(?:%\(\w+\)[sd]|%[sd]|\{\w*\})(?=\w)")
    problems = []
    for entry in _entries(name):
        for msgstr in _msgstrs(entry):
            if glued.search(msgstr) and not glued.search(entry.msgid + (entry.msgid_plural or "")):
                problems.append(f"{entry.msgid!r} -> {msgstr!r}")
    assert problems == []


@pytest.mark.parametrize("name", ["django.po", "djangojs.po"])
def test_no_english_sentence_is_left_as_its_own_translation(name):
    words = re.compile(r"[A-Za-z]{3,}")
    left = []
    for entry in _entries(name):
        text = TAG.sub(" ", PLACEHOLDER.sub(" ", entry.msgid))
        if len(words.findall(text)) >= 2 and entry.msgstr == entry.msgid:
            left.append(entry.msgid)
    assert left == []


def test_the_catalogue_overrides_wagtails_own_and_comes_before_allauths():
    paths = [Path(p) for p in settings.LOCALE_PATHS]
    ours = paths.index(Path(settings.BASE_DIR) / "config" / "locale_wagtail")
    assert paths.index(Path(settings.BASE_DIR) / "locale") < ours
    assert ours < paths.index(Path(settings.BASE_DIR) / "config" / "locale_allauth")


@pytest.mark.django_db
def test_the_dashboard_is_vietnamese_for_an_editor(client):
    from tests.factories import UserFactory

    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user)
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "Tổng quan trang web" in html
    assert "Site summary" not in html
    # The sidebar menu comes from the same catalogue, as JSON for the React sidebar.
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    menu = json.dumps(json.loads(props.group(1)), ensure_ascii=False)
    for label in ("Trang", "Hình ảnh", "Tài liệu", "Báo cáo", "Cài đặt", "Trợ giúp"):
        assert f'"{label}"' in menu, label
    for english in ("Pages", "Images", "Documents", "Reports", "Settings", "Help", "Phân trang"):
        assert f'"{english}"' not in menu, english


@pytest.mark.django_db
def test_the_groups_and_workflows_have_vietnamese_names_after_migrations():
    names = set(Group.objects.values_list("name", flat=True))
    assert {groups.EDITORS, groups.MODERATORS, groups.COMMUNITY_MODERATORS} <= names
    assert not names & {"Editors", "Moderators", "Community moderators"}
    workflow = Workflow.objects.get(name="Kiểm duyệt chung")
    task = workflow.tasks.get().specific
    assert isinstance(task, GroupApprovalTask)
    assert task.name == "Người kiểm duyệt phê duyệt"
    assert [g.name for g in task.groups.all()] == [groups.MODERATORS]
    assert not Workflow.objects.filter(name="Moderators approval").exists()


@pytest.mark.django_db
def test_the_renaming_is_idempotent_and_never_takes_a_name_twice():
    migration = importlib.import_module("cms.migrations.0004_vietnamese_group_and_workflow_names")
    Group.objects.create(name="Editors")  # recreated by hand after the migration ran
    migration.to_vietnamese(apps, None)
    migration.to_vietnamese(apps, None)
    assert Group.objects.filter(name=groups.EDITORS).count() == 1
    assert Group.objects.filter(name="Editors").count() == 1
    Group.objects.filter(name=groups.EDITORS).delete()
    migration.to_vietnamese(apps, None)
    assert Group.objects.filter(name=groups.EDITORS).exists()
    assert not Group.objects.filter(name="Editors").exists()


@pytest.mark.django_db
def test_the_page_explorer_names_its_header_actions_in_vietnamese(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    home = Page.objects.get(depth=2, locale__language_code="vi")
    html = client.get(f"/admin/pages/{home.pk}/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert 'aria-label="Thao tác" id="w-slim-header-buttons"' in html
    assert 'aria-label="Actions"' not in html
