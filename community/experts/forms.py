"""The expert profile form and its list fields."""

from __future__ import annotations

from django import forms
from django.core.validators import URLValidator
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from community.core.forms import ListTextField, SectorChoiceField
from community.core.models import Province, Sector
from community.core.text import limit_length, nfc
from community.experts.models import BIO_MAX_LENGTH, LANGUAGE_CHOICES, ExpertProfile


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
                raise forms.ValidationError(
                    _("A skill name is at most 100 characters: “%(skill)s…”"), params={"skill": skill[:30]}
                )

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
                    _("“%(link)s” is not a web address starting with http:// or https://."),
                    params={"link": link[:80]},
                ) from exc

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value


class ExpertProfileForm(forms.ModelForm):
    skills = SkillsField(
        label=_("Skills"),
        required=False,
        help_text=_("Separate skills with commas, e.g. eKYC, dữ liệu y tế, IoT."),
        widget=forms.TextInput(
            attrs={
                "list": "skill-suggestions",
                "data-skill-input": "",
                "data-suggest-url": reverse_lazy("community:skill_suggest"),
                "autocomplete": "off",
            }
        ),
    )
    sectors = SectorChoiceField(
        label=_("Sectors"), queryset=Sector.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    provinces = forms.ModelMultipleChoiceField(
        label=_("Provinces"),
        queryset=Province.objects.all(),
        required=False,
        help_text=_("Where you can work in person. Hold Ctrl (or ⌘) to choose several."),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=LANGUAGE_CHOICES, required=False, widget=forms.CheckboxSelectMultiple
    )
    links = LinksField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One web address per line: your website, LinkedIn, publications."),
    )

    class Meta:
        model = ExpertProfile
        fields = [
            "honorific",
            "headline",
            "affiliation",
            "bio",
            "skills",
            "sectors",
            "provinces",
            "languages",
            "years_experience",
            "is_available",
            "links",
            "is_public",
        ]
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
