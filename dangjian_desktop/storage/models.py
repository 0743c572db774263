"""Core tables: settings, branches, committee seats, 党小组, members, tombstones.

Every record table derives from :class:`Record`: an integer primary key for joins, a UUID for merging packages
from many branches at headquarters, and created/updated times (UTC, ISO text) for incremental export.
Feature tables live in their own modules (``models_meetings.py``...) and are listed in ``schema.py``.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid as uuidlib
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    make_snake_case,
)

from dangjian_desktop import clock
from dangjian_desktop.storage.columns import child_of, count, label, optional_date, text
from dangjian_desktop.storage.database import db


# The first 8 bits of every UUID this store makes (its first two hex digits): those of its own branch's UUID
# (``use_uuid_prefix``), so that one branch's records sit together in the UUID indexes of a headquarters store.
# Headquarters gathers hundreds of branches' records, each table's UUID index holding millions of them: with
# random UUIDs a group of packages' rows landed on nearly every leaf of those indexes (a group of 20 packages at
# 480 branches rewrote 516 MB of pages, 60 % of them UUID-index leaves); with the branch's prefix they land in the
# 1/256 of each index that the branch shares with one or two others. Eight bits only: the first eight hex digits
# stay the short number the command line prints and takes ("可只写前几位"), 24 random bits of it as before
# at a branch. The other 120 bits are as uuid4 makes them: version 4, the RFC 4122 variant, 114 random bits.
# None (no own branch: headquarters, a store not set up yet): random UUIDs.
PREFIX_BITS = 8
_uuid_prefix: int | None = None


def prefixed_uuid(prefix: int, rest: int) -> str:
    """A version-4 UUID whose first ``PREFIX_BITS`` are ``prefix`` and whose other bits come from ``rest`` (version
    and variant bits set as uuid4 sets them)."""
    shift = 128 - PREFIX_BITS
    return str(uuidlib.UUID(int=(prefix << shift) | (rest & ((1 << shift) - 1)), version=4))


def new_uuid() -> str:
    prefix = _uuid_prefix
    if prefix is None:
        return str(uuidlib.uuid4())
    return prefixed_uuid(prefix, secrets.randbits(128 - PREFIX_BITS))


def use_uuid_prefix(branch_uuid: str | None) -> None:
    """New UUIDs begin as ``branch_uuid`` does (its first ``PREFIX_BITS`` bits); None: random UUIDs. Set when a
    store opens (its own branch) and when the own branch is first saved."""
    global _uuid_prefix
    prefix = None
    if branch_uuid:
        try:
            prefix = uuidlib.UUID(branch_uuid).int >> (128 - PREFIX_BITS)
        except ValueError:  # not a UUID (never written by the app): random UUIDs, as before
            prefix = None
    _uuid_prefix = prefix


def utcnow() -> dt.datetime:
    return clock.utcnow()


def table_name_of(model: type) -> str:
    """A table's name unless its Meta says otherwise: the class name without "Row", in snake case (MemberRow: member)."""
    return make_snake_case(model.__name__.removesuffix("Row"))


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False
        table_function = table_name_of


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
    parent_committee = label(200)
    founded_on = optional_date()
    election_date = optional_date()
    term_years = IntegerField(default=5)
    is_own = BooleanField(default=False, index=True)  # the branch this store belongs to (branch mode)


class PartyGroupRow(Record):
    branch = child_of(BranchRow, "groups")
    name = CharField(max_length=100)
    leader = ForeignKeyField("self", null=True)  # replaced below: leader points to a member
    sort_order = count()


class MemberRow(Record):
    branch = child_of(BranchRow, "members")
    name = CharField(max_length=50, index=True)
    gender = label(4)
    ethnicity = label(20)
    native_place = label(50, verbose_name="籍贯")  # 籍贯
    birth_date = optional_date()
    education = label(20)
    joined_party_on = optional_date()
    full_member_on = optional_date()
    # "day" or "month": a date known only to its month (出生年月 1985.03) is stored as the 1st with "month"
    birth_date_precision = CharField(max_length=5, default="day")
    joined_party_precision = CharField(max_length=5, default="day")
    full_member_precision = CharField(max_length=5, default="day")
    category = CharField(max_length=10, default="正式党员")
    group = ForeignKeyField(PartyGroupRow, null=True, backref="members", on_delete="SET NULL")
    position = label(100)
    phone = label(30)
    id_number = label(18, index=True)
    status = CharField(max_length=10, default="在册")
    status_date = optional_date()
    joined_branch_on = optional_date()
    note = text()
    sort_key = label(100, index=True)  # pinyin-free stable sort: name + uuid

    class Meta:
        indexes = ((("branch", "status", "name"), False),)


# The group leader is a member; declared after MemberRow to break the cycle.
PartyGroupRow._meta.remove_field("leader")
def member_ref(**kwargs: Any) -> ForeignKeyField:
    """A roster member named by key: NULL when the member's row is deleted (the name kept beside it stays)."""
    return ForeignKeyField(MemberRow, null=True, on_delete="SET NULL", **kwargs)


def member_named(**kwargs: Any) -> tuple[ForeignKeyField, CharField]:
    """A roster member by key and by name, the name kept if the member's row goes (and the only trace of one who
    is not on the roster): ``member, name = member_named()``."""
    return member_ref(**kwargs), CharField(max_length=50, verbose_name="姓名")


def person(role: str) -> tuple[CharField, ForeignKeyField]:
    """Someone in ``role`` (提出人, 谈话对象…): the name as written, then the roster member it names if any (not
    listed from the member): ``critic_name, critic = person("提出人")``."""
    return CharField(max_length=50, verbose_name=f"{role}姓名"), member_ref(backref="+", verbose_name=role)


PartyGroupRow._meta.add_field("leader", member_ref(backref="led_groups"))


class CommitteeSeatRow(Record):
    branch = child_of(BranchRow, "seats")
    role = CharField(max_length=10)
    member = member_ref()
    name = label(50)
    duty = label(100)
    sort_order = count()


class Tombstone(BaseModel):
    """A deleted record, remembered so an incremental package can tell headquarters to drop it."""

    table = CharField(max_length=50)
    uuid = CharField(max_length=36, index=True)
    deleted_at = DateTimeField(default=utcnow, index=True)


CORE_MODELS = [Setting, BranchRow, MemberRow, PartyGroupRow, CommitteeSeatRow, Tombstone]
