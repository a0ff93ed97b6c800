"""StreamField blocks of news and standard pages: prose, images that must describe themselves, quotes, contacts."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul", "blockquote"]


class ImageWithCaptionBlock(blocks.StructBlock):
    """Alt text is required: an image without one is refused with a message next to the field."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "publications/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "publications/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "publications/blocks/document.html"


class ContactBlock(blocks.StructBlock):
    """A contact card on the contact page: who answers, and how to reach them."""

    name = blocks.CharBlock(label=_("name"), max_length=200)
    role = blocks.CharBlock(label=_("role"), required=False, max_length=200)
    email = blocks.EmailBlock(label=_("e-mail"), required=False)
    phone = blocks.CharBlock(label=_("phone"), required=False, max_length=40)
    address = blocks.TextBlock(label=_("address"), required=False)

    class Meta:
        icon = "user"
        label = _("Contact")
        template = "publications/blocks/contact.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=200,
        form_classname="title",
        template="publications/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_FEATURES)
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    contact = ContactBlock()

    class Meta:
        label = _("Body")
