"""Organisation directory, pages, editing, members and invitations."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.core.models import Province, Sector
from community.core.views import add_form_errors, querystring_without_page
from community.organisations import permissions, selectors, services
from community.organisations.filters import OrganisationFilter
from community.organisations.forms import InvitationForm, MembershipRoleForm, OrganisationForm
from community.organisations.models import Invitation, Membership, Organisation, OrganisationKind

PAGE_SIZE = 24


def organisation_list(request):
    filters = OrganisationFilter(request.GET)
    page = Paginator(selectors.organisation_list(filters=filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "community/organisation_list.html",
        {
            "page": page,
            "filters": filters,
            "kinds": OrganisationKind.choices,
            "sectors": Sector.objects.all(),
            "provinces": Province.objects.all(),
            "querystring": querystring_without_page(request),
        },
    )


def _get_org(slug) -> Organisation:
    try:
        return selectors.organisation_detail(slug=slug)
    except Organisation.DoesNotExist as exc:
        raise Http404 from exc


def organisation_detail(request, slug):
    org = _get_org(slug)
    return render(
        request,
        "community/organisation_detail.html",
        {
            "organisation": org,
            "public_members": selectors.organisation_public_members(organisation=org),
            "member_count": org.memberships.count(),
            "can_edit": permissions.can_edit_organisation(request.user, org),
            "can_view_members": permissions.can_view_members(request.user, org),
            "can_delete": permissions.can_delete_organisation(request.user, org),
        },
    )


@login_required
def organisation_create(request):
    if not permissions.can_create_organisation(request.user):
        raise PermissionDenied
    form = OrganisationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            org = services.organisation_create(owner=request.user, sectors=data.pop("sectors"), **data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("The organisation page is ready. Invite your colleagues to join."))
            return redirect(org)
    return render(request, "community/organisation_form.html", {"form": form, "creating": True})


@login_required
def organisation_edit(request, slug):
    org = _get_org(slug)
    if not permissions.can_edit_organisation(request.user, org):
        raise PermissionDenied
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=org)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.organisation_update(
                organisation=org, actor=request.user, sectors=data.pop("sectors"), **data
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect(org)
    return render(request, "community/organisation_form.html", {"form": form, "organisation": org})


@login_required
def organisation_delete(request, slug):
    org = _get_org(slug)
    if not permissions.can_delete_organisation(request.user, org):
        raise PermissionDenied
    if request.method == "POST":
        name = org.name
        services.organisation_delete(organisation=org, actor=request.user)
        messages.success(request, _("“%(name)s” has been deleted.") % {"name": name})
        return redirect("community:dashboard")
    return render(request, "community/organisation_delete.html", {"organisation": org})


@login_required
def organisation_members(request, slug):
    org = _get_org(slug)
    if not permissions.can_view_members(request.user, org):
        raise PermissionDenied
    can_invite = permissions.can_invite(request.user, org)
    invite_form = InvitationForm(request.POST or None, prefix="invite")
    if request.method == "POST":
        if not can_invite:
            raise PermissionDenied
        if invite_form.is_valid():
            try:
                inv = services.invitation_create(
                    organisation=org, actor=request.user, **invite_form.cleaned_data
                )
            except ValidationError as exc:
                add_form_errors(invite_form, exc)
            except PermissionDenied:
                invite_form.add_error("role", _("You cannot invite someone with this role."))
            else:
                messages.success(request, _("Invitation sent to %(email)s.") % {"email": inv.email})
                return redirect("community:organisation_members", slug=org.slug)
    members = selectors.organisation_members(organisation=org)
    for m in members:
        m.can_change = permissions.can_change_membership(request.user, m)
        m.can_leave = permissions.can_leave(request.user, m)
    return render(
        request,
        "community/organisation_members.html",
        {
            "organisation": org,
            "members": members,
            "invitations": selectors.organisation_invitations(organisation=org) if can_invite else [],
            "invite_form": invite_form,
            "can_invite": can_invite,
            "roles": Membership._meta.get_field("role").choices,
        },
    )


@require_POST
@login_required
def membership_update(request, slug, pk):
    membership = get_object_or_404(
        Membership.objects.select_related("organisation", "user"), pk=pk, organisation__slug=slug
    )
    if not permissions.can_view_members(request.user, membership.organisation):
        raise Http404
    action = request.POST.get("action")
    try:
        if action == "remove":
            services.membership_remove(membership=membership, actor=request.user)
            if membership.user_id == request.user.pk:
                messages.success(request, _("You have left %(org)s.") % {"org": membership.organisation.name})
                return redirect("community:dashboard")
            messages.success(request, _("%(name)s was removed.") % {"name": membership.user.display_name})
        else:
            form = MembershipRoleForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Choose a valid role."))
            else:
                services.membership_set_role(
                    membership=membership, actor=request.user, role=form.cleaned_data["role"]
                )
                messages.success(request, _("Role updated."))
    except ValidationError as exc:
        for msg in exc.messages:
            messages.error(request, msg)
    return redirect("community:organisation_members", slug=slug)


@require_POST
@login_required
def invitation_revoke(request, slug, pk):
    invitation = get_object_or_404(
        Invitation.objects.select_related("organisation"), pk=pk, organisation__slug=slug
    )
    if not permissions.can_view_members(request.user, invitation.organisation):
        raise Http404
    services.invitation_revoke(invitation=invitation, actor=request.user)
    messages.success(request, _("Invitation to %(email)s revoked.") % {"email": invitation.email})
    return redirect("community:organisation_members", slug=slug)


@login_required
def invitation_accept(request, token):
    invitation = get_object_or_404(
        Invitation.objects.select_related("organisation", "invited_by"), token=token
    )
    error = None
    if request.method == "POST":
        if request.POST.get("action") == "decline":
            messages.info(request, _("You declined the invitation."))
            return redirect("community:dashboard")
        try:
            services.invitation_accept(invitation=invitation, user=request.user)
        except ValidationError as exc:
            error = " ".join(exc.messages)
        else:
            messages.success(request, _("Welcome to %(org)s.") % {"org": invitation.organisation.name})
            return redirect(invitation.organisation)
    elif not invitation.is_pending:
        error = _("This invitation is no longer valid (%(status)s).") % {
            "status": invitation.get_status_display().lower()
        }
    return render(request, "community/invitation_accept.html", {"invitation": invitation, "error": error})
