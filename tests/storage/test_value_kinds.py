"""How a package value is checked on the way in, by the kind of its column (records_schema.value_kind), stated by
hand: what each kind accepts and what makes the package refused."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from dangjian_desktop.domain.exchange import PackageError
from dangjian_desktop.storage.models import MemberRow
from dangjian_desktop.storage.repos.records_schema import value_kind
from dangjian_desktop.storage.repos.records_values import from_json


@pytest.mark.parametrize(("field", "kind"), [
    (pw.ForeignKeyField(MemberRow), "key"), (pw.DateTimeField(), "datetime"), (pw.DateField(), "date"),
    (pw.TimeField(), "time"), (pw.BooleanField(), "bool"), (pw.IntegerField(), "int"), (pw.BigIntegerField(), "int"),
    (pw.AutoField(), "int"), (pw.FloatField(), "float"), (pw.DoubleField(), "float"), (pw.DecimalField(), "decimal"),
    (pw.BlobField(), "blob"), (pw.CharField(max_length=5), "text"), (pw.TextField(), "text"),
])
def test_each_field_class_has_its_kind(field, kind):
    assert value_kind(field) == kind


def _named(field, name="f"):  # noqa: ANN001, ANN202
    field.name = name
    return field


@pytest.mark.parametrize(("field", "value", "taken"), [
    (pw.DateTimeField(), "2027-03-04T05:06:07+08:00", dt.datetime(2027, 3, 3, 21, 6, 7)),  # to naive UTC
    (pw.DateField(), "2027-03-04", dt.date(2027, 3, 4)),
    (pw.TimeField(), "05:06", dt.time(5, 6)),
    (pw.BooleanField(), False, False),
    (pw.IntegerField(), -12, -12),
    (pw.FloatField(), 3, 3.0),
    (pw.BlobField(), "AAE=", b"\x00\x01"),
    (pw.CharField(max_length=2), "党员甲乙", "党员甲乙"),  # up to four times max_length characters
])
def test_values_of_the_right_kind_are_taken(field, value, taken):
    got = from_json("member", _named(field), value)
    assert got == taken and type(got) is type(taken)


@pytest.mark.parametrize(("field", "value"), [
    (pw.DateTimeField(), 20270304), (pw.DateField(), "2027-02-30"), (pw.TimeField(), 5), (pw.BooleanField(), 1),
    (pw.IntegerField(), True), (pw.IntegerField(), 2**63), (pw.IntegerField(), "1"), (pw.FloatField(), False),
    (pw.FloatField(), "1.5"), (pw.BlobField(), "not base64!"), (pw.CharField(max_length=2), "123456789"),
    (pw.TextField(), 7), (pw.ForeignKeyField(MemberRow), 7), (pw.DateField(), None),
])
def test_values_of_another_kind_refuse_the_package(field, value):
    with pytest.raises(PackageError, match="无法识别的值"):
        from_json("member", _named(field), value)
