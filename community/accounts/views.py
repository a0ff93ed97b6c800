"""The signed-in person's own pages: dashboard, profile, data download, account deletion."""

import html

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from community.accounts import services
from community.accounts.forms import AccountDeleteForm, ProfileForm
from community.challenges import selectors as challenge_selectors
from community.challenges.models import ExpertInvitation
from community.experts.models import ExpertProfile
from community.matching.selectors import challenges_for_expert
from community.organisations import services as organisation_services
from community.organisations.models import Membership


@login_required
def dashboard(request):
    """One page for both sides of a person: their organisations' challenges, proposals received and
    invitations sent; and, as an expert, challenges for them, invitations and their own proposals."""
    memberships = list(
        Membership.objects.filter(user=request.user).select_related("organisation", "organisation__province")
    )
    return render(
        request,
        "community/dashboard.html",
        {
            "memberships": memberships,
            "org": challenge_selectors.organisation_dashboard(user=request.user),
            "expert": challenge_selectors.expert_dashboard(user=request.user),
            "invitations": organisation_services.pending_invitations_for(request.user),
        },
    )


FOR_YOU_LIMIT = 50


@login_required
def for_you(request):
    """ "Challenges for you": the open challenges that fit the signed-in expert, best first, with reasons."""
    profile = (
        ExpertProfile.objects.filter(user=request.user)
        .select_related("user")
        .prefetch_related("skills", "sectors", "provinces")
        .first()
    )
    matches = challenges_for_expert(profile, limit=FOR_YOU_LIMIT) if profile else []
    invited = {}
    if profile:
        invited = {
            inv.challenge_id: inv
            for inv in ExpertInvitation.objects.filter(
                expert=profile, challenge_id__in=[m.challenge.pk for m in matches]
            )
        }
    for match in matches:
        match.invitation = invited.get(match.challenge.pk)
        # The description is Markdown: show its rendered text, not its asterisks.
        match.excerpt = html.unescape(strip_tags(match.challenge.description_html))
    return render(request, "community/for_you.html", {"profile": profile, "matches": matches})


@login_required
def profile_edit(request):
    user = request.user
    form = ProfileForm(
        request.POST or None,
        initial={"full_name": user.full_name, "preferred_language": user.preferred_language},
    )
    if request.method == "POST" and form.is_valid():
        services.user_profile_update(
            user=user,
            full_name=form.cleaned_data["full_name"],
            preferred_language=form.cleaned_data["preferred_language"],
        )
        messages.success(request, _("Changes saved."))
        return redirect("community:profile_edit")
    return render(
        request,
        "community/account_profile.html",
        {"form": form, "export_sections": services.account_export_sections()},
    )


@never_cache
@login_required
def account_export(request):
    """ "Download my data": a JSON file of everything the platform holds about the signed-in person.

    Its keys, and the fields of each, are `services.account_export_sections()` (listed on the profile page
    beside the button): the account, e-mail addresses, memberships, invitations sent, expert profile,
    challenges, proposals, challenge follows, expert invitations, attachments, notifications and their
    settings, forum questions, answers, votes and subscriptions, comments, reports, event registrations.
    Lists are oldest first; dates are ISO 8601 in UTC. It costs a fixed number of queries."""
    payload = services.account_export(user=request.user)
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="dxconnect-my-data-{stamp}.json"'
    return response


@login_required
def account_delete(request):
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.account_delete(user=user)
        messages.success(request, _("Your account and personal data have been deleted."))
        return redirect("/")
    return render(request, "community/account_delete.html", {"form": form})
