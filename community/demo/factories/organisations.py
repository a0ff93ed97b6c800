"""factory_boy factories for generated volume (``seed_demo --scale``, benchmarks): unsaved organisations with
Vietnamese names from Faker's ``vi_VN`` provider, numbered so that a rerun adds only what is missing."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from community.models import Organisation
from community.organisations.models import OrganisationKind

GENERATED_ORG_PREFIX = "gen-org-"
EXAMPLE_DOMAIN = "example.vn"
# Most organisations that join are enterprises; the other kinds appear now and then.
KINDS = (
    *[OrganisationKind.ENTERPRISE] * 6,
    OrganisationKind.PUBLIC_SERVICE,
    OrganisationKind.PUBLIC_SERVICE,
    OrganisationKind.ASSOCIATION,
    OrganisationKind.ACADEMIC,
    OrganisationKind.PROVINCIAL,
    OrganisationKind.STATE_AGENCY,
    OrganisationKind.COMMUNITY_TEAM,
)
FORMS = {
    OrganisationKind.ENTERPRISE: ("Công ty Cổ phần", "Công ty TNHH", "Công ty TNHH MTV"),
    OrganisationKind.PUBLIC_SERVICE: ("Trung tâm Dịch vụ công", "Trung tâm Y tế", "Trường THPT"),
    OrganisationKind.ASSOCIATION: ("Hiệp hội Doanh nghiệp", "Hội Doanh nhân trẻ"),
    OrganisationKind.ACADEMIC: ("Viện Nghiên cứu Ứng dụng", "Trường Cao đẳng Kỹ thuật"),
    OrganisationKind.PROVINCIAL: ("UBND xã", "Sở Nông nghiệp và Môi trường"),
    OrganisationKind.STATE_AGENCY: ("Cục Thống kê", "Chi cục Thuế khu vực"),
    OrganisationKind.COMMUNITY_TEAM: ("Tổ công nghệ số cộng đồng xã",),
}
TRADES = (
    "Công nghệ",
    "Giải pháp số",
    "Phần mềm",
    "Logistics",
    "Nông sản",
    "Du lịch",
    "Thương mại",
    "Dữ liệu",
)


def generated_org_slug(number: int) -> str:
    return f"{GENERATED_ORG_PREFIX}{number:06d}"


def _name(o) -> str:
    form = FORMS[o.kind][o.pick % len(FORMS[o.kind])]
    if o.kind == OrganisationKind.ENTERPRISE:
        return f"{form} {TRADES[o.pick % len(TRADES)]} {o.family} {o.place}"
    return f"{form} {o.place}"


class GeneratedOrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    class Params:
        number = 1
        pick = factory.Faker("random_int", min=0, max=999)
        family = factory.Faker("last_name", locale="vi_VN")
        place = factory.Faker("city", locale="vi_VN")

    slug = factory.LazyAttribute(lambda o: generated_org_slug(o.number))
    kind = factory.Faker("random_element", elements=KINDS)
    name = factory.LazyAttribute(_name)
    short_name = ""
    website = factory.LazyAttribute(lambda o: f"https://{o.slug}.{EXAMPLE_DOMAIN}")
    contact_email = factory.LazyAttribute(lambda o: f"lienhe@{o.slug}.{EXAMPLE_DOMAIN}")
    description = factory.LazyAttribute(
        lambda o: (
            f"{o.name} tham gia mạng lưới để chia sẻ bài toán chuyển đổi số và tìm chuyên gia đồng hành."
        )
    )
    verified = factory.Faker("boolean", chance_of_getting_true=40)
