"""Roster import: a spreadsheet from the 全国党员管理信息系统, a 组织部 template, WPS, old .xls or CSV, read right
or refused precisely.

The table is found below titles and blank rows; headers are matched through one table of synonyms; every date
keeps the precision it was written with (出生年月 1985.03 stays a month); an ambiguous value (``1990.1``: January
or October) is put to the user, never guessed. A row is matched to a member already on the roster by 身份证号,
else by 姓名 + 出生年月, so importing a corrected file updates instead of duplicating. Nothing is written here:
:func:`preview` says per row 新增 / 更新 (which fields) / 无变化 / 有错误, and ``RosterService.commit_import``
saves the whole file in one transaction or nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from dangjian_desktop.domain import dates, idcard
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.domain.validation import clean_text, too_long, validate_member
from dangjian_desktop.services.import_rows import RowsPreview, errors_text
from dangjian_desktop.services.spreadsheet import (
    RowAction,
    header_matcher,
    Header,
    ImportFileError,
    Sheet,
    Workbook,
    cell_ref,
    cell_text,
    find_header,
    is_blank,
    read_workbook,
)

# The columns of the import template and of the export, in order: (header, Member attribute)
COLUMNS: list[tuple[str, str]] = [
    ("姓名", "name"),
    ("性别", "gender"),
    ("民族", "ethnicity"),
    ("籍贯", "native_place"),
    ("出生日期", "birth_date"),
    ("学历", "education"),
    ("入党日期", "joined_party_on"),
    ("转正日期", "full_member_on"),
    ("党员类别", "category"),
    ("党小组", "group_name"),
    ("岗位/职务", "position"),
    ("联系电话", "phone"),
    ("身份证号", "id_number"),
    ("状态", "status"),
    ("状态日期", "status_date"),
    ("转入本支部日期", "joined_branch_on"),
    ("备注", "note"),
]
LABELS = {attr: header for header, attr in COLUMNS} | {"branch_name": "所在党支部"}

# Header spellings of the national system (全国党员管理信息系统), 组织部 templates and our own, per field; earlier
# spellings win when a file has two columns for one field (学历 before 全日制学历).
SYNONYMS: dict[str, list[str]] = {
    "name": ["姓名", "党员姓名"],
    "gender": ["性别"],
    "ethnicity": ["民族"],
    "native_place": ["籍贯"],
    "birth_date": ["出生日期", "出生年月", "出生年月日", "出生时间"],
    "education": ["学历", "最高学历", "文化程度", "全日制学历", "全日制教育学历"],
    "joined_party_on": ["入党日期", "入党时间", "入党年月", "加入党组织日期", "加入中共日期"],
    "full_member_on": ["转正日期", "转正时间", "转正年月"],
    "category": ["党员类别", "人员类别", "党员类型", "类别", "正式/预备", "正式或预备", "党员身份"],
    "group_name": ["党小组", "所在党小组", "党小组名称"],
    "position": ["岗位/职务", "岗位", "职务", "工作岗位", "现任职务", "工作单位及职务", "职务/岗位", "岗位职务"],
    "phone": ["联系电话", "手机号码", "联系方式", "手机", "手机号", "电话", "电话号码"],
    "id_number": ["身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证", "证件号码"],
    "branch_name": ["所在党支部", "党组织名称", "所在党组织", "所在党组织名称", "所在支部", "党支部", "支部名称"],
    "status": ["状态", "党员状态"],
    "status_date": ["状态日期", "状态变更日期"],
    "joined_branch_on": ["转入本支部日期", "转入日期", "转入时间"],
    "note": ["备注"],
}
IGNORED_HEADERS = frozenset({"序号", "编号", "No", "NO", "No."})
MONTH_DATE_FIELDS = ("birth_date", "joined_party_on", "full_member_on")  # may be known to the month only
DAY_DATE_FIELDS = ("status_date", "joined_branch_on")  # need the day
TEXT_LIMITS = {"name": 30, "position": 100, "phone": 30, "note": 2000, "ethnicity": 20, "education": 20,
               "native_place": 50}
_CATEGORY_WORDS = {"正式党员": MemberCategory.FULL, "正式": MemberCategory.FULL,
                   "预备党员": MemberCategory.PROBATIONARY, "预备": MemberCategory.PROBATIONARY}


match_header = header_matcher(SYNONYMS)


Action = RowAction


@dataclass
class AmbiguousDate:
    """A cell the user must decide: ``choices`` are its readings (1990年1月 / 1990年10月)."""

    cell: str
    row_number: int
    column: str  # the header as written in the file
    shown: str
    choices: tuple[dt.date, ...]
    chosen: dt.date | None = None


@dataclass
class ImportRow:
    row_number: int  # as the user sees it in the spreadsheet
    member: Member  # what would be saved (for an update: the member as it will be)
    errors: list[str] = field(default_factory=list)
    action: Action = Action.NEW
    changes: list[str] = field(default_factory=list)  # labels of the fields an update changes
    notes: list[str] = field(default_factory=list)  # not errors: "15位身份证号已转换为18位"
    target_uuid: str | None = None
    target_updated_at: dt.datetime | None = None
    ambiguous: list[AmbiguousDate] = field(default_factory=list)


@dataclass
class ImportPreview(RowsPreview[ImportRow]):
    source: Path
    rows: list[ImportRow]
    unknown_headers: list[str] = field(default_factory=list)  # columns not used, as written
    sheet_name: str = ""
    sheet_names: list[str] = field(default_factory=list)  # every visible sheet that looks like a roster
    header_row: int = 1
    skipped: list[str] = field(default_factory=list)  # lines below the header that are not members
    encoding: str = ""
    kind: str = ""
    decisions: dict[str, dt.date] = field(default_factory=dict)

    @property
    def ambiguous(self) -> list[AmbiguousDate]:
        return [a for r in self.rows for a in r.ambiguous]

    @property
    def to_save(self) -> list[ImportRow]:
        return [r for r in self.rows if r.action in (Action.NEW, Action.CHANGED)]

    def counts(self) -> dict[Action, int]:
        out = dict.fromkeys(Action, 0)
        for r in self.rows:
            out[r.action] += 1
        return out

    def counts_text(self) -> str:
        c = self.counts()
        return "，".join(f"{a.label} {c[a]} 行" for a in Action)

    def error_report(self) -> str:
        return errors_text(self.error_rows, lambda r: r.member.name)


# -- reading one row ---------------------------------------------------------------------------------------------


@dataclass
class _Context:
    sheet: Sheet
    header: Header
    header_texts: dict[int, str]
    groups: dict[str, str]  # 党小组 name -> uuid
    branch_name: str
    decisions: dict[str, dt.date]


@dataclass
class _Read:
    row_number: int
    given: dict[str, object]  # attr -> value read from a non-empty cell
    errors: list[str]
    notes: list[str]
    ambiguous: list[AmbiguousDate]
    # real date cells on the 1st whose number format could not be read (.xls/.xlsb): attr -> cell
    maybe_month: dict[str, str] = field(default_factory=dict)


def _squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _branch_key(name: str) -> str:
    s = _squeeze(name)
    for word in ("中国共产党", "中共", "委员会", "党支部", "支部", "党总支", "总支"):
        s = s.replace(word, "")
    return s


def _same_branch(a: str, b: str) -> bool:
    ka, kb = _branch_key(a), _branch_key(b)
    return bool(ka and kb) and (ka in kb or kb in ka)


def _read_row(ctx: _Context, r: int) -> _Read:
    out = _Read(r + 1, {}, [], [], [])
    sheet = ctx.sheet
    for c, attr in ctx.header.columns.items():
        raw = sheet.cell(r, c)
        if is_blank(raw):
            continue
        ref = cell_ref(r, c)
        label = ctx.header_texts.get(c) or LABELS.get(attr, attr)
        where = f"{label}（{ref}）"
        if attr in MONTH_DATE_FIELDS or attr in DAY_DATE_FIELDS:
            reading = dates.read_date_cell(raw, from_text_file=sheet.from_text_file,
                                           month_format=(r, c) in sheet.month_cells)
            value = reading.value
            if reading.ambiguous:
                chosen = ctx.decisions.get(ref)
                amb = AmbiguousDate(ref, r + 1, label, reading.shown, reading.choices,
                                    chosen if chosen in reading.choices else None)
                out.ambiguous.append(amb)
                if amb.chosen is None:
                    texts = "或".join(f"“{dates.dotted(d)}”" for d in reading.choices)
                    out.errors.append(f"{where}“{reading.shown}”{reading.error.removesuffix('，请确认')}：请在导入窗口中选择，"
                                      f"或在表格中把它改写为文本{texts}")
                    continue
                value = amb.chosen
            elif reading.error:
                out.errors.append(f"{where}“{reading.shown}”{reading.error}")
                continue
            if (attr in MONTH_DATE_FIELDS and not sheet.formats_known and isinstance(raw, dt.date)
                    and value is not None and value.day == 1):
                out.maybe_month[attr] = ref
            if attr in DAY_DATE_FIELDS and dates.is_month(value):
                out.errors.append(f"{where}“{reading.shown}”只有年月，{label}需要写到日，例如 2024-03-05")
                continue
            out.given[attr] = value
            continue
        text = clean_text(cell_text(raw), 10**6)
        if attr in TEXT_LIMITS and too_long(text, TEXT_LIMITS[attr]):
            out.errors.append(f"{where}太长（最多{TEXT_LIMITS[attr]}字，现在{len(text)}字）")
            continue
        if attr == "gender":
            g = {"男性": "男", "女性": "女"}.get(text, text)
            if g not in ("男", "女"):
                out.errors.append(f"{where}“{text}”应为“男”或“女”")
                continue
            out.given[attr] = g
        elif attr == "category":
            cat = _CATEGORY_WORDS.get(_squeeze(text))
            if cat is None:
                out.errors.append(f"{where}“{text}”应为“正式党员”或“预备党员”")
                continue
            out.given[attr] = cat
        elif attr == "status":
            try:
                out.given[attr] = MemberStatus(_squeeze(text))
            except ValueError:
                out.errors.append(f"{where}“{text}”无法识别，可填：{'、'.join(s.value for s in MemberStatus)}")
        elif attr == "group_name":
            by_squeezed = {_squeeze(k): (k, v) for k, v in ctx.groups.items()}
            found = by_squeezed.get(_squeeze(text))
            if found is None:
                known = "、".join(ctx.groups) or "（尚未建立党小组，请先在“设置—党小组”中建立）"
                out.errors.append(f"{where}党小组“{text}”不存在，已有：{known}")
                continue
            out.given["group_name"], out.given["group_uuid"] = found
        elif attr == "branch_name":
            if ctx.branch_name and not _same_branch(text, ctx.branch_name):
                out.errors.append(f"{where}“{text}”不是本支部（{ctx.branch_name}）：其他支部的党员不能导入本支部的名册；"
                                  "如果只是写法不同，请删除该列或改成本支部名称")
        elif attr == "id_number":
            value = _read_id(raw, text, where, out)
            if value:
                out.given[attr] = value
        elif attr == "phone":
            out.given[attr] = text
        else:
            out.given[attr] = text
    return out


_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")


def _read_id(raw: object, text: str, where: str, out: _Read) -> str:
    how_to_keep = "请把该列设为“文本”格式后重新填写（或在号码前加英文单引号 '），再导入"
    if isinstance(raw, float | int) and not isinstance(raw, bool):
        out.errors.append(f"{where}身份证号被Excel存成了数字（{dates.shown_value(raw)}），后几位可能已丢失：{how_to_keep}")
        return ""
    n = idcard.normalize(text)
    if _SCIENTIFIC.match(n):
        out.errors.append(f"{where}“{text}”是科学计数法：Excel把身份证号当成了数字，后几位已经丢失，不能导入。"
                          f"{how_to_keep}；CSV文件请在Excel中用“数据—从文本导入”并把该列设为文本")
        return ""
    if len(n) == 15:
        upgraded = idcard.upgrade_15(n)
        if upgraded is None:
            out.errors.append(f"{where}15位身份证号“{n}”中的出生日期无效")
            return ""
        out.notes.append(f"15位身份证号{n}已按国家标准转换为18位{upgraded}")
        return upgraded
    return n


# -- the file ------------------------------------------------------------------------------------------------------


def roster_header(sheet: Sheet, *, name_only: bool = False) -> Header | None:
    """The header of a roster table on this sheet: 姓名 and (unless ``name_only``) at least one other known
    column, so a stray "姓名" on a notes sheet does not count."""
    h = find_header(sheet, match_header, ignore=IGNORED_HEADERS)
    if h is None or "name" not in h.columns.values() or (len(h.columns) < 2 and not name_only):
        return None
    return h


def choose_sheet(book: Workbook, sheet: str | None) -> tuple[Sheet, Header, list[str]]:
    """The sheet to read (named, or the first that looks like a roster) and the names of all that do."""
    plausible = [(s, h) for s in book.sheets if (h := roster_header(s)) is not None]
    if not plausible:  # a list of names only
        plausible = [(s, h) for s in book.sheets if (h := roster_header(s, name_only=True)) is not None]
    names = [s.name for s, _ in plausible]
    if sheet is not None:
        for s in book.sheets:
            if s.name == sheet:
                h = roster_header(s, name_only=True)
                if h is None:
                    raise ImportFileError(f"工作表“{sheet}”中没有找到名册的表头（前30行中没有“姓名”列）。")
                return s, h, names
        raise ImportFileError(f"文件中没有可见的工作表“{sheet}”。可选：{'、'.join(s.name for s in book.sheets)}")
    if not plausible:
        hidden = f"（隐藏的工作表不读取：{'、'.join(book.hidden)}）" if book.hidden else ""
        raise ImportFileError("没有找到表头：前30行中没有“姓名”列" + hidden + "。请使用“下载导入模板”得到的表格，"
                              "或确认表头中有“姓名”。")
    s, h = plausible[0]
    return s, h, names


def read_rows(path: Path, sheet: str | None, groups: dict[str, str], branch_name: str,
              decisions: dict[str, dt.date]) -> tuple[ImportPreview, list[_Read]]:
    book = read_workbook(path)
    s, header, names = choose_sheet(book, sheet)
    header_texts = {c: cell_text(s.cell(header.row, c)) for c in header.columns}
    ctx = _Context(s, header, header_texts, groups, branch_name, decisions)
    preview = ImportPreview(path, [], [t for _, t in header.unused], s.name, names, header.row + 1,
                            encoding=book.encoding, kind=book.kind, decisions=dict(decisions))
    reads: list[_Read] = []
    name_cols = [c for c, f in header.columns.items() if f == "name"]
    for r in range(header.row + 1, len(s.rows)):
        cells = [(c, s.cell(r, c)) for c in range(len(s.rows[r])) if not is_blank(s.cell(r, c))]
        if not cells:
            continue
        name = cell_text(s.cell(r, name_cols[0])) if name_cols else ""
        mapped = [v for c, v in cells if c in header.columns]
        if not name and (not mapped or len(cells) == 1):
            # a note, a signature line or a total below the table ("制表人：", "合计"): said, not read
            preview.skipped.append(f"第{r + 1}行：{cell_text(cells[0][1])[:40]}")
            continue
        if _normalized_name(name) in ("姓名", "党员姓名") and all(
                match_header(_squeeze(cell_text(v))) for _, v in cells):
            # the header repeated on a later page: every filled cell is a column title. A member who happens to be
            # written 姓名 with real data beside the name is still read.
            preview.skipped.append(f"第{r + 1}行：重复的表头")
            continue
        reads.append(_read_row(ctx, r))
    return preview, reads


def _normalized_name(text: str) -> str:
    return _squeeze(text)


# -- matching with the roster ---------------------------------------------------------------------------------------


def _ym(d: dt.date | None) -> tuple[int, int] | None:
    return (d.year, d.month) if d else None


def _new_member(given: dict[str, object]) -> Member:
    m = Member(name="")
    for attr, v in given.items():
        setattr(m, attr, v)
    if m.id_number and not idcard.validate(m.id_number):
        if m.birth_date is None:
            m.birth_date = idcard.birth_date(m.id_number)
        if not m.gender:
            m.gender = idcard.gender(m.id_number) or ""
    return m


def _merge(existing: Member, given: dict[str, object]) -> tuple[Member, list[str]]:
    """The member with the file's non-empty cells applied; the labels of what changed. A date written less
    precisely than the one held (1985.03 for 1985-03-12) does not change it."""
    m = dataclasses.replace(existing)
    changes: list[str] = []
    for attr, v in given.items():
        if attr == "group_name":
            continue  # follows group_uuid
        old = getattr(m, attr)
        if attr in MONTH_DATE_FIELDS or attr in DAY_DATE_FIELDS:
            assert isinstance(v, dt.date)
            if old is not None and (dates.same_value(old, v) or dates.is_month(v)
                                    and dates.same_at_known_precision(old, v) and not dates.is_month(old)):
                continue
        elif old == v:
            continue
        setattr(m, attr, v)
        if attr == "group_uuid":
            m.group_name = str(given.get("group_name", ""))
        changes.append(LABELS.get("group_name" if attr == "group_uuid" else attr, attr))
    if m.id_number and not idcard.validate(m.id_number):
        if m.birth_date is None:
            m.birth_date = idcard.birth_date(m.id_number)
            changes.append(LABELS["birth_date"])
        if not m.gender:
            m.gender = idcard.gender(m.id_number) or ""
            changes.append(LABELS["gender"])
    return m, changes


def _settle_month_cells(rd: _Read, birth: dt.date | None, id_number: str) -> None:
    """A real date cell on the 1st from a file whose formats are unknown (.xls) may have shown only the month.
    For 出生日期 the 身份证号 tells: born later in that month means the cell was a month."""
    ref = rd.maybe_month.get("birth_date")
    given = rd.given.get("birth_date")
    if ref is None or not isinstance(given, dt.date) or not id_number or idcard.validate(id_number):
        return
    id_birth = idcard.birth_date(id_number)
    if id_birth and (id_birth.year, id_birth.month) == (given.year, given.month) and id_birth.day != 1:
        rd.given["birth_date"] = dates.MonthDate(given.year, given.month)
        rd.notes.append(f"{ref}是日期{given.isoformat()}，按身份证号应为该月出生，按“{dates.dotted(rd.given['birth_date'])}”"
                        "（只知年月）保存")


def preview(path: Path | str, existing: list[Member], groups: dict[str, str], branch_name: str,
            *, sheet: str | None = None, decisions: dict[str, dt.date] | None = None,
            today: dt.date | None = None) -> ImportPreview:
    """Read and check the whole file against the roster ``existing`` (every member, also those who left)."""
    pv, reads = read_rows(Path(path), sheet, groups, branch_name, decisions or {})
    by_id = {m.id_number: m for m in existing if m.id_number}
    by_name_birth: dict[tuple[str, tuple[int, int] | None], list[Member]] = {}
    by_name: dict[str, list[Member]] = {}
    for m in existing:
        by_name_birth.setdefault((m.name, _ym(m.birth_date)), []).append(m)
        by_name.setdefault(m.name, []).append(m)
    claimed: dict[str, int] = {}  # member uuid -> row that updates it
    seen_ids: dict[str, int] = {}
    seen_people: dict[tuple[str, tuple[int, int] | None], int] = {}
    for rd in reads:
        errors = list(rd.errors)
        given = rd.given
        name = str(given.get("name", ""))
        id_number = str(given.get("id_number", ""))
        birth = given.get("birth_date")
        if birth is None and id_number and not idcard.validate(id_number):
            birth = idcard.birth_date(id_number)
        _settle_month_cells(rd, birth if isinstance(birth, dt.date) else None, id_number)
        birth = given.get("birth_date") or birth
        target: Member | None = None
        if id_number and id_number in by_id:
            target = by_id[id_number]
        elif name and birth is not None:
            candidates = by_name_birth.get((name, _ym(birth)), [])  # type: ignore[arg-type]
            if len(candidates) > 1:
                errors.append(f"名册中有{len(candidates)}名“{name}”出生年月相同，无法确定是哪一位：请填写身份证号")
            elif candidates:
                target = candidates[0]
                if id_number and target.id_number and target.id_number != id_number:
                    errors.append(f"名册中的“{name}”出生年月相同，但身份证号不同（名册中为{idcard.mask(target.id_number)}），"
                                  "请核对身份证号")
                    target = None
        elif name and not id_number and name in by_name:
            candidates = by_name[name]
            if len(candidates) > 1:
                errors.append(f"名册中有{len(candidates)}名党员叫“{name}”，无法确定是哪一位：请填写出生年月或身份证号")
            else:
                target = candidates[0]
        if id_number:
            if id_number in seen_ids:
                errors.append(f"身份证号与第{seen_ids[id_number]}行重复")
            seen_ids.setdefault(id_number, rd.row_number)
        if name and birth is not None:
            person = (name, _ym(birth))  # type: ignore[arg-type]
            if person in seen_people and not (id_number and seen_ids.get(id_number) == seen_people[person]):
                errors.append(f"与第{seen_people[person]}行是同一人（姓名和出生年月相同）")
            seen_people.setdefault(person, rd.row_number)
        if target is not None:
            for attr in rd.maybe_month:  # the roster already holds this month: the cell showed only the month
                old, new = getattr(target, attr), given.get(attr)
                if dates.is_month(old) and isinstance(new, dt.date) and dates.same_at_known_precision(old, new):
                    given[attr] = old
        if target is not None and target.uuid:
            if target.uuid in claimed:
                errors.append(f"与第{claimed[target.uuid]}行是名册中的同一人“{target.name}”")
            claimed.setdefault(target.uuid, rd.row_number)
            member, changes = _merge(target, given)
            action = Action.CHANGED if changes else Action.UNCHANGED
        else:
            member, changes = _new_member(given), []
            action = Action.NEW
        # rule checks run even when a cell could not be read, so the user sees every problem of the row at once
        errors.extend(msg for _, msg in validate_member(member, today) if msg not in errors)
        row = ImportRow(rd.row_number, member, errors, Action.REFUSED if errors else action, changes, rd.notes,
                        target.uuid if target else None, target.updated_at if target else None, rd.ambiguous)
        pv.rows.append(row)
    if not pv.rows:
        raise ImportFileError(f"工作表“{pv.sheet_name}”第{pv.header_row}行是表头，但下面没有党员数据（都是空行）。")
    return pv
