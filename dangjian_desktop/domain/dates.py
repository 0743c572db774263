"""Dates known to the day or only to the month, and the ways offices write them in spreadsheets.

A roster often knows a birth only as 出生年月 (1985.03). :class:`MonthDate` is such a date: it is a
``datetime.date`` (the 1st of the month stands for the month, so sorting and "before/after" keep working
everywhere), but it prints without a day (``1985-03``) and arithmetic on it gives ordinary dates. Code that must
not treat the 1st as a real day compares through :func:`earliest` / :func:`latest` / :func:`same_at_known_precision`.

:func:`read_date_cell` turns what a spreadsheet cell holds into a date at the precision the user wrote, or says
why it cannot: it never invents a day and never picks one reading of an ambiguous value (``1990.1`` may be
January or October: Excel stores a typed ``1990.10`` as the number 1990.1).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

DAY = "day"
MONTH = "month"
MIN_YEAR, MAX_YEAR = 1900, 2100
EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (it counts 1900-02-29, so serials from 61 on map correctly)
_MAX_SERIAL = (dt.date(MAX_YEAR, 12, 31) - EXCEL_EPOCH).days


class MonthDate(dt.date):
    """A date known only to its month (出生年月 1985.03). Stored as the 1st; prints as ``1985-03``."""

    __slots__ = ()

    def __new__(cls, year: int, month: int, day: int = 1):  # noqa: ARG003 - day accepted for date's protocol
        return super().__new__(cls, year, month, 1)

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    __str__ = isoformat

    def __repr__(self) -> str:
        return f"MonthDate({self.year}, {self.month})"

    def __reduce__(self):  # noqa: ANN204
        return (MonthDate, (self.year, self.month))

    def as_date(self) -> dt.date:
        """The 1st of the month as a plain date."""
        return dt.date(self.year, self.month, 1)

    # arithmetic gives plain dates: "March 1985 plus ten days" is a day, not a month
    def __add__(self, other):  # noqa: ANN001, ANN204
        return self.as_date() + other

    __radd__ = __add__

    def __sub__(self, other):  # noqa: ANN001, ANN204
        return self.as_date() - other

    def replace(self, year: int | None = None, month: int | None = None, day: int | None = None):  # noqa: ANN201
        if day is not None:
            return self.as_date().replace(year=year or self.year, month=month or self.month, day=day)
        return MonthDate(year or self.year, month or self.month)


def is_month(d: dt.date | None) -> bool:
    return isinstance(d, MonthDate)


def precision(d: dt.date | None) -> str:
    return MONTH if isinstance(d, MonthDate) else DAY


def with_precision(d: dt.date | None, prec: str) -> dt.date | None:
    """A stored date (the 1st for a month) back as the domain value."""
    if d is None:
        return None
    if isinstance(d, dt.datetime):
        d = d.date()
    return MonthDate(d.year, d.month) if prec == MONTH else dt.date(d.year, d.month, d.day)


def plain(d: dt.date | None) -> dt.date | None:
    """The date as an ordinary ``datetime.date`` (the 1st for a month): for storage."""
    return None if d is None else dt.date(d.year, d.month, d.day)


def earliest(d: dt.date) -> dt.date:
    return dt.date(d.year, d.month, d.day)


def latest(d: dt.date) -> dt.date:
    """The last day the date may stand for (the month's last day for a :class:`MonthDate`)."""
    if isinstance(d, MonthDate):
        return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return earliest(d)


def same_at_known_precision(a: dt.date, b: dt.date) -> bool:
    """Equal as far as both are known: a month matches any day inside it."""
    if isinstance(a, MonthDate) or isinstance(b, MonthDate):
        return (a.year, a.month) == (b.year, b.month)
    return earliest(a) == earliest(b)


def same_value(a: dt.date | None, b: dt.date | None) -> bool:
    """Equal and known to the same precision (what a re-import compares)."""
    if a is None or b is None:
        return a is b
    return precision(a) == precision(b) and earliest(a) == earliest(b)


def dotted(d: dt.date | None) -> str:
    """1985.03 for a month, 1985.03.12 for a day (the spelling of Party rosters)."""
    if d is None:
        return ""
    return f"{d.year}.{d.month:02d}" if isinstance(d, MonthDate) else f"{d.year}.{d.month:02d}.{d.day:02d}"


def chinese(d: dt.date | None) -> str:
    if d is None:
        return ""
    return f"{d.year}年{d.month}月" if isinstance(d, MonthDate) else f"{d.year}年{d.month}月{d.day}日"


def from_iso(text: str) -> dt.date:
    """``1985-03`` → MonthDate, ``1985-03-12`` → date (the inverse of ``isoformat``). Raises ValueError."""
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return MonthDate(int(text[:4]), int(text[5:]))
    return dt.date.fromisoformat(text)


# -- reading a spreadsheet cell ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateReading:
    """What one cell of a date column means.

    ``value`` is the date (a :class:`MonthDate` when only the month is known), or None for an empty cell or when
    it cannot be read; ``error`` then says why (Chinese, without the cell's name). ``choices`` holds the
    readings of an ambiguous value (the user decides, the program never does)."""

    value: dt.date | None = None
    error: str = ""
    choices: tuple[dt.date, ...] = field(default_factory=tuple)
    shown: str = ""  # the value as read, for messages

    @property
    def ambiguous(self) -> bool:
        return len(self.choices) > 1


def shown_value(raw: object) -> str:
    """A cell value as the user would recognise it in a message."""
    if raw is None:
        return ""
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(sep=" ")
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() else repr(raw)
    return str(raw).strip()


def _month(year: int, month: int) -> dt.date:
    # any four-digit year is a date; whether it is plausible (born after 1900...) is the member rules' call
    return MonthDate(year, month)


def _day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, day)


def excel_serial_to_date(serial: float) -> dt.date:
    """A date cell that reached us as Excel's day number (e.g. 45356 = 2024-03-05). Raises ValueError."""
    if isinstance(serial, bool) or not 1 <= serial <= _MAX_SERIAL:
        raise ValueError(serial)
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))


_AMBIGUOUS_NOTE = "Excel会把输入的{y}.10存成数字{y}.1"
_UNREADABLE = "无法识别，请写成 1985.03（只知年月）或 1985-03-12 的形式"


def _ambiguous(year: int, shown: str) -> DateReading:
    try:
        choices = (_month(year, 1), _month(year, 10))
    except ValueError:
        return DateReading(error=_UNREADABLE, shown=shown)
    return DateReading(error=f"可能是{year}年1月，也可能是{year}年10月（{_AMBIGUOUS_NOTE.format(y=year)}），请确认",
                       choices=choices, shown=shown)


def _year_month_digits(year: int, digits: str, shown: str, *, one_decimal_ambiguous: bool) -> DateReading:
    """``1985`` + ``03`` / ``3`` / ``1`` / ``12`` after a decimal point."""
    if len(digits) == 1 and digits == "1" and one_decimal_ambiguous:
        return _ambiguous(year, shown)
    if len(digits) not in (1, 2):
        return DateReading(error=_UNREADABLE, shown=shown)
    try:
        return DateReading(_month(year, int(digits)), shown=shown)
    except ValueError:
        return DateReading(error=f"月份“{digits}”不对，{_UNREADABLE}", shown=shown)


def _read_number(v: float, shown: str) -> DateReading:
    if v != v or v in (float("inf"), float("-inf")) or v <= 0:
        return DateReading(error=_UNREADABLE, shown=shown)
    whole = int(v)
    if not float(v).is_integer():
        if MIN_YEAR <= whole <= MAX_YEAR:  # 1985.03 typed into a cell that Excel/WPS kept as a number
            digits = repr(float(v)).split(".")[1]
            return _year_month_digits(whole, digits, shown, one_decimal_ambiguous=True)
        # an Excel serial with a time of day
    if MIN_YEAR <= whole <= MAX_YEAR:
        return DateReading(error=f"只有年份，请写出月份，例如 {whole}.03", shown=shown)
    text = str(whole)
    try:
        if len(text) == 8 and MIN_YEAR <= int(text[:4]) <= MAX_YEAR:
            return DateReading(_day(int(text[:4]), int(text[4:6]), int(text[6:])), shown=shown)
        if len(text) == 6 and MIN_YEAR <= int(text[:4]) <= MAX_YEAR:
            return DateReading(_month(int(text[:4]), int(text[4:])), shown=shown)
        return DateReading(excel_serial_to_date(v), shown=shown)
    except ValueError:
        return DateReading(error=_UNREADABLE, shown=shown)


_SEP = r"[.\-/．。、 ]"
_YM = re.compile(rf"(\d{{4}})(?:{_SEP}|年)(\d{{1,2}})(?:月|{_SEP})?")
_YMD = re.compile(rf"(\d{{4}})(?:{_SEP}|年)(\d{{1,2}})(?:{_SEP}|月)(\d{{1,2}})(?:日|号)?")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


def _read_text(text: str, *, one_decimal_ambiguous: bool) -> DateReading:
    shown = text
    s = _TIME.sub("", unicodedata.normalize("NFKC", text).strip()).replace(" ", "")
    try:
        m = _YMD.fullmatch(s)
        if m:
            return DateReading(_day(int(m[1]), int(m[2]), int(m[3])), shown=shown)
        m = re.fullmatch(r"(\d{4})\.(\d{1,2})", s)
        if m:  # a CSV keeps what Excel wrote for the number: 1990.10 became 1990.1
            return _year_month_digits(int(m[1]), m[2], shown, one_decimal_ambiguous=one_decimal_ambiguous)
        m = _YM.fullmatch(s)
        if m:
            return DateReading(_month(int(m[1]), int(m[2])), shown=shown)
        if re.fullmatch(r"\d{8}", s):
            return DateReading(_day(int(s[:4]), int(s[4:6]), int(s[6:])), shown=shown)
        if re.fullmatch(r"\d{6}", s):
            return DateReading(_month(int(s[:4]), int(s[4:])), shown=shown)
        if re.fullmatch(r"\d{4}年?", s):
            return DateReading(error=f"只有年份，请写出月份，例如 {s[:4]}.03", shown=shown)
        if re.fullmatch(r"\d{5}(\.\d+)?", s):  # an Excel day number that lost its date format (e.g. in a .csv)
            return DateReading(excel_serial_to_date(float(s)), shown=shown)
    except ValueError:
        return DateReading(error="无法识别：没有这个日期（月份应为1–12，日子在该月之内），请核对", shown=shown)
    return DateReading(error=_UNREADABLE, shown=shown)


def read_date_cell(raw: object, *, from_text_file: bool = False, month_format: bool = False) -> DateReading:
    """Read one cell of a date column.

    ``from_text_file``: the value comes from a CSV, where a number Excel wrote (``1990.1``) cannot be told from
    text the user typed, so one decimal ``.1`` is ambiguous there too. ``month_format``: the cell is a real date
    whose number format shows no day (Excel turned a typed ``1985/3`` into 1985-03-01 shown as 1985年3月)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return DateReading()
    shown = shown_value(raw)
    if isinstance(raw, bool):
        return DateReading(error=_UNREADABLE, shown=shown)
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        if not MIN_YEAR <= raw.year <= MAX_YEAR:
            return DateReading(error=_UNREADABLE, shown=shown)
        return DateReading(MonthDate(raw.year, raw.month) if month_format else dt.date(raw.year, raw.month, raw.day),
                           shown=shown)
    if isinstance(raw, dt.timedelta):  # a duration cell: calamine gives a time span
        return DateReading(error=_UNREADABLE, shown=shown)
    if isinstance(raw, int | float):
        return _read_number(float(raw), shown)
    return _read_text(str(raw), one_decimal_ambiguous=from_text_file)
