"""Reading spreadsheets that come from outside: .xlsx/.xlsm/.xlsb/.xls/.ods through python-calamine, .csv/.txt
in UTF-8 (with or without BOM), UTF-16 or GBK/GB18030.

Every file is treated as hostile: size, expanded size (zip bombs), rows and cell length are bounded before the
content is parsed, the real type is told from the bytes (a ".xls" that is really a web page is refused by name),
and only visible worksheets are read. Rows come back as a full grid from A1 (``rows[0]`` is sheet row 1), so
messages can name cells exactly (``D5``). Writing stays with openpyxl (services/xlsx.py).

Why calamine and not openpyxl for reading (measured, see docs/ENGINEERING.md): it reads .xls and .ods as well
as .xlsx, does not trust the ``<dimension>`` tag (openpyxl's read-only mode does, and reads some WPS files as
empty), reports which sheets are hidden, and is several times faster on large sheets.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from xml.etree import ElementTree as ET

from dangjian_desktop.domain.errors import DomainError

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_EXPANDED_BYTES = 120 * 1024 * 1024  # all entries of a .xlsx/.ods unpacked
MAX_RATIO = 100  # unpacked / packed of one large entry: more is a zip bomb, not a roster
MAX_ROWS = 20_000
MAX_CELL_CHARS = 32_767  # Excel's own limit
HEADER_SCAN_ROWS = 30
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt")
FILE_FILTER = ("表格文件 (*.xlsx *.xls *.xlsm *.xlsb *.ods *.csv *.txt);;Excel 表格 (*.xlsx *.xls *.xlsm *.xlsb);;"
               "OpenDocument 表格 (*.ods);;CSV 文件 (*.csv *.txt);;所有文件 (*)")


class ImportFileError(DomainError):
    """The file as a whole cannot be read (wrong type, damaged, too big, no header)."""


@dataclass
class Sheet:
    """One visible worksheet as a grid from A1. Cells: None, str, float, int, bool, date, datetime, time."""

    name: str
    rows: list[list[object]]
    month_cells: set[tuple[int, int]] = field(default_factory=set)  # real dates formatted without a day
    from_text_file: bool = False  # a CSV: numbers were written as Excel showed them
    formats_known: bool = True  # False for .xls/.xlsb, whose number formats are not read

    def cell(self, row: int, col: int) -> object:
        r = self.rows[row] if row < len(self.rows) else []
        return r[col] if col < len(r) else None


@dataclass
class Workbook:
    path: Path
    kind: str  # xlsx, xlsb, xls, ods, csv
    sheets: list[Sheet]  # visible worksheets, in the workbook's order
    hidden: list[str] = field(default_factory=list)
    encoding: str = ""  # of a CSV


def col_letter(col: int) -> str:
    """0 -> A, 26 -> AA."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def cell_ref(row: int, col: int) -> str:
    """0-based (row, col) -> "D5"."""
    return f"{col_letter(col)}{row + 1}"


def _parse_ref(ref: str) -> tuple[int, int]:
    m = re.match(r"([A-Z]+)(\d+)", ref)
    if not m:
        raise ValueError(ref)
    col = 0
    for ch in m[1]:
        col = col * 26 + ord(ch) - 64
    return int(m[2]) - 1, col - 1


def is_blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def cell_text(v: object) -> str:
    """A cell as text: whole numbers without ".0", dates as ISO, None as ""."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v).strip()


# -- the file as a whole ----------------------------------------------------------------------------------------


def read_workbook(path: Path | str) -> Workbook:
    """The visible sheets of a spreadsheet or CSV file. Raises ImportFileError with a Chinese reason."""
    path = Path(path)
    if not path.exists():
        raise ImportFileError(f"找不到文件：{path}")
    if path.is_dir():
        raise ImportFileError(f"“{path}”是一个文件夹，不是表格文件。")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(f"文件太大（{size / 1024 / 1024:.0f}MB，超过{MAX_FILE_BYTES // 1024 // 1024}MB），"
                              "不像是党员名册。")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _read_text_file(path)
    if suffix not in SPREADSHEET_SUFFIXES:
        raise ImportFileError("只能导入 .xlsx、.xls、.ods 或 .csv 文件。")
    if size == 0:
        raise ImportFileError("文件是空的（0字节），没有找到表头。")
    with open(path, "rb") as fh:
        head = fh.read(512)
    kind = _real_kind(path, head, suffix)
    if kind in ("xlsx", "xlsb", "ods"):
        _check_zip(path)
    return _read_with_calamine(path, kind)


def _real_kind(path: Path, head: bytes, suffix: str) -> str:
    """The type the bytes say, whatever the name says (offices rename files; systems export web pages as .xls)."""
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ImportFileError(f"文件不是有效的 {suffix} 表格（已损坏或不完整）。") from exc
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "xl/workbook.bin" in names:
            return "xlsb"
        if "content.xml" in names and "mimetype" in names:
            return "ods"
        if "word/document.xml" in names:
            raise ImportFileError("这是一个Word文档，不是表格。请把名册放在Excel表格中再导入。")
        raise ImportFileError(f"文件不是有效的 {suffix} 表格（压缩包中没有工作簿）。")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"  # OLE2: an old .xls (or an encrypted .xlsx, which calamine reports)
    text = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").lower()
    if text.startswith((b"<html", b"<!doctype", b"<table", b"<meta", b"<h", b"<?xml", b"<workbook")) or b"<html" in head:
        raise ImportFileError(f"这个{suffix}文件其实是网页（HTML/XML）格式，有些系统导出的“Excel”就是这样。"
                              "请用Excel或WPS打开它，“另存为”.xlsx 后再导入。")
    raise ImportFileError(f"文件不是有效的 {suffix} 表格（可能已损坏，或其实是别的格式）。")


def _check_zip(path: Path) -> None:
    """Refuse a zip whose entries unpack to far more than a roster could be, before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError("文件不是有效的表格（已损坏或不完整）。") from exc
    total = sum(i.file_size for i in infos)
    if total > MAX_EXPANDED_BYTES:
        raise ImportFileError(f"文件解压后有{total / 1024 / 1024:.0f}MB（上限{MAX_EXPANDED_BYTES // 1024 // 1024}MB），"
                              "不像是党员名册，没有读取。")
    for i in infos:
        if i.file_size > 4 * 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise ImportFileError(f"文件中的“{i.filename}”压缩比异常（{i.file_size // max(i.compress_size, 1)}倍），"
                                  "可能是恶意构造的文件，没有读取。")


def _read_with_calamine(path: Path, kind: str) -> Workbook:
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError as exc:
        raise ImportFileError("文件设置了打开密码。请在Excel中取消密码后另存，再导入。") from exc
    except Exception as exc:  # noqa: BLE001 - calamine raises several kinds on damaged files
        raise ImportFileError(f"无法打开这个Excel文件（已损坏或格式不对：{type(exc).__name__}）。") from exc
    try:
        visible, hidden = [], []
        for meta in wb.sheets_metadata:
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue
            (visible if meta.visible == pc.SheetVisibleEnum.Visible else hidden).append(meta.name)
        month_cells = _month_cells(path, kind, visible)
        sheets = []
        for name in visible:
            try:
                sh = wb.get_sheet_by_name(name)
                if sh.height and (sh.end or (0, 0))[0] + 1 > MAX_ROWS + HEADER_SCAN_ROWS:
                    raise ImportFileError(f"工作表“{name}”有{sh.end[0] + 1}行，超过{MAX_ROWS}行，请分批导入。")
                raw = sh.to_python(skip_empty_area=False) if sh.height else []
            except ImportFileError:
                raise
            except Exception as exc:  # noqa: BLE001
                raise ImportFileError(f"无法读取工作表“{name}”（文件已损坏：{type(exc).__name__}）。") from exc
            sheets.append(Sheet(name, _clean_grid(raw, name), month_cells.get(name, set()),
                                formats_known=kind in ("xlsx", "ods")))
    finally:
        wb.close()
    if not visible:
        raise ImportFileError("文件中没有可见的工作表。")
    return Workbook(path, kind, sheets, hidden)


def _clean_grid(raw: list[list[object]], sheet: str) -> list[list[object]]:
    rows: list[list[object]] = []
    for r, row in enumerate(raw):
        out: list[object] = []
        for c, v in enumerate(row):
            if isinstance(v, str):
                if len(v) > MAX_CELL_CHARS:
                    raise ImportFileError(f"工作表“{sheet}”的{cell_ref(r, c)}格有{len(v)}个字符，超过{MAX_CELL_CHARS}，"
                                          "不像是党员名册，没有读取。")
                v = v if v.strip() else None
            out.append(v)
        while out and out[-1] is None:
            out.pop()
        rows.append(out)
    while rows and not rows[-1]:
        rows.pop()
    if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
        raise ImportFileError(f"工作表“{sheet}”有{len(rows)}行，超过{MAX_ROWS}行，请分批导入。")
    return rows


# -- number formats: a real date shown without a day is a month ---------------------------------------------------

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# built-in number formats that show a date without its day (17 mmm-yy; zh-CN 27/36/50/52/57 yyyy"年"m"月")
_BUILTIN_MONTH_FORMATS = {17, 27, 36, 50, 52, 57}


def month_only_format(code: str) -> bool:
    """An Excel number format that shows a year and month but no day (``yyyy.mm``, ``yyyy"年"m"月"``)."""
    s = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.', "", code).lower()
    s = s.split(";")[0]
    return "y" in s and "m" in s and "d" not in s and "h" not in s and "s" not in s


def _month_cells(path: Path, kind: str, sheets: list[str]) -> dict[str, set[tuple[int, int]]]:
    try:
        if kind == "xlsx":
            return _xlsx_month_cells(path, sheets)
        if kind == "ods":
            return _ods_month_cells(path, sheets)
    except (KeyError, ET.ParseError, zipfile.BadZipFile, ValueError, OSError):
        return {}  # the values are still read; only the month formats are unknown
    return {}


def _xlsx_month_cells(path: Path, sheets: list[str]) -> dict[str, set[tuple[int, int]]]:
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        if "xl/styles.xml" not in names:
            return {}
        styles = ET.fromstring(zf.read("xl/styles.xml"))
        custom = {int(n.get("numFmtId", "-1")): n.get("formatCode", "") for n in styles.iter(f"{_NS}numFmt")}
        xfs = styles.find(f"{_NS}cellXfs")
        month_xf = set()
        for i, xf in enumerate(xfs if xfs is not None else []):
            fid = int(xf.get("numFmtId", "0"))
            if fid in custom and month_only_format(custom[fid]) or fid not in custom and fid in _BUILTIN_MONTH_FORMATS:
                month_xf.add(str(i))
        if not month_xf:
            return {}
        workbook = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target", "") for r in rels}
        out: dict[str, set[tuple[int, int]]] = {}
        for sh in workbook.iter(f"{_NS}sheet"):
            name = sh.get("name", "")
            if name not in sheets:
                continue
            target = targets.get(sh.get(f"{_REL_NS}id"), "")
            member = target.lstrip("/") if target.startswith("/") else "xl/" + target
            if member not in names:
                continue
            found: set[tuple[int, int]] = set()
            row, col = -1, -1
            with zf.open(member) as fh:
                for event, el in ET.iterparse(fh, events=("start", "end")):
                    if event == "end":
                        if el.tag == f"{_NS}row":
                            el.clear()  # keep memory flat on long sheets
                    elif el.tag == f"{_NS}row":
                        row = int(el.get("r", row + 2)) - 1
                        col = -1
                    elif el.tag == f"{_NS}c":
                        ref = el.get("r")
                        row, col = _parse_ref(ref) if ref else (row, col + 1)
                        if el.get("s") in month_xf:
                            found.add((row, col))
            out[name] = found
        return out


_ODS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}


def _q(prefix: str, name: str) -> str:
    return f"{{{_ODS[prefix]}}}{name}"


def _ods_month_cells(path: Path, sheets: list[str]) -> dict[str, set[tuple[int, int]]]:
    with zipfile.ZipFile(path) as zf:
        month_data_styles: set[str] = set()
        cell_styles: dict[str, str] = {}
        roots = [ET.fromstring(zf.read(n)) for n in ("styles.xml",) if n in zf.namelist()]
        content = zf.read("content.xml")
    root = ET.fromstring(content)
    for r in (*roots, root):
        for ds in r.iter(_q("number", "date-style")):
            kids = {k.tag for k in ds}
            if _q("number", "month") in kids and _q("number", "day") not in kids:
                month_data_styles.add(ds.get(_q("style", "name"), ""))
        for st in r.iter(_q("style", "style")):
            if st.get(_q("style", "family")) == "table-cell":
                cell_styles[st.get(_q("style", "name"), "")] = st.get(_q("style", "data-style-name"), "")
    month_styles = {n for n, ds in cell_styles.items() if ds in month_data_styles}
    if not month_styles:
        return {}
    out: dict[str, set[tuple[int, int]]] = {}
    for table in root.iter(_q("table", "table")):
        name = table.get(_q("table", "name"), "")
        if name not in sheets:
            continue
        col_defaults: list[str] = []
        for column in table.iter(_q("table", "table-column")):
            n = min(int(column.get(_q("table", "number-columns-repeated"), "1")), 1024)
            col_defaults.extend([column.get(_q("table", "default-cell-style-name"), "")] * n)
        found: set[tuple[int, int]] = set()
        row = 0
        for tr in table.iter(_q("table", "table-row")):
            rows_repeated = min(int(tr.get(_q("table", "number-rows-repeated"), "1")), MAX_ROWS)
            col = 0
            for cell in tr:
                n = min(int(cell.get(_q("table", "number-columns-repeated"), "1")), 1024)
                if cell.get(_q("office", "value-type")) == "date":
                    style = cell.get(_q("table", "style-name")) or (col_defaults[col] if col < len(col_defaults)
                                                                    else "")
                    if style in month_styles:
                        for r in range(row, row + min(rows_repeated, 100)):
                            for c in range(col, col + n):
                                found.add((r, c))
                col += n
            row += rows_repeated
            if row > MAX_ROWS + HEADER_SCAN_ROWS:
                break
        out[name] = found
    return out


# -- CSV ----------------------------------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a text table: a BOM decides; else strict UTF-8; else GB18030 if the result reads as
    Chinese (mostly common characters). Anything else is refused rather than guessed."""
    refuse = ImportFileError("无法确定文件的文字编码（不是UTF-8，也不像GBK），没有读取，以免读错。"
                             "请用Excel打开后另存为“CSV UTF-8”或 .xlsx 格式。")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8（带BOM）"
        except UnicodeDecodeError:
            raise refuse from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise refuse from None
    if b"\x00" in data:
        raise ImportFileError("文件内容不是文本表格。")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise refuse from None
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff" or ord(ch) > 0xFFFF or "\ue000" <= ch <= "\uf8ff"]
    if not han:
        raise refuse  # bytes above 0x7F that are no Chinese characters: Latin-1, Big5 punctuation...
    common = 0
    for ch in han:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    if common < 0.8 * len(han):  # Big5 or Shift-JIS read as GBK gives rare characters
        raise refuse
    return text, "GBK/GB18030"


def _read_text_file(path: Path) -> Workbook:
    data = path.read_bytes()
    if not data.strip():
        raise ImportFileError("文件是空的，没有找到表头。")
    text, encoding = decode_text(data)
    if "\x00" in text:
        raise ImportFileError("文件内容不是文本表格。")
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    rows: list[list[object]] = []
    reader = csv.reader(io.StringIO(text, newline=""), dialect)  # newline="": a bare \r (old Mac Excel) ends a row
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS + HEADER_SCAN_ROWS:
                raise ImportFileError(f"行数超过{MAX_ROWS}，请分批导入。")
            rows.append(list(row))
    except csv.Error as exc:
        raise ImportFileError(f"第{reader.line_num}行的格式不正确（{exc}），请用Excel打开后另存为.xlsx再导入。") from exc
    return Workbook(path, "csv", [Sheet(path.stem, _clean_grid(rows, path.stem), from_text_file=True)],
                    encoding=encoding)


# -- finding the table ----------------------------------------------------------------------------------------------


def normalize_header(text: object) -> str:
    """A header cell as a key: full-width folded, spaces/line breaks and required-marks removed, a note in
    brackets dropped (``身份证号码（18位）`` -> ``身份证号码``)."""
    s = unicodedata.normalize("NFKC", cell_text(text))
    s = re.sub(r"\s+", "", s)
    s = s.strip("*★☆※#:：")
    stripped = re.sub(r"[(\[【〔][^)\]】〕]*[)\]】〕]", "", s)
    return stripped or s


@dataclass
class Header:
    row: int  # 0-based sheet row of the header
    columns: dict[int, str]  # column -> field key
    unused: list[tuple[int, str]]  # (column, header text) of non-empty headers not used


# normalised header text -> (field key, rank): when two columns name one field, the lower rank wins
Matcher = Callable[[str], tuple[str, int] | None]


def header_matcher(synonyms: dict[str, list[str]]) -> Matcher:
    """A header's field and rank among ``synonyms`` (field → the headers that mean it, best first): as written, or
    the words before a bracket (``交纳基数（元）`` reads as ``交纳基数``)."""
    by_header = {h: (f, rank) for f, hs in synonyms.items() for rank, h in enumerate(hs)}

    def match(key: str) -> tuple[str, int] | None:
        return by_header.get(key) or by_header.get(key.replace("（", "(").split("(")[0])

    return match


class RowAction(StrEnum):
    """What an import would do with one row of a sheet."""

    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return {"new": "新增", "changed": "更新", "unchanged": "无变化", "refused": "有错误"}[self.value]


def find_header(sheet: Sheet, match: Matcher, *, ignore: frozenset[str] = frozenset()) -> Header | None:
    """The row among the first ``HEADER_SCAN_ROWS`` whose cells name the most known columns (titles, blank rows
    and notes above it are skipped). Headers in ``ignore`` (序号) are neither used nor reported as unused."""
    best: Header | None = None
    for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows))):
        chosen: dict[str, tuple[int, int]] = {}  # field -> (rank, column)
        texts: dict[int, str] = {}
        for c, v in enumerate(sheet.rows[r]):
            if not isinstance(v, str) or is_blank(v):
                continue
            key = normalize_header(v)
            texts[c] = cell_text(v)
            found = match(key)
            if found is None:
                continue
            f, rank = found
            if f not in chosen or rank < chosen[f][0]:
                chosen[f] = (rank, c)
        if chosen and (best is None or len(chosen) > len(best.columns)):
            columns = {c: f for f, (_rank, c) in chosen.items()}
            unused = [(c, t) for c, t in texts.items() if c not in columns and normalize_header(t) not in ignore]
            best = Header(r, columns, unused)
    return best


def read_table(path: Path | str) -> list[list[object]]:
    """The rows of the first visible sheet from A1 (simple imports whose header is row 1, e.g. pledges)."""
    book = read_workbook(path)
    return book.sheets[0].rows if book.sheets else []
