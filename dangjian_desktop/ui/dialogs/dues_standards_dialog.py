"""核定标准: the year's standard of every member in one table — 交纳类别, 交纳基数, the rate and monthly amount
computed as it is typed — filled by hand, by pasting a column (or 姓名 + 基数 columns) from Excel, from last year,
or from a finance office's spreadsheet (the roster import's reader: each refused row said with its cell)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from dangjian_desktop.domain.dues import DuesCategory, calculate, parse_yuan, rate_text, to_fen, yuan_text
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.services.dues import DuesService, StandardEntry, StandardLine
from dangjian_desktop.services.dues_import import parse_pasted_bases
from dangjian_desktop.services.spreadsheet import FILE_FILTER
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.dialogs.dues_dialogs import YearDialog
from dangjian_desktop.ui.forms.ui_dues_standards_dialog import Ui_DuesStandardsDialog
from dangjian_desktop.ui.widgets.operations import call, call_waiting

NAME, KIND, CATEGORY, BASE, RATE, MONTHLY, LAST = range(7)
HEADERS = ["姓名", "党员类别", "交纳类别", "交纳基数（元）", "比例", "每月交纳（元）", "上年每月"]
BAD = QColor("#F8D7D7")


class StandardsDialog(YearDialog):
    form = Ui_DuesStandardsDialog

    def __init__(self, dues: DuesService, year: int, parent: QWidget | None = None):
        super().__init__(dues, year, parent)
        self.rules = dues.rules()
        self.lines: list[StandardLine] = dues.standard_lines(year)
        ui = self.ui
        ui.introLabel.setText(
            f"{year}年度党费标准：在职党员按每月工资收入中相对固定的部分（税后、扣除个人缴纳的社会保险）、"
            "离退休党员按实际领取的离退休费填写基数，程序按规定比例计算每月金额（到分，四舍五入）。"
            "学生、下岗失业、低保党员每月0.2元；农民党员在“每月交纳”中填写支部确定的金额。标准全年不变。")
        t = ui.standardsTable
        t.setColumnCount(len(HEADERS))
        t.setHorizontalHeaderLabels(HEADERS)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(30)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(BASE, QHeaderView.ResizeMode.Stretch)
        t.setSelectionBehavior(t.SelectionBehavior.SelectItems)
        self.skipped: list[str] = []
        self._filling = False
        self._fill()
        t.itemChanged.connect(self._item_changed)
        ui.copyButton.clicked.connect(self.copy_last_year)
        ui.pasteButton.clicked.connect(lambda: self.paste(QGuiApplication.clipboard().text()))
        ui.importButton.clicked.connect(lambda: self.import_file())
        ui.templateButton.clicked.connect(lambda: self.write_template())
        QShortcut(QKeySequence.StandardKey.Paste, t, activated=lambda: self.paste(QGuiApplication.clipboard().text()))
        self.setWindowTitle(f"核定{year}年度党费标准")
        self.resize(900, 620)

    # -- the table ------------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        t = self.ui.standardsTable
        self._filling = True
        t.setRowCount(len(self.lines))
        for r, ln in enumerate(self.lines):
            st = ln.current
            src = st or ln.last_year
            ro = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            for c, text in ((NAME, ln.member.name), (KIND, ln.member.category.value),
                            (LAST, yuan_text(ln.last_year.due_fen) if ln.last_year else "")):
                item = QTableWidgetItem(text)
                item.setFlags(ro)
                t.setItem(r, c, item)
            combo = QComboBox()
            for cat in DuesCategory:
                combo.addItem(cat.value, cat.value)
            combo.setCurrentIndex(combo.findData((src.category if src else DuesCategory.EMPLOYED).value))
            combo.currentIndexChanged.connect(lambda _i, row=r: self._recompute(row))
            t.setCellWidget(r, CATEGORY, combo)
            base = QTableWidgetItem(yuan_text(st.base_fen) if st and st.base_fen is not None else "")
            base.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(r, BASE, base)
            for c in (RATE, MONTHLY):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(r, c, item)
            if st is not None and st.category is DuesCategory.FARMER:
                t.item(r, MONTHLY).setText(yuan_text(st.monthly_fen))
            self._recompute(r)
        self._filling = False
        self._total()

    def category(self, row: int) -> DuesCategory:
        return DuesCategory(self.ui.standardsTable.cellWidget(row, CATEGORY).currentData())

    def set_row(self, row: int, category: DuesCategory | None = None, base: str | None = None,
                monthly: str | None = None) -> None:
        t = self.ui.standardsTable
        if category is not None:
            combo = t.cellWidget(row, CATEGORY)
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(category.value))
            combo.blockSignals(False)
        self._filling = True
        if base is not None:
            t.item(row, BASE).setText(base)
        if monthly is not None:
            t.item(row, MONTHLY).setText(monthly)
        self._filling = False
        self._recompute(row)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() in (BASE, MONTHLY):
            self._recompute(item.row())

    def _entry(self, row: int) -> tuple[StandardEntry | None, str]:
        """The row as an entry (None when left empty) and its problem, if any."""
        t = self.ui.standardsTable
        cat = self.category(row)
        uuid = self.lines[row].member.uuid or ""
        try:
            if cat.uses_base:
                text = t.item(row, BASE).text().strip()
                return (StandardEntry(uuid, cat, parse_yuan(text, "基数")), "") if text else (None, "")
            if cat is DuesCategory.FARMER:
                text = t.item(row, MONTHLY).text().strip()
                return StandardEntry(uuid, cat, None, parse_yuan(text, "每月交纳") if text else None), ""
            return StandardEntry(uuid, cat), ""
        except ValueError as exc:
            return None, str(exc)

    def _recompute(self, row: int) -> None:
        t = self.ui.standardsTable
        cat = self.category(row)
        self._filling = True
        base, monthly = t.item(row, BASE), t.item(row, MONTHLY)
        editable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        base.setFlags(editable if cat.uses_base else Qt.ItemFlag.ItemIsEnabled)
        monthly.setFlags(editable if cat is DuesCategory.FARMER else Qt.ItemFlag.ItemIsEnabled)
        if not cat.uses_base:
            base.setText("")
        entry, problem = self._entry(row)
        rate = ""
        if entry is not None and not problem:
            try:
                c = calculate(cat, entry.base, self.rules, entry.farmer_monthly)
                rate = rate_text(c.rate)
                if cat is not DuesCategory.FARMER or not monthly.text().strip():
                    monthly.setText(f"{c.monthly:.2f}")
            except ValueError as exc:
                problem = str(exc)
        elif cat.uses_base:
            monthly.setText("")
        t.item(row, RATE).setText(rate)
        bad = QBrush(BAD) if problem else QBrush()
        (monthly if cat is DuesCategory.FARMER else base).setBackground(bad)
        (monthly if cat is DuesCategory.FARMER else base).setToolTip(problem)
        self._filling = False
        self._total()

    def _total(self) -> None:
        t = self.ui.standardsTable
        total = filled = 0
        for r in range(t.rowCount()):
            text = t.item(r, MONTHLY).text() if t.item(r, MONTHLY) else ""
            if text:
                filled += 1
                total += to_fen(Decimal(text)) if text.replace(".", "", 1).isdigit() else 0
        self.ui.totalLabel.setText(f"共{t.rowCount()}名党员，已填写{filled}名，合计每月{yuan_text(total)}元")

    # -- fast filling -----------------------------------------------------------------------------------------------
    def paste(self, text: str) -> int:
        """A pasted column of bases fills down from the selected row; "姓名<TAB>基数" lines go to those members."""
        pairs = parse_pasted_bases(text)
        if not pairs:
            return 0
        t = self.ui.standardsTable
        rows_by_name: dict[str, list[int]] = {}
        for r, ln in enumerate(self.lines):
            rows_by_name.setdefault(ln.member.name, []).append(r)
        done, missing = 0, []
        if any(name for name, _ in pairs):
            for name, value in pairs:
                rows = rows_by_name.get(name, [])
                if len(rows) != 1:
                    missing.append(name or value)
                    continue
                self.set_row(rows[0], base=value)
                done += 1
        else:
            start = max(t.currentRow(), 0)
            for offset, (_, value) in enumerate(pairs):
                if start + offset >= t.rowCount():
                    break
                self.set_row(start + offset, base=value)
                done += 1
        if missing:
            messages.info(self, f"已填入{done}名党员的基数。以下姓名在名单中找不到或有重名，未填入："
                                f"{'、'.join(missing)}。")
        return done

    def copy_last_year(self) -> int:
        n = 0
        for r, ln in enumerate(self.lines):
            last = ln.last_year
            if last is None or self._entry(r)[0] is not None and self.category(r).uses_base:
                continue
            self.set_row(r, last.category, yuan_text(last.base_fen) if last.base_fen is not None else "",
                         yuan_text(last.monthly_fen) if last.category is DuesCategory.FARMER else None)
            n += 1
        if not n:
            messages.info(self, "没有可沿用的上年基数（上年没有核定标准，或本年度都已填写）。")
        return n

    def import_file(self, path: Path | None = None) -> int:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, "导入党费基数", "", FILE_FILTER)
            if not name:
                return 0
            path = Path(name)
        source = path
        year = self.year
        preview = call_waiting(self, lambda: self.dues.preview_bases(source, year), "无法导入", "正在读取并检查表格…")
        if preview is None:
            return 0
        if preview.refused:
            messages.show_error(self, f"有{len(preview.refused)}行有错误，没有读入任何数据。请改正表格后重新导入，"
                                      "或在下表中直接填写：\n\n" + preview.error_report(), "导入被拒绝")
            return 0
        rows = {ln.member.uuid: r for r, ln in enumerate(self.lines)}
        n = 0
        for br in preview.rows:
            r = rows.get(br.member_uuid)
            if r is None:
                continue
            self.set_row(r, br.category, yuan_text(to_fen(br.base)) if br.base is not None else "",
                         yuan_text(to_fen(br.farmer_monthly)) if br.farmer_monthly is not None else None)
            n += 1
        messages.info(self, f"已从工作表“{preview.sheet_name}”读入{n}名党员的基数，请核对后点“保存”。")
        return n

    def write_template(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, "保存基数表", f"{self.year}年党费基数表.xlsx",
                                                  "Excel 表格 (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        target = path
        return call(self, lambda: self.dues.write_bases_template(target, self.year), "无法保存")

    # -- saving ---------------------------------------------------------------------------------------------------
    def entries(self) -> list[StandardEntry]:
        """Rows filled and changed; rows left empty are listed in ``skipped``; a wrong value refuses the save."""
        out, problems, self.skipped = [], [], []
        current = {ln.member.uuid: ln.current for ln in self.lines}
        for r, ln in enumerate(self.lines):
            entry, problem = self._entry(r)
            if problem:
                problems.append(("base", f"{ln.member.name}：{problem}"))
                continue
            if entry is None:
                self.skipped.append(ln.member.name)
                continue
            st = current.get(ln.member.uuid)
            if st is not None and self.ui.fromMonthSpin.value() == st.from_month:
                c = calculate(entry.category, entry.base, self.rules, entry.farmer_monthly)
                same = (st.category, st.base_fen, st.monthly_fen) == (
                    entry.category, to_fen(c.base) if c.base is not None else None, to_fen(c.monthly))
                if same:
                    continue
            out.append(entry)
        if problems:
            raise ValidationError("", problems)
        return out

    def _save(self) -> int:
        entries = self.entries()
        if not entries:
            if self.skipped:
                raise ValidationError("还没有填写任何党员的基数。")
            return 0
        return len(self.dues.set_standards(self.year, entries, self.ui.fromMonthSpin.value()))
