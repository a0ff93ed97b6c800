"""The SENDFILE_BACKEND that both django-sendfile2 and Wagtail's document view call.

Wagtail's document view passes a ``str`` path, django-sendfile2's backends expect a ``Path``; this hands
either to the engine in ``SENDFILE_ENGINE`` (the simple backend locally, nginx's X-Accel-Redirect in
production), so attachments, reports and documents leave by the same door.
"""

from pathlib import Path

from django.conf import settings
from django.utils.module_loading import import_string


def sendfile(request, filename, **kwargs):
    return import_string(f"{settings.SENDFILE_ENGINE}.sendfile")(request, Path(filename), **kwargs)
