"""The demo accounts as the seeding report and the banner of `make run` list them (the accounts themselves
are lines of community/accounts/fixtures/accounts.jsonl)."""

from community.core import groups
from community.exchange.kinds.accounts import DEMO_PASSWORD

__all__ = ["DEMO_ACCOUNTS", "DEMO_PASSWORD", "EDITORS_GROUP"]

# email, full name, staff, superuser, role shown in the table printed at the end.
DEMO_ACCOUNTS = [
    (
        "admin@dxconnect.vn",
        "Quản trị viên DX Connect",
        True,
        True,
        "Quản trị viên / Administrator (Wagtail /admin/, Django /django-admin/)",
    ),
    ("editor@dxconnect.vn", "Vũ Thanh Hương", True, False, "Biên tập viên / Editor (Wagtail /admin/)"),
    (
        "org@dxconnect.vn",
        "Lê Hoàng Nam",
        False,
        False,
        "Chủ tổ chức / Owner of Sở Khoa học và Công nghệ Đà Nẵng",
    ),
    (
        "expert@dxconnect.vn",
        "Nguyễn Thị Minh Anh",
        False,
        False,
        "Chuyên gia / Expert (ThS. Nguyễn Thị Minh Anh)",
    ),
    (
        "member@dxconnect.vn",
        "Đỗ Thu Trang",
        False,
        False,
        "Thành viên có lời mời / Member with a pending invitation",
    ),
]
EDITORS_GROUP = groups.EDITORS
