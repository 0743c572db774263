"""The compliance matrix at headquarters: branches × requirements, one definition for the window, the 汇总表 PDF
and the .xlsx (so the three agree). Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dangjian_desktop.domain.oversight import BranchOverview, Tally

# the 三会一课 kinds in the order the rules list them; a kind a branch's rules do not check is simply absent
MEETING_ORDER = ("党员大会", "支委会", "党小组会", "党课", "主题党日", "组织生活会", "民主评议党员", "书记讲党课")


@dataclass(frozen=True)
class Column:
    key: str  # "m:支委会", "members", "term_end", "rect", "pledges", "f:<figure key>"
    label: str
    kind: str  # "tally" (held/required), "int", "date", "text"


@dataclass(frozen=True)
class Figure:
    key: str
    label: str


def columns(rows: list[BranchOverview], figures: list[Figure]) -> list[Column]:
    """The requirement columns, in a fixed order; meeting kinds that no branch's rules require are left out."""
    kinds = [k for k in MEETING_ORDER if any(k in r.meetings for r in rows)]
    kinds += sorted({k for r in rows for k in r.meetings} - set(kinds))
    out = [Column("members", "党员", "int")]
    out += [Column(f"m:{k}", k, "tally") for k in kinds]
    out += [Column("term_end", "任期届满", "date"), Column("inspection", "活动室检查", "date"),
            Column("rect", "整改逾期", "int"),
            Column("pledges", "已承诺", "tally"), Column("reviewed", "承诺已审核", "int")]
    out += [Column(f"f:{f.key}", f.label, "int") for f in figures]
    return out


def value(row: BranchOverview, col: Column) -> object:
    """A cell: a :class:`Tally` for held/required, an int, a date, or None (unknown)."""
    k = col.key
    if k == "members":
        return row.members
    if k.startswith("m:"):
        return row.meetings.get(k[2:])
    if k == "term_end":
        return row.term_end
    if k == "inspection":
        return row.last_inspection
    if k == "rect":
        return row.rectifications_overdue
    if k == "pledges":
        return Tally(row.pledges["made"], row.pledges["members"])
    if k == "reviewed":
        return row.pledges["reviewed"]
    if k.startswith("f:"):
        return row.figures.get(k[2:])
    raise KeyError(k)


def cell_text(cell: object, date_format: str = "%Y-%m-%d") -> str:
    """A matrix cell as shown and printed: — for nothing, held/required for a tally, a date in ``date_format``."""
    if cell is None:
        return "—"
    if isinstance(cell, Tally):
        return f"{cell.held}/{cell.required}"
    if isinstance(cell, dt.date):
        return format(cell, date_format)
    return str(cell)


def short(cell: object, col: Column) -> bool:
    """Whether a cell shows a gap (drawn in red): fewer held than required, or an overdue count."""
    if isinstance(cell, Tally):
        return cell.held < cell.required
    if col.key in ("rect",) or col.key.startswith("f:"):
        return isinstance(cell, int) and cell > 0
    return False


def totals(rows: list[BranchOverview], cols: list[Column]) -> dict[str, object]:
    """The totals row: sums of held and of required, of counts; dates are not summed."""
    out: dict[str, object] = {}
    for c in cols:
        cells = [value(r, c) for r in rows]
        if c.kind == "tally":
            ts = [t for t in cells if isinstance(t, Tally)]
            out[c.key] = Tally(sum(t.held for t in ts), sum(t.required for t in ts))
        elif c.kind == "int":
            out[c.key] = sum(v for v in cells if isinstance(v, int))
        else:
            out[c.key] = None
    return out


def matches(row: BranchOverview, requirement: str | None) -> bool:
    """The requirement filter: None = every branch; ``"gaps"`` = a branch with any reason; a column key = a branch
    with a gap there."""
    if requirement is None:
        return True
    if requirement == "gaps":
        return bool(row.reasons)
    col = Column(requirement, "", "tally" if requirement.startswith("m:") or requirement == "pledges" else "int")
    return short(value(row, col), col)
