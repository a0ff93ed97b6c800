"""/media/ when Django serves it (`make run`): public images only, never attachments, documents or reports.

Protected files are sent by their permission-checked views; anything else under /media/ is a 404 here,
as it is in nginx (platform/nginx/dxconnect.conf), and what is served has an image type and nosniff.
"""

from django.conf import settings
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve


def public_media_type(path: str) -> str | None:
    """The image type to serve ``path`` under /media/ with, or None when it is not a public image."""
    if ".." in path.split("/") or not path.startswith(settings.PUBLIC_MEDIA_FOLDERS):
        return None
    extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    return settings.PUBLIC_MEDIA_TYPES.get(extension)


@require_safe
def public_media(request, path: str):
    content_type = public_media_type(path)
    if content_type is None:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Content-Type"] = content_type
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
