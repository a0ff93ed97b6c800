"""The directories' filters (django-filter): the same query-string parameters as ever, and a value that does not
validate is left out of the filtering, never an error page."""

import pytest
from django.urls import reverse

from community.experts.filters import ExpertFilter
from community.organisations.filters import OrganisationFilter
from community.organisations.models import OrganisationKind
from tests.factories import ExpertProfileFactory, OrganisationFactory, province, sector

pytestmark = pytest.mark.django_db


def _slugs(response):
    return {obj.slug for obj in response.context["page"].object_list}


@pytest.fixture
def experts():
    busy = ExpertProfileFactory(slug="ban-ron", is_available=False, verified=True, skills=["IoT"])
    free = ExpertProfileFactory(
        slug="ranh-roi", sectors=[sector("nong-nghiep")], provinces=[province("48")], skills=["Mã QR"]
    )
    return busy, free


def test_expert_directory_filters_by_each_parameter(client, experts):
    url = reverse("community:expert_list")
    assert _slugs(client.get(url)) == {"ban-ron", "ranh-roi"}
    assert _slugs(client.get(url, {"sector": "nong-nghiep"})) == {"ranh-roi"}
    assert _slugs(client.get(url, {"province": "48"})) == {"ranh-roi"}
    assert _slugs(client.get(url, {"skill": "iot"})) == {"ban-ron"}  # any case
    assert _slugs(client.get(url, {"available": "1"})) == {"ranh-roi"}
    assert _slugs(client.get(url, {"verified": "1"})) == {"ban-ron"}


def test_an_unchecked_box_or_a_bad_value_filters_nothing(client, experts):
    url = reverse("community:expert_list")
    for query in ({"available": "0"}, {"verified": "false"}, {"province": "4800"}, {"sector": "x" * 41}):
        response = client.get(url, query)
        assert response.status_code == 200
        assert _slugs(response) == {"ban-ron", "ranh-roi"}, query


def test_the_form_shows_the_valid_filters_only(client, experts):
    html = client.get(reverse("community:expert_list"), {"available": "1", "skill": "Mã QR"}).content.decode()
    assert 'name="available" value="1" checked' in html
    assert 'name="skill" value="Mã QR"' in html
    assert not ExpertFilter({"verified": "0", "province": "999"}).active
    assert ExpertFilter({"verified": "1"}).values == {
        "sector": "",
        "province": "",
        "skill": "",
        "available": False,
        "verified": True,
    }


def test_organisation_directory_filters_and_drops_an_unknown_kind(client):
    OrganisationFactory(slug="so-da-nang")
    OrganisationFactory(
        slug="htx-che", kind=OrganisationKind.ENTERPRISE, province=province("19"), verified=False
    )
    url = reverse("community:organisation_list")
    assert _slugs(client.get(url, {"kind": OrganisationKind.ENTERPRISE})) == {"htx-che"}
    assert _slugs(client.get(url, {"province": "48"})) == {"so-da-nang"}
    assert _slugs(client.get(url, {"verified": "1"})) == {"so-da-nang"}
    response = client.get(url, {"kind": "<script>", "verified": "maybe", "page": "abc"})
    assert response.status_code == 200
    assert _slugs(response) == {"so-da-nang", "htx-che"}  # neither value filters
    assert OrganisationFilter({"kind": "<script>"}).values["kind"] == ""
