"""What the archive keeps about its own work: saved searches, the search index's outbox, curators' change
history, and the gazetteer as last loaded."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse


class SavedSearch(models.Model):
    key = models.SlugField(max_length=16, unique=True)
    name = models.CharField(max_length=200)
    query_string = models.TextField(help_text="The canonical query string of the list view.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "saved searches"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("saved-search", args=[self.key])


class IndexQueueEntry(models.Model):
    """Outbox of statements whose search entry must be refreshed; written in the same transaction as the
    change, drained by the single index writer after commit, so the index cannot miss a committed change."""

    statement_id = models.BigIntegerField(db_index=True)
    queued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "index queue"

    def __str__(self) -> str:
        return f"statement {self.statement_id}"


class ChangeRecord(models.Model):
    """One recorded change to a curated object: who, when, what, and each changed field before and after.

    Refers to its object by type and id, not by foreign key, so the record of a statement removed by
    re-extraction or a speaker merged away outlives the row itself.
    """

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.BigIntegerField()
    object_repr = models.CharField(max_length=200)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    username = models.CharField(max_length=150, blank=True, help_text="Kept if the account is deleted.")
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=20)
    changes = models.JSONField(default=dict, blank=True, help_text="field: [before, after]")
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id", "at"], name="change_record_object")]

    def __str__(self) -> str:
        return f"{self.action} {self.object_repr}"


class GazetteerRecord(models.Model):
    """What the gazetteer files said of an entry when last loaded ("speaker:<slug>", "conflict:<slug>").

    The loader compares file, record and database three ways: a value the database still holds as the
    file last gave it follows the file; one a curator changed, added or removed stays as the curator left it.
    """

    key = models.CharField(max_length=120, unique=True)
    data = models.JSONField(default=dict)

    def __str__(self) -> str:
        return self.key
