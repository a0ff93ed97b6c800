"""Expert directory, profile pages, and editing one's own profile."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from community.core.models import Province, Sector
from community.core.views import add_form_errors, querystring_without_page
from community.experts import permissions, selectors, services
from community.experts.filters import ExpertFilter
from community.experts.forms import ExpertProfileForm
from community.experts.models import ExpertProfile
from community.organisations import selectors as organisation_selectors

PAGE_SIZE = 24


def expert_list(request):
    filters = ExpertFilter(request.GET)
    page = Paginator(selectors.expert_list(filters=filters), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "community/expert_list.html",
        {
            "page": page,
            "filters": filters,
            "sectors": Sector.objects.all(),
            "provinces": Province.objects.all(),
            "skills": selectors.popular_skills(limit=30),
            "querystring": querystring_without_page(request),
        },
    )


def expert_detail(request, slug):
    try:
        profile = selectors.expert_detail(slug=slug)
    except ExpertProfile.DoesNotExist as exc:
        raise Http404 from exc
    if not permissions.can_view_expert(request.user, profile):
        raise Http404
    return render(
        request,
        "community/expert_detail.html",
        {
            "profile": profile,
            "memberships": organisation_selectors.expert_memberships(profile=profile),
            "can_edit": permissions.can_edit_expert(request.user, profile),
        },
    )


@login_required
def expert_profile_edit(request):
    profile = ExpertProfile.objects.filter(user=request.user).first()
    form = ExpertProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            profile = services.expert_profile_save(
                user=request.user,
                actor=request.user,
                profile=profile,
                skills=data.pop("skills"),
                sectors=data.pop("sectors"),
                provinces=data.pop("provinces"),
                **data,
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Your expert profile is saved."))
            return redirect(profile)
    return render(
        request,
        "community/expert_form.html",
        {
            "form": form,
            "profile": profile,
            "skill_suggestions": selectors.popular_skills(limit=60),
        },
    )


@require_GET
def skill_suggest(request):
    prefix = request.GET.get("q", "")[:100]
    return JsonResponse({"results": selectors.skill_suggestions(prefix=prefix)})
