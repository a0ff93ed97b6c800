"""Owners invite by e-mail; the invited person joins after signing in with that address."""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from community.models import Invitation, Membership
from community.organisations import services as organisation_services
from community.organisations.models import MemberRole
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_owner_invites_and_an_email_with_the_link_is_sent(
    client, organisation, owner, django_capture_on_commit_callbacks
):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("community:organisation_members", args=[organisation.slug]),
            {"invite-email": "Lan.Pham@Example.vn", "invite-role": "admin"},
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "lan.pham@example.vn"
    assert len(mail.outbox) == 1
    assert invitation.token in mail.outbox[0].body
    assert organisation.name in mail.outbox[0].subject


def test_invited_person_joins_after_signing_in(client, organisation, owner):
    invitation = organisation_services.invitation_create(
        organisation=organisation, actor=owner, email="lan@example.vn"
    )
    invited = UserFactory(email="lan@example.vn")
    url = reverse("community:invitation_accept", args=[invitation.token])
    assert reverse("account_login") in client.get(url)["Location"]  # sign in first
    client.force_login(invited)
    assert client.get(url).status_code == 200
    response = client.post(url, {"action": "accept"})
    assert response.status_code == 302
    assert Membership.objects.get(organisation=organisation, user=invited).role == MemberRole.MEMBER
    invitation.refresh_from_db()
    assert invitation.accepted_by == invited


def test_invitation_for_another_address_is_refused_with_an_explanation(client, organisation, owner, user):
    invitation = organisation_services.invitation_create(
        organisation=organisation, actor=owner, email="someone@example.vn"
    )
    client.force_login(user)
    response = client.post(
        reverse("community:invitation_accept", args=[invitation.token]), {"action": "accept"}
    )
    assert response.status_code == 200
    assert "someone@example.vn" in response.content.decode()
    assert not Membership.objects.filter(user=user, organisation=organisation).exists()


def test_unverified_address_cannot_accept(organisation, owner):
    invited = UserFactory(email="chua@example.vn", verified_email=False)
    EmailAddress.objects.create(user=invited, email="chua@example.vn", verified=False, primary=True)
    invitation = organisation_services.invitation_create(
        organisation=organisation, actor=owner, email="chua@example.vn"
    )
    with pytest.raises(ValidationError):
        organisation_services.invitation_accept(invitation=invitation, user=invited)


def test_expired_and_revoked_invitations_cannot_be_used(organisation, owner):
    invited = UserFactory(email="het@example.vn")
    invitation = organisation_services.invitation_create(
        organisation=organisation, actor=owner, email="het@example.vn"
    )
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(days=1))
    with pytest.raises(ValidationError):
        organisation_services.invitation_accept(
            invitation=Invitation.objects.get(pk=invitation.pk), user=invited
        )
    second = organisation_services.invitation_create(
        organisation=organisation, actor=owner, email="het@example.vn"
    )
    organisation_services.invitation_revoke(invitation=second, actor=owner)
    with pytest.raises(ValidationError):
        organisation_services.invitation_accept(invitation=second, user=invited)


def test_inviting_an_existing_member_is_explained(client, organisation, owner, org_member):
    client.force_login(owner)
    response = client.post(
        reverse("community:organisation_members", args=[organisation.slug]),
        {"invite-email": org_member.email, "invite-role": "member"},
    )
    assert response.status_code == 200
    assert org_member.email in response.content.decode()
    assert not Invitation.objects.exists()


def test_bad_email_is_refused_and_kept_in_the_form(client, organisation, owner):
    client.force_login(owner)
    response = client.post(
        reverse("community:organisation_members", args=[organisation.slug]),
        {"invite-email": "khong-phai-email", "invite-role": "member"},
    )
    assert response.status_code == 200
    assert 'value="khong-phai-email"' in response.content.decode()


def test_last_owner_cannot_leave(organisation, owner):
    with pytest.raises(ValidationError):
        organisation_services.membership_remove(membership=Membership.objects.get(user=owner), actor=owner)


def test_dashboard_lists_pending_invitations(client, organisation, owner):
    organisation_services.invitation_create(organisation=organisation, actor=owner, email="cho@example.vn")
    invited = UserFactory(email="cho@example.vn")
    client.force_login(invited)
    assert organisation.name in client.get(reverse("community:dashboard")).content.decode()
