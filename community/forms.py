"""Forms of the community app. Each validates untrusted input and explains what is wrong."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from community.models import ExpertProfile, Organisation, Province, Sector
from community.models.experts import BIO_MAX_LENGTH, LANGUAGE_CHOICES
from community.models.organisations import DESCRIPTION_MAX_LENGTH, MemberRole, OrganisationKind
from community.text import length_error, limit_length, nfc
from community.uploads import INLINE_IMAGE_FORMATS, reencode_image


class SignupExtraForm(forms.Form):
    """Asks for the person's name on sign-up (allauth calls signup())."""

    full_name = forms.CharField(label=_("Full name"), max_length=150, widget=forms.TextInput(
        attrs={"autocomplete": "name", "placeholder": _("e.g. Nguyễn Thị Minh Anh")}))

    def clean_full_name(self):
        name = " ".join(nfc(self.cleaned_data["full_name"]).split())
        if len(name) < 2:
            raise forms.ValidationError(_("Please enter your full name."))
        return name

    def signup(self, request, user):
        user.full_name = self.cleaned_data["full_name"]
        user.preferred_language = (getattr(request, "LANGUAGE_CODE", "vi") or "vi")[:2]
        user.save(update_fields=["full_name", "preferred_language"])


class HttpsURLField(forms.URLField):
    """A web address; one typed without a scheme is taken as https://."""

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)


class SectorChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class OrganisationForm(forms.ModelForm):
    sectors = SectorChoiceField(
        label=_("Sectors"), queryset=Sector.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Organisation
        fields = ["name", "short_name", "kind", "province", "sectors", "website", "contact_email", "logo", "description"]
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
    email = forms.EmailField(label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "off"}))
    role = forms.ChoiceField(label=_("Role"), choices=MemberRole.choices, initial=MemberRole.MEMBER)


class MembershipRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=MemberRole.choices)


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


class SkillsField(ListTextField):
    """Comma-separated skills; free text, with suggestions from existing skills in the browser."""

    def to_python(self, value):
        value = super().to_python(value)
        return [" ".join(nfc(part).split()) for part in value.split(",") if part.strip()]

    def validate(self, value):
        super().validate(value)
        if len(value) > 30:
            raise forms.ValidationError(_("List at most 30 skills."))
        for skill in value:
            if len(skill) > 100:
                raise forms.ValidationError(_("A skill name is at most 100 characters: “%(skill)s…”"),
                                            params={"skill": skill[:30]})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(getattr(v, "name", str(v)) for v in value)
        return value


class LinksField(ListTextField):
    """One web address per line."""

    default_max_length = 5000

    def to_python(self, value):
        value = super().to_python(value)
        return [line.strip() for line in value.splitlines() if line.strip()]

    def validate(self, value):
        super().validate(value)
        if len(value) > 8:
            raise forms.ValidationError(_("List at most 8 links."))
        check = URLValidator(schemes=["http", "https"])
        for link in value:
            try:
                check(link)
            except forms.ValidationError as exc:
                raise forms.ValidationError(
                    _("“%(link)s” is not a web address starting with http:// or https://."), params={"link": link[:80]}
                ) from exc

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value


class ExpertProfileForm(forms.ModelForm):
    skills = SkillsField(
        label=_("Skills"), required=False,
        help_text=_("Separate skills with commas, e.g. eKYC, dữ liệu y tế, IoT."),
        widget=forms.TextInput(attrs={"list": "skill-suggestions", "data-skill-input": "",
                                      "data-suggest-url": reverse_lazy("community:skill_suggest"),
                                      "autocomplete": "off"}),
    )
    sectors = SectorChoiceField(
        label=_("Sectors"), queryset=Sector.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    provinces = forms.ModelMultipleChoiceField(
        label=_("Provinces"), queryset=Province.objects.all(), required=False,
        help_text=_("Where you can work in person. Hold Ctrl (or ⌘) to choose several."),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=LANGUAGE_CHOICES, required=False, widget=forms.CheckboxSelectMultiple
    )
    links = LinksField(
        label=_("Links"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One web address per line: your website, LinkedIn, publications."),
    )

    class Meta:
        model = ExpertProfile
        fields = ["honorific", "headline", "affiliation", "bio", "skills", "sectors", "provinces", "languages",
                  "years_experience", "is_available", "links", "is_public"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provinces"].label_from_instance = lambda p: p.name
        limit_length(self.fields["bio"], BIO_MAX_LENGTH)
        if self.instance.pk:
            self.initial["skills"] = [t.name for t in self.instance.skills.all()]

    def clean_headline(self):
        headline = " ".join(nfc(self.cleaned_data["headline"]).split())
        if len(headline) < 5:
            raise forms.ValidationError(_("Describe your expertise in a few words (at least 5 characters)."))
        return headline

    def clean_bio(self):
        return nfc(self.cleaned_data.get("bio", "")).strip()

    def clean_years_experience(self):
        years = self.cleaned_data.get("years_experience")
        if years is not None and years > 70:
            raise forms.ValidationError(_("Please enter a number of years between 0 and 70."))
        return years


class AccountDeleteForm(forms.Form):
    confirm = forms.CharField(
        label=_("Type your e-mail address to confirm"), max_length=254,
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
