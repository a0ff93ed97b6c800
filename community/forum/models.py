"""The Q&A forum: categories (one per sector, plus general), topics, replies, up-votes, subscriptions and
edit history. Counters on topics are denormalised (kept with F() updates) so lists sort without joins."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from community.accounts.permissions import is_moderator
from community.forum.permissions import can_view_reply, can_view_topic

TITLE_MIN = 10
TITLE_MAX = 200
BODY_MIN = 20
BODY_MAX = 20_000
REPLY_MIN = 2


class Category(models.Model):
    """A forum category; editors manage them in the Wagtail admin (snippets)."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    sector = models.OneToOneField(
        "community.Sector",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_category",
        verbose_name=_("sector"),
    )
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80)
    description_vi = models.TextField(_("description (Vietnamese)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("forum category")
        verbose_name_plural = _("forum categories")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:category", kwargs={"slug": self.slug})

    @property
    def _english(self) -> bool:
        return (get_language() or "vi")[:2] == "en"

    @property
    def name(self) -> str:
        return self.name_en if self._english and self.name_en else self.name_vi

    @property
    def description(self) -> str:
        return self.description_en if self._english and self.description_en else self.description_vi


class TopicTag(TagBase):
    class Meta:
        verbose_name = _("forum tag")
        verbose_name_plural = _("forum tags")


class TaggedTopic(TaggedItemBase):
    content_object = models.ForeignKey("Topic", on_delete=models.CASCADE)
    tag = models.ForeignKey(TopicTag, on_delete=models.CASCADE, related_name="tagged_topics")


class TopicQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self if is_moderator(user) else self.filter(is_hidden=False)


class Topic(models.Model):
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="topics", verbose_name=_("category")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_topics",
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX)
    slug = models.SlugField(_("slug"), max_length=220, allow_unicode=False)
    body = models.TextField(_("question text"), help_text=_("Markdown: **bold**, lists, links."))
    body_html = models.TextField(editable=False, blank=True)
    tags = TaggableManager(verbose_name=_("tags"), through=TaggedTopic, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), db_index=True)
    reply_count = models.PositiveIntegerField(_("replies"), default=0)  # visible replies only
    score = models.IntegerField(_("votes"), default=0)
    accepted_reply = models.OneToOneField(
        "Reply",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted answer"),
    )
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    is_closed = models.BooleanField(_("closed to new replies"), default=False)
    # The `ref` of `manage.py import_content`: imports upsert by it; absent for topics posted on the site.
    import_ref = models.CharField(
        _("import reference"), max_length=100, unique=True, null=True, blank=True, editable=False
    )
    subscribers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Subscription", related_name="+", blank=True
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["-last_activity_at", "-pk"]
        verbose_name = _("forum topic")
        verbose_name_plural = _("forum topics")
        indexes = [
            models.Index(fields=["category", "is_hidden", "-last_activity_at"]),
            models.Index(fields=["is_hidden", "-created_at"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:topic", kwargs={"pk": self.pk, "slug": self.slug or "-"})

    @property
    def is_answered(self) -> bool:
        """Solved: an accepted answer that a moderator has not hidden. Topic lists annotate it
        (`selectors._topic_rows`, as `accepted_visible`); otherwise the accepted reply is read."""
        annotated = getattr(self, "accepted_visible", None)
        if annotated is not None:
            return bool(annotated)
        return self.accepted_reply_id is not None and not self.accepted_reply.is_hidden

    def moderation_can_view(self, user) -> bool:
        """Who may see (and so report) this topic; used by community.moderation."""
        return can_view_topic(user, self)


class Reply(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_replies",
    )
    body = models.TextField(_("answer text"))
    body_html = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    score = models.IntegerField(_("votes"), default=0)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("forum reply")
        verbose_name_plural = _("forum replies")
        indexes = [models.Index(fields=["topic", "is_hidden", "created_at"])]

    def __str__(self) -> str:
        return f"{self.topic.title} #{self.pk}"

    def get_absolute_url(self) -> str:
        return f"{self.topic.get_absolute_url()}#reply-{self.pk}"

    @classmethod
    def from_db(cls, db, field_names, values):
        # Remember the stored visibility, so a moderator's hide (made anywhere) keeps the topic's counters right.
        obj = super().from_db(db, field_names, values)
        obj._loaded_is_hidden = obj.is_hidden if "is_hidden" in field_names else None
        return obj

    def moderation_can_view(self, user) -> bool:
        """A reply is seen where its topic is: hidden either way, only moderators see it."""
        return can_view_reply(user, self) and can_view_topic(user, self.topic)


class Vote(models.Model):
    """One up-vote by one person on a topic or a reply (exactly one of the two)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_votes")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="votes")
    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, null=True, blank=True, related_name="votes")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("forum vote")
        verbose_name_plural = _("forum votes")
        constraints = [
            models.CheckConstraint(
                condition=Q(topic__isnull=True) ^ Q(reply__isnull=True), name="forum_vote_one_target"
            ),
            models.UniqueConstraint(
                fields=["user", "topic"], condition=Q(topic__isnull=False), name="forum_vote_once_per_topic"
            ),
            models.UniqueConstraint(
                fields=["user", "reply"], condition=Q(reply__isnull=False), name="forum_vote_once_per_reply"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.topic_id or self.reply_id}"


class Subscription(models.Model):
    """Someone follows a topic or a whole category (exactly one of the two) and is told of new posts."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions"
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions"
    )
    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("forum subscription")
        verbose_name_plural = _("forum subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=Q(topic__isnull=True) ^ Q(category__isnull=True),
                name="forum_subscription_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "topic"],
                condition=Q(topic__isnull=False),
                name="forum_subscription_once_per_topic",
            ),
            models.UniqueConstraint(
                fields=["user", "category"],
                condition=Q(category__isnull=False),
                name="forum_subscription_once_per_category",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.topic_id or self.category_id}"


class Revision(models.Model):
    """The text of a topic or reply as it was before an edit: who changed it can always be checked."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="revisions")
    reply = models.ForeignKey(
        Reply, on_delete=models.CASCADE, null=True, blank=True, related_name="revisions"
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    title = models.CharField(max_length=TITLE_MAX, blank=True)
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("forum edit")
        verbose_name_plural = _("forum edits")

    def __str__(self) -> str:
        return f"{self.topic_id}/{self.reply_id or '-'} @ {self.created_at:%Y-%m-%d %H:%M}"
