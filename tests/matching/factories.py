"""Helpers for the matching tests: experts with chosen signals, challenges posted through the service."""

from community.models import Province, Sector
from tests.factories import ExpertProfileFactory, UserFactory, challenge


def expert_with(
    *,
    skills=(),
    sectors=("y-te",),
    provinces=("01",),
    name="Lê Thu Hà",
    available=True,
    verified=False,
    public=True,
    active=True,
    headline="Chuyên gia chuyển đổi số",
    bio="",
    **kw,
):
    user = UserFactory(full_name=name, is_active=active)
    return ExpertProfileFactory(
        user=user,
        skills=list(skills),
        sectors=[Sector.objects.get(slug=s) for s in sectors],
        provinces=[Province.objects.get(code=c) for c in provinces],
        is_available=available,
        verified=verified,
        is_public=public,
        headline=headline,
        bio=bio,
        **kw,
    )


def finance_challenge(organisation, author, **overrides):
    data = {
        "title": "Định danh khách hàng điện tử eKYC cho quỹ tín dụng nhân dân",
        "description": "Quỹ tín dụng cần triển khai eKYC và quản trị dữ liệu khách hàng theo quy định mới của "
        "Ngân hàng Nhà nước; cần chuyên gia tư vấn lộ trình 6 tháng.",
        "sector": Sector.objects.get(slug="tai-chinh-ngan-hang"),
        "province": Province.objects.get(code="01"),
        "tags": ["eKYC", "Quản trị dữ liệu"],
    }
    data.update(overrides)
    return challenge(organisation, author, **data)
