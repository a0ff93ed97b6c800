"""factory_boy factories for generated volume (``seed_demo --scale``, benchmarks): unsaved accounts and expert
profiles with Vietnamese values from Faker's ``vi_VN`` provider, numbered so that a rerun adds only what is
missing. Application code imports these, never ``tests``."""

from __future__ import annotations

import factory
from django.contrib.auth.hashers import make_password
from factory.django import DjangoModelFactory

from community.models import ExpertProfile, User

GENERATED_DOMAIN = "demo.dxconnect.vn"
GENERATED_EXPERT_PREFIX = "gen-expert-"
HONORIFICS = ("", "", "", "ThS.", "ThS.", "KS.", "TS.", "CN.", "PGS.TS.")
LANGUAGES = (("vi",), ("vi", "en"), ("vi", "en"), ("vi", "en", "ja"), ("vi", "ko"), ("vi", "fr"))


def generated_expert_email(number: int) -> str:
    return f"{GENERATED_EXPERT_PREFIX}{number:06d}@{GENERATED_DOMAIN}"


class GeneratedUserFactory(DjangoModelFactory):
    """A generated person: nobody signs in as them (unusable password); they fill the directory."""

    class Meta:
        model = User

    class Params:
        number = 1
        female = factory.Faker("boolean")
        last_name = factory.Faker("last_name", locale="vi_VN")
        middle_name = factory.Faker("middle_name", locale="vi_VN")
        # vi_VN's plain first_name is not Vietnamese in this Faker version; the gendered ones are.
        given_female = factory.Faker("first_name_female", locale="vi_VN")
        given_male = factory.Faker("first_name_male", locale="vi_VN")

    email = factory.LazyAttribute(lambda o: generated_expert_email(o.number))
    full_name = factory.LazyAttribute(
        lambda o: " ".join(
            part
            for part in (o.last_name, o.middle_name, o.given_female if o.female else o.given_male)
            if part
        )
    )
    password = factory.LazyFunction(lambda: make_password(None))
    is_active = True


class GeneratedExpertFactory(DjangoModelFactory):
    class Meta:
        model = ExpertProfile

    class Params:
        number = 1
        skill = "chuyển đổi số"
        sector_name = "chuyển đổi số"
        job = factory.Faker("job", locale="vi_VN")
        city = factory.Faker("city", locale="vi_VN")

    user = None  # set by the caller (the saved account's id)
    slug = factory.LazyAttribute(lambda o: f"{GENERATED_EXPERT_PREFIX}{o.number:06d}")
    honorific = factory.Faker("random_element", elements=HONORIFICS)
    years_experience = factory.Faker("random_int", min=2, max=30)
    affiliation = factory.Faker("company", locale="vi_VN")
    headline = factory.LazyAttribute(lambda o: f"{o.job}, chuyên về {o.skill}"[:200])
    bio = factory.LazyAttribute(
        lambda o: (
            f"{o.years_experience} năm kinh nghiệm trong lĩnh vực {o.sector_name}. "
            f"Hiện công tác tại {o.affiliation}, {o.city}. "
            f"Thế mạnh: {o.skill}, tư vấn lộ trình và đào tạo đội ngũ."
        )
    )
    languages = factory.Faker("random_element", elements=[list(codes) for codes in LANGUAGES])
    is_available = factory.Faker("boolean", chance_of_getting_true=75)
    verified = factory.Faker("boolean", chance_of_getting_true=30)
    links = factory.LazyFunction(list)
    is_public = True
