"""Headquarters' memory of where each imported record came from (数据来源).

Every record merged from a package is registered here with the branch the package belongs to, so a package can
only ever add to, change or delete its own branch's records: a record UUID already held for another branch (or
made locally) makes the package refused. Not a ``Record``: it never travels in a package itself.
"""

from __future__ import annotations

from peewee import CharField

from dangjian_desktop.storage.models import BaseModel


class ExchangeOriginRow(BaseModel):
    uuid = CharField(max_length=64, primary_key=True)
    table = CharField(max_length=50)
    branch_uuid = CharField(max_length=64, index=True)

    class Meta:
        table_name = "exchange_origin"
        indexes = ((("branch_uuid", "table"), False),)
