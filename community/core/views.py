"""Small helpers shared by the views."""

from django.core.exceptions import ValidationError


def querystring_without_page(request) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def add_form_errors(form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form, beside the field it names when it can."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)
