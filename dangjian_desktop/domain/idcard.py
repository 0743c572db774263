"""身份证号 (PRC resident identity number, GB 11643-1999) validation and masking."""

from __future__ import annotations

import datetime as dt

from dangjian_desktop import clock

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def normalize(raw: str) -> str:
    return (raw or "").strip().upper().replace(" ", "")


def upgrade_15(raw: str) -> str | None:
    """An old 15-digit number as 18 digits (GB 11643-1999): the year gains "19" and a check digit is added.

    None when ``raw`` is not a 15-digit number with a valid birth date."""
    n = normalize(raw)
    if len(n) != 15 or not n.isdigit():
        return None
    try:
        dt.date(1900 + int(n[6:8]), int(n[8:10]), int(n[10:12]))
    except ValueError:
        return None
    first17 = n[:6] + "19" + n[6:]
    return first17 + check_digit(first17)


def check_digit(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def validate(raw: str) -> str | None:
    """Return None when valid, else a Chinese reason."""
    n = normalize(raw)
    if len(n) != 18:
        return f"身份证号应为18位，现为{len(n)}位"
    if not n[:17].isdigit() or not (n[17].isdigit() or n[17] == "X"):
        return "身份证号只能包含数字，最后一位可以是X"
    try:
        birth = dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return "身份证号中的出生日期无效"
    if birth.year < 1900 or birth > clock.today():
        return "身份证号中的出生日期无效"
    if check_digit(n[:17]) != n[17]:
        return "身份证号校验位不正确，请核对"
    return None


def birth_date(raw: str) -> dt.date | None:
    n = normalize(raw)
    if validate(n) is not None:
        return None
    return dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))


def gender(raw: str) -> str | None:
    n = normalize(raw)
    if validate(n) is not None:
        return None
    return "男" if int(n[16]) % 2 else "女"


def mask(raw: str) -> str:
    """110105********1234 style: keep region code and the last four."""
    n = normalize(raw)
    if not n:
        return ""
    if len(n) <= 10:
        return n[:2] + "*" * max(0, len(n) - 2)
    return n[:6] + "*" * (len(n) - 10) + n[-4:]


def make_valid(first17: str) -> str:
    """Complete 17 digits with the right check digit (demo data and tests)."""
    return first17 + check_digit(first17)
