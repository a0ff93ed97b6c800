"""What every search document of the community shares."""

from django.conf import settings
from django.utils import translation


def default_language_url(obj) -> str:
    # Stored once for every reader: the default-language address, whatever language indexed it.
    with translation.override(settings.LANGUAGE_CODE):
        return obj.get_absolute_url()
