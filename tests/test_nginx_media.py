"""platform/nginx/dxconnect.conf, run for real on loopback: /media/ is public for images only, and protected
files leave only through X-Accel-Redirect with the type and disposition Django chose.

Needs Debian's nginx (`apt-get install nginx-light`); without it these tests are skipped and say so. The
backend replays the headers of a real Django response, made with the production sendfile settings.
"""

import http.client
import http.server
import shutil
import socket
import subprocess
import threading
import time

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from tests.factories import challenge

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        shutil.which("nginx") is None, reason="nginx is not installed (apt-get install nginx-light)"
    ),
]

PDF_AS_HTML = b"%PDF-1.7\n<html><script>alert(document.domain)</script></html>\n"
NGINX = {"SENDFILE_ENGINE": "django_sendfile.backends.nginx", "SENDFILE_URL": "/protected-media"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Backend(http.server.BaseHTTPRequestHandler):
    """Stands in for gunicorn: answers each path with the headers recorded for it, else 404."""

    replies: dict[str, dict[str, str]] = {}

    def do_GET(self):
        headers = self.replies.get(self.path)
        self.send_response(200 if headers is not None else 404)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def _config(production_conf: str, *, port: int, backend: int, srv) -> str:
    server = production_conf.split("server {", 2)[2]  # the HTTPS server; the port-80 redirect is not needed
    lines = []
    for line in ("server {" + server).splitlines():
        stripped = line.strip()
        if stripped.startswith(("ssl_", "http2 ")):
            continue
        if stripped == "listen 443 ssl;":
            line = f"    listen 127.0.0.1:{port};"
        lines.append(
            line.replace("root /srv;", f"root {srv};").replace("alias /srv/media/;", f"alias {srv}/media/;")
        )
    return (
        f"user root;\nworker_processes 1;\npid {srv}/nginx.pid;\nerror_log {srv}/error.log;\n"
        "events { worker_connections 64; }\n"
        f"http {{\n access_log off;\n client_body_temp_path {srv}/tmp;\n proxy_temp_path {srv}/tmp;\n"
        f" upstream dx_web {{ server 127.0.0.1:{backend}; }}\n upstream dx_ws {{ server 127.0.0.1:{backend}; }}\n"
        + "\n".join(lines)
        + "\n}\n"
    )


@pytest.fixture
def nginx(tmp_path):
    backend = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Backend)
    threading.Thread(target=backend.serve_forever, daemon=True).start()
    srv = tmp_path / "srv"
    (srv / "tmp").mkdir(parents=True)
    (srv / "media").symlink_to(settings.MEDIA_ROOT)
    port = _free_port()
    conf = (settings.BASE_DIR / "platform" / "nginx" / "dxconnect.conf").read_text()
    (srv / "nginx.conf").write_text(_config(conf, port=port, backend=backend.server_address[1], srv=srv))
    process = subprocess.Popen(
        ["nginx", "-p", str(srv), "-c", str(srv / "nginx.conf"), "-g", "daemon off;"], stderr=subprocess.PIPE
    )
    for _ in range(100):  # wait until it listens (or has died of a bad configuration)
        if process.poll() is not None:
            pytest.fail("nginx refused the configuration: " + process.stderr.read().decode())
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)

    def get(path):
        connection = http.client.HTTPConnection("127.0.0.1", port)
        connection.request("GET", path, headers={"Host": "dx.example.vn", "X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        return response, response.read()

    get.replies = _Backend.replies
    yield get
    process.terminate()
    process.wait()
    backend.shutdown()
    _Backend.replies.clear()


def _write(relative: str, content: bytes):
    path = settings.MEDIA_ROOT / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def test_nginx_serves_public_images_as_images_and_nothing_else_under_media(nginx):
    _write("images/anh.png", b"\x89PNG\r\n\x1a\n not really")
    _write("images/anh.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
    _write("attachments/0123abcd.html", PDF_AS_HTML)  # as stored before the fix
    response, _ = nginx("/media/images/anh.png")
    assert response.status == 200
    assert response.getheader("Content-Type") == "image/png"
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    for path in (
        "/media/images/anh.svg",
        "/media/attachments/0123abcd.html",
        "/protected-media/attachments/0123abcd.html",
    ):
        response, body = nginx(path)
        assert response.status == 404, path
        assert b"alert" not in body


def test_nginx_sends_an_attachment_with_the_type_and_disposition_django_chose(
    nginx, client, organisation, org_member
):
    posted = challenge(organisation, org_member, attachments=[SimpleUploadedFile("a.html", PDF_AS_HTML)])
    attachment = posted.attachments.get()
    with override_settings(**NGINX):
        django_response = client.get(attachment.get_absolute_url())
    nginx.replies["/download"] = {
        name: django_response[name] for name in ("X-Accel-Redirect", "Content-Type", "Content-Disposition")
    }
    _write("attachments/0123abcd.html", PDF_AS_HTML)  # a file stored before the fix, under the client's name
    nginx.replies["/legacy"] = {
        **nginx.replies["/download"],
        "X-Accel-Redirect": "/protected-media/attachments/0123abcd.html",
    }
    for path in ("/download", "/legacy"):
        response, body = nginx(path)
        assert response.status == 200, path
        assert body == PDF_AS_HTML
        assert response.getheader("Content-Type") == "application/pdf"
        assert response.getheader("Content-Disposition").startswith("attachment;")
        assert response.getheader("X-Content-Type-Options") == "nosniff"
        assert "sandbox" in response.getheader("Content-Security-Policy")
