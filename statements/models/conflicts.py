"""What statements are about: conflicts, with the keywords and places that tag a statement."""

from __future__ import annotations

from django.db import models
from django.urls import reverse

from statements.models.base import public_statements


class ConflictQuerySet(models.QuerySet):
    def for_index(self) -> ConflictQuerySet:
        """By name, with the parent conflict and the public statements counted."""
        return self.select_related("parent").annotate(statement_count=public_statements()).order_by("name", "pk")


class Conflict(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")
    keywords = models.TextField(blank=True, help_text="One per line: words and phrases that tag a statement.")
    places = models.TextField(blank=True, help_text="One per line: place names that tag a statement.")
    description = models.TextField(blank=True)

    objects = ConflictQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("conflict-detail", args=[self.slug])

    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]

    def place_list(self) -> list[str]:
        return [line.strip() for line in self.places.splitlines() if line.strip()]
