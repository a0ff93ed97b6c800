"""Keep topic counters right whoever hides a reply (the moderation queue saves replies directly)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from community.forum.models import Reply
from community.forum.services import refresh_topic_stats


@receiver(post_save, sender=Reply, dispatch_uid="forum-reply-visibility")
def reply_visibility_changed(sender, instance: Reply, created: bool, update_fields=None, **kwargs):
    loaded = getattr(instance, "_loaded_is_hidden", None)
    instance._loaded_is_hidden = instance.is_hidden
    if created or loaded == instance.is_hidden:
        return
    if loaded is None and update_fields is not None and "is_hidden" not in update_fields:
        return  # visibility was not part of this save

    refresh_topic_stats(instance.topic_id)  # one recount: cheaper than being wrong
