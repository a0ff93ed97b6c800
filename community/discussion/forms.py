"""The comment form: one Markdown field; length and emptiness are checked by the service's rules."""

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from community.discussion.models import BODY_MAX_LENGTH
from community.discussion.services import clean_body


class CommentForm(forms.Form):
    body = forms.CharField(
        label=gettext_lazy("Your comment"),
        strip=False,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per form so the number and sentence follow the language of the request.
        self.fields["body"].help_text = _(
            "Markdown: **bold**, lists, links. Mention someone with @ and their mention name. "
            "Up to %(limit)s characters."
        ) % {"limit": number_format(BODY_MAX_LENGTH, force_grouping=True)}

    def clean_body(self):
        from django.core.exceptions import ValidationError

        try:
            return clean_body(self.cleaned_data.get("body", ""))
        except ValidationError as exc:
            raise ValidationError(exc.message_dict["body"]) from exc
