"""Template helpers of the CMS pages: the "not translated yet" notice."""

from django import template

register = template.Library()


@register.inclusion_tag("cms/includes/translation_notice.html", takes_context=True)
def translation_notice(context):
    """Says, in the missing language, that this page has no translation yet (see cms.wagtail_hooks, which
    works out the translations of the page being served)."""
    request = context.get("request")
    return {"missing": getattr(request, "dx_missing_translations", [])}


@register.filter
def with_unit(value, unit):
    """“95” + “phút” -> “95 phút”; a value that already names its unit (“3 ngày”) is left as it is."""
    value = "" if value is None else str(value)
    if not value or not unit or any(ch.isalpha() for ch in value):
        return value
    return f"{value} {unit}"
