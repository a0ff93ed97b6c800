"""Everything a member types has a cap: a clear message, the typed text kept, nothing stored (issue 11)."""

import inspect

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse

from community.accounts import forms as account_forms
from community.challenges import forms as challenge_forms
from community.challenges import services as challenge_services
from community.challenges.models import DESCRIPTION_MAX_LENGTH, EXPECTED_OUTCOME_MAX_LENGTH
from community.core import forms as core_forms
from community.discussion import forms as discussion_forms
from community.experts import forms as expert_forms
from community.forum import forms as forum_forms
from community.models import Challenge, Organisation
from community.moderation import forms as moderation_forms
from community.notifications import views as notification_views
from community.organisations import forms as organisation_forms
from community.organisations import services as organisation_services
from tests.community.test_challenge_views import _form
from tests.factories import challenge

pytestmark = pytest.mark.django_db

FORM_MODULES = [
    account_forms,
    core_forms,
    expert_forms,
    organisation_forms,
    challenge_forms,
    forum_forms,
    discussion_forms,
    moderation_forms,
    notification_views,
]
HUGE = 2_000_000
# Fields whose form checks the length in clean_<field>, through the service's rule (one message for both).
CAPPED_IN_CLEAN = {("CommentForm", "body"), ("FlagForm", "note")}


def _member_forms(user):
    for module in FORM_MODULES:
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                kwargs = {"user": user} if "user" in inspect.signature(cls.__init__).parameters else {}
                yield name, cls, kwargs


def test_every_text_field_of_every_member_form_has_a_cap(user):
    seen, uncapped = 0, []
    for name, cls, kwargs in _member_forms(user):
        for field_name, field in cls(**kwargs).fields.items():
            if not isinstance(field, forms.CharField):
                continue
            seen += 1
            if (name, field_name) in CAPPED_IN_CLEAN:
                continue
            if not field.max_length or field.max_length > 20_000:
                uncapped.append(f"{name}.{field_name}")
    assert seen > 30
    assert uncapped == []


def test_every_text_field_of_every_member_form_refuses_two_million_characters(user):
    accepted = []
    for name, cls, kwargs in _member_forms(user):
        for field_name, field in cls(**kwargs).fields.items():
            if isinstance(field, forms.CharField):
                form = cls(data={field_name: "a" * HUGE}, **kwargs)
                form.is_valid()
                if field_name not in form.errors:
                    accepted.append(f"{name}.{field_name}")
    assert accepted == []


def test_a_two_million_character_challenge_is_refused_in_vietnamese_and_the_text_kept(
    client, organisation, org_member
):
    client.force_login(org_member)
    description = "Mô tả thách thức rất dài. " * (HUGE // 26)
    response = client.post(
        reverse("community:challenge_create"),
        _form(organisation, description=description, expected_outcome="ý" * HUGE),
    )
    assert response.status_code == 200
    assert not Challenge.objects.exists()
    form = response.context["form"]
    assert set(form.errors) >= {"description", "expected_outcome"}
    html = response.content.decode()
    assert (
        "Hãy rút gọn còn tối đa" in html
    )  # our Vietnamese (config/django_messages.py), after `make messages`
    assert "Mô tả thách thức rất dài. Mô tả thách thức rất dài." in html  # what was typed is still there
    assert (
        f'maxlength="{DESCRIPTION_MAX_LENGTH}"' in html
        and f'maxlength="{EXPECTED_OUTCOME_MAX_LENGTH}"' in html
    )


def test_a_challenge_at_the_cap_is_accepted(client, organisation, org_member):
    client.force_login(org_member)
    response = client.post(
        reverse("community:challenge_create"), _form(organisation, description="d" * DESCRIPTION_MAX_LENGTH)
    )
    assert response.status_code == 302
    assert len(Challenge.objects.get().description) == DESCRIPTION_MAX_LENGTH


def test_the_services_refuse_overlong_text_without_a_form(organisation, org_member, owner):
    with pytest.raises(ValidationError) as caught:
        challenge_services.challenge_create(
            organisation=organisation,
            author=org_member,
            title="Truy xuất nguồn gốc chè bằng mã QR",
            description="d" * (DESCRIPTION_MAX_LENGTH + 1),
            expected_outcome="e" * HUGE,
            sector=None,
            province=None,
        )
    assert set(caught.value.message_dict) == {"description", "expected_outcome"}
    posted = challenge(organisation, org_member)
    with pytest.raises(ValidationError):
        challenge_services.challenge_update(challenge=posted, actor=org_member, expected_outcome="e" * HUGE)
    with pytest.raises(ValidationError) as caught:
        organisation_services.organisation_update(
            organisation=organisation, actor=owner, description="o" * HUGE
        )
    assert "description" in caught.value.message_dict
    assert len(Organisation.objects.get(pk=organisation.pk).description) < HUGE


def test_a_proposal_with_an_overlong_summary_or_approach_is_refused_by_the_service(
    organisation, org_member, expert
):
    posted = challenge(organisation, org_member)
    with pytest.raises(ValidationError) as caught:
        challenge_services.solution_create(
            challenge=posted,
            author=expert.user,
            title="Đề xuất chuẩn dữ liệu",
            summary="s" * HUGE,
            approach="a" * HUGE,
        )
    assert set(caught.value.message_dict) == {"summary", "approach"}
