"""Writes of the CMS: the case-study section and its review workflow, imported case studies, and the draft
case study a solved challenge becomes."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Sequence

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupApprovalTask, Locale, Site, Workflow, WorkflowPage, WorkflowTask

from community.core import groups
from community.core.text import vn_slugify

from .models import CaseStudyIndexPage, CaseStudyPage, HomePage

logger = logging.getLogger(__name__)

CASE_STUDY_INDEX_SLUG = "case-studies"
# Names editors see in the admin, in Vietnamese (migration 0004 renamed the English ones). Look the workflow,
# task and group up through these constants, never through a literal.
REVIEW_WORKFLOW_NAME = "Duyệt điển hình"
REVIEW_TASK_NAME = "Người kiểm duyệt phê duyệt điển hình"
MODERATORS_GROUP = groups.MODERATORS


def _home_page(locale=None):

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


# --- Pages, images and documents written from import lines (the demo fixtures) -----------------------------


def vietnamese_home():
    """The Vietnamese home page (the site's root), or None before the migrations made it."""
    return _home_page(Locale.get_default())


def english_locale():
    """The English locale, created when missing (the site's second language)."""
    locale, _created = Locale.objects.get_or_create(language_code="en")
    return locale


def image_ensure(*, title: str, path, description: str = ""):
    """The Wagtail image titled `title`, created from the file at `path` when no image has that title
    (an editor's replacement of the file is kept). Returns (image, created)."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is not None:
        return image, False
    with open(path, "rb") as handle:
        image = Image(title=title, file=ImageFile(handle, name=path.name), description=description)
        image._set_image_file_metadata()
        image.save()
    return image, True


def document_ensure(*, title: str, path):
    """The Wagtail document titled `title`, created from the file at `path` when missing. Returns
    (document, created)."""
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is not None:
        return document, False
    with open(path, "rb") as handle:
        document = Document(title=title, file=File(handle, name=path.name))
        document._set_document_file_metadata()
        document.save()
    return document, True


@transaction.atomic
def page_ensure(*, parent, model, slug: str, fields: dict, tags: Sequence[str] = ()):
    """The page of type `model` with `slug` under `parent`, created and published with `fields` (and
    `tags`) when missing. A page that is there is left as editors may have changed it. Returns
    (page, created)."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is not None:
        return page, False
    page = model(slug=slug, **fields)
    if tags:
        page.tags.set(list(tags))
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


@transaction.atomic
def page_translation_ensure(
    *, page, locale, fields: dict, slug: str | None = None, tags: Sequence[str] | None = None
):
    """The translation of `page` into `locale`, copied from it (wagtail-localize's way, parents included)
    with `fields` written over the copy and published, when missing. Returns (translation, created)."""
    existing = page.get_translations().filter(locale=locale).first()
    if existing is not None:
        return existing.specific, False
    copy = page.copy_for_translation(locale, copy_parents=True)
    if tags is not None:
        copy.tags.set(list(tags))  # modelcluster: written with the page on save()
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.draft_title = copy.title
    if slug:
        copy.slug = slug
    copy.save()
    copy.save_revision().publish()
    return copy, True


@transaction.atomic
def case_study_page_ensure(
    *,
    ref: str,
    fields: dict,
    technologies: Sequence[str] = (),
    tags: Sequence[str] = (),
    providers: Sequence = (),
    experts: Sequence = (),
    published_at: dt.datetime | None = None,
):
    """The case study with import reference `ref`, created under the Vietnamese case-study index and
    published (back-dated to `published_at`) when missing; one that exists is left as editors may have
    changed it. Returns (page, created)."""

    page = CaseStudyPage.objects.filter(import_ref=ref).first()
    if page is not None:
        return page, False
    index = ensure_case_study_index()
    if index is None:
        raise ValidationError(_("The site has no home page yet; run the migrations first."))
    page = CaseStudyPage(slug=page_slug(fields["title"], index), import_ref=ref, **fields)
    page.technologies.set(list(technologies))
    page.tags.set(list(tags))
    page.solution_providers.set(list(providers))
    page.experts.set(list(experts))
    index.add_child(instance=page)
    page.save_revision().publish()
    _backdate(page, published_at)
    return page, True


@transaction.atomic
def case_study_translation_ensure(*, page, locale, fields: dict, published_at: dt.datetime | None = None):
    """The translation of case study `page` into `locale` (its section translated first), written the way
    an editor would in the admin (see cms/README.md) and published, when missing. Returns
    (translation, created)."""
    if page.get_translations().filter(locale=locale).exists():
        return page.get_translations().get(locale=locale).specific, False
    ensure_case_study_index(locale)
    translated = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.draft_title = translated.title
    translated.slug = page_slug(translated.title, translated.get_parent(), exclude_pk=translated.pk)
    translated.save()
    translated.save_revision().publish()
    _backdate(translated, published_at)
    return translated, True


def _backdate(page, when: dt.datetime | None) -> None:
    if when is None:
        return
    type(page).objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    page.first_published_at = page.last_published_at = when


@transaction.atomic
def default_site_ensure(*, hostname: str = "localhost"):
    """The default Wagtail site, rooted at the Vietnamese home page, answering on `hostname` when it has no
    host name yet (created when missing). Returns (home page, changed)."""
    home = vietnamese_home()
    if home is None:
        raise ValidationError(_("The site has no home page yet; run the migrations first."))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname, port=80, root_page=home, is_default_site=True, site_name="DX Connect"
        )
        return home, True
    if not site.hostname:
        site.hostname, site.port = hostname, site.port or 80
        site.save()
        return home, True
    return home, False
