"""Writes of the CMS: the case-study section and its review workflow, imported case studies, and the draft
case study a solved challenge becomes."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from community.core import groups

logger = logging.getLogger(__name__)

CASE_STUDY_INDEX_SLUG = "case-studies"
# Names editors see in the admin, in Vietnamese (migration 0004 renamed the English ones). Look the workflow,
# task and group up through these constants, never through a literal.
REVIEW_WORKFLOW_NAME = "Duyệt điển hình"
REVIEW_TASK_NAME = "Người kiểm duyệt phê duyệt điển hình"
MODERATORS_GROUP = groups.MODERATORS


def _home_page(locale=None):
    from wagtail.models import Locale, Site

    from .models import HomePage

    locale = locale or Locale.get_default()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        root = site.root_page.specific
        if isinstance(root, HomePage):
            if root.locale_id == locale.pk:
                return root
            translated = root.get_translation_or_none(locale)
            if translated is not None:
                return translated.specific
    return HomePage.objects.filter(locale=locale).first()


@transaction.atomic
def ensure_case_study_index(locale=None):
    """The case-study index under the home page in `locale` (default: Vietnamese), created and published
    if missing, with the review workflow assigned to it. Returns None when there is no home page."""
    from wagtail.models import Locale

    from .models import CaseStudyIndexPage

    locale = locale or Locale.get_default()
    home = _home_page(locale)
    if home is None:
        return None
    index = CaseStudyIndexPage.objects.child_of(home).first()
    if index is None:
        if locale.is_default:
            index = CaseStudyIndexPage(
                title="Điển hình chuyển đổi số",
                slug=CASE_STUDY_INDEX_SLUG,
                locale=locale,
                intro=(
                    "<p>Kinh nghiệm thực tiễn của cơ quan, doanh nghiệp và đơn vị sự nghiệp trong 8 lĩnh vực "
                    "trọng điểm: làm gì, bắt đầu từ đâu, kết quả đo được ra sao.</p>"
                ),
                seo_title="Điển hình chuyển đổi số",
                search_description="Các điển hình chuyển đổi số đã được kiểm chứng, có số liệu trước và sau.",
            )
            home.add_child(instance=index)
            index.save_revision().publish()
        else:
            source = ensure_case_study_index(Locale.get_default())
            index = source.copy_for_translation(locale, copy_parents=True)
            index.title = index.draft_title = "Digital transformation case studies"
            index.seo_title = "Digital transformation case studies"
            index.intro = (
                "<p>What agencies, enterprises and public-service units did in the 8 key sectors: "
                "what they changed, where they started, and what the figures say.</p>"
            )
            index.search_description = (
                "Proven digital transformation case studies, with figures before and after."
            )
            index.save()
            index.save_revision().publish()
    ensure_review_workflow(index)
    return index


def ensure_review_workflow(index):
    """The review workflow (REVIEW_WORKFLOW_NAME: one task, the moderators' group approves), assigned to the index so
    that every case study below it goes through review before it is published."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=REVIEW_WORKFLOW_NAME, active=True)
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK_NAME, active=True)
        moderators, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
        task.groups.set([moderators])
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if not WorkflowPage.objects.filter(page=index).exists():
        WorkflowPage.objects.create(page=index, workflow=workflow)
    return workflow


def submit_for_review(page, *, user=None):
    """Save the page's current state as a revision and start its workflow (if one applies and none runs)."""
    revision = page.save_revision(user=user, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None and page.current_workflow_state is None:
        workflow.start(page, user)
    return revision


def page_slug(title: str, parent, *, max_length: int = 80, exclude_pk=None) -> str:
    """An ASCII slug from a Vietnamese title ("Bệnh án điện tử" -> "benh-an-dien-tu"), cut at a word, unique
    among the parent's children."""
    from community.core.text import vn_slugify

    base = (
        vn_slugify(title)[:max_length].rsplit("-", 1)[0]
        if len(vn_slugify(title)) > max_length
        else vn_slugify(title)
    )
    base = base or "trang"
    siblings = set(parent.get_children().exclude(pk=exclude_pk).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in siblings:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _paragraphs_html(paragraphs: Sequence[str]) -> str:
    return "".join(f"<p>{escape(p.strip())}</p>" for p in paragraphs if p and p.strip())


@transaction.atomic
def upsert_case_study(
    *,
    ref: str,
    title: str,
    summary: str,
    body_paragraphs: list[str],
    sector=None,
    province=None,
    organisation=None,
    tags: Sequence[str] = (),
    published_at: dt.datetime | None = None,
):
    """Create or update the case study with import reference `ref`, published under the case-study index in
    the default locale. Idempotent: a second call with the same values writes nothing and returns
    (page, False). Raises ValidationError for a title or summary that is empty."""
    from django.core.exceptions import ValidationError

    from .models import CaseStudyPage

    title, summary = " ".join((title or "").split()), (summary or "").strip()
    if not ref or not title or not summary:
        raise ValidationError(_("A case study needs a reference, a title and a summary."))
    body = [{"type": "rich_text", "value": _paragraphs_html(body_paragraphs)}] if body_paragraphs else []
    tags = sorted({" ".join(t.split())[:100] for t in tags if t and t.strip()})
    page = CaseStudyPage.objects.filter(import_ref=ref).first()
    created = page is None
    if created:
        index = ensure_case_study_index()
        if index is None:
            raise ValidationError(_("The site has no home page yet; run the migrations first."))
        page = CaseStudyPage(
            title=title,
            slug=page_slug(title, index),
            import_ref=ref,
            summary=summary,
            body=body,
            sector=sector,
            province=province,
            organisation=organisation,
            year=(published_at or timezone.now()).year,
        )
        page.tags.set(tags)
        index.add_child(instance=page)
        changed = True
    else:
        changed = False
        values = {
            "title": title,
            "summary": summary,
            "sector_id": getattr(sector, "pk", None),
            "province_id": getattr(province, "pk", None),
            "organisation_id": getattr(organisation, "pk", None),
        }
        for name, value in values.items():
            if getattr(page, name) != value:
                setattr(page, name, value)
                changed = True
        if [{"type": b["type"], "value": b["value"]} for b in page.body.raw_data] != body:
            page.body = body
            changed = True
        if sorted(page.tags.names()) != tags:
            page.tags.set(tags)
            changed = True
        if changed:
            page.draft_title = page.title
    if changed or not page.live:
        page.save_revision().publish()
    if published_at is not None and page.first_published_at != published_at:
        CaseStudyPage.objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=published_at
        )
        page.first_published_at = published_at
    return page, created


# --- The loop: a solved challenge becomes a draft case study ---------------------------------------------


def _challenge_body(challenge, solution) -> list[dict]:
    body = [
        {
            "type": "rich_text",
            "value": (
                f"<h2>{escape(_('The challenge'))}</h2>"
                + _paragraphs_html(challenge.description.split("\n\n"))
            ),
        }
    ]
    if solution is not None:
        body.append(
            {
                "type": "rich_text",
                "value": (
                    f"<h2>{escape(_('The solution'))}</h2>"
                    + _paragraphs_html([solution.summary])
                    + _paragraphs_html(solution.approach.split("\n\n"))
                ),
            }
        )
    if challenge.outcome_summary:
        body.append(
            {
                "type": "rich_text",
                "value": (
                    f"<h2>{escape(_('What changed'))}</h2>"
                    + _paragraphs_html(challenge.outcome_summary.split("\n\n"))
                ),
            }
        )
    figures = [
        {
            "type": "item",
            "id": str(uuid.uuid4()),
            "value": {
                "label": f.get("label", "")[:120],
                "before": f.get("before", "")[:40],
                "after": f.get("after", "")[:40] or "—",
                "unit": f.get("unit", "")[:20],
            },
        }
        for f in (challenge.outcome_figures or [])
        if f.get("label")
    ][:8]
    if figures:
        body.append({"type": "outcome", "value": {"heading": _("Results"), "figures": figures}})
    return body


@transaction.atomic
def case_study_from_challenge(*, challenge, solution=None, actor=None):
    """A draft case study under the case-study index, written from the challenge, its selected solution and
    its reported outcome, and submitted to the review workflow. Returns the existing page if the challenge
    already has one (marking solved twice must not make two drafts)."""
    from django.utils import translation
    from wagtail.models import Locale

    from .models import CaseStudyPage

    existing = CaseStudyPage.objects.filter(source_challenge=challenge, locale=Locale.get_default()).first()
    if existing is not None:
        return existing
    index = ensure_case_study_index()
    if index is None:
        raise RuntimeError("no home page: cannot create the case-study index")
    with translation.override("vi"):
        summary = (challenge.outcome_summary or challenge.description).strip()
        if len(summary) > 590:
            summary = summary[:589].rsplit(" ", 1)[0] + "…"
        page = CaseStudyPage(
            title=challenge.title[:255],
            slug=page_slug(challenge.title, index),
            summary=summary,
            body=_challenge_body(challenge, solution),
            sector_id=challenge.sector_id,
            province_id=challenge.province_id,
            organisation_id=challenge.organisation_id,
            source_challenge=challenge,
            selected_solution=solution,
            year=timezone.localdate().year,
            live=False,
            owner=actor if getattr(actor, "is_authenticated", False) else None,
        )
        page.tags.set([t.name for t in challenge.tags.all()][:12])
        index.add_child(instance=page)
        if solution is not None:
            if solution.organisation_id:
                page.solution_providers.set([solution.organisation_id])
            profile = getattr(solution.author, "expert_profile", None)
            if profile is not None:
                page.experts.set([profile])
        page.save()
    submit_for_review(page, user=actor if getattr(actor, "is_authenticated", False) else None)
    return page
