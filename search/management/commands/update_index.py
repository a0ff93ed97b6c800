"""``manage.py update_index`` is haystack's (DX Connect's search index), not Wagtail's.

Wagtail ships a command of the same name; ``search`` comes before ``wagtail.search`` in
INSTALLED_APPS, so this module wins and haystack's ``rebuild_index`` (which calls ``update_index``)
works. Wagtail's own index is updated with its documented alias, ``manage.py wagtail_update_index``.
"""

from haystack.management.commands.update_index import Command as HaystackUpdateIndexCommand


class Command(HaystackUpdateIndexCommand):
    """Haystack's update_index, unchanged."""
