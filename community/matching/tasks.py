"""Background tasks of matching (Django's task framework)."""

from django_tasks import task

from community.challenges.models import Challenge
from community.matching.services import notify_matches_for


@task()
def notify_matched_experts(challenge_id: int) -> int:
    """Tell the best-matched experts of a newly published challenge (in-app; the digest e-mails it later)."""
    challenge = (
        Challenge.objects.select_related("organisation", "sector", "province")
        .prefetch_related("tags")
        .filter(pk=challenge_id)
        .first()
    )
    if challenge is None:
        return 0
    return notify_matches_for(challenge)
