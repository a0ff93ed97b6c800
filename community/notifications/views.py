"""The notification list, marking read, e-mail preferences and one-click unsubscribe."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from community.notifications import services
from community.notifications.models import Notification, NotificationPreference


@login_required
def notification_list(request):
    qs = Notification.objects.filter(recipient=request.user)
    page = Paginator(qs, 30).get_page(request.GET.get("page"))
    return render(request, "community/notification_list.html", {"page": page, "querystring": ""})


@require_POST
@login_required
def notification_open(request, pk):
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    services.notification_mark_read(notification=notification)
    target = notification.url
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return redirect(target)


@require_POST
@login_required
def notification_read_all(request):
    count = services.notification_mark_all_read(user=request.user)
    messages.success(request, _("%(count)d notification(s) marked as read.") % {"count": count})
    return redirect("community:notification_list")


class PreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["email_immediate", "digest"]
        widgets = {"digest": forms.RadioSelect}


@login_required
def notification_settings(request):
    form = PreferenceForm(request.POST or None, instance=NotificationPreference.for_user(request.user))
    if request.method == "POST" and form.is_valid():
        services.notification_preference_update(
            user=request.user,
            email_immediate=form.cleaned_data["email_immediate"],
            digest=form.cleaned_data["digest"],
        )
        messages.success(request, _("Changes saved."))
        return redirect("community:notification_settings")
    return render(request, "community/notification_settings.html", {"form": form})


@csrf_exempt  # mail clients post here without a session (RFC 8058 one-click unsubscribe); the token is the key
def notification_unsubscribe(request, token):
    preference = NotificationPreference.objects.filter(unsubscribe_token=token).first()
    if preference is None:
        return render(request, "community/notification_unsubscribe.html", {"invalid": True}, status=404)
    if request.method == "POST":
        services.notification_unsubscribe(preference=preference)
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(status=204)
        return render(request, "community/notification_unsubscribe.html", {"done": True})
    return render(request, "community/notification_unsubscribe.html", {"preference": preference})
