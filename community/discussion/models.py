"""Comments on challenges and solutions: one level of replies, an edit history, soft delete and moderation.

A comment belongs to a challenge always, and to one of its solutions when it is in that solution's thread
(two plain foreign keys rather than a generic relation). Keeping `challenge` set on solution comments means
one query loads every thread shown on a challenge page, and deleting a challenge or a solution takes its
comments with it through ordinary cascades.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

BODY_MAX_LENGTH = 5000


class Comment(models.Model):
    challenge = models.ForeignKey(
        "community.Challenge", on_delete=models.CASCADE, related_name="comments", verbose_name=_("challenge")
    )
    solution = models.ForeignKey(
        "community.Solution",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name=_("solution"),
    )
    # Replies attach to a top-level comment only (a reply to a reply is stored under the same top).
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("reply to"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="comments",
        verbose_name=_("author"),
    )
    body = models.TextField(_("comment"), max_length=BODY_MAX_LENGTH)
    body_html = models.TextField(editable=False, blank=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    is_deleted = models.BooleanField(_("deleted"), default=False)
    deleted_at = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Stable key of demo comments (seed_demo upserts by it); absent for comments written on the site.
    import_ref = models.CharField(max_length=100, unique=True, null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        indexes = [models.Index(fields=["challenge", "created_at"])]

    def __str__(self) -> str:
        return (self.body or "")[:60]

    def get_absolute_url(self) -> str:
        return reverse("discussion:comment", kwargs={"pk": self.pk})

    @property
    def target(self):
        """The challenge or solution whose thread holds this comment."""
        return self.solution if self.solution_id else self.challenge

    @property
    def anchor(self) -> str:
        return f"comment-{self.pk}"

    @property
    def title(self) -> str:
        """A short label for moderation lists and notifications."""
        text = " ".join((self.body or "").split())
        return text[:80] + ("…" if len(text) > 80 else "")


class CommentRevision(models.Model):
    """The body a comment had before one edit: the history readers can open from the "edited" marker."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # When the replaced text was written (the comment's creation or its previous edit).
    written_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["written_at", "pk"]
        verbose_name = _("comment revision")
        verbose_name_plural = _("comment revisions")

    def __str__(self) -> str:
        return f"{self.comment_id} @ {self.written_at:%Y-%m-%d %H:%M}"
