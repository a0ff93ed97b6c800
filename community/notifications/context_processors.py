"""The unread count every page's header shows."""

from community.notifications.models import Notification


def unread(request):
    user = getattr(request, "user", None)
    count = None
    if user is not None and user.is_authenticated:
        count = Notification.objects.filter(recipient=user, read_at=None).count()
    return {"unread_notifications": count}
