"""Taking a package's values into the store: each value checked against its field once, and rows inserted with
the SQL made once per table (one ``executemany`` per table where no id is needed at once). Used by the merge.
"""

from __future__ import annotations

import base64
import collections
import datetime as dt
import operator
import re
from collections.abc import Callable
from typing import Any

from peewee import (
    AutoField,
    CharField,
    DateField,
    DateTimeField,
    Field,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from dangjian_desktop.domain.exchange import PackageError, table_title
from dangjian_desktop.storage.models import Record
from dangjian_desktop.storage.repos.records_schema import MAX_TEXT_CHARS, value_kind


def bad_value(table: str, field: str) -> PackageError:
    return PackageError(f"数据包中“{table_title(table)}”记录的“{field}”一项有无法识别的值：数据包已损坏或被改动过，已拒绝。")


def from_json(table: str, field: Field, value: Any) -> Any:
    if value is None:
        if not field.null and not isinstance(field, ForeignKeyField):
            raise bad_value(table, field.name)
        return None
    try:
        return converter(field)(field, value)
    except (ValueError, TypeError, ArithmeticError) as exc:
        raise bad_value(table, field.name) from exc


def converter(field: Field) -> Callable[[Field, Any], Any]:
    """What ``from_json`` does with a value that is not None (raises ValueError, TypeError or ArithmeticError
    where it refuses the value)."""
    convert = _BY_CLASS.get(type(field))
    if convert is None:
        convert = _BY_CLASS[type(field)] = _FROM_JSON[value_kind(field)]
    return convert


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError
    return value


def _datetime(field: Field, value: Any) -> dt.datetime:
    when = dt.datetime.fromisoformat(_str(value))
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


def _bool(field: Field, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError
    return value


def _int(field: Field, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**63 - 1:
        raise ValueError
    return value


def _float(field: Field, value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError
    return float(value)


def _decimal(field: Field, value: Any) -> Any:
    from decimal import Decimal

    return Decimal(str(value))


def _text(field: Field, value: Any) -> str:
    text, max_length = _str(value), getattr(field, "max_length", None)
    if (max_length and len(text) > max_length * 4) or len(text) > MAX_TEXT_CHARS:
        raise ValueError
    return text


# by records_schema.value_kind: a key travels as the referenced row's UUID text
_FROM_JSON: dict[str, Callable[[Field, Any], Any]] = {
    "datetime": _datetime, "date": lambda f, v: dt.date.fromisoformat(_str(v)),
    "time": lambda f, v: dt.time.fromisoformat(_str(v)), "bool": _bool, "int": _int, "float": _float,
    "blob": lambda f, v: base64.b64decode(v, validate=True), "decimal": _decimal, "key": _text, "text": _text,
}
_BY_CLASS: dict[type, Callable[[Field, Any], Any]] = {}


# A date or timestamp column whose every value is in one of these forms (``stored_text``) is put in the store as
# the text the row-by-row path would store for it, without parsing each value into a datetime and formatting it
# back: that path parses it (``from_json``) and sqlite3's adapter writes it with ``isoformat`` and a space between
# date and time, which gives the same digits exactly for these forms: no offset, a fraction of six digits that are
# not all zero (``isoformat`` leaves a zero fraction out) or none, a time of day no Python version reads as another
# (24:00 is left out). The export writes every timestamp so (``isoformat()``: a "T" between date and time, which
# becomes the space).
_STORED_FORMS: dict[type, tuple[Callable[[str], Any], Callable[[str], Any]]] = {
    DateTimeField: (re.compile(r"\d{4}-\d\d-\d\d[ T](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.(?!000000)\d{6})?",
                               re.ASCII).fullmatch, dt.datetime.fromisoformat),
    DateField: (re.compile(r"\d{4}-\d\d-\d\d", re.ASCII).fullmatch, dt.date.fromisoformat),
}
_STR = {str}


def stored_text(field: Field, column: list[Any]) -> list[str] | None:
    """SQLite: the text the row-by-row path would store for each value of ``column`` (a date or timestamp
    field's values, none of them None) when every one is a str in its field's form (``_STORED_FORMS``), else
    None. C-level passes over the column instead of two calls a value. Every value is still parsed once, so a
    date that does not exist (February 30th) is left to the path that refuses it. Only for the peewee field
    classes themselves, whose ``db_value`` hands the parsed value to sqlite3's adapter unchanged."""
    form = _STORED_FORMS.get(type(field))
    if form is None or not set(map(type, column)) <= _STR or not all(map(form[0], column)):
        return None
    try:
        collections.deque(map(form[1], column), maxlen=0)
    except ValueError:
        return None
    if type(field) is DateTimeField:  # the only "T" of each value (its form) becomes the adapter's space
        return "\n".join(column).replace("T", " ").split("\n")
    return column


def same_values(field: Field, column: list[Any]) -> bool:
    """True when ``converter(field)`` would give back every value of ``column`` (none of them None) unchanged and
    refuse none: integers of the int kind within SQLite's range, booleans of the bool kind. One C-level pass a
    column instead of a call a value."""
    kind = value_kind(field)
    types = set(map(type, column))
    if kind == "int":
        return types <= _INT and -(2**63 - 1) <= min(column) and max(column) <= 2**63 - 1
    return kind == "bool" and types <= _BOOL


_INT, _BOOL = {int}, {bool}


def text_limits(fields: dict[str, Field]) -> dict[str, int]:
    """Plain text fields (what ``from_json`` takes as a checked str): name -> longest accepted.
    The merge takes such a value as is when it is a short enough str, without the general conversion."""
    return {name: min((getattr(f, "max_length", None) or 0) * 4 or MAX_TEXT_CHARS, MAX_TEXT_CHARS)
            for name, f in fields.items() if value_kind(f) == "text"}


# how the merge treats each value of a row, by field (decided once per table, not per value)
SKIP, KEY, TEXT, OTHER = 0, 1, 2, 3


def kinds_of(fields: dict[str, Field], text_limits: dict[str, int], local_only: set[str]) -> dict[str, int]:
    kinds = {name: SKIP for name in local_only}
    for name, f in fields.items():
        if isinstance(f, ForeignKeyField) and issubclass(f.rel_model, Record):
            kinds[name] = KEY
        elif name in text_limits:
            kinds[name] = TEXT
        else:
            kinds[name] = OTHER
    return kinds


def _plain(field: Field) -> bool:
    """A field whose ``db_value`` gives back the merge's checked value as it is (str of a text field, int of an
    integer field, local id of a key), so the insert can pass the value without the call."""
    if isinstance(field, ForeignKeyField):
        return issubclass(field.rel_model, Record) and type(field.rel_field) in (AutoField, IntegerField)
    return type(field) in (CharField, TextField, IntegerField)


class Inserter:
    """Single-row inserts with the SQL text made once per table and column set: at headquarters a package holds
    tens of thousands of rows, and building each INSERT through the query builder cost six times the insert.
    Defaults are filled in as ``Model.insert`` would. Values of plain fields (``_plain``) are the merge's checked
    Python values and are passed as they are; the others go through the field's ``db_value``."""

    def __init__(self) -> None:
        self._sql: dict[tuple[type[Record], tuple[str, ...]], tuple[str, Any, list[tuple[int, Any]]]] = {}
        self._pending: dict[str, list[list[Any]]] = {}
        self._plain: dict[Field, bool] = {}

    def _is_plain(self, field: Field) -> bool:
        known = self._plain.get(field)
        if known is None:
            known = self._plain[field] = _plain(field)
        return known

    def _statement(self, model: type[Record], names: tuple[str, ...],
                   ) -> tuple[str, Any, list[tuple[int, Callable[[Any], Any]]]]:
        """The INSERT of ``names`` (SQL, a getter of their values from a dict, the converters by position)."""
        key = (model, names)
        made = self._sql.get(key)
        if made is None:
            meta = model._meta
            fields = [meta.fields[n] for n in names]
            cols = ", ".join(f'"{f.column_name}"' for f in fields)
            marks = ", ".join("?" for _ in fields)
            made = self._sql[key] = (f'INSERT INTO "{meta.table_name}" ({cols}) VALUES ({marks})',
                                     operator.itemgetter(*names) if len(fields) > 1 else (lambda v, n=names[0]: (v[n],)),
                                     [(i, f.db_value) for i, f in enumerate(fields) if not self._is_plain(f)])
        return made

    def insert(self, model: type[Record], values: dict[str, Any], need_id: bool = True) -> int | None:
        """Insert one row and return its id; with ``need_id=False`` the row waits for ``flush`` (one
        ``executemany`` per table and column set, in the same order)."""
        meta = model._meta
        for f, default in meta.defaults.items():
            if f.name not in values:
                value = default() if callable(default) else default
                values[f.name] = f.db_value(value) if self._is_plain(f) else value
        sql, getter, converters = self._statement(model, tuple(values))
        params = list(getter(values))
        for i, convert in converters:
            params[i] = convert(params[i])
        if not need_id:
            self._pending.setdefault(sql, []).append(params)
            return None
        self.flush()
        if getattr(meta.database, "engine", "sqlite") == "postgresql":  # psycopg has no lastrowid
            return meta.database.execute_sql(f'{sql} RETURNING "{meta.primary_key.column_name}"',
                                             params).fetchone()[0]
        cursor = meta.database.execute_sql(sql, params)
        return cursor.lastrowid

    def insert_rows(self, model: type[Record], names: list[str], columns: list[list[Any]],
                    stored: frozenset[str] | set[str] = frozenset()) -> None:
        """Rows given column by column (``names``, ``columns`` of equal length), to wait for ``flush`` like
        ``insert(…, need_id=False)`` of each row in turn: the same defaults, the same statement, the same values.
        ``stored``: columns whose values are already the text the store would hold (``stored_text``), passed
        without their field's ``db_value``."""
        meta = model._meta
        count = len(columns[0])
        names, columns = list(names), list(columns)
        for f, default in meta.defaults.items():
            if f.name not in names:
                column = [default() for _ in range(count)] if callable(default) else [default] * count
                names.append(f.name)
                columns.append([f.db_value(v) for v in column] if self._is_plain(f) else column)
        sql, _, converters = self._statement(model, tuple(names))
        for i, convert in converters:
            if names[i] not in stored:
                columns[i] = list(map(convert, columns[i]))
        self._pending.setdefault(sql, []).extend(map(list, zip(*columns, strict=True)))

    def flush(self) -> None:
        if not self._pending:
            return
        cursor = Record._meta.database.cursor()
        for sql, rows in self._pending.items():
            cursor.executemany(sql, rows)
        self._pending.clear()
