"""Core tables: settings, branches, committee seats, 党小组, members, tombstones.

Every record table derives from :class:`Record`: an integer primary key for joins, a UUID for merging packages
from many branches at headquarters, and created/updated times (UTC, ISO text) for incremental export.
Feature tables live in their own modules (``models_meetings.py``...) and are listed in ``schema.py``.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from dangjian_desktop import clock
from dangjian_desktop.storage.database import db


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def utcnow() -> dt.datetime:
    return clock.utcnow()


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Record(BaseModel):
    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow, index=True)

    def save(self, *args, **kwargs):  # type: ignore[override]
        if self.id is not None:
            self.updated_at = utcnow()
        return super().save(*args, **kwargs)


class Setting(BaseModel):
    """Key/value settings of the store (JSON text values): mode, meeting rules, last export..."""

    key = CharField(primary_key=True, max_length=100)
    value = TextField()


class BranchRow(Record):
    name = CharField(max_length=200)
    kind = CharField(max_length=20, default="党支部")
    parent_committee = CharField(max_length=200, default="")
    founded_on = DateField(null=True)
    election_date = DateField(null=True)
    term_years = IntegerField(default=5)
    is_own = BooleanField(default=False, index=True)  # the branch this store belongs to (branch mode)

    class Meta:
        table_name = "branch"


class PartyGroupRow(Record):
    branch = ForeignKeyField(BranchRow, backref="groups", on_delete="CASCADE")
    name = CharField(max_length=100)
    leader = ForeignKeyField("self", null=True)  # replaced below: leader points to a member
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "party_group"


class MemberRow(Record):
    branch = ForeignKeyField(BranchRow, backref="members", on_delete="CASCADE")
    name = CharField(max_length=50, index=True)
    gender = CharField(max_length=4, default="")
    ethnicity = CharField(max_length=20, default="")
    native_place = CharField(max_length=50, default="")  # 籍贯
    birth_date = DateField(null=True)
    education = CharField(max_length=20, default="")
    joined_party_on = DateField(null=True)
    full_member_on = DateField(null=True)
    # "day" or "month": a date known only to its month (出生年月 1985.03) is stored as the 1st with "month"
    birth_date_precision = CharField(max_length=5, default="day")
    joined_party_precision = CharField(max_length=5, default="day")
    full_member_precision = CharField(max_length=5, default="day")
    category = CharField(max_length=10, default="正式党员")
    group = ForeignKeyField(PartyGroupRow, null=True, backref="members", on_delete="SET NULL")
    position = CharField(max_length=100, default="")
    phone = CharField(max_length=30, default="")
    id_number = CharField(max_length=18, default="", index=True)
    status = CharField(max_length=10, default="在册")
    status_date = DateField(null=True)
    joined_branch_on = DateField(null=True)
    note = TextField(default="")
    sort_key = CharField(max_length=100, default="", index=True)  # pinyin-free stable sort: name + uuid

    class Meta:
        table_name = "member"
        indexes = ((("branch", "status", "name"), False),)


# The group leader is a member; declared after MemberRow to break the cycle.
PartyGroupRow._meta.remove_field("leader")
PartyGroupRow._meta.add_field("leader", ForeignKeyField(MemberRow, null=True, on_delete="SET NULL",
                                                       backref="led_groups"))


class CommitteeSeatRow(Record):
    branch = ForeignKeyField(BranchRow, backref="seats", on_delete="CASCADE")
    role = CharField(max_length=10)
    member = ForeignKeyField(MemberRow, null=True, on_delete="SET NULL")
    name = CharField(max_length=50, default="")
    duty = CharField(max_length=100, default="")
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "committee_seat"


class Tombstone(BaseModel):
    """A deleted record, remembered so an incremental package can tell headquarters to drop it."""

    table = CharField(max_length=50)
    uuid = CharField(max_length=36, index=True)
    deleted_at = DateTimeField(default=utcnow, index=True)


CORE_MODELS = [Setting, BranchRow, MemberRow, PartyGroupRow, CommitteeSeatRow, Tombstone]
