"""The tree cannot be built wrongly: each page type lives only where it belongs."""

import pytest
from django.core.exceptions import ValidationError

from cms.blocks import AccessibleImageBlock, video_embed_url
from cms.models import CaseStudyIndexPage, CaseStudyPage, HomePage

from .factories import case_study, image

pytestmark = pytest.mark.django_db


def test_case_studies_live_only_under_the_case_study_index(index):
    home = index.get_parent().specific
    assert CaseStudyPage.can_create_at(index)
    assert not CaseStudyPage.can_create_at(home)
    assert CaseStudyPage.allowed_parent_page_models() == [CaseStudyIndexPage]
    assert CaseStudyPage.allowed_subpage_models() == []


def test_the_index_lives_under_the_home_page_once(index):
    home = index.get_parent().specific
    assert isinstance(home, HomePage)
    assert CaseStudyIndexPage in HomePage.allowed_subpage_models()
    assert not CaseStudyIndexPage.can_create_at(home)  # one per home page, and there is one already
    assert not CaseStudyIndexPage.can_create_at(index)


def test_the_home_page_offers_the_sections_that_exist():
    labels = {m._meta.label_lower for m in HomePage.allowed_subpage_models()}
    assert "cms.casestudyindexpage" in labels
    assert "cms.casestudypage" not in labels


def test_a_case_study_image_without_alt_text_is_refused_with_a_clear_message(index):
    img = image()
    block = AccessibleImageBlock()
    with pytest.raises(ValidationError) as err:
        block.clean(block.to_python({"image": img.pk, "alt_text": "  ", "caption": "Khoa khám bệnh"}))
    assert "văn bản thay thế" in str(err.value.block_errors["alt_text"])  # the Vietnamese admin's message
    with pytest.raises(ValidationError) as err:
        case_study(index, body=[{"type": "image", "value": {"image": img.pk, "alt_text": "", "caption": ""}}])
    assert "body" in err.value.message_dict
    assert not CaseStudyPage.objects.exists()  # nothing half-saved


def test_a_hero_image_needs_alt_text_too(index):
    with pytest.raises(ValidationError) as err:
        case_study(index, hero_image=image(), hero_image_alt="")
    assert "hero_image_alt" in err.value.message_dict
    page = case_study(
        index, hero_image=image(), hero_image_alt="Điều dưỡng quét mã QR trên vòng tay bệnh nhân"
    )
    assert page.live


def test_the_selected_solution_must_belong_to_the_source_challenge(
    index, organisation, org_member, other_organisation, other_owner
):
    from community.models import Solution
    from tests.factories import UserFactory, challenge

    mine = challenge(organisation, org_member)
    theirs = challenge(other_organisation, other_owner, title="Một thách thức khác của bệnh viện tỉnh")
    solution = Solution.objects.create(
        challenge=theirs,
        author=UserFactory(),
        title="Giải pháp",
        summary="Tóm tắt giải pháp đủ dài để hợp lệ.",
        approach="Cách làm chi tiết.",
    )
    with pytest.raises(ValidationError) as err:
        case_study(index, source_challenge=mine, selected_solution=solution)
    assert "selected_solution" in err.value.message_dict


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ?t=3", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
        ("https://evil.example/watch?v=dQw4w9WgXcQ", None),
        ("javascript:alert(1)", None),
    ],
)
def test_only_youtube_and_vimeo_videos_are_embedded(url, expected):
    assert video_embed_url(url) == expected
