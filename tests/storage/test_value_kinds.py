"""How a package value is checked on the way in, by the kind of its column (records_schema.value_kind), stated by
hand: what each kind accepts and what makes the package refused."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import (
    AutoField,
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    DoubleField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
)

from dangjian_desktop.domain.exchange import PackageError
from dangjian_desktop.storage.models import MemberRow
from dangjian_desktop.storage.repos.records_schema import value_kind
from dangjian_desktop.storage.repos.records_values import from_json


@pytest.mark.parametrize(("field", "kind"), [
    (ForeignKeyField(MemberRow), "key"), (DateTimeField(), "datetime"), (DateField(), "date"),
    (TimeField(), "time"), (BooleanField(), "bool"), (IntegerField(), "int"), (BigIntegerField(), "int"),
    (AutoField(), "int"), (FloatField(), "float"), (DoubleField(), "float"), (DecimalField(), "decimal"),
    (BlobField(), "blob"), (CharField(max_length=5), "text"), (TextField(), "text"),
])
def test_each_field_class_has_its_kind(field, kind):
    assert value_kind(field) == kind


def _named(field, name="f"):  # noqa: ANN001, ANN202
    field.name = name
    return field


@pytest.mark.parametrize(("field", "value", "taken"), [
    (DateTimeField(), "2027-03-04T05:06:07+08:00", dt.datetime(2027, 3, 3, 21, 6, 7)),  # to naive UTC
    (DateField(), "2027-03-04", dt.date(2027, 3, 4)),
    (TimeField(), "05:06", dt.time(5, 6)),
    (BooleanField(), False, False),
    (IntegerField(), -12, -12),
    (FloatField(), 3, 3.0),
    (BlobField(), "AAE=", b"\x00\x01"),
    (CharField(max_length=2), "党员甲乙", "党员甲乙"),  # up to four times max_length characters
])
def test_values_of_the_right_kind_are_taken(field, value, taken):
    got = from_json("member", _named(field), value)
    assert got == taken and type(got) is type(taken)


@pytest.mark.parametrize(("field", "value"), [
    (DateTimeField(), 20270304), (DateField(), "2027-02-30"), (TimeField(), 5), (BooleanField(), 1),
    (IntegerField(), True), (IntegerField(), 2**63), (IntegerField(), "1"), (FloatField(), False),
    (FloatField(), "1.5"), (BlobField(), "not base64!"), (CharField(max_length=2), "123456789"),
    (TextField(), 7), (ForeignKeyField(MemberRow), 7), (DateField(), None),
])
def test_values_of_another_kind_refuse_the_package(field, value):
    with pytest.raises(PackageError, match="无法识别的值"):
        from_json("member", _named(field), value)
