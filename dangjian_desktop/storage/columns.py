"""The column kinds the record tables repeat, each written once.

A factory makes a new peewee field where it is called, so a column keeps its place in the table (peewee orders
fields by creation): ``note = text()`` is exactly ``TextField(default="")``. A table's own, one-off columns stay
spelled out. ``member_ref`` (a roster member named by key, the name kept beside it) lives in ``models.py`` next to
``MemberRow``.
"""

from __future__ import annotations

from typing import Any

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField


def text(**kwargs: Any) -> TextField:
    """Free text, empty when not given (notes, opinions, summaries)."""
    return TextField(default="", **kwargs)


def label(max_length: int, **kwargs: Any) -> CharField:
    """A short text of at most ``max_length`` characters, empty when not given."""
    return CharField(max_length=max_length, default="", **kwargs)


def optional_date(**kwargs: Any) -> DateField:
    """A date that may not be known (yet): NULL."""
    return DateField(null=True, **kwargs)


def count(**kwargs: Any) -> IntegerField:
    """A whole number starting at 0: a counter, a tally, a sort position."""
    return IntegerField(default=0, **kwargs)


def counts(*labels: int | str) -> tuple[IntegerField, ...]:
    """Counters side by side, one per header: ``yes, no, abstain = counts("赞成", "反对", "弃权")`` (``counts(3)``:
    three without a header)."""
    names = [None] * labels[0] if len(labels) == 1 and isinstance(labels[0], int) else labels
    return tuple(count(verbose_name=n) for n in names)


def money(label: str, **kwargs: Any) -> IntegerField:
    """An amount of money in whole fen (分), headed ``<label>（元）`` (models_dues.py says why not a decimal)."""
    return IntegerField(verbose_name=f"{label}（元）", **kwargs)


def child_of(parent: Any, backref: str, **kwargs: Any) -> ForeignKeyField:
    """The key of the record a child row belongs to: deleted with it, listed as ``parent.<backref>``."""
    return ForeignKeyField(parent, backref=backref, on_delete="CASCADE", **kwargs)


def rectification() -> tuple[Any, ...]:
    """整改 tracking, the same for a 组织生活会 problem and an activity-room finding:
    ``measure, responsible, deadline, completed_on, status = rectification()``."""
    return (text(verbose_name="整改措施"), label(100, verbose_name="责任人"),
            optional_date(index=True, verbose_name="整改时限"), optional_date(verbose_name="完成日期"),
            CharField(max_length=10, default="待整改", verbose_name="整改状态"))
