"""The events feeds (django.contrib.syndication): the index's Atom feed and /feeds/events/rss|atom/, in the
reader's language, with absolute links and the dates of the announcement."""

import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from django.utils.dateparse import parse_datetime

from tests.publications import factories as f

from .factories import event_index, make_event

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_index_feed_is_atom_with_absolute_links_newest_start_first(client):
    later = make_event(title="Diễn đàn tháng sau", days_ahead=30)
    sooner = make_event(title="Hội thảo tuần sau", days_ahead=7)
    response = client.get("/events/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.find(f"{ATOM}title").text == "Diễn đàn và hội thảo · DX Connect"
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [later.title, sooner.title]
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [
        "http://testserver" + later.url,
        "http://testserver" + sooner.url,
    ]
    later.save_revision().publish()  # announced: the entry's date is the announcement's
    later.refresh_from_db()
    entry = ET.fromstring(client.get("/events/feed/").content).find(f"{ATOM}entry")
    assert parse_datetime(entry.find(f"{ATOM}published").text) == later.first_published_at
    assert later.summary in entries[0].find(f"{ATOM}summary").text


def test_rss_feed_names_kind_and_dates_each_item(client):
    event = make_event(title="Hội thảo dữ liệu mở")
    root = ET.fromstring(client.get("/feeds/events/rss/").content)
    item = root.find("channel/item")
    assert item.find("title").text == "Hội thảo dữ liệu mở"
    assert item.find("link").text == "http://testserver" + event.url
    assert str(event.get_kind_display()) in [c.text for c in item.findall("category")]
    assert (
        parsedate_to_datetime(item.find("pubDate").text) == event.start_at
    )  # never published through a revision
    assert root.find("channel/language").text == "vi"


def test_english_feed_shows_the_translation_or_the_vietnamese_page(client):
    f.home("en")
    translated = make_event(title="Hội thảo đã dịch")
    make_event(title="Hội thảo chưa dịch")
    event_index("en")
    f.translate(translated, title="Translated seminar", slug="translated-seminar")
    root = ET.fromstring(client.get("/en/events/feed/").content)
    assert root.find(f"{ATOM}title").text.endswith("· DX Connect")
    titles = {e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")}
    assert titles == {"Translated seminar", "Hội thảo chưa dịch"}
    rss = ET.fromstring(client.get("/en/feeds/events/rss/").content)
    assert rss.find("channel/language").text == "en"
    assert {i.find("title").text for i in rss.iter("item")} == titles


def test_drafts_never_reach_a_feed(client):
    draft = make_event(title="Bản nháp hội thảo")
    draft.unpublish()
    assert "Bản nháp" not in client.get("/feeds/events/atom/").content.decode()
    assert "Bản nháp" not in client.get("/events/feed/").content.decode()
