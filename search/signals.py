"""Keep the search index in step with the database: after each commit, queue a background update."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from django.db import models, router, transaction
from haystack import connection_router, connections
from haystack.signals import BaseSignalProcessor

from . import tasks

__all__ = ["OnCommitSignalProcessor", "schedule_removal", "schedule_update"]

logger = logging.getLogger(__name__)

_M2M_CHANGES = frozenset({"post_add", "post_remove", "post_clear"})


def _indexed_aliases(model: type[models.Model], instance: models.Model | None = None) -> list[str]:
    """The haystack connections that index ``model``."""
    hints = {"instance": instance} if instance is not None else {}
    aliases = []
    for using in connection_router.for_write(**hints):
        if model in connections[using].get_unified_index().get_indexed_models():
            aliases.append(using)
    return aliases


def _enqueue(action: str, model_label: str, pk: str, using: str) -> None:
    """Runs after the commit: hand the work to the task queue, never failing the request."""
    try:
        task = tasks.update_search_index if action == "update" else tasks.remove_from_search_index
        task.enqueue(model_label, pk, using)
    except Exception:
        logger.exception("Could not queue search index %s of %s %s.", action, model_label, pk)


def _schedule(action: str, model: type[models.Model], pk: Any, instance: models.Model | None) -> None:
    if pk is None:
        return
    try:
        model = model._meta.concrete_model
        aliases = _indexed_aliases(model, instance)
        if not aliases:
            return
        label = model._meta.label_lower
        db_alias = (instance._state.db if instance is not None else None) or router.db_for_write(model)
        for using in aliases:
            # Only committed data is indexed: a rolled-back transaction drops these callbacks.
            # JSON-friendly arguments (label + pk as text) so any task backend can store them.
            transaction.on_commit(
                partial(_enqueue, action, label, str(pk), using), using=db_alias, robust=True
            )
    except Exception:
        logger.exception("Could not schedule search index %s of %s %s.", action, model, pk)


def schedule_update(instance: models.Model) -> None:
    """Re-index ``instance`` once the current transaction commits (e.g. after changing its tags)."""
    _schedule("update", type(instance), instance.pk, instance)


def schedule_removal(instance: models.Model) -> None:
    """Remove ``instance`` from the index once the current transaction commits."""
    _schedule("remove", type(instance), instance.pk, instance)


class OnCommitSignalProcessor(BaseSignalProcessor):
    """``HAYSTACK_SIGNAL_PROCESSOR``: saves and deletes of indexed models queue index tasks on commit.

    A save never waits for, or fails because of, the search engine: the only work done in the
    request is registering an ``on_commit`` callback.
    """

    def setup(self) -> None:
        models.signals.post_save.connect(self.handle_save, dispatch_uid="search.on_commit.save")
        models.signals.post_delete.connect(self.handle_delete, dispatch_uid="search.on_commit.delete")
        models.signals.m2m_changed.connect(self.handle_m2m, dispatch_uid="search.on_commit.m2m")

    def teardown(self) -> None:
        models.signals.post_save.disconnect(self.handle_save, dispatch_uid="search.on_commit.save")
        models.signals.post_delete.disconnect(self.handle_delete, dispatch_uid="search.on_commit.delete")
        models.signals.m2m_changed.disconnect(self.handle_m2m, dispatch_uid="search.on_commit.m2m")

    def handle_save(self, sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
        _schedule("update", sender, instance.pk, instance)

    def handle_delete(self, sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
        _schedule("remove", sender, instance.pk, instance)

    def handle_m2m(
        self,
        sender: type[models.Model],
        instance: models.Model,
        action: str,
        model: type[models.Model] | None = None,
        pk_set: set[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Tags and other many-to-many values are part of documents: re-index both sides."""
        if action not in _M2M_CHANGES:
            return
        _schedule("update", type(instance), instance.pk, instance)
        if model is not None:
            for pk in pk_set or ():
                _schedule("update", model, pk, None)
