"""Registries and hooks that higher parts of the platform (the CMS, the forum, events) fill in their
AppConfig.ready(), so the community never imports them: dependencies point one way."""

from collections.abc import Callable
from typing import Any

# Each callable takes a user and returns a dict merged into "download my data"; it reads with a fixed
# number of queries, whatever the number of rows. Every domain holding personal data registers one.
export_contributors: list[Callable[[Any], dict]] = []
# Each key a contributor adds, with what it holds (a translatable sentence naming the fields): the list is
# shown beside the "Download my data" button.
export_sections: dict[str, Any] = {}


def register_export(contributor: Callable[[Any], dict], sections: dict[str, Any]) -> None:
    """Add a domain's part of "download my data" (from its ready()): `contributor(user)` returns the keys
    `sections` describes. Registering the same contributor twice is harmless."""
    if contributor not in export_contributors:
        export_contributors.append(contributor)
    export_sections.update(sections)


class Provider:
    """One function a higher app plugs in from its ready(); until then a call answers `fallback()`."""

    def __init__(self, fallback: Callable[[], Any]):
        self.fallback = fallback
        self.function: Callable[..., Any] | None = None

    def register(self, function: Callable[..., Any]) -> Callable[..., Any]:
        self.function = function
        return function

    def __call__(self, *args, **kwargs):
        if self.function is None:
            return self.fallback()
        return self.function(*args, **kwargs)


# (challenge, limit=…) -> case studies related to a challenge, shown on its page.
related_case_studies = Provider(list)
# (challenge) -> the case study written from a solved challenge, or None.
case_study_of_challenge = Provider(lambda: None)
# (language) -> [{"type": "app_label.model", "url": …, …}]: the site's section pages, for the header.
section_pages = Provider(list)
# Matching reads challenges and experts, so challenges and notifications (below it) reach it through
# these, filled by CommunityConfig.ready() with community.matching.selectors' functions:
# (challenge, limit=…) -> the best experts for a challenge (each ≥ matching's minimum score), best first.
match_experts = Provider(list)
# (expert_profile, limit=…) -> the open challenges that fit an expert, best first ("challenges for you").
challenges_for_expert = Provider(list)
