"""Nobody edits, deletes or reads the private data of another person or organisation."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from community.experts import services as expert_services
from community.models import Membership, Organisation
from community.organisations import permissions as organisation_permissions
from community.organisations import services as organisation_services
from community.organisations.models import MemberRole
from tests.factories import ExpertProfileFactory, InvitationFactory

pytestmark = pytest.mark.django_db


def test_owner_of_another_organisation_cannot_open_the_edit_page(client, organisation, other_owner):
    client.force_login(other_owner)
    response = client.get(reverse("community:organisation_edit", args=[organisation.slug]))
    assert response.status_code == 403


def test_foreign_owner_cannot_change_an_organisation_by_posting(client, organisation, other_owner):
    client.force_login(other_owner)
    response = client.post(
        reverse("community:organisation_edit", args=[organisation.slug]),
        {"name": "Đã bị đổi tên", "kind": "enterprise", "province": organisation.province_id},
    )
    assert response.status_code == 403
    organisation.refresh_from_db()
    assert organisation.name == "Sở Khoa học và Công nghệ Đà Nẵng"


def test_plain_member_cannot_edit_their_own_organisation(client, organisation, org_member):
    client.force_login(org_member)
    assert client.get(reverse("community:organisation_edit", args=[organisation.slug])).status_code == 403


def test_admin_edits_but_cannot_delete_the_organisation(client, organisation, org_admin):
    client.force_login(org_admin)
    assert client.get(reverse("community:organisation_edit", args=[organisation.slug])).status_code == 200
    response = client.post(reverse("community:organisation_delete", args=[organisation.slug]))
    assert response.status_code == 403
    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_foreign_owner_cannot_delete_an_organisation(client, organisation, other_owner):
    client.force_login(other_owner)
    response = client.post(reverse("community:organisation_delete", args=[organisation.slug]))
    assert response.status_code == 403
    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_owner_deletes_their_organisation(client, organisation, owner):
    client.force_login(owner)
    response = client.post(reverse("community:organisation_delete", args=[organisation.slug]))
    assert response.status_code == 302
    assert not Organisation.objects.filter(pk=organisation.pk).exists()


def test_member_list_with_emails_is_private_to_the_organisation(client, organisation, owner, other_owner):
    client.force_login(other_owner)
    response = client.get(reverse("community:organisation_members", args=[organisation.slug]))
    assert response.status_code == 403
    assert owner.email not in response.content.decode()


def test_anonymous_visitor_is_sent_to_sign_in_for_members_page(client, organisation):
    response = client.get(reverse("community:organisation_members", args=[organisation.slug]))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_foreign_owner_cannot_change_a_membership_of_another_organisation(
    client, organisation, org_member, other_owner
):
    membership = Membership.objects.get(user=org_member)
    client.force_login(other_owner)
    url = reverse("community:membership_update", args=[organisation.slug, membership.pk])
    assert client.post(url, {"action": "role", "role": "owner"}).status_code == 404
    assert client.post(url, {"action": "remove"}).status_code == 404
    membership.refresh_from_db()
    assert membership.role == MemberRole.MEMBER


def test_membership_cannot_be_reached_through_another_organisations_slug(
    client, organisation, org_member, other_organisation, other_owner
):
    membership = Membership.objects.get(user=org_member)
    client.force_login(other_owner)
    url = reverse("community:membership_update", args=[other_organisation.slug, membership.pk])
    assert client.post(url, {"action": "remove"}).status_code == 404
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_admin_cannot_promote_anyone_to_owner(client, organisation, owner, org_admin, org_member):
    membership = Membership.objects.get(user=org_member)
    client.force_login(org_admin)
    client.post(
        reverse("community:membership_update", args=[organisation.slug, membership.pk]),
        {"action": "role", "role": "owner"},
    )
    membership.refresh_from_db()
    assert membership.role == MemberRole.MEMBER


def test_admin_cannot_remove_the_owner(organisation, owner, org_admin):
    with pytest.raises(PermissionDenied):
        organisation_services.membership_remove(
            membership=Membership.objects.get(user=owner), actor=org_admin
        )


def test_foreign_owner_cannot_revoke_another_organisations_invitation(
    client, organisation, owner, other_owner
):
    invitation = InvitationFactory(organisation=organisation, invited_by=owner)
    client.force_login(other_owner)
    response = client.post(reverse("community:invitation_revoke", args=[organisation.slug, invitation.pk]))
    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.is_pending


def test_member_cannot_invite(organisation, org_member):
    with pytest.raises(PermissionDenied):
        organisation_services.invitation_create(
            organisation=organisation, actor=org_member, email="ai@example.vn"
        )


def test_expert_profile_of_someone_else_cannot_be_edited_through_the_service(expert, user):
    with pytest.raises(PermissionDenied):
        expert_services.expert_profile_save(
            user=expert.user, actor=user, profile=expert, headline="Bị sửa trộm"
        )
    expert.refresh_from_db()
    assert expert.headline != "Bị sửa trộm"


def test_expert_edit_page_only_ever_edits_the_signed_in_persons_profile(client, expert, user):
    client.force_login(user)
    client.post(
        reverse("community:expert_profile_edit"),
        {"headline": "Chuyên gia an ninh mạng", "languages": ["vi"], "is_public": "on"},
    )
    expert.refresh_from_db()
    assert expert.headline == "Chuyên gia dữ liệu y tế và bệnh án điện tử"
    assert user.expert_profile.headline == "Chuyên gia an ninh mạng"


def test_unlisted_expert_profile_is_hidden_from_others(client, user):
    hidden = ExpertProfileFactory(is_public=False, slug="an-danh")
    url = reverse("community:expert_detail", args=[hidden.slug])
    assert client.get(url).status_code == 404
    client.force_login(user)
    assert client.get(url).status_code == 404
    client.force_login(hidden.user)
    assert client.get(url).status_code == 200


def test_staff_sees_unlisted_profile_and_sets_verified(client, staff, organisation):
    hidden = ExpertProfileFactory(is_public=False, slug="an-danh-2")
    client.force_login(staff)
    assert client.get(reverse("community:expert_detail", args=[hidden.slug])).status_code == 200
    organisation_services.organisation_set_verified(organisation=organisation, actor=staff, verified=False)
    organisation.refresh_from_db()
    assert organisation.verified is False


def test_owner_cannot_set_the_verified_flag(client, owner, organisation):
    organisation.verified = False
    organisation.save()
    with pytest.raises(PermissionDenied):
        organisation_services.organisation_set_verified(organisation=organisation, actor=owner, verified=True)
    client.force_login(owner)
    client.post(
        reverse("community:organisation_edit", args=[organisation.slug]),
        {
            "name": organisation.name,
            "kind": organisation.kind,
            "province": organisation.province_id,
            "verified": "on",
        },
    )
    organisation.refresh_from_db()
    assert organisation.verified is False


def test_permission_functions_answer_for_anonymous_users(organisation):
    from django.contrib.auth.models import AnonymousUser

    anon = AnonymousUser()
    assert not organisation_permissions.can_edit_organisation(anon, organisation)
    assert not organisation_permissions.can_view_members(anon, organisation)
    assert not organisation_permissions.can_invite(anon, organisation)
    assert not organisation_permissions.can_create_organisation(anon)
