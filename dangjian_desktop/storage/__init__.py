"""Persistence with peewee over SQLite. The only package that imports peewee.

Services use :class:`Store` (open/close, transactions) and the repository modules in ``storage.repos``,
which take and return domain objects, never peewee models.
"""

from dangjian_desktop.storage.database import (  # noqa: F401
    RECORD_FORMAT_VERSION,
    SCHEMA_VERSION,
    DatabaseCorruptError,
    SchemaTooNewError,
    Store,
    StoreLockedError,
)
