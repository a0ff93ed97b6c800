"""Forms of the moderation app: reporting an item, moderators' actions, and the log's filters."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from community.moderation import registry
from community.moderation.models import MODERATORS_GROUP, ActionKind, FlagReason
from community.moderation.services import MAX_DAYS, MAX_NOTE


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong?"),
        choices=FlagReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a reason.")},
    )
    note = forms.CharField(
        label=_("Details for the moderators (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only moderators read this. Up to 500 characters."),
    )

    def clean_note(self):
        note = self.cleaned_data.get("note", "")
        if len(note) > MAX_NOTE:
            raise forms.ValidationError(
                _("Keep the details under %(limit)d characters.") % {"limit": MAX_NOTE}
            )
        return note


class ItemActionForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            (ActionKind.HIDE, _("Hide")),
            (ActionKind.RESTORE, _("Restore")),
            (ActionKind.DISMISS, _("Dismiss flags")),
        ]
    )
    reason = forms.CharField(
        label=_("Reason (kept in the log)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class WarnForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the member"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent as a notification and by e-mail, and kept in the log."),
        error_messages={"required": _("Write the message the member will receive.")},
    )


class SuspendForm(forms.Form):
    days = forms.IntegerField(
        label=_("Days"),
        min_value=1,
        max_value=MAX_DAYS,
        initial=7,
        error_messages={
            "required": _("Choose a suspension between 1 and 365 days."),
            "min_value": _("Choose a suspension between 1 and 365 days."),
            "max_value": _("Choose a suspension between 1 and 365 days."),
            "invalid": _("Choose a suspension between 1 and 365 days."),
        },
    )
    message = forms.CharField(
        label=_("Reason, sent to the member"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write the message the member will receive.")},
    )


class LiftForm(forms.Form):
    message = forms.CharField(label=_("Note (kept in the log)"), required=False, max_length=1000)


def _kind_choices():
    return [("", _("All kinds"))] + [(k, v.name) for k, v in registry.KINDS.items()]


class LogFilterForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Action"), required=False, choices=[("", _("All actions")), *ActionKind.choices]
    )
    moderator = forms.ModelChoiceField(
        label=_("Moderator"),
        required=False,
        queryset=get_user_model().objects.none(),
        empty_label=_("All moderators"),
    )
    kind = forms.ChoiceField(label=_("Kind of content"), required=False, choices=_kind_choices)
    member = forms.CharField(
        label=_("Member"),
        required=False,
        max_length=100,
        help_text=_("Mention name, e-mail or part of the name."),
    )
    since = forms.DateField(
        label=pgettext_lazy("date range", "From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    until = forms.DateField(
        label=pgettext_lazy("date range", "To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["moderator"].queryset = (
            get_user_model()
            .objects.filter(
                Q(is_staff=True) | Q(groups__name=MODERATORS_GROUP) | Q(moderation_actions__isnull=False)
            )
            .distinct()
            .order_by("full_name", "email")
        )
        self.fields["moderator"].label_from_instance = lambda u: u.display_name
