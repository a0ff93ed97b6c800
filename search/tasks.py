"""Background tasks that bring one object's search document up to date (queued after commit)."""

from __future__ import annotations

import logging

from django.apps import apps
from django_tasks import task
from haystack import connections
from haystack.exceptions import NotHandled

__all__ = ["remove_from_search_index", "update_search_index"]

logger = logging.getLogger(__name__)


def _identifier(model_label: str, pk: str) -> str:
    # haystack's identifier: "<app_label>.<model_name>.<pk>"
    return f"{model_label.lower()}.{pk}"


@task()
def update_search_index(model_label: str, pk: str, using: str = "default") -> str:
    """Index the object ``model_label``/``pk`` as it is now, or drop it when it left the index set.

    Re-reading the object here (not at save time) means the newest committed state is indexed even
    when several saves were queued. An object that its ``SearchIndex.index_queryset`` no longer
    returns (deleted, unpublished) is removed. Engine errors are logged, never raised: the data is
    safe in the database and ``manage.py update_index`` repairs the index.
    """
    try:
        model = apps.get_model(model_label)
    except LookupError:
        logger.warning("Search update for unknown model %s skipped.", model_label)
        return "unknown-model"
    try:
        index = connections[using].get_unified_index().get_index(model)
    except NotHandled:
        return "not-indexed"
    try:
        backend = connections[using].get_backend()
        obj = index.index_queryset(using=using).filter(pk=pk).first()
        if obj is None:
            backend.remove(_identifier(model_label, pk))
            return "removed"
        if not index.should_update(obj):
            return "skipped"
        backend.update(index, [obj])
    except Exception:
        logger.exception("Search index update of %s %s failed; run update_index to repair.", model_label, pk)
        return "failed"
    return "updated"


@task()
def remove_from_search_index(model_label: str, pk: str, using: str = "default") -> str:
    """Remove the document of a deleted object. Engine errors are logged, never raised."""
    try:
        connections[using].get_backend().remove(_identifier(model_label, pk))
    except Exception:
        logger.exception("Search index removal of %s %s failed; run update_index --remove.", model_label, pk)
        return "failed"
    return "removed"
