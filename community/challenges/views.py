"""Challenge pages: the list, posting and editing, the detail with proposals, and the owner's decisions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.challenges import permissions, selectors, services
from community.challenges.forms import (
    ChallengeFilterForm,
    ChallengeForm,
    DecisionForm,
    ExpertInviteForm,
    SolutionForm,
    SolvedForm,
    StatusForm,
)
from community.challenges.models import (
    Attachment,
    Challenge,
    ChallengeFollow,
    ChallengeStatus,
    ExpertInvitation,
    Solution,
)
from community.core import hooks
from community.core.uploads import protected_file_response
from community.core.views import add_form_errors, querystring_without_page
from community.experts.models import ExpertProfile
from community.experts.permissions import can_view_expert
from community.organisations.models import Organisation

PAGE_SIZE = 20
MATCHES_SHOWN = 8


def challenge_list(request):
    form = ChallengeFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = Paginator(selectors.challenge_list(viewer=request.user, filters=filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "community/challenge_list.html",
        {
            "page": page,
            "form": form,
            "querystring": querystring_without_page(request),
            "can_post": request.user.is_authenticated and request.user.memberships.exists(),
        },
    )


def _get_visible(request, slug) -> Challenge:
    try:
        challenge = selectors.challenge_detail(slug=slug)
    except Challenge.DoesNotExist as exc:
        raise Http404 from exc
    if not permissions.can_view_challenge(request.user, challenge):
        if (
            not request.user.is_authenticated
            and challenge.visibility == "members"
            and not challenge.is_hidden
        ):
            raise PermissionDenied
        raise Http404
    return challenge


def challenge_detail(request, slug):
    challenge = _get_visible(request, slug)
    solutions = selectors.challenge_solutions(challenge=challenge)
    visible = []
    for solution in solutions:
        if permissions.can_view_solution(request.user, solution):
            solution.can_edit = permissions.can_edit_solution(request.user, solution)
            solution.can_decide = (
                permissions.can_decide_solution(request.user, solution) and not solution.is_decided
            )
            visible.append(solution)
    own = (
        next((s for s in solutions if s.author_id == request.user.pk), None)
        if request.user.is_authenticated
        else None
    )
    can_change = permissions.can_change_challenge_status(request.user, challenge)
    can_invite = permissions.can_invite_expert(request.user, challenge)
    invitations = selectors.challenge_invitations(challenge=challenge) if can_change else []
    invited = {inv.expert_id: inv for inv in invitations}
    matches = []
    if challenge.status == ChallengeStatus.OPEN and not challenge.is_hidden:
        matches = hooks.match_experts(challenge, limit=MATCHES_SHOWN)
        for match in matches:
            match.invitation = invited.get(match.expert.pk)
    return render(
        request,
        "community/challenge_detail.html",
        {
            "challenge": challenge,
            "solutions": visible,
            "solution_count": len(solutions),
            "own_solution": own,
            "can_edit": permissions.can_edit_challenge(request.user, challenge),
            "can_change_status": can_change,
            "can_propose": permissions.can_propose_solution(request.user, challenge) and own is None,
            "status_choices": [
                (s, ChallengeStatus(s).label)
                for s in challenge.allowed_transitions()
                if s != ChallengeStatus.SOLVED
            ]
            if can_change
            else [],
            "can_mark_solved": can_change and challenge.status == ChallengeStatus.IN_PROGRESS,
            "is_following": request.user.is_authenticated
            and ChallengeFollow.objects.filter(challenge=challenge, user=request.user).exists(),
            "decision_form": DecisionForm(),
            "matches": matches,
            "can_invite": can_invite,
            "invitations": invitations,
            "my_invitation": selectors.expert_invitation_for(challenge=challenge, user=request.user),
            "related_case_studies": selectors.related_case_studies(challenge=challenge),
            "case_study": selectors.case_study_of(challenge=challenge),
        },
    )


@login_required
def challenge_create(request):
    form = ChallengeForm(
        request.POST or None,
        request.FILES or None,
        user=request.user,
        initial={
            "organisation": Organisation.objects.filter(slug=request.GET.get("organisation", "")).first()
        },
    )
    if not form.fields["organisation"].queryset.exists():
        messages.info(request, _("Challenges are posted on behalf of an organisation. Add yours first."))
        return redirect("community:organisation_create")
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            challenge = services.challenge_create(
                rate_limit=True,
                author=request.user,
                organisation=data.pop("organisation"),
                publish=data.pop("publish"),
                attachments=data.pop("attachments"),
                **data,
            )
        except ValidationError as exc:  # a RateLimited too: its message shows above the form
            add_form_errors(form, exc)
        except PermissionDenied:
            form.add_error("organisation", _("You are not a member of this organisation."))
        else:
            messages.success(
                request,
                _("Your challenge is published.")
                if challenge.is_open
                else _("Your challenge is saved as a draft."),
            )
            return redirect(challenge)
    return render(request, "community/challenge_form.html", {"form": form, "creating": True})


@login_required
def challenge_edit(request, slug):
    challenge = _get_visible(request, slug)
    if not permissions.can_edit_challenge(request.user, challenge):
        raise PermissionDenied
    form = ChallengeForm(request.POST or None, request.FILES or None, user=request.user, instance=challenge)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.challenge_update(
                challenge=challenge, actor=request.user, attachments=data.pop("attachments"), **data
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect(challenge)
    return render(request, "community/challenge_form.html", {"form": form, "challenge": challenge})


@require_POST
@login_required
def challenge_status(request, slug):
    challenge = _get_visible(request, slug)
    if not permissions.can_change_challenge_status(request.user, challenge):
        raise PermissionDenied
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            services.challenge_set_status(challenge=challenge, actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            for msg in exc.messages:
                messages.error(request, msg)
        else:
            messages.success(request, _("Status updated."))
    else:
        messages.error(request, _("Choose a valid status."))
    return redirect(challenge)


@login_required
def challenge_solved(request, slug):
    challenge = _get_visible(request, slug)
    if not permissions.can_change_challenge_status(request.user, challenge):
        raise PermissionDenied
    form = SolvedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.challenge_mark_solved(
                challenge=challenge,
                actor=request.user,
                outcome_summary=form.cleaned_data["outcome_summary"],
                outcome_figures=form.figures(),
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(
                request, _("Congratulations: the challenge is solved. Thank you for sharing the outcome.")
            )
            return redirect(challenge)
    return render(request, "community/challenge_solved.html", {"form": form, "challenge": challenge})


@require_POST
@login_required
def challenge_follow(request, slug):
    challenge = _get_visible(request, slug)
    follow = request.POST.get("follow") == "1"
    services.challenge_follow(challenge=challenge, user=request.user, follow=follow)
    messages.success(
        request, _("You now follow this challenge.") if follow else _("You no longer follow this challenge.")
    )
    return redirect(challenge)


@login_required
def solution_create(request, slug):
    challenge = _get_visible(request, slug)
    form = SolutionForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.solution_create(
                rate_limit=True,
                challenge=challenge,
                author=request.user,
                attachments=data.pop("attachments"),
                **data,
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Your proposal is submitted. The organisation will be told."))
            return redirect(challenge)
    elif request.method == "GET" and not permissions.can_propose_solution(request.user, challenge):
        messages.error(request, _("This challenge is not open for your proposal."))
        return redirect(challenge)
    return render(
        request, "community/solution_form.html", {"form": form, "challenge": challenge, "creating": True}
    )


def _get_solution(request, pk) -> Solution:
    solution = get_object_or_404(
        Solution.objects.select_related("challenge", "challenge__organisation"), pk=pk
    )
    if not permissions.can_view_solution(request.user, solution):
        raise Http404
    return solution


@login_required
def solution_edit(request, pk):
    solution = _get_solution(request, pk)
    if not permissions.can_edit_solution(request.user, solution):
        raise PermissionDenied
    form = SolutionForm(request.POST or None, request.FILES or None, user=request.user, instance=solution)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("organisation", None)
        try:
            services.solution_update(
                solution=solution, actor=request.user, attachments=data.pop("attachments"), **data
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Your proposal is updated."))
            return redirect(solution.challenge)
    return render(
        request,
        "community/solution_form.html",
        {"form": form, "challenge": solution.challenge, "solution": solution},
    )


@require_POST
@login_required
def solution_decide(request, pk):
    solution = _get_solution(request, pk)
    if not permissions.can_decide_solution(request.user, solution):
        raise PermissionDenied
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            services.solution_decide(solution=solution, actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            for msg in exc.messages:
                messages.error(request, msg)
        else:
            messages.success(request, _("Decision saved; the author is told."))
    else:
        messages.error(request, _("Choose a decision and write a few words of feedback."))
    return redirect(solution.get_absolute_url())


def attachment_download(request, pk):
    attachment = get_object_or_404(
        Attachment.objects.select_related("challenge__organisation", "solution__challenge__organisation"),
        pk=pk,
    )
    if not permissions.can_download_attachment(request.user, attachment):
        raise Http404
    return protected_file_response(
        request,
        path=attachment.file.path,
        content_type=attachment.content_type,
        filename=attachment.original_name,
    )


# --- Expert invitations ---------------------------------------------------------------------------


@require_POST
@login_required
def expert_invite(request, slug, expert_slug):
    """An admin of the posting organisation invites a (matched) expert to propose a solution."""
    challenge = _get_visible(request, slug)
    if not permissions.can_invite_expert(request.user, challenge):
        raise PermissionDenied
    expert = get_object_or_404(ExpertProfile.objects.select_related("user"), slug=expert_slug)
    if not can_view_expert(request.user, expert):
        raise Http404
    form = ExpertInviteForm(request.POST)
    if not form.is_valid():
        for msg in form.errors.get("message", []):
            messages.error(request, msg)
        return redirect(challenge.get_absolute_url() + "#matched-experts")
    try:
        services.expert_invite(
            rate_limit=True,
            challenge=challenge,
            actor=request.user,
            expert=expert,
            message=form.cleaned_data["message"],
        )
    except ValidationError as exc:
        for msg in exc.messages:
            messages.error(request, msg)
    else:
        messages.success(
            request,
            _("%(name)s is invited; you will be told when they answer.") % {"name": expert.display_name},
        )
    return redirect(challenge.get_absolute_url() + "#matched-experts")


@require_POST
@login_required
def expert_invitation_respond(request, pk):
    """The invited expert accepts or declines, from the challenge page or the dashboard."""
    invitation = get_object_or_404(
        ExpertInvitation.objects.select_related("challenge", "challenge__organisation", "expert__user"), pk=pk
    )
    if not permissions.can_respond_to_expert_invitation(request.user, invitation):
        raise PermissionDenied
    answer = request.POST.get("answer")
    if answer not in ("accept", "decline"):
        messages.error(request, _("Choose to accept or decline the invitation."))
    else:
        try:
            services.expert_invitation_respond(
                invitation=invitation, actor=request.user, accept=answer == "accept"
            )
        except ValidationError as exc:
            for msg in exc.messages:
                messages.error(request, msg)
        else:
            if answer == "accept":
                messages.success(
                    request,
                    _("Invitation accepted. The organisation is told; you can now propose a solution."),
                )
            else:
                messages.success(request, _("Invitation declined. The organisation is told."))
    target = request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = invitation.challenge.get_absolute_url()
    return redirect(target)
