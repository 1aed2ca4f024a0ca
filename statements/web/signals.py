"""Keep the search index in step with every save, wherever it comes from (admin, shell, ingest).

Each receiver queues the statements whose indexed fields a change touches, in the change's own
transaction, and schedules a drain after commit. Renames fan out to every statement of the renamed
speaker, article, outlet or conflict, so they are queued only when an indexed field really changed:
pre_save remembers the old values. Bulk writes (bulk_create, update) send no signals; their callers
queue explicitly.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from statements.web.generation import data_changed
from statements.models import (
    Article, ChangeRecord, Conflict, Outlet, SavedSearch, Speaker, SpeakerAlias, SpeakerRole, Statement,
)
from statements.search import queue_statements, schedule_index_update

# The fields of each model that the index holds (see statements.search.documents).
INDEXED_FIELDS = {
    Speaker: ("name", "slug", "country"),
    Article: ("title", "outlet_id"),
    Outlet: ("slug",),
    Conflict: ("slug",),
}


def _reindex(statement_ids) -> None:
    ids = list(statement_ids)
    if ids:
        queue_statements(ids)
        schedule_index_update()


@receiver(post_save, sender=Statement, dispatch_uid="search_statement_saved")
@receiver(post_delete, sender=Statement, dispatch_uid="search_statement_deleted")
def statement_changed(sender, instance, **kwargs):
    _reindex([instance.pk])


@receiver(m2m_changed, sender=Statement.conflicts.through, dispatch_uid="search_statement_conflicts")
def statement_conflicts_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if not reverse:
        _reindex([instance.pk])
    elif action == "pre_clear":  # a conflict's statements cleared: post_clear no longer knows which
        _reindex(instance.statements.values_list("pk", flat=True))
    else:
        _reindex(pk_set or ())


def _remember_indexed_fields(sender, instance, **kwargs):
    fields = INDEXED_FIELDS[sender]
    old = sender.objects.filter(pk=instance.pk).values_list(*fields).first() if instance.pk else None
    instance._search_indexed_before = old


def _indexed_fields_changed(sender, instance, created) -> bool:
    if created:
        return False  # nothing is indexed under a new row yet
    before = getattr(instance, "_search_indexed_before", None)
    return before != tuple(getattr(instance, field) for field in INDEXED_FIELDS[sender])


for model in INDEXED_FIELDS:
    pre_save.connect(_remember_indexed_fields, sender=model, dispatch_uid=f"search_remember_{model.__name__}")


@receiver(post_save, sender=Speaker, dispatch_uid="search_speaker_saved")
def speaker_saved(sender, instance, created, **kwargs):
    if _indexed_fields_changed(sender, instance, created):
        _reindex(Statement.objects.filter(speaker=instance).values_list("pk", flat=True))


@receiver(pre_delete, sender=Speaker, dispatch_uid="search_speaker_deleted")
def speaker_deleted(sender, instance, **kwargs):
    # pre_delete: by post_delete the statements' speaker is already set to NULL and they cannot be found.
    _reindex(Statement.objects.filter(speaker=instance).values_list("pk", flat=True))


@receiver(post_save, sender=SpeakerAlias, dispatch_uid="search_alias_saved")
@receiver(post_delete, sender=SpeakerAlias, dispatch_uid="search_alias_deleted")
def alias_changed(sender, instance, **kwargs):
    _reindex(Statement.objects.filter(speaker_id=instance.speaker_id).values_list("pk", flat=True))


@receiver(post_save, sender=Article, dispatch_uid="search_article_saved")
def article_saved(sender, instance, created, **kwargs):
    # A deleted article's statements are deleted with it, each through statement_changed.
    if _indexed_fields_changed(sender, instance, created):
        _reindex(Statement.objects.filter(article=instance).values_list("pk", flat=True))


@receiver(post_save, sender=Outlet, dispatch_uid="search_outlet_saved")
def outlet_saved(sender, instance, created, **kwargs):
    if _indexed_fields_changed(sender, instance, created):
        _reindex(Statement.objects.filter(article__outlet=instance).values_list("pk", flat=True))


@receiver(post_save, sender=Conflict, dispatch_uid="search_conflict_saved")
def conflict_saved(sender, instance, created, **kwargs):
    if _indexed_fields_changed(sender, instance, created):
        _reindex(Statement.objects.filter(conflicts=instance).values_list("pk", flat=True))


# Cached counts and pages (statements.web.generation): any write to what a list filters, counts or names, or
# a page shows (aliases, roles, saved searches and the public change log included), renews the data
# generation. Bulk writes call data_changed() where they queue their statements
# (statements.search.queue.queue_statements) or, for the synthetic corpus, where they end.
SHOWN_ON_PAGES = (Statement, Article, Speaker, Conflict, Outlet, SpeakerAlias, SpeakerRole, SavedSearch, ChangeRecord)


def data_changed_by_a_save(sender, **kwargs):
    data_changed()


for _model in SHOWN_ON_PAGES:
    _name = _model._meta.model_name
    post_save.connect(data_changed_by_a_save, sender=_model, dispatch_uid=f"generation_{_name}_saved")
    post_delete.connect(data_changed_by_a_save, sender=_model, dispatch_uid=f"generation_{_name}_deleted")
m2m_changed.connect(
    data_changed_by_a_save, sender=Statement.conflicts.through, dispatch_uid="generation_statement_conflicts"
)
