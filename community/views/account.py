"""The signed-in person's own pages: dashboard, profile, data download, account deletion."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .. import services
from ..forms import AccountDeleteForm, ProfileForm
from ..models import ExpertProfile, Membership


@login_required
def dashboard(request):
    memberships = list(
        Membership.objects.filter(user=request.user).select_related("organisation", "organisation__province")
    )
    from ..models import Challenge, ExpertInvitation, Solution

    org_ids = [m.organisation_id for m in memberships]
    return render(request, "community/dashboard.html", {
        "memberships": memberships,
        "org_challenges": list(Challenge.objects.filter(organisation_id__in=org_ids)
                               .select_related("organisation").order_by("-updated_at")[:10]),
        "my_solutions": list(Solution.objects.filter(author=request.user)
                             .select_related("challenge").order_by("-updated_at")[:10]),
        "expert_invitations": list(ExpertInvitation.objects.filter(expert__user=request.user, status="pending")
                                   .select_related("challenge", "challenge__organisation")[:10]),
        "invitations": services.pending_invitations_for(request.user),
        "expert_profile": ExpertProfile.objects.filter(user=request.user).first(),
    })


@login_required
def profile_edit(request):
    user = request.user
    form = ProfileForm(request.POST or None, initial={
        "full_name": user.full_name, "preferred_language": user.preferred_language})
    if request.method == "POST" and form.is_valid():
        user.full_name = form.cleaned_data["full_name"]
        user.preferred_language = form.cleaned_data["preferred_language"]
        user.save(update_fields=["full_name", "preferred_language"])
        messages.success(request, _("Changes saved."))
        return redirect("community:profile_edit")
    return render(request, "community/account_profile.html", {"form": form})


@never_cache
@login_required
def account_export(request):
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
