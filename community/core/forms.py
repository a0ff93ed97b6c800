"""Form fields every domain shares: https links, sectors, comma-separated lists."""

from __future__ import annotations

from django import forms

from community.core.text import length_error


class HttpsURLField(forms.URLField):
    """A web address; one typed without a scheme is taken as https://."""

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)


class SectorChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ListTextField(forms.CharField):
    """Free text read as a list (comma- or line-separated): the typed text is capped before it is split."""

    default_max_length = 1000

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", self.default_max_length)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        error = length_error(value, self.max_length)
        if error:
            raise forms.ValidationError(error, code="max_length")
        return value
