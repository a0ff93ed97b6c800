"""Forms of a person's own account: sign-up extras, profile, deletion."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from community.accounts import services
from community.core.text import nfc


class SignupExtraForm(forms.Form):
    """Asks for the person's name on sign-up (allauth calls signup())."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name", "placeholder": _("e.g. Nguyễn Thị Minh Anh")}),
    )

    def clean_full_name(self):
        name = " ".join(nfc(self.cleaned_data["full_name"]).split())
        if len(name) < 2:
            raise forms.ValidationError(_("Please enter your full name."))
        return name

    def signup(self, request, user):
        language = (getattr(request, "LANGUAGE_CODE", "vi") or "vi")[:2]
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        services.user_profile_update(
            user=user, full_name=self.cleaned_data["full_name"], preferred_language=language
        )


class AccountDeleteForm(forms.Form):
    confirm = forms.CharField(
        label=_("Type your e-mail address to confirm"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_confirm(self):
        value = self.cleaned_data["confirm"].strip().lower()
        if value != self.user.email.lower():
            raise forms.ValidationError(_("That is not the e-mail address of this account."))
        return value


class ProfileForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)

    def clean_full_name(self):
        return " ".join(nfc(self.cleaned_data["full_name"]).split())
