"""党费 in spreadsheets: the year's bases imported from .xlsx/.xls/.ods/.csv (the roster import's reader and rules:
header found below titles, names matched to members, each refused row said with its cell and value, all or
nothing), a pasted column of bases, and the grid and the payments exported to .xlsx."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop.domain.dues import (
    Calculation,
    DuesCategory,
    calculate,
    parse_yuan,
    rate_text,
    read_category,
    to_fen,
    yuan_text,
)
from dangjian_desktop.domain.dues_months import MonthState
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.domain.validation import clean_text
from dangjian_desktop.services.import_rows import errors_text
from dangjian_desktop.services.spreadsheet import (
    RowAction,
    header_matcher,
    ImportFileError,
    Sheet,
    cell_ref,
    cell_text,
    find_header,
    is_blank,
    read_workbook,
)

if TYPE_CHECKING:
    from dangjian_desktop.services.dues import DuesService, StandardEntry

SYNONYMS: dict[str, list[str]] = {
    "name": ["姓名", "党员姓名"],
    "id_number": ["身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证"],
    "base": ["交纳基数", "缴费基数", "缴纳基数", "党费基数", "党费计算基数", "计算基数", "交纳党费基数", "基数",
             "月工资基数", "工资基数", "月收入", "月工资", "离退休费", "退休金"],
    "category": ["类别", "交纳类别", "缴费类别", "党费类别", "人员类别", "党员类别"],
    "monthly": ["月交纳额", "每月交纳", "月缴纳额", "月交党费", "每月交纳党费", "月党费", "每月党费"],
    "note": ["备注"],
}
LABELS = {"name": "姓名", "id_number": "身份证号", "base": "交纳基数", "category": "类别", "monthly": "月交纳额",
          "note": "备注"}
TEMPLATE_HEADERS = ["姓名", "身份证号", "类别", "交纳基数（元）", "月交纳额（元）", "备注"]


_match = header_matcher(SYNONYMS)


def _squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


BaseAction = RowAction


@dataclass
class BaseRow:
    row_number: int
    name: str
    member_uuid: str | None = None
    category: DuesCategory = DuesCategory.EMPLOYED
    base: Decimal | None = None
    farmer_monthly: Decimal | None = None
    calculation: Calculation | None = None
    note: str = ""
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    action: BaseAction = BaseAction.NEW


@dataclass
class BasesPreview:
    source: Path
    year: int
    rows: list[BaseRow]
    sheet_name: str = ""
    header_row: int = 1
    unknown_headers: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def refused(self) -> list[BaseRow]:
        return [r for r in self.rows if r.action is BaseAction.REFUSED]

    @property
    def to_save(self) -> list[BaseRow]:
        return [r for r in self.rows if r.action in (BaseAction.NEW, BaseAction.CHANGED)]

    def counts_text(self) -> str:
        counts = {a: sum(1 for r in self.rows if r.action is a) for a in BaseAction}
        return "，".join(f"{a.label} {n} 行" for a, n in counts.items())

    def error_report(self) -> str:
        return errors_text(self.refused, lambda r: r.name)


def _choose(sheets: list[Sheet]):  # noqa: ANN202
    for s in sheets:
        h = find_header(s, _match, ignore=frozenset({"序号", "编号"}))
        if h is not None and "name" in h.columns.values() and ({"base", "category", "monthly"}
                                                                & set(h.columns.values())):
            return s, h
    raise ImportFileError("没有找到表头：前30行中应有“姓名”和“交纳基数”（或“缴费基数”“基数”）列。"
                          "可以先在“核定标准”中点“下载基数模板”。")


def preview_bases(svc: DuesService, path: Path | str, year: int) -> BasesPreview:
    """Read and check every row against the members of ``year``; nothing is written."""
    path = Path(path)
    book = read_workbook(path)
    sheet, header = _choose(book.sheets)
    pv = BasesPreview(path, year, [], sheet.name, header.row + 1, [t for _, t in header.unused])
    rules = svc.rules()
    members = svc.members_of_year(year)
    by_id = {m.id_number: m for m in members if m.id_number}
    by_name: dict[str, list[Member]] = {}
    for m in members:
        by_name.setdefault(_squeeze(m.name), []).append(m)
    current = {s.member_uuid: s for s in svc.standards(year) if s.from_month == 1}
    col = {f: c for c, f in header.columns.items()}
    claimed: dict[str, int] = {}
    for r in range(header.row + 1, len(sheet.rows)):
        cells = [(c, v) for c, v in enumerate(sheet.rows[r]) if not is_blank(v)]
        if not cells:
            continue
        name = clean_text(cell_text(sheet.cell(r, col["name"])), 30) if "name" in col else ""
        if not name and len(cells) == 1 or _squeeze(name) in ("合计", "总计", "小计"):
            pv.skipped.append(f"第{r + 1}行：{cell_text(cells[0][1])[:40]}")
            continue
        row = BaseRow(r + 1, name)

        def where(f: str, r: int = r) -> str:
            return f"{LABELS[f]}（{cell_ref(r, col[f])}）"

        # the member
        id_number = cell_text(sheet.cell(r, col["id_number"])).upper() if "id_number" in col else ""
        target = None
        if not name:
            row.errors.append(f"{where('name')}姓名为空")
        elif id_number and id_number in by_id:
            target = by_id[id_number]
            if _squeeze(target.name) != _squeeze(name):
                row.errors.append(f"{where('id_number')}身份证号是名册中“{target.name}”的，与姓名“{name}”不符")
                target = None
        else:
            found = by_name.get(_squeeze(name), [])
            if not found:
                row.errors.append(f"{where('name')}“{name}”不是{year}年在本支部交纳党费的党员（名册中没有此人，"
                                  "或该年已转出）")
            elif len(found) > 1:
                row.errors.append(f"{where('name')}名册中有{len(found)}名党员叫“{name}”：请加一列身份证号以区分")
            else:
                target = found[0]
        if target is not None and target.uuid:
            row.member_uuid = target.uuid
            if target.uuid in claimed:
                row.errors.append(f"与第{claimed[target.uuid]}行是同一名党员")
            claimed.setdefault(target.uuid, row.row_number)
        old = current.get(row.member_uuid or "")
        # category
        raw_cat = sheet.cell(r, col["category"]) if "category" in col else None
        if not is_blank(raw_cat):
            cat = read_category(cell_text(raw_cat))
            if cat is None:
                row.errors.append(f"{where('category')}“{cell_text(raw_cat)}”无法识别，可填："
                                  f"{'、'.join(c.value for c in DuesCategory)}")
            else:
                row.category = cat
        elif old is not None:
            row.category = old.category
        # amounts
        for f in ("base", "monthly"):
            raw = sheet.cell(r, col[f]) if f in col else None
            if is_blank(raw):
                continue
            try:
                value = parse_yuan(raw, "")
            except ValueError as exc:
                row.errors.append(f"{where(f)}{exc}")
                continue
            if f == "base":
                row.base = value
            else:
                row.farmer_monthly = value
        if row.category.uses_base and row.base is None and not any(e.startswith(LABELS["base"]) for e in row.errors):
            row.errors.append(f"{LABELS['base']}（{cell_ref(r, col['base']) if 'base' in col else '无此列'}）为空："
                              f"{row.category.value}党员须填写交纳基数")
        if not row.errors:
            try:
                farmer = row.farmer_monthly if row.category is DuesCategory.FARMER else None
                row.calculation = calculate(row.category, row.base if row.category.uses_base else None, rules, farmer)
            except ValueError as exc:
                row.errors.append(f"{where('monthly') if 'monthly' in col else ''}{exc}")
        c = row.calculation
        if c is not None and row.farmer_monthly is not None and row.category is not DuesCategory.FARMER \
                and row.farmer_monthly != c.monthly:
            row.notes.append(f"表中月交纳额{row.farmer_monthly}元与按规定计算的{c.monthly}元不同，按计算结果保存")
        row.note = clean_text(cell_text(sheet.cell(r, col["note"])), 500) if "note" in col else ""
        if row.errors:
            row.action = BaseAction.REFUSED
        elif old is None:
            row.action = BaseAction.NEW
        elif c is not None and (old.category, old.base_fen, old.monthly_fen) == (
                row.category, to_fen(c.base) if c.base is not None else None, to_fen(c.monthly)):
            row.action = BaseAction.UNCHANGED
        else:
            row.action = BaseAction.CHANGED
        pv.rows.append(row)
    if not pv.rows:
        raise ImportFileError(f"工作表“{pv.sheet_name}”第{pv.header_row}行是表头，但下面没有数据。")
    return pv


def commit_bases(svc: DuesService, preview: BasesPreview, year: int) -> int:
    """Save the new and changed standards of a preview with no refused row (all in one transaction)."""
    from dangjian_desktop.services.dues import StandardEntry

    if preview.refused:
        raise ValidationError("导入文件有错误，没有保存任何数据：\n" + preview.error_report())
    entries: list[StandardEntry] = [
        StandardEntry(r.member_uuid or "", r.category, r.base if r.category.uses_base else None,
                      r.farmer_monthly if r.category is DuesCategory.FARMER else None, r.note)
        for r in preview.to_save]
    return len(svc.set_standards(year, entries)) if entries else 0


def parse_pasted_bases(text: str) -> list[tuple[str, str]]:
    """A column pasted from a spreadsheet: one value per line, or "姓名<TAB>基数" per line. Returns (name or "",
    value text) per non-empty line; values are checked by the caller (parse_yuan)."""
    out = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = [p.strip() for p in line.split("\t")]
        parts = [p for p in parts if p]
        if not parts:
            continue
        out.append((parts[0], parts[-1]) if len(parts) >= 2 else ("", parts[0]))
    return out


# -- Excel out ----------------------------------------------------------------------------------------------------


def write_bases_template(svc: DuesService, path: Path | str, year: int) -> Path:
    """A sheet of the year's members with their category and base (this year's, else last year's) to fill in."""
    from dangjian_desktop.services import xlsx

    rows = []
    for ln in svc.standard_lines(year):
        st = ln.current or ln.last_year
        base = float(st.base_fen) / 100 if st and st.base_fen is not None else None
        monthly = float(st.monthly_fen) / 100 if st and st.category is DuesCategory.FARMER else None
        rows.append([ln.member.name, ln.member.id_number, st.category.value if st else DuesCategory.EMPLOYED.value,
                     xlsx.Formatted(base, "0.00") if base is not None else "",
                     xlsx.Formatted(monthly, "0.00") if monthly is not None else "", ""])
    notes = [
        f"{year}年度党费基数表：每行一名党员。第1行表头不要修改；身份证号用于区分重名党员，可留空。",
        f"类别可填：{'、'.join(c.value for c in DuesCategory)}。",
        "在职党员的交纳基数为每月工资收入中相对固定的部分（基本工资、岗位/职务工资、津贴补贴等），"
        "按税后、扣除个人缴纳的社会保险后的金额填写；离退休党员填写实际领取的离退休费。",
        "学生、下岗失业、低保党员按固定金额交纳，基数可留空；农民党员在“月交纳额”中填写支部确定的金额。",
        "金额以元为单位，最多两位小数。",
    ]
    return xlsx.write_table(Path(path), f"{year}年党费基数", TEMPLATE_HEADERS, rows, text_columns={"身份证号"},
                            notes=notes, choices={"类别": [c.value for c in DuesCategory]})


def export_grid_xlsx(svc: DuesService, year: int, path: Path | str) -> Path:
    """The year's grid as numbers (a 补交 month shows 45.00补 and stays a number)."""
    from dangjian_desktop.services import xlsx

    grid = svc.grid(year)
    headers = ["序号", "姓名", "类别", "交纳基数", "比例", "月交纳额", *(f"{m}月" for m in range(1, 13)), "已交合计", "欠交"]

    def money(fen: int | None, fmt: str = "0.00") -> object:
        return xlsx.Formatted(float(fen) / 100, fmt) if fen is not None else ""

    rows: list[list[object]] = []
    for i, line in enumerate(grid.lines, start=1):
        st = line.standard
        cells: list[object] = []
        for c in line.cells:
            if c.state.paid:
                cells.append(money(c.paid_fen, '0.00"补"' if c.state is MonthState.LATE else "0.00"))
            else:
                cells.append(c.symbol)
        arrears = sum(c.due_fen or 0 for c in line.cells if c.state is MonthState.ARREARS)
        rows.append([i, line.name, st.category.value if st else "未核定", money(st.base_fen) if st else "",
                     rate_text(st.rate) if st else "", money(line.monthly_fen), *cells, money(line.paid_fen),
                     money(arrears) if arrears else ""])
    rows.append(["", "合计", "", "", "", "", *(money(f) for f in grid.month_paid), money(grid.paid_fen),
                 money(grid.arrears_fen) if grid.arrears_fen else ""])
    return xlsx.write_table(Path(path), f"{year}年党费收缴", headers, rows,
                            print_title=f"{year}年度党费收缴登记表（单位：元）")


def export_payments_xlsx(svc: DuesService, year: int, path: Path | str) -> Path:
    from dangjian_desktop.services import xlsx

    rows = [[p.receipt_no, p.member_name, p.months_text, xlsx.Formatted(float(p.amount_fen) / 100, "0.00"),
             p.paid_on, p.way.value, p.handed_text, "是" if p.late else "", p.note] for p in svc.payments(year)]
    return xlsx.write_table(Path(path), f"{year}年党费交纳记录",
                            ["收据号", "姓名", "所属月份", "金额（元）", "交纳日期", "交纳方式", "交纳人", "补交", "备注"],
                            rows, text_columns={"收据号"})


def check_total(rows: list[BaseRow]) -> str:
    """One line for the import dialog: how much a month the imported standards ask in all."""
    total = sum(to_fen(r.calculation.monthly) for r in rows if r.calculation is not None)
    return f"合计每月{yuan_text(total)}元"
