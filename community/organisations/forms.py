"""Forms of organisations, invitations and member roles."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from community.core.forms import HttpsURLField, SectorChoiceField
from community.core.models import Province, Sector
from community.core.text import limit_length, nfc
from community.core.uploads import INLINE_IMAGE_FORMATS, reencode_image
from community.organisations.models import DESCRIPTION_MAX_LENGTH, MemberRole, Organisation, OrganisationKind


class OrganisationForm(forms.ModelForm):
    sectors = SectorChoiceField(
        label=_("Sectors"), queryset=Sector.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Organisation
        fields = [
            "name",
            "short_name",
            "kind",
            "province",
            "sectors",
            "website",
            "contact_email",
            "logo",
            "description",
        ]
        field_classes = {"website": HttpsURLField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "logo": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
        }
        help_texts = {
            "short_name": _("An abbreviation people know, e.g. Sở TT&TT Đà Nẵng."),
            "description": _("What the organisation does and where it stands in its digital transformation."),
            "logo": _("PNG, JPEG or WebP, at most 2 MB."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = Province.objects.all()
        self.fields["province"].label_from_instance = lambda p: p.name
        self.fields["kind"].choices = [("", _("Choose a kind")), *OrganisationKind.choices]
        limit_length(self.fields["description"], DESCRIPTION_MAX_LENGTH)

    def clean_name(self):
        name = " ".join(nfc(self.cleaned_data["name"]).split())
        if len(name) < 3:
            raise forms.ValidationError(_("The name is too short."))
        return name

    def clean_description(self):
        return nfc(self.cleaned_data.get("description", "")).strip()

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and hasattr(logo, "size") and logo.size > settings.LOGO_MAX_BYTES:
            raise forms.ValidationError(_("The logo is larger than 2 MB. Please upload a smaller image."))
        if logo and getattr(logo, "image", None) is not None:
            fmt = (logo.image.format or "").upper()
            if fmt not in INLINE_IMAGE_FORMATS:
                raise forms.ValidationError(_("The logo must be a PNG, JPEG or WebP image."))
            # Shown inline to everyone: keep only the pixels, under the extension of the real format.
            return reencode_image(logo, stem="logo")
        return logo


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "off"})
    )
    role = forms.ChoiceField(label=_("Role"), choices=MemberRole.choices, initial=MemberRole.MEMBER)


class MembershipRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=MemberRole.choices)
