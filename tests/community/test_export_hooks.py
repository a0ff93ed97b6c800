""" "Download my data" is assembled from every domain that holds personal data, each through
`community.core.hooks.register_export`: none is read behind its back, and none is forgotten."""

import json

import pytest

from community.accounts import services as account_services
from community.core import hooks

pytestmark = pytest.mark.django_db

# The domains that keep something about a person, and so must each give their part. Matching keeps
# nothing of its own (its matches are computed, cached by ids, and told through notifications).
DOMAINS_WITH_PERSONAL_DATA = {
    "community.organisations",
    "community.experts",
    "community.challenges",  # challenges, proposals, follows, expert invitations, attachments
    "community.notifications",
    "community.forum",
    "community.discussion",  # comments
    "community.moderation",  # reports
    "cms.events",  # registrations
}


def _domain(contributor) -> str:
    return ".".join(contributor.__module__.split(".")[:2])


def _missing(contributors) -> set[str]:
    return DOMAINS_WITH_PERSONAL_DATA - {_domain(c) for c in contributors}


def test_every_domain_with_personal_data_contributes_its_part():
    assert _missing(hooks.export_contributors) == set()
    assert len(hooks.export_contributors) == len(set(hooks.export_contributors))  # none twice


def test_a_forgotten_contributor_is_noticed():
    without_challenges = [c for c in hooks.export_contributors if _domain(c) != "community.challenges"]
    assert _missing(without_challenges) == {"community.challenges"}


def test_the_export_holds_exactly_the_sections_the_profile_page_lists(user):
    data = json.loads(account_services.account_export(user=user))
    assert set(data) - {"exported_at"} == set(account_services.account_export_sections())


def test_the_account_module_reads_no_other_domain():
    """The account's own part is the account; everything else comes through the hooks."""
    import ast
    from pathlib import Path

    source = Path(account_services.__file__).read_text()
    imported = {
        node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("community.")
    }
    assert not {m for m in imported if m.startswith(("community.challenges", "community.notifications"))}
