"""StreamField blocks of events: the agenda (days and sessions with speakers) and the materials after it."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class AgendaDayBlock(blocks.StructBlock):
    """Separates the days of a multi-day forum; one-day events need none."""

    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Title of the day"), required=False, max_length=160)

    class Meta:
        icon = "date"
        label = _("Day")


class SessionBlock(blocks.StructBlock):
    starts = blocks.TimeBlock(label=_("Start time"))
    ends = blocks.TimeBlock(label=_("End time"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)
    speakers = blocks.ListBlock(SnippetChooserBlock("events.Speaker"), label=_("Speakers"), default=[])

    class Meta:
        icon = "time"
        label = _("Session")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        result = super().clean(value)
        if result.get("ends") and result.get("starts") and result["ends"] <= result["starts"]:
            raise StructBlockValidationError(
                block_errors={"ends": ValidationError(_("A session must end after it starts."))}
            )
        return result


class AgendaBlock(blocks.StreamBlock):
    day = AgendaDayBlock()
    session = SessionBlock()


class MaterialKind:
    SLIDES = "slides"
    PROCEEDINGS = "proceedings"
    OTHER = "other"
    CHOICES = [(SLIDES, _("Slides")), (PROCEEDINGS, _("Proceedings")), (OTHER, _("Document"))]


class DocumentMaterialBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=MaterialKind.CHOICES, default=MaterialKind.SLIDES)
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )
    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "doc-full"
        label = _("Document (slides, proceedings)")


class RecordingBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Link to the recording"))
    duration = blocks.CharBlock(
        label=_("Duration"), required=False, max_length=40, help_text=_("e.g. 2 h 15 min")
    )

    class Meta:
        icon = "media"
        label = _("Recording (link)")


class MaterialsBlock(blocks.StreamBlock):
    document = DocumentMaterialBlock()
    recording = RecordingBlock()
    video = EmbedBlock(label=_("Video (embedded player)"), help_text=_("A YouTube or Vimeo address."))
