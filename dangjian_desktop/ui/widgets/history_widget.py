"""修改记录: the audit trail of one record (who, when, what changed), for pages to embed.

    self.history = HistoryWidget(services.audit, field_labels={"minutes": "会议记录", "place": "地点"})
    layout.addWidget(self.history)
    self.history.set_record(meeting.uuid)   # each time another record is shown
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from dangjian_desktop.domain.audit import action_text
from dangjian_desktop.services.audit import AuditEntry, AuditService
from dangjian_desktop.ui.forms.ui_history_widget import Ui_HistoryWidget

MAX_VALUE_CHARS = 200


def value_text(value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | tuple):
        return "、".join(value_text(v) for v in value) or "（空）"
    text = str(value).replace("\n", " ")
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"


def change_lines(entry: AuditEntry, field_labels: dict[str, str] | None = None) -> list[str]:
    labels = field_labels or {}
    out = []
    for name, pair in entry.changes.items():
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        out.append(f"{labels.get(name, name)}：{value_text(old)} → {value_text(new)}")
    return out


class HistoryWidget(QWidget):
    def __init__(self, audit: AuditService, field_labels: dict[str, str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.audit = audit
        self.field_labels = field_labels or {}
        self.ui = Ui_HistoryWidget()
        self.ui.setupUi(self)
        self.ui.historyTitle.setStyleSheet("font-weight: bold;")
        self.ui.emptyLabel.setProperty("role", "hint")
        header = self.ui.historyTree.header()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.record_uuid: str | None = None
        self.entries: list[AuditEntry] = []
        self.set_record(None)

    def set_record(self, record_uuid: str | None) -> None:
        self.record_uuid = record_uuid
        self.entries = self.audit.history(record_uuid) if record_uuid else []
        tree = self.ui.historyTree
        tree.clear()
        for e in reversed(self.entries):  # newest first
            when = e.at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([when, e.who, action_text(e.action), e.summary])
            item.setToolTip(3, e.summary)
            for line in change_lines(e, self.field_labels):
                child = QTreeWidgetItem(["", "", "", line])
                child.setToolTip(3, line)
                item.addChild(child)
            tree.addTopLevelItem(item)
        tree.expandAll()
        tree.setVisible(bool(self.entries))
        self.ui.emptyLabel.setVisible(not self.entries)

    def refresh(self) -> None:
        self.set_record(self.record_uuid)
