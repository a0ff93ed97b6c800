"""The demo case studies (fixtures of cms/): 24 with illustrations, figures and quotes, 8 with an English
copy, back-dated, and nothing new on a second load."""

import datetime as dt

import pytest
from django.utils import timezone

from cms.models import CaseStudyPage
from tests.demo_fixtures import load_demo, outcomes

pytestmark = pytest.mark.django_db


def test_demo_case_studies_load_once():
    first = load_demo("case_study_page")
    assert outcomes(first, "case_study_page", "home_page") == {"created"}
    vietnamese = CaseStudyPage.objects.filter(locale__language_code="vi", import_ref__startswith="demo-cs-")
    assert vietnamese.filter(live=True).count() == 24
    assert CaseStudyPage.objects.filter(locale__language_code="en", live=True).count() == 8
    featured = vietnamese.filter(featured=True).first()
    types = [block.block_type for block in featured.body]
    assert types == ["rich_text", "rich_text", "image", "outcome", "quote", "rich_text"]
    assert all(page.hero_image_id and page.organisation_id and page.sector_id for page in vietnamese)
    assert vietnamese.filter(experts__isnull=False).exists()
    assert all(page.first_published_at < timezone.now() - dt.timedelta(days=1) for page in vietnamese)
    english = CaseStudyPage.objects.get(locale__language_code="en", translation_key=featured.translation_key)
    assert "Results" in str(english.body) or "results" in str(english.body).lower()
    revisions = sorted(CaseStudyPage.objects.values_list("pk", "latest_revision_id"))

    again = load_demo("case_study_page")
    assert outcomes(again, "case_study_page", "home_page") == {"unchanged"}
    assert sorted(CaseStudyPage.objects.values_list("pk", "latest_revision_id")) == revisions
