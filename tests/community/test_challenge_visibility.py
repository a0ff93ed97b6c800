"""One rule decides who sees a challenge: `Challenge.objects.visible_to(user)`. The list, the detail
permission and the search audience agree on it for every kind of viewer, on challenges in every status,
visibility and hidden state."""

import itertools

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.urls import reverse
from haystack import connections

from community.challenges import permissions
from community.challenges.models import PUBLIC_STATUSES, Challenge, ChallengeStatus, Visibility
from community.challenges.selectors import challenge_list
from community.moderation.models import MODERATORS_GROUP
from search.audience import audiences_for
from tests.factories import UserFactory, challenge

pytestmark = pytest.mark.django_db

KINDS = list(itertools.product(ChallengeStatus.values, Visibility.values, (False, True)))


@pytest.fixture
def every_kind(organisation, org_member, other_organisation, other_owner):
    """Each (status, visibility, hidden) once in the viewer's organisation and once in another one."""
    made = []
    for org, author in ((organisation, org_member), (other_organisation, other_owner)):
        for status, visibility, hidden in KINDS:
            made.append(challenge(org, author, title=f"Thách thức {status} {visibility} {hidden} {org.pk}"))
            Challenge.objects.filter(pk=made[-1].pk).update(
                status=status, visibility=visibility, is_hidden=hidden
            )
    return list(Challenge.objects.filter(pk__in=[c.pk for c in made]))


def _viewers(owner, org_member, staff):
    moderator = UserFactory(full_name="Vũ Thanh Hương")
    moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return {
        "anonymous": AnonymousUser(),
        "member": UserFactory(full_name="Phạm Minh Đức"),  # signed in, of no organisation
        "organisation member": org_member,
        "organisation owner": owner,
        "moderator": moderator,
        "staff": staff,
    }


def _found_in_search(viewer) -> set[int]:
    """What a search can return to `viewer`: the indexed challenges sharing a token with their audiences."""
    index = connections["default"].get_unified_index().get_index(Challenge)
    tokens = set(audiences_for(None if isinstance(viewer, AnonymousUser) else viewer))
    return {c.pk for c in index.index_queryset() if tokens & set(index.prepare_audience(c))}


def test_list_detail_and_search_agree_for_every_viewer(every_kind, organisation, owner, org_member, staff):
    for name, viewer in _viewers(owner, org_member, staff).items():
        listed = {c.pk for c in challenge_list(viewer=viewer, filters={"status": "all"})}
        allowed = {c.pk for c in every_kind if permissions.can_view_challenge(viewer, c)}
        assert listed == allowed, name
        published = {c.pk for c in every_kind if c.status in PUBLIC_STATUSES and not c.is_hidden}
        assert _found_in_search(viewer) == listed & published, name


def test_the_rule_itself_for_each_viewer(every_kind, organisation, owner, org_member, staff):
    viewers = _viewers(owner, org_member, staff)

    def sees(name):
        return {
            (c.organisation_id == organisation.pk, c.status, c.visibility, c.is_hidden)
            for c in Challenge.objects.visible_to(viewers[name])
        }

    published = set(PUBLIC_STATUSES)
    everything = {(own, s, v, h) for own in (True, False) for s, v, h in KINDS}
    listed = {k for k in everything if k[1] in published and not k[3]}
    assert sees("anonymous") == {k for k in listed if k[2] == Visibility.PUBLIC}
    assert sees("member") == listed
    own = {k for k in everything if k[0]}
    assert sees("organisation member") == listed | own
    assert sees("organisation owner") == listed | own
    assert sees("moderator") == {k for k in everything if k[1] in published}
    assert sees("staff") == everything


def test_the_detail_page_answers_as_the_rule_says(client, every_kind, organisation, staff):
    foreign_draft = next(
        c for c in every_kind if c.status == ChallengeStatus.DRAFT and c.organisation_id != organisation.pk
    )
    members_only = next(
        c
        for c in every_kind
        if c.status == ChallengeStatus.OPEN and c.visibility == Visibility.MEMBERS and not c.is_hidden
    )
    url = reverse("community:challenge_detail", kwargs={"slug": members_only.slug})
    assert client.get(url).status_code == 403  # anonymous: asked to sign in
    client.force_login(UserFactory())
    assert client.get(url).status_code == 200
    assert (
        client.get(reverse("community:challenge_detail", kwargs={"slug": foreign_draft.slug})).status_code
        == 404
    )
    client.force_login(staff)
    assert (
        client.get(reverse("community:challenge_detail", kwargs={"slug": foreign_draft.slug})).status_code
        == 200
    )
