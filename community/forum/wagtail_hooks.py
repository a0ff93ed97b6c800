"""Editors manage the forum's categories in the Wagtail admin (Snippets › Forum categories)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.forum.models import Category


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Forum categories")
    add_to_admin_menu = True
    search_backend_name = None  # a handful of rows: plain database filtering
    list_display = ["name_vi", "name_en", "slug", "sector", "order"]
    ordering = ["order", "pk"]
    search_fields = ["name_vi", "name_en", "slug"]
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("name_vi"), FieldPanel("name_en")]),
                FieldPanel("slug"),
                FieldPanel("sector"),
                FieldPanel("order"),
            ],
            heading=_("Category"),
        ),
        MultiFieldPanel(
            [FieldPanel("description_vi"), FieldPanel("description_en")], heading=_("Description")
        ),
    ]


register_snippet(CategoryViewSet)
