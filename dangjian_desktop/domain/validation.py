"""Checks on user input. Each returns a list of (field, Chinese message); empty means valid."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dangjian_desktop import clock
from dangjian_desktop.domain import idcard
from dangjian_desktop.domain import dates
from dangjian_desktop.domain.dates import earliest, latest, same_at_known_precision
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.roster import Branch, Member

_PHONE = re.compile(r"^[0-9+\-() ]{5,20}$")
EARLIEST = dt.date(1921, 7, 1)




def looks_like_formula(text: str) -> bool:
    """``=SUM(...)``, ``=HYPERLINK(...)``, ``@cmd``: spreadsheet formulas, not names (a leading "+" of a phone
    number like +86 is fine)."""
    t = (text or "").lstrip()
    return t.startswith(("=", "@")) or (t.startswith("+") and not t[1:].replace(" ", "").replace("-", "").isdigit())


def too_long(value: str, limit: int) -> bool:
    """True when the text, after control characters are stripped, is longer than ``limit``."""
    return len(clean_text(value, len(value or "") + 1)) > limit


def clean_text(value: str, limit: int) -> str:
    """Strip control characters (except newline/tab) that arrive by paste, and trim."""
    text = "".join(ch for ch in (value or "") if ch in "\n\t" or ord(ch) >= 32 and ch != "\x7f")
    return text.strip()[:limit]


def clean_fields(record: object, **limits: int) -> None:
    """Tidy the named text fields of a record in place, each to its own length: ``clean_fields(m, title=300,
    place=200)`` is ``m.title = clean_text(m.title, 300)`` and the same for ``place``."""
    for name, limit in limits.items():
        setattr(record, name, clean_text(getattr(record, name), limit))


def one_by_prefix(typed: str, starting_with: Callable[[str], list[str]], noun: str) -> str:
    """The one UUID a user means by typing it or a unique prefix of it, at least 4 characters (the CLI's record
    numbers); ``starting_with(prefix)`` lists the UUIDs that start so, ``noun`` names the record in the refusals."""
    prefix = (typed or "").strip().lower()
    if len(prefix) < 4:
        raise ValidationError(f"{noun}编号太短，请至少输入前4位。")
    found = starting_with(prefix)
    if not found:
        raise NotFoundError(f"找不到编号以“{prefix}”开头的{noun}。")
    if len(found) > 1:
        raise ValidationError(f"编号以“{prefix}”开头的{noun}有{len(found)}条，请多输入几位。")
    return found[0]


def validate_branch(b: Branch, today: dt.date | None = None) -> list[tuple[str, str]]:
    today = today or clock.today()
    p: list[tuple[str, str]] = []
    if not b.name.strip():
        p.append(("name", "请填写党支部名称"))
    if b.founded_on and (b.founded_on < EARLIEST or b.founded_on > today):
        p.append(("founded_on", "成立日期不合理"))
    if b.election_date and b.election_date > today:
        p.append(("election_date", "选举日期不能晚于今天"))
    elif b.election_date and b.election_date < EARLIEST:
        p.append(("election_date", "选举日期不合理"))
    if b.founded_on and b.election_date and b.election_date < b.founded_on:
        p.append(("election_date", "选举日期不能早于成立日期"))
    if not 1 <= b.term_years <= 10:
        p.append(("term_years", "任期应在1到10年之间"))
    secretaries = [s for s in b.committee if str(s.role) == "书记"]
    if len(secretaries) > 1:
        p.append(("committee", "书记只能有一位"))
    for s in b.committee:
        if not (s.name or s.member_uuid):
            p.append(("committee", f"{s.role}的姓名不能为空"))
    return p


def validate_member(m: Member, today: dt.date | None = None) -> list[tuple[str, str]]:
    today = today or clock.today()
    p: list[tuple[str, str]] = []
    if not m.name.strip():
        p.append(("name", "姓名不能为空"))
    elif looks_like_formula(m.name):
        p.append(("name", f"姓名“{m.name[:20]}”像是Excel公式，请填写姓名文字"))
    elif len(m.name.strip()) > 30:
        p.append(("name", "姓名太长"))
    if m.gender and m.gender not in ("男", "女"):
        p.append(("gender", "性别应为“男”或“女”"))
    # a date known only to its month (1985.03) is checked for what it may be: refused only when every day of
    # that month breaks the rule
    if m.birth_date and (m.birth_date.year < 1900 or earliest(m.birth_date) > today):
        p.append(("birth_date", "出生日期不合理"))
    if m.joined_party_on:
        if latest(m.joined_party_on) < EARLIEST or earliest(m.joined_party_on) > today:
            p.append(("joined_party_on", "入党日期不合理"))
        elif m.birth_date and latest(m.joined_party_on) < _add_years(earliest(m.birth_date), 18):
            p.append(("joined_party_on", "入党时应年满18岁，请核对入党日期或出生日期"))
    if m.full_member_on:
        if m.joined_party_on and latest(m.full_member_on) < earliest(m.joined_party_on):
            p.append(("full_member_on", "转正日期不能早于入党日期"))
        if earliest(m.full_member_on) > today:
            p.append(("full_member_on", "转正日期不能晚于今天"))
        if m.category is MemberCategory.PROBATIONARY:
            p.append(("category", "已填写转正日期的党员应为正式党员"))
    if m.id_number:
        reason = idcard.validate(m.id_number)
        id_birth = idcard.birth_date(m.id_number)
        if reason:
            p.append(("id_number", reason))
        elif m.birth_date and id_birth and not same_at_known_precision(m.birth_date, id_birth):
            p.append(("birth_date", f"出生日期与身份证号不一致（身份证号中为{id_birth:%Y年%m月%d日}）"))
        elif m.gender and idcard.gender(m.id_number) != m.gender:
            p.append(("gender", "性别与身份证号不一致"))
    if m.phone and not _PHONE.match(m.phone):
        p.append(("phone", "联系电话格式不正确"))
    if m.status is not MemberStatus.ACTIVE and m.status_date is None:
        p.append(("status_date", f"状态为“{m.status}”时请填写日期"))
    if m.status_date and m.status_date > today + dt.timedelta(days=366):
        p.append(("status_date", "状态日期不合理"))
    return p


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def excel_serial_to_date(serial: float) -> dt.date:
    """A date cell that reached us as Excel's day number (e.g. 45356 = 2024-03-05). Raises ValueError."""
    try:
        return dates.excel_serial_to_date(serial)
    except ValueError:
        raise ValueError(f"日期“{serial}”无法识别，请写成 2024-03-05 的形式") from None


def parse_date(text: str) -> dt.date:
    """Parse the date spellings people type or Excel produces: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305.

    Raises ValueError with a Chinese message.
    """
    s = (text or "").strip()
    if not s:
        raise ValueError("日期为空")
    s2 = s.replace("年", "-").replace("月", "-").replace("日", "").replace("/", "-").replace(".", "-")
    s2 = s2.split(" ")[0].split("T")[0]
    try:
        if re.fullmatch(r"\d{5}", s2):  # an Excel day number that lost its date format (e.g. in a .csv)
            return excel_serial_to_date(int(s2))
        if re.fullmatch(r"\d{8}", s2):
            return dt.date(int(s2[:4]), int(s2[4:6]), int(s2[6:]))
        m = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", s2)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        pass
    raise ValueError(f"日期“{s}”无法识别，请写成 2024-03-05 的形式")
