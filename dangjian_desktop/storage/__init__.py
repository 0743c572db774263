"""Persistence with peewee over SQLite (or, for a headquarters, PostgreSQL: ``storage.engine``). The only package
that imports peewee.

Services use :class:`Store` (open/close, transactions) and the repository modules in ``storage.repos``,
which take and return domain objects, never peewee models.
"""

from dangjian_desktop.storage.engine import import_peewee

import_peewee()  # before anything here imports peewee: without psycopg, which only a PostgreSQL store needs

from dangjian_desktop.storage.database import (  # noqa: E402, F401
    RECORD_FORMAT_VERSION,
    SCHEMA_VERSION,
    DatabaseCorruptError,
    SchemaTooNewError,
    Store,
    StoreLockedError,
)
