"""Small models shaped like DX Connect content, used to exercise the search engine."""

from django.db import models


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


class Note(models.Model):
    """A challenge, experience or question, as other apps will index them."""

    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    sector = models.CharField(max_length=50, blank=True)
    province = models.CharField(max_length=100, blank=True)
    kind = models.CharField(max_length=30, blank=True)
    tags = models.CharField(max_length=300, blank=True, help_text="Comma-separated")
    published = models.DateField(null=True, blank=True)
    is_public = models.BooleanField(default=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.title

    def tag_list(self) -> list[str]:
        return _split(self.tags)


class Organisation(models.Model):
    """An organisation profile: the example SearchIndex of the search API documentation."""

    name = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    kind = models.CharField(max_length=30, blank=True)
    sectors = models.CharField(max_length=300, blank=True, help_text="Comma-separated slugs")
    province = models.CharField(max_length=100, blank=True)
    url = models.URLField(blank=True)
    created_at = models.DateTimeField(null=True, blank=True)
    verified = models.BooleanField(default=False)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name

    def sector_list(self) -> list[str]:
        return _split(self.sectors)
