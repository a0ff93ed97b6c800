"""Forms of the forum; the services do the business validation and the forms keep what was typed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.challenges.forms import TagsField as CommaTagsField
from community.forum.models import BODY_MAX, TITLE_MAX, Category
from community.forum.selectors import SORTS
from community.forum.services import MAX_TAGS, TAG_MAX_LENGTH


class TagsField(CommaTagsField):
    """Comma-separated tags, as on challenges, with the forum's limits on their number and length."""

    def validate(self, value):
        super().validate(value)
        if len(value) > MAX_TAGS:
            raise forms.ValidationError(_("Use at most %(n)d tags.") % {"n": MAX_TAGS})
        if any(len(t) > TAG_MAX_LENGTH for t in value):
            raise forms.ValidationError(_("Each tag has at most %(n)d characters.") % {"n": TAG_MAX_LENGTH})


class TopicForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX,
        help_text=_(
            "Ask one clear question, e.g. “Where should an 80-worker garment firm start its digital "
            "transformation?”"
        ),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "data-similar-kinds": "forum_topic,challenge,case_study",
                "maxlength": TITLE_MAX,
            }
        ),
    )
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.none(), to_field_name="slug", empty_label=None
    )
    body = forms.CharField(
        label=_("Your question"),
        max_length=BODY_MAX,
        help_text=_(
            "Markdown: **bold**, lists, links. Say what you tried and what your organisation is like. "
            "Mention someone with @ and their mention name."
        ),
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    tags = TagsField(label=_("Tags"), required=False, help_text=_("Up to 5, separated by commas."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = Category.objects.all()
        self.fields["category"].label_from_instance = lambda c: c.name


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Write your answer"),
        max_length=BODY_MAX,
        help_text=_("Markdown: **bold**, lists, links. Mention someone with @ and their mention name."),
        widget=forms.Textarea(attrs={"rows": 6}),
    )


SORT_LABELS = {
    "latest": _("Latest activity"),
    "newest": _("Newest"),
    "top": _("Most votes"),
    "unanswered": _("Unanswered"),
}


class TopicFilterForm(forms.Form):
    SORT_LABELS = SORT_LABELS
    sort = forms.ChoiceField(required=False, choices=[(s, SORT_LABELS[s]) for s in SORTS])
    tag = forms.CharField(required=False, max_length=TAG_MAX_LENGTH)
