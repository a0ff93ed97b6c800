"""Headless Chromium through Playwright, against pytest-django's live server."""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


# Module scope: Playwright's sync API keeps an event loop in this thread while it runs, and the
# async tests that follow (websockets) need it gone.
@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright runs its own event loop in this thread; the ORM calls made by the tests are still sync.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale="vi-VN",
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def shot():
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str):
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    return take


class AsgiLiveServer:
    """Daphne in a thread of the test process: HTTP and websockets, on the test database.

    pytest-django's `live_server` speaks WSGI only, so it cannot carry `/ws/notifications/`, and on SQLite it
    shares one connection between the test and every request, which breaks when a browser sends several
    requests at once ("no such savepoint"). Here each request thread has its own connection. A thread
    (not a process) shares the test database even when it is SQLite in memory, and shares the
    in-memory channel layer with the views that send notifications.
    """

    def __init__(self):
        import socket
        import threading

        from daphne.endpoints import build_endpoint_description_strings
        from daphne.server import Server
        from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler

        from config.asgi import application

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._ready = threading.Event()
        self._server = Server(
            application=ASGIStaticFilesHandler(application),
            endpoints=build_endpoint_description_strings(host="127.0.0.1", port=self.port),
            signal_handlers=False,
            ready_callable=self._ready.set,
            websocket_timeout=300,
        )
        self._thread = threading.Thread(target=self._server.run, name="daphne-live-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout=20):
            raise RuntimeError("the Daphne live server did not start within 20 s")

    def stop(self):
        from twisted.internet import reactor

        reactor.callFromThread(reactor.stop)
        self._thread.join(timeout=10)


_asgi_server: AsgiLiveServer | None = None


@pytest.fixture
def asgi_live_server(transactional_db, settings):
    """A Daphne server for tests that need websockets. Twisted's reactor cannot be restarted, so one
    server lives for the whole session; each test's data comes from its own transactional database."""
    global _asgi_server
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
    if _asgi_server is None:
        _asgi_server = AsgiLiveServer()
    return _asgi_server


def pytest_sessionfinish(session, exitstatus):
    if _asgi_server is not None:
        _asgi_server.stop()


@pytest.fixture
def site_server(request):
    """The server for page-only journeys: Daphne in a thread on SQLite (pytest-django's live server shares one
    SQLite connection across concurrent requests), pytest-django's live server elsewhere (its own connection)."""
    from django.db import connection

    if connection.vendor == "sqlite":
        return request.getfixturevalue("asgi_live_server")
    return request.getfixturevalue("live_server")
