"""factory_boy factories with realistic Vietnamese values, one per model."""

import factory
from allauth.account.models import EmailAddress
from factory.django import DjangoModelFactory

from community.models import ExpertProfile, Invitation, Membership, Organisation, Province, Sector, User
from community.organisations.models import MemberRole, OrganisationKind

PASSWORD = "Mật-khẩu-thử-2026"

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = ["Minh Anh", "Quốc Bảo", "Thu Hà", "Đức Thắng", "Ngọc Lan", "Văn Hùng", "Thị Hoa", "Hải Đăng"]


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"nguoidung{n}@example.vn")
    full_name = factory.Sequence(lambda n: f"{SURNAMES[n % len(SURNAMES)]} {GIVEN[n % len(GIVEN)]}")
    is_active = True

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or PASSWORD)
        if create:
            self.save(update_fields=["password"])

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


def sector(slug: str = "y-te") -> Sector:
    return Sector.objects.get(slug=slug)


def province(code: str = "48") -> Province:
    return Province.objects.get(code=code)


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Sở Khoa học và Công nghệ số {n}")
    slug = factory.Sequence(lambda n: f"so-khcn-{n}")
    kind = OrganisationKind.PROVINCIAL
    province = factory.LazyFunction(lambda: Province.objects.get(code="48"))
    description = "Đơn vị đầu mối chuyển đổi số của thành phố Đà Nẵng."
    verified = True

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create:
            self.sectors.set(extracted or [Sector.objects.get(slug="y-te")])


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory)
    role = MemberRole.MEMBER


class InvitationFactory(DjangoModelFactory):
    class Meta:
        model = Invitation

    organisation = factory.SubFactory(OrganisationFactory)
    email = factory.Sequence(lambda n: f"moi{n}@example.vn")
    role = MemberRole.MEMBER


class ExpertProfileFactory(DjangoModelFactory):
    class Meta:
        model = ExpertProfile
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    slug = factory.Sequence(lambda n: f"chuyen-gia-{n}")
    honorific = "ThS."
    headline = "Chuyên gia dữ liệu y tế và bệnh án điện tử"
    bio = "12 năm triển khai hệ thống thông tin bệnh viện tại Hà Nội và Bắc Ninh."
    languages = factory.LazyFunction(lambda: ["vi", "en"])
    is_available = True
    is_public = True

    @factory.post_generation
    def skills(self, create, extracted, **kwargs):
        if create:
            self.skills.set(extracted if extracted is not None else ["dữ liệu y tế", "HL7 FHIR"])

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create:
            self.sectors.set(extracted or [Sector.objects.get(slug="y-te")])

    @factory.post_generation
    def provinces(self, create, extracted, **kwargs):
        if create:
            self.provinces.set(extracted or [Province.objects.get(code="01")])


def member(organisation: Organisation, role: str = MemberRole.MEMBER, **user_kwargs) -> User:
    user = UserFactory(**user_kwargs)
    Membership.objects.create(organisation=organisation, user=user, role=role)
    return user


def challenge(organisation, author, **overrides):
    """An open challenge posted through the service, as a member would."""
    from community.challenges.services import challenge_create

    data = {
        "title": "Liên thông bệnh án điện tử với 45 trạm y tế xã",
        "description": "Bệnh viện đa khoa tỉnh cần liên thông bệnh án điện tử với 45 trạm y tế xã; "
        "cần chuyên gia tư vấn chuẩn dữ liệu và lộ trình 12 tháng.",
        "sector": Sector.objects.get(slug="y-te"),
        "province": Province.objects.get(code="38"),
        "tags": ["bệnh án điện tử", "HL7 FHIR"],
    }
    data.update(overrides)
    return challenge_create(organisation=organisation, author=author, **data)
