"""党费: the monthly dues of each member, by the rules of 《关于中国共产党党费收缴、使用和管理的规定》 (2008).

Money is ``decimal.Decimal`` in 元 here, rounded half up to the fen (0.01 元); storage keeps integer fen (分), so
sums are exact and a package carries plain integers. The numbers of the rules (tiers, rates, the fixed 0.2 元…) are
data (:class:`DuesRules`), editable in 设置, with the 2008 rules as defaults.

- Employed members (在职): the rate applies to the WHOLE base by tier — ≤ 3,000 元 0.5 %; 3,000.01–5,000 1 %;
  5,000.01–10,000 1.5 %; above 10,000 2 % (the upper bound of each tier belongs to it).
- Retired members (离退休): base = the pension received; ≤ 5,000 元 0.5 %; above 1 %.
- Students, unemployed members, members on 低保: 0.2 元 a month; 农民党员 0.2–1 元 a month (the branch decides).
- The standard is set once a year (from January) for the year; a change during the year only by the branch's
  decision (a new standard "from month N").
- 少交/免交 only by the 支部委员会's decision with the higher committee's approval (both dates and the reference).

Which months a member owes, and in what state each month is, lives in ``domain/dues_months.py``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

FEN = Decimal("0.01")
MAX_BASE_YUAN = Decimal("1000000")  # a monthly base above a million 元 is a typing error, not a salary


# -- money -------------------------------------------------------------------------------------------------------


def round_fen(amount: Decimal) -> Decimal:
    """To the fen, half up (45.005 -> 45.01; Python's round() would give 45.00)."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    return int(round_fen(amount) * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(FEN)


def yuan_text(fen: int | None, empty: str = "") -> str:
    """12345 -> "123.45"; thousands are not separated (the forms of the 登记表 do not)."""
    return empty if fen is None else f"{from_fen(fen):.2f}"


def yuan_float(fen: int | None) -> float | None:
    """For JSON output: 4500 元 as 4500.0 (the CLI contract's numbers)."""
    return None if fen is None else float(from_fen(fen))


_MONEY_NOISE = re.compile(r"[,，\s元￥¥]|RMB|rmb")


def parse_yuan(value: object, what: str = "金额") -> Decimal:
    """A sum of money typed, pasted or read from a cell: 4500, "4,500.00", "4500元", "￥4500", to the fen.
    Raises ValueError with a Chinese reason: not a number, negative, too large, or typed with more than two
    decimals (a number cell, often a formula's result, is rounded half up instead)."""
    if isinstance(value, bool):
        raise ValueError(f"{what}“{value}”不是数字")
    if isinstance(value, int | Decimal):
        amount = Decimal(value)
        shown = str(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{what}不是数字")
        # a spreadsheet's 4500.1 arrives as 4500.1000000000004: the shortest repr is what the user typed
        amount = Decimal(repr(value))
        shown = repr(value).removesuffix(".0")
    else:
        shown = str(value or "").strip()
        text = _MONEY_NOISE.sub("", unicodedata.normalize("NFKC", shown))
        if not text:
            raise ValueError(f"{what}为空")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"{what}“{shown}”不是数字") from None
        if not amount.is_finite():
            raise ValueError(f"{what}“{shown}”不是数字")
    if amount < 0:
        raise ValueError(f"{what}“{shown}”不能为负数")
    if amount > MAX_BASE_YUAN:
        raise ValueError(f"{what}“{shown}”过大，请核对（单位为元）")
    if isinstance(value, str) and amount != round_fen(amount):
        # typed: a third decimal is a mistake to show; a number from a cell (a formula's result) is rounded
        raise ValueError(f"{what}“{shown}”最多保留两位小数（到分）")
    return round_fen(amount)


# -- categories ----------------------------------------------------------------------------------------------------


class DuesCategory(StrEnum):
    """How a member's dues are worked out (交纳党费的人员类别)."""

    EMPLOYED = "在职"
    RETIRED = "离退休"
    STUDENT = "学生"
    UNEMPLOYED = "下岗失业"
    LOW_INCOME = "低保"
    FARMER = "农民"

    @property
    def uses_base(self) -> bool:
        return self in (DuesCategory.EMPLOYED, DuesCategory.RETIRED)

    @property
    def fixed(self) -> bool:
        """A flat 0.2 元 (students, unemployed, 低保)."""
        return self in (DuesCategory.STUDENT, DuesCategory.UNEMPLOYED, DuesCategory.LOW_INCOME)


CATEGORY_WORDS = {
    "在职": DuesCategory.EMPLOYED, "在职党员": DuesCategory.EMPLOYED, "在岗": DuesCategory.EMPLOYED,
    "离退休": DuesCategory.RETIRED, "退休": DuesCategory.RETIRED, "离休": DuesCategory.RETIRED,
    "离退休党员": DuesCategory.RETIRED, "退休党员": DuesCategory.RETIRED,
    "学生": DuesCategory.STUDENT, "学生党员": DuesCategory.STUDENT,
    "下岗失业": DuesCategory.UNEMPLOYED, "失业": DuesCategory.UNEMPLOYED, "下岗": DuesCategory.UNEMPLOYED,
    "无固定收入": DuesCategory.UNEMPLOYED,
    "低保": DuesCategory.LOW_INCOME, "享受低保": DuesCategory.LOW_INCOME, "领取最低生活保障": DuesCategory.LOW_INCOME,
    "农民": DuesCategory.FARMER, "农民党员": DuesCategory.FARMER,
}


def read_category(text: str) -> DuesCategory | None:
    key = "".join(unicodedata.normalize("NFKC", text or "").split())
    return CATEGORY_WORDS.get(key)


class Reduction(StrEnum):
    """少交/免交 (hardship only, approved by the higher committee)."""

    NONE = ""
    REDUCED = "少交"
    EXEMPT = "免交"

    @property
    def label(self) -> str:
        return self.value or "无"


# -- the rules as data ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tier:
    """Bases up to ``upper`` 元 (inclusive; None: no upper bound) pay ``rate`` of the whole base."""

    upper: Decimal | None
    rate: Decimal


def _tiers(*pairs: tuple[str | None, str]) -> tuple[Tier, ...]:
    return tuple(Tier(Decimal(u) if u is not None else None, Decimal(r)) for u, r in pairs)


EMPLOYED_TIERS = _tiers(("3000", "0.005"), ("5000", "0.01"), ("10000", "0.015"), (None, "0.02"))
RETIRED_TIERS = _tiers(("5000", "0.005"), (None, "0.01"))


@dataclass(frozen=True)
class DuesRules:
    """The numbers of the dues rules, with the 2008 defaults; stored in settings, edited in 设置 › 党费."""

    employed: tuple[Tier, ...] = EMPLOYED_TIERS
    retired: tuple[Tier, ...] = RETIRED_TIERS
    fixed_monthly: Decimal = Decimal("0.20")  # students, unemployed, 低保
    farmer_min: Decimal = Decimal("0.20")
    farmer_max: Decimal = Decimal("1.00")
    arrears_reminder_months: int = 3  # 首页 reminds of this many consecutive unpaid months
    lapse_months: int = 6  # the 党章: six consecutive months without paying, without a valid reason
    standards_month: int = 1  # the month the year's standards are set (the reminder's month)

    def to_dict(self) -> dict[str, Any]:
        def tiers(ts: tuple[Tier, ...]) -> list[list[str | None]]:
            return [[str(t.upper) if t.upper is not None else None, str(t.rate)] for t in ts]

        return {"employed": tiers(self.employed), "retired": tiers(self.retired),
                "fixed_monthly": str(self.fixed_monthly), "farmer_min": str(self.farmer_min),
                "farmer_max": str(self.farmer_max), "arrears_reminder_months": self.arrears_reminder_months,
                "lapse_months": self.lapse_months, "standards_month": self.standards_month}

    @classmethod
    def from_dict(cls, data: object) -> DuesRules:
        """The stored rules; anything missing or damaged falls back to its default (never an exception)."""
        d = cls()
        if not isinstance(data, dict):
            return d
        out = {}
        for key in ("employed", "retired"):
            try:
                tiers = tuple(Tier(Decimal(u) if u is not None else None, Decimal(r)) for u, r in data[key])
                if not validate_tiers(tiers, key):
                    out[key] = tiers
            except (KeyError, TypeError, ValueError, InvalidOperation):
                pass
        for key in ("fixed_monthly", "farmer_min", "farmer_max"):
            try:
                out[key] = round_fen(Decimal(str(data[key])))
            except (KeyError, TypeError, ValueError, InvalidOperation):
                pass
        for key in ("arrears_reminder_months", "lapse_months", "standards_month"):
            v = data.get(key)
            if isinstance(v, int) and not isinstance(v, bool):
                out[key] = v
        rules = replace(d, **out)
        return rules if not validate_rules(rules) else d


def validate_tiers(tiers: tuple[Tier, ...], what: str) -> list[str]:
    out = []
    if not tiers:
        return [f"{what}：至少要有一档"]
    if tiers[-1].upper is not None:
        out.append(f"{what}：最后一档应为“以上”（没有上限）")
    uppers = [t.upper for t in tiers[:-1]]
    if any(u is None for u in uppers):
        out.append(f"{what}：只有最后一档可以没有上限")
    elif any(b <= a for a, b in zip(uppers, uppers[1:], strict=False)) or any(u <= 0 for u in uppers):
        out.append(f"{what}：各档上限应从小到大排列且大于0")
    if any(not (Decimal(0) < t.rate <= Decimal("0.1")) for t in tiers):
        out.append(f"{what}：比例应大于0且不超过10%")
    return out


def validate_rules(r: DuesRules) -> list[str]:
    out = validate_tiers(r.employed, "在职党员") + validate_tiers(r.retired, "离退休党员")
    if not Decimal("0.01") <= r.fixed_monthly <= Decimal("100"):
        out.append("学生、下岗失业、低保党员每月交纳额应在0.01元到100元之间")
    if not Decimal("0.01") <= r.farmer_min <= r.farmer_max <= Decimal("100"):
        out.append("农民党员每月交纳额的范围不合理（最低应不高于最高）")
    if not 1 <= r.arrears_reminder_months < r.lapse_months:
        out.append("欠交提醒的月数应至少为1，并小于“连续未交”月数")
    if not 2 <= r.lapse_months <= 24:
        out.append("“连续未交”月数应在2到24之间（党章规定为6个月）")
    if not 1 <= r.standards_month <= 12:
        out.append("核定标准的月份应在1到12之间")
    return out


def rate_for(base: Decimal, tiers: tuple[Tier, ...]) -> Decimal:
    """The rate of the tier ``base`` falls in (each tier's upper bound belongs to it)."""
    for t in tiers:
        if t.upper is None or base <= t.upper:
            return t.rate
    return tiers[-1].rate


@dataclass(frozen=True)
class Calculation:
    base: Decimal | None
    rate: Decimal | None
    monthly: Decimal

    def as_dict(self) -> dict[str, float | None]:
        return {"base": float(self.base) if self.base is not None else None,
                "rate": float(self.rate) if self.rate is not None else None, "monthly": float(self.monthly)}


def calculate(category: DuesCategory, base: Decimal | None, rules: DuesRules,
              farmer_monthly: Decimal | None = None) -> Calculation:
    """The monthly amount of one member: by tier on the whole base (在职, 离退休), flat (学生, 下岗失业, 低保), or
    what the branch set within the range (农民). Raises ValueError with a Chinese reason."""
    category = DuesCategory(category)
    if category.uses_base:
        if base is None:
            raise ValueError("请填写交纳党费的基数（元）")
        if base < 0:
            raise ValueError("基数不能为负数")
        base = round_fen(base)
        rate = rate_for(base, rules.employed if category is DuesCategory.EMPLOYED else rules.retired)
        return Calculation(base, rate, round_fen(base * rate))
    if category.fixed:
        return Calculation(None, None, rules.fixed_monthly)
    amount = rules.farmer_min if farmer_monthly is None else round_fen(farmer_monthly)
    if not rules.farmer_min <= amount <= rules.farmer_max:
        raise ValueError(f"农民党员每月交纳{rules.farmer_min}元至{rules.farmer_max}元，"
                         f"{amount}元不在此范围内")
    return Calculation(None, None, amount)


def rate_text(rate: Decimal | None) -> str:
    """0.015 -> "1.5%"."""
    if rate is None:
        return ""
    return f"{(rate * 100).normalize():f}%"


# -- the year's standard of one member -------------------------------------------------------------------------------


@dataclass
class DuesStandard:
    """A member's dues standard for ``year`` from ``from_month`` on (1 = the whole year; a later month only when
    the branch decides a change during the year, or a reduction starts then). Amounts in fen."""

    member_uuid: str
    year: int
    category: DuesCategory = DuesCategory.EMPLOYED
    base_fen: int | None = None
    rate: Decimal | None = None
    monthly_fen: int = 0  # by the rules, before any reduction
    from_month: int = 1
    reduction: Reduction = Reduction.NONE
    reduced_fen: int | None = None  # 少交: the approved monthly amount
    committee_on: dt.date | None = None  # 支部委员会研究决定
    approved_on: dt.date | None = None  # 上级党委批准
    approval_ref: str = ""  # 批复文号
    note: str = ""
    member_name: str = ""
    uuid: str | None = None

    @property
    def due_fen(self) -> int:
        """What the member owes each month under this standard."""
        if self.reduction is Reduction.EXEMPT:
            return 0
        if self.reduction is Reduction.REDUCED and self.reduced_fen is not None:
            return self.reduced_fen
        return self.monthly_fen

    @property
    def exempt(self) -> bool:
        return self.reduction is Reduction.EXEMPT


def validate_reduction(s: DuesStandard, today: dt.date) -> list[str]:
    """少交/免交 need the 支委会's decision, the higher committee's approval (not before the decision, not in the
    future) and the approval's reference; a reduced amount is below the standard."""
    if s.reduction is Reduction.NONE:
        return []
    out = []
    if s.committee_on is None:
        out.append("请填写支部委员会研究决定的日期")
    if s.approved_on is None:
        out.append("请填写上级党委批准的日期（少交、免交须报上级党委批准）")
    if not s.approval_ref.strip():
        out.append("请填写上级党委批复的文号或编号")
    for d, what in ((s.committee_on, "支委会决定日期"), (s.approved_on, "批准日期")):
        if d is not None and d > today:
            out.append(f"{what}不能晚于今天")
    if s.committee_on and s.approved_on and s.approved_on < s.committee_on:
        out.append("上级党委批准日期不能早于支委会决定日期")
    if s.reduction is Reduction.REDUCED:
        if s.reduced_fen is None:
            out.append("请填写批准后的每月交纳额")
        elif s.reduced_fen <= 0:
            out.append("少交后的金额应大于0；不交请选择“免交”")
        elif s.reduced_fen >= s.monthly_fen:
            out.append(f"少交后的金额应低于标准（每月{yuan_text(s.monthly_fen)}元）")
    return out


def standard_for_month(standards: list[DuesStandard], year: int, month: int) -> DuesStandard | None:
    """The standard in force in a month: the one of that year with the latest ``from_month`` not after it."""
    best = None
    for s in standards:
        if s.year == year and s.from_month <= month and (best is None or s.from_month > best.from_month):
            best = s
    return best


# -- payments and remittances ----------------------------------------------------------------------------------------


class PayWay(StrEnum):
    CASH = "现金"
    TRANSFER = "转账"
    ONLINE = "线上"


YearMonth = tuple[int, int]


def ym_index(ym: YearMonth) -> int:
    return ym[0] * 12 + ym[1] - 1


def ym_from_index(i: int) -> YearMonth:
    return divmod(i, 12)[0], i % 12 + 1


def months_text(months: list[YearMonth] | tuple[YearMonth, ...]) -> str:
    """(2026,1),(2026,2),(2026,3) -> "2026年1–3月"; runs across a year end: "2025年11月–2026年1月"; gaps: "、"."""
    idx = sorted({ym_index(m) for m in months})
    runs: list[tuple[int, int]] = []
    for i in idx:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    parts = []
    year_said: int | None = None
    for a, b in runs:
        (ya, ma), (yb, mb) = ym_from_index(a), ym_from_index(b)
        head = f"{ya}年" if ya != year_said else ""
        if a == b:
            parts.append(f"{head}{ma}月")
        elif ya == yb:
            parts.append(f"{head}{ma}–{mb}月")
        else:
            parts.append(f"{head}{ma}月–{yb}年{mb}月")
        year_said = yb
    return "、".join(parts)


def months_of_year_text(months: list[int], year: int = 2000) -> str:
    """[1, 2, 3, 6] -> "1–3月、6月" (months of one year, the year not said)."""
    return months_text([(year, m) for m in months]).removeprefix(f"{year}年")


@dataclass
class DuesPayment:
    """Money handed in for one member, covering ``months``; ``month_fen`` is how the amount is booked per month
    (each month its due amount; anything paid above, 自愿多交, on the last month). ``handed_by``: empty when the
    member paid in person (本人), else the name of whoever brought it (代交, with the member's consent)."""

    member_uuid: str
    months: tuple[YearMonth, ...]
    amount_fen: int
    paid_on: dt.date
    way: PayWay = PayWay.CASH
    late: bool = False  # 补交
    handed_by: str = ""
    receipt_no: str = ""
    note: str = ""
    month_fen: dict[YearMonth, int] = field(default_factory=dict)
    member_name: str = ""
    uuid: str | None = None

    @property
    def handed_text(self) -> str:
        return f"代交（{self.handed_by}）" if self.handed_by else "本人"

    @property
    def months_text(self) -> str:
        return months_text(self.months)


def is_late(months: tuple[YearMonth, ...] | list[YearMonth], paid_on: dt.date) -> bool:
    """补交: some month covered had ended before the month of payment."""
    return any(ym_index(m) < ym_index((paid_on.year, paid_on.month)) for m in months)


def allocate(months: list[YearMonth], due: dict[YearMonth, int], amount_fen: int) -> dict[YearMonth, int]:
    """Book ``amount_fen`` over ``months``: each its due amount, the rest (多交) on the last. The caller has
    checked that the amount covers what is due."""
    ordered = sorted(months, key=ym_index)
    out = {m: due[m] for m in ordered}
    out[ordered[-1]] += amount_fen - sum(out.values())
    return out


@dataclass
class StandardEntry:
    """One line of the standard-setting dialog: what the secretary typed for a member."""

    member_uuid: str
    category: DuesCategory = DuesCategory.EMPLOYED
    base: Decimal | None = None  # 元; for 在职 and 离退休
    farmer_monthly: Decimal | None = None  # 元; for 农民党员
    note: str = ""


@dataclass
class PaymentEntry:
    """A payment as entered. ``amount`` None: exactly what the months ask. ``late`` None: 补交 when a month
    covered had ended before the month of payment. ``handed_by``: empty for 本人; a name for 代交, which needs
    the member's consent (``consent``)."""

    member_uuid: str
    months: list[YearMonth]
    paid_on: dt.date
    amount: Decimal | None = None
    way: PayWay = PayWay.CASH
    handed_by: str = ""
    consent: bool = False
    receipt_no: str = ""
    note: str = ""
    late: bool | None = None


@dataclass
class Remittance:
    """党费上缴: money handed to the higher committee, for months ``from_month``–``to_month`` of ``year``."""

    remitted_on: dt.date
    year: int
    from_month: int
    to_month: int
    amount_fen: int
    receipt_no: str = ""
    note: str = ""
    uuid: str | None = None

    @property
    def months_text(self) -> str:
        return months_text([(self.year, m) for m in range(self.from_month, self.to_month + 1)])


def validate_remittance(r: Remittance, today: dt.date) -> list[str]:
    out = []
    if not (1 <= r.from_month <= r.to_month <= 12):
        out.append("所属月份应在1到12月之间，且起始月份不晚于结束月份")
    if r.amount_fen <= 0:
        out.append("上缴金额应大于0")
    if r.remitted_on > today:
        out.append("上缴日期不能晚于今天")
    if not 2000 <= r.year <= today.year + 1:
        out.append("所属年度不合理")
    return out


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿")


def _section(n: int) -> str:
    """0 < n < 10000 in capital numerals, with 零 for inner gaps (1005 -> 壹仟零伍)."""
    out = ""
    zero = False
    for i in range(3, -1, -1):
        d = n // 10**i % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[d] + _SMALL_UNITS[i]
    return out


def yuan_in_words(fen: int) -> str:
    """The amount in capital numerals as receipts write it (人民币大写): 4501 fen -> 肆拾伍元零壹分,
    4500 -> 肆拾伍元整, 20 -> 贰角, 100005 -> 壹仟元零伍分."""
    if fen < 0:
        raise ValueError("negative amount")
    yuan, rest = divmod(fen, 100)
    jiao, cents = divmod(rest, 10)
    words = ""
    if yuan:
        sections = []
        n = yuan
        while n:
            sections.append(n % 10000)
            n //= 10000
        need_zero = False
        for i in range(len(sections) - 1, -1, -1):
            sec = sections[i]
            if sec == 0:
                need_zero = bool(words)
                continue
            if words and (need_zero or sec < 1000):
                words += "零"
            words += _section(sec) + _BIG_UNITS[i]
            need_zero = False
        words += "元"
    if not jiao and not cents:
        return (words or "零元") + "整"
    if jiao:
        words += _DIGITS[jiao] + "角"
    elif words:
        words += "零"
    if cents:
        words += _DIGITS[cents] + "分"
    return words
