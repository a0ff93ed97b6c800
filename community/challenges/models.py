"""Challenges that organisations post, the solutions proposed to them, and who follows or is invited."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from community.accounts.permissions import is_moderator, is_staff
from community.core.models import Province, Sector
from community.core.uploads import extension_for
from community.experts.models import ExpertProfile
from community.organisations.models import Membership, Organisation
from community.organisations.permissions import SEARCH_MEMBERS


class ChallengeStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", pgettext_lazy("challenge status", "In progress")
    SOLVED = "solved", _("Solved")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Which status may follow which: the owning organisation's admins move a challenge along these edges.
STATUS_TRANSITIONS: dict[str, tuple[str, ...]] = {
    ChallengeStatus.DRAFT: (ChallengeStatus.OPEN, ChallengeStatus.WITHDRAWN),
    ChallengeStatus.OPEN: (ChallengeStatus.IN_PROGRESS, ChallengeStatus.CLOSED, ChallengeStatus.WITHDRAWN),
    ChallengeStatus.IN_PROGRESS: (
        ChallengeStatus.SOLVED,
        ChallengeStatus.OPEN,
        ChallengeStatus.CLOSED,
        ChallengeStatus.WITHDRAWN,
    ),
    ChallengeStatus.SOLVED: (ChallengeStatus.CLOSED,),
    ChallengeStatus.CLOSED: (ChallengeStatus.OPEN,),
    ChallengeStatus.WITHDRAWN: (ChallengeStatus.DRAFT,),
}


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Signed-in members only")


class ChallengeTag(TagBase):
    class Meta:
        verbose_name = _("challenge tag")
        verbose_name_plural = _("challenge tags")


class TaggedChallenge(TaggedItemBase):
    content_object = models.ForeignKey("Challenge", on_delete=models.CASCADE)
    tag = models.ForeignKey(ChallengeTag, on_delete=models.CASCADE, related_name="tagged_challenges")


# Caps on what a member types (checked by the forms and the services; the columns are unbounded TEXT).
DESCRIPTION_MAX_LENGTH = 20_000
EXPECTED_OUTCOME_MAX_LENGTH = 5_000
OUTCOME_SUMMARY_MAX_LENGTH = 5_000
APPROACH_MAX_LENGTH = 20_000
FEEDBACK_MAX_LENGTH = 5_000


# Published: what people outside the organisation may see at all (drafts and withdrawn ones never).
PUBLIC_STATUSES = (
    ChallengeStatus.OPEN,
    ChallengeStatus.IN_PROGRESS,
    ChallengeStatus.SOLVED,
    ChallengeStatus.CLOSED,
)


class ChallengeQuerySet(models.QuerySet):
    """Who sees which challenge, written once: lists, the detail permission (`can_view_challenge`),
    matching, the sitemap and exports call `visible_to`; the search index holds `listed()` with the
    audience `search_audience()` gives, so a search shows the same, or less, never more."""

    def listed(self) -> "ChallengeQuerySet":
        """Published and not hidden by a moderator: what the search index holds."""
        return self.filter(status__in=PUBLIC_STATUSES, is_hidden=False)

    def visible_to(self, user) -> "ChallengeQuerySet":
        """Staff see everything; the organisation's members see all of its own (drafts and hidden ones
        too); moderators also see published ones they hid; anyone signed in sees the listed ones, and
        an anonymous visitor the listed ones open to the public."""
        if is_staff(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.listed().filter(visibility=Visibility.PUBLIC)
        seen = (
            Q(status__in=PUBLIC_STATUSES)
            if is_moderator(user)
            else Q(status__in=PUBLIC_STATUSES, is_hidden=False)
        )
        own = Q(organisation_id__in=Membership.objects.filter(user=user).values("organisation_id"))
        return self.filter(seen | own)


class Challenge(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="challenges", verbose_name=_("organisation")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="challenges_posted"
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    description = models.TextField(_("description"), help_text=_("Markdown: **bold**, lists, links."))
    description_html = models.TextField(editable=False, blank=True)
    expected_outcome = models.TextField(_("expected outcome"), blank=True)
    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, related_name="challenges", verbose_name=_("sector")
    )
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="challenges", verbose_name=_("province")
    )
    tags = TaggableManager(verbose_name=_("tags"), through=TaggedChallenge, blank=True)
    budget_min = models.PositiveBigIntegerField(_("budget from (VND)"), null=True, blank=True)
    budget_max = models.PositiveBigIntegerField(_("budget up to (VND)"), null=True, blank=True)
    deadline = models.DateField(_("deadline for proposals"), null=True, blank=True)
    visibility = models.CharField(
        _("who can see it"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ChallengeStatus.choices, default=ChallengeStatus.DRAFT
    )
    outcome_summary = models.TextField(_("what changed"), blank=True)
    outcome_figures = models.JSONField(_("figures before and after"), default=list, blank=True)
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The `ref` of `manage.py import_content`: imports upsert by it; absent for content made on the site.
    import_ref = models.CharField(
        _("import reference"), max_length=100, unique=True, null=True, blank=True, editable=False
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    followers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="ChallengeFollow", related_name="followed_challenges", blank=True
    )

    objects = ChallengeQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")
        indexes = [models.Index(fields=["status", "-published_at"]), models.Index(fields=["deadline"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(budget_min__isnull=True)
                | models.Q(budget_max__isnull=True)
                | models.Q(budget_min__lte=models.F("budget_max")),
                name="challenge_budget_range",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("community:challenge_detail", kwargs={"slug": self.slug})

    @property
    def is_open(self) -> bool:
        return self.status == ChallengeStatus.OPEN

    def allowed_transitions(self) -> tuple[str, ...]:
        return STATUS_TRANSITIONS.get(self.status, ())

    def search_audience(self) -> list[str]:
        """Who finds it in search, among those the index serves (it holds `listed()` challenges only):
        everyone when anonymous visitors see it, otherwise anyone signed in. Organisation members and
        staff find drafts and hidden ones on their pages, not in search (search shows less, never more)."""
        return ["public"] if self.visibility == Visibility.PUBLIC else [SEARCH_MEMBERS]


class ChallengeStatusChange(models.Model):
    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=12, choices=ChallengeStatus.choices, blank=True)
    to_status = models.CharField(max_length=12, choices=ChallengeStatus.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.challenge}: {self.from_status} → {self.to_status}"


def _attachment_path(instance, filename: str) -> str:
    # The stored name takes the extension of the type detected from the bytes, never the client's:
    # "a.html" that starts with %PDF- is stored as ….pdf, so no server can ever serve it as a page.
    return f"attachments/{secrets.token_hex(16)}.{extension_for(instance.content_type)}"


class Attachment(models.Model):
    """A file attached to a challenge or a solution; its type was checked by content."""

    challenge = models.ForeignKey(
        Challenge, on_delete=models.CASCADE, null=True, blank=True, related_name="attachments"
    )
    solution = models.ForeignKey(
        "Solution", on_delete=models.CASCADE, null=True, blank=True, related_name="attachments"
    )
    file = models.FileField(upload_to=_attachment_path)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(challenge__isnull=False, solution__isnull=True)
                | models.Q(challenge__isnull=True, solution__isnull=False),
                name="attachment_has_one_owner",
            )
        ]

    def __str__(self) -> str:
        return self.original_name

    def get_absolute_url(self) -> str:
        return reverse("community:attachment_download", kwargs={"pk": self.pk})


class ChallengeFollow(models.Model):
    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["challenge", "user"], name="uniq_challenge_follow")]

    def __str__(self) -> str:
        return f"{self.user} follows {self.challenge}"


class SolutionStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    SELECTED = "selected", _("Selected")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Solution(models.Model):
    """A proposal: how an expert or an organisation would solve a challenge."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="solutions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="solutions")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="solutions",
        verbose_name=_("on behalf of"),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=1000)
    approach = models.TextField(_("approach"), help_text=_("Markdown: how you would solve it, step by step."))
    approach_html = models.TextField(editable=False, blank=True)
    timeline = models.CharField(_("timeline"), max_length=200, blank=True)
    cost_estimate = models.PositiveBigIntegerField(_("cost estimate (VND)"), null=True, blank=True)
    co_authors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="co_authored_solutions", blank=True, verbose_name=_("team")
    )
    status = models.CharField(
        _("status"), max_length=12, choices=SolutionStatus.choices, default=SolutionStatus.SUBMITTED
    )
    feedback = models.TextField(_("feedback from the organisation"), blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="solution_decisions",
    )
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The `ref` of `manage.py import_content`: imports upsert by it; absent for content made on the site.
    import_ref = models.CharField(
        _("import reference"), max_length=100, unique=True, null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("solution")
        verbose_name_plural = _("solutions")
        constraints = [
            models.UniqueConstraint(
                fields=["challenge", "author"],
                condition=~models.Q(status="withdrawn"),
                name="one_live_solution_per_author",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return (
            reverse("community:challenge_detail", kwargs={"slug": self.challenge.slug})
            + f"#solution-{self.pk}"
        )

    @property
    def is_decided(self) -> bool:
        return self.status in (SolutionStatus.SELECTED, SolutionStatus.DECLINED)


class ExpertInvitationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class ExpertInvitation(models.Model):
    """A challenge owner asks a matched expert to propose a solution."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="expert_invitations")
    expert = models.ForeignKey(ExpertProfile, on_delete=models.CASCADE, related_name="challenge_invitations")
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    message = models.TextField(_("message"), max_length=1000, blank=True)
    status = models.CharField(
        max_length=10, choices=ExpertInvitationStatus.choices, default=ExpertInvitationStatus.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("expert invitation")
        verbose_name_plural = _("expert invitations")
        constraints = [models.UniqueConstraint(fields=["challenge", "expert"], name="uniq_expert_invitation")]

    def __str__(self) -> str:
        return f"{self.expert} ← {self.challenge}"
