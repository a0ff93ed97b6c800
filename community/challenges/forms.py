"""Forms for challenges and solutions; the services do the business validation."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.challenges.models import (
    APPROACH_MAX_LENGTH,
    DESCRIPTION_MAX_LENGTH,
    EXPECTED_OUTCOME_MAX_LENGTH,
    FEEDBACK_MAX_LENGTH,
    OUTCOME_SUMMARY_MAX_LENGTH,
    Challenge,
    ChallengeStatus,
    Solution,
    SolutionStatus,
)
from community.core.forms import ListTextField
from community.core.models import Province, Sector
from community.core.text import limit_length
from community.core.uploads import MAX_ATTACHMENTS
from community.organisations.models import Organisation, OrganisationKind


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            MultipleFileInput(
                attrs={"accept": ".pdf,.png,.jpg,.jpeg,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx"}
            ),
        )
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


class TagsField(ListTextField):
    def to_python(self, value):
        value = super().to_python(value)
        return [t.strip() for t in value.split(",") if t.strip()]

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(getattr(v, "name", str(v)) for v in value)
        return value


def _named(field):
    field.label_from_instance = lambda obj: obj.name
    return field


class ChallengeForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    tags = TagsField(label=_("Tags"), required=False, help_text=_("Separate tags with commas."))
    attachments = MultipleFileField(
        label=_("Attachments"),
        help_text=_("Up to %(n)d files: PDF, images or Office documents, 10 MB each.")
        % {"n": MAX_ATTACHMENTS},
    )
    publish = forms.BooleanField(
        label=_("Publish now (otherwise save as a draft)"), required=False, initial=True
    )

    class Meta:
        model = Challenge
        fields = [
            "organisation",
            "title",
            "description",
            "expected_outcome",
            "sector",
            "province",
            "tags",
            "budget_min",
            "budget_max",
            "deadline",
            "visibility",
        ]
        widgets = {
            # static/js/similar.js lists similar challenges, case studies and forum topics under the title.
            "title": forms.TextInput(
                attrs={"data-similar-kinds": "challenge,case_study,forum_topic", "autocomplete": "off"}
            ),
            "description": forms.Textarea(attrs={"rows": 8}),
            "expected_outcome": forms.Textarea(attrs={"rows": 3}),
            "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "budget_min": forms.NumberInput(attrs={"min": 0, "step": 1000000, "inputmode": "numeric"}),
            "budget_max": forms.NumberInput(attrs={"min": 0, "step": 1000000, "inputmode": "numeric"}),
            "visibility": forms.RadioSelect,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(memberships__user=user).order_by(
            "name"
        )
        self.fields["organisation"].label_from_instance = lambda o: o.name
        _named(self.fields["sector"]).queryset = Sector.objects.all()
        _named(self.fields["province"]).queryset = Province.objects.all()
        self.fields["deadline"].input_formats = ["%Y-%m-%d", "%d/%m/%Y"]
        limit_length(self.fields["description"], DESCRIPTION_MAX_LENGTH)
        limit_length(self.fields["expected_outcome"], EXPECTED_OUTCOME_MAX_LENGTH)
        if self.instance.pk:
            self.fields["title"].widget.attrs["data-similar-exclude"] = f"challenge:{self.instance.pk}"
            del self.fields["organisation"]
            del self.fields["publish"]
            self.initial["tags"] = [t.name for t in self.instance.tags.all()]


class ChallengeFilterForm(forms.Form):
    SORTS = [("newest", _("Newest")), ("deadline", _("Deadline soonest")), ("proposals", _("Most proposals"))]
    sector = forms.ModelChoiceField(
        queryset=Sector.objects.all(), required=False, to_field_name="slug", empty_label=_("All sectors")
    )
    province = forms.ModelChoiceField(
        queryset=Province.objects.all(), required=False, to_field_name="code", empty_label=_("All provinces")
    )
    status = forms.ChoiceField(
        required=False,
        choices=[("", _("Open and in progress"))]
        + [(s, label) for s, label in ChallengeStatus.choices if s not in ("draft", "withdrawn")]
        + [("all", _("All"))],
    )
    kind = forms.ChoiceField(required=False, choices=[("", _("All kinds")), *OrganisationKind.choices])
    tag = forms.CharField(required=False, max_length=60)
    sort = forms.ChoiceField(required=False, choices=SORTS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].label_from_instance = lambda s: s.name
        self.fields["province"].label_from_instance = lambda p: p.name


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=ChallengeStatus.choices)
    note = forms.CharField(label=_("Note"), required=False, max_length=300)


class SolvedForm(forms.Form):
    outcome_summary = forms.CharField(
        label=_("What changed"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=OUTCOME_SUMMARY_MAX_LENGTH,
        help_text=_("This becomes the start of a case study others can learn from."),
    )

    def __init__(self, *args, rows: int = 3, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for i in range(rows):
            self.fields[f"label_{i}"] = forms.CharField(label=_("Figure"), required=False, max_length=120)
            self.fields[f"before_{i}"] = forms.CharField(label=_("Before"), required=False, max_length=40)
            self.fields[f"after_{i}"] = forms.CharField(label=_("After"), required=False, max_length=40)
            self.fields[f"unit_{i}"] = forms.CharField(label=_("Unit"), required=False, max_length=20)

    def figures(self):
        return [
            {k: self.cleaned_data.get(f"{k}_{i}", "") for k in ("label", "before", "after", "unit")}
            for i in range(self.rows)
        ]

    def figure_rows(self):
        return [[self[f"{k}_{i}"] for k in ("label", "before", "after", "unit")] for i in range(self.rows)]


class SolutionForm(forms.ModelForm):
    attachments = MultipleFileField(label=_("Attachments"))

    class Meta:
        model = Solution
        fields = ["title", "summary", "approach", "timeline", "cost_estimate", "organisation"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "approach": forms.Textarea(attrs={"rows": 10}),
            "cost_estimate": forms.NumberInput(attrs={"min": 0, "step": 1000000, "inputmode": "numeric"}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(memberships__user=user).order_by(
            "name"
        )
        self.fields["organisation"].label_from_instance = lambda o: o.name
        self.fields["organisation"].required = False
        self.fields["organisation"].empty_label = _("Myself, as an expert")
        limit_length(self.fields["approach"], APPROACH_MAX_LENGTH)


class ExpertInviteForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the expert (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 1000}),
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (SolutionStatus.SHORTLISTED, _("Shortlist")),
            (SolutionStatus.SELECTED, _("Select")),
            (SolutionStatus.DECLINED, _("Decline")),
        ],
    )
    feedback = forms.CharField(
        label=_("Feedback for the author"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=FEEDBACK_MAX_LENGTH,
    )
