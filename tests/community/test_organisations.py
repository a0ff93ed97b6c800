"""Organisations: creating, editing, the directory and its filters, and what bad input gets."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from community.models import Membership, Organisation
from community.organisations.models import MemberRole
from tests.factories import OrganisationFactory, province, sector

pytestmark = pytest.mark.django_db


def _png_bytes(size=(64, 64)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (15, 76, 146)).save(buf, "PNG")
    return buf.getvalue()


def _form(**overrides):
    data = {
        "name": "Hợp tác xã Chè Tân Cương",
        "short_name": "HTX Chè Tân Cương",
        "kind": "enterprise",
        "province": province("19").pk,
        "sectors": [sector("nong-nghiep").pk],
        "website": "https://chetancuong.example.vn",
        "description": "Hợp tác xã 120 hộ trồng chè muốn truy xuất nguồn gốc bằng mã QR.",
    }
    data.update(overrides)
    return data


def test_signed_in_person_creates_an_organisation_and_becomes_owner(client, user):
    client.force_login(user)
    response = client.post(reverse("community:organisation_create"), _form())
    org = Organisation.objects.get(name="Hợp tác xã Chè Tân Cương")
    assert response.status_code == 302
    assert response["Location"] == org.get_absolute_url()
    assert org.slug == "htx-che-tan-cuong"
    assert Membership.objects.get(organisation=org, user=user).role == MemberRole.OWNER
    assert not org.verified


def test_slug_keeps_the_d_of_vietnamese_dj(client, user):
    client.force_login(user)
    client.post(reverse("community:organisation_create"), _form(name="Sở Y tế Đà Nẵng", short_name=""))
    assert Organisation.objects.get(name="Sở Y tế Đà Nẵng").slug == "so-y-te-da-nang"


def test_missing_fields_are_explained_and_typed_values_kept(client, user):
    client.force_login(user)
    response = client.post(reverse("community:organisation_create"), _form(kind="", province=""))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Hợp tác xã Chè Tân Cương" in body  # what was typed is still there
    assert "errorlist" in body
    assert not Organisation.objects.exists()


def test_a_logo_that_is_not_an_image_is_refused_with_a_message(client, user):
    client.force_login(user)
    fake = SimpleUploadedFile("logo.png", b"%PDF-1.7 not an image", content_type="image/png")
    response = client.post(reverse("community:organisation_create"), {**_form(), "logo": fake})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert not Organisation.objects.exists()


def test_a_real_png_logo_is_stored(client, user):
    client.force_login(user)
    logo = SimpleUploadedFile("logo.png", _png_bytes(), content_type="image/png")
    client.post(reverse("community:organisation_create"), {**_form(), "logo": logo})
    org = Organisation.objects.get()
    assert org.logo.name.startswith("organisations/logos/htx-che-tan-cuong-")


def test_owner_edits_the_description(client, organisation, owner):
    client.force_login(owner)
    response = client.post(
        reverse("community:organisation_edit", args=[organisation.slug]),
        _form(name=organisation.name, description="Mô tả mới"),
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.description == "Mô tả mới"


def test_directory_filters_by_kind_sector_and_province(client):
    OrganisationFactory(
        name="Bệnh viện Đa khoa Huế", kind="public_service", province=province("46"), sectors=[sector("y-te")]
    )
    OrganisationFactory(
        name="Ngân hàng Số Phương Nam",
        kind="enterprise",
        province=province("79"),
        sectors=[sector("tai-chinh-ngan-hang")],
    )
    url = reverse("community:organisation_list")
    assert "Bệnh viện Đa khoa Huế" in client.get(url, {"kind": "public_service"}).content.decode()
    assert "Ngân hàng Số Phương Nam" not in client.get(url, {"kind": "public_service"}).content.decode()
    assert "Ngân hàng Số Phương Nam" in client.get(url, {"sector": "tai-chinh-ngan-hang"}).content.decode()
    assert "Bệnh viện Đa khoa Huế" in client.get(url, {"province": "46"}).content.decode()
    assert "Bệnh viện Đa khoa Huế" not in client.get(url, {"province": "79"}).content.decode()


@pytest.mark.parametrize(
    "params",
    [{"kind": "<script>"}, {"page": "abc"}, {"page": "99999"}, {"province": "zz"}, {"sector": "x" * 500}],
)
def test_directory_survives_nonsense_parameters(client, params):
    assert client.get(reverse("community:organisation_list"), params).status_code == 200


def test_directory_costs_the_same_queries_for_5_or_40_organisations(client, django_assert_max_num_queries):
    url = reverse("community:organisation_list")
    OrganisationFactory.create_batch(5)
    with django_assert_max_num_queries(8) as small:
        client.get(url)
    OrganisationFactory.create_batch(35)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url)


def test_organisation_page_costs_a_fixed_number_of_queries(
    client, organisation, owner, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        response = client.get(organisation.get_absolute_url())
    assert response.status_code == 200
    assert organisation.name in response.content.decode()


def test_unknown_organisation_is_404(client):
    assert client.get(reverse("community:organisation_detail", args=["khong-ton-tai"])).status_code == 404
