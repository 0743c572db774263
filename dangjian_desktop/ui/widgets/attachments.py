"""Photos and scans of a record (会议照片, 践诺证明材料...): thumbnails, 添加…, 打开, 移除 (the UI kit).

The widget shows :class:`FileEntry` rows and asks its owner to do the work through signals, so it serves a saved
record (files already in the data folder: the owner calls the service, then ``set_entries`` again) and a form not
yet saved (files chosen on disk, stored when the form is saved) alike::

    self.files = AttachmentsWidget(self, thumbnails=True)
    self.files.filesChosen.connect(lambda paths: ...services.x.add_attachment(uuid, p) for p in paths...)
    self.files.removeRequested.connect(lambda entry: ...services.x.remove_attachment(uuid, entry.key)...)
    self.files.set_entries([FileEntry(a.uuid, a.name, services.x.attachment_path(a), a.size) for a in atts])

Designer forms promote a plain QWidget to ``AttachmentsWidget`` (header ``dangjian_desktop.ui.widgets.attachments``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.ui import messages

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp"}
DOCUMENTS_FILTER = "图片和文档 (*.jpg *.jpeg *.png *.bmp *.gif *.pdf *.doc *.docx *.xlsx);;所有文件 (*)"
THUMB = 120


@dataclass(frozen=True)
class FileEntry:
    """One file shown: ``key`` is what the owner needs to find it again (an attachment's UUID, a Path)."""

    key: object
    name: str
    path: Path | None = None
    size: int = 0

    @property
    def is_image(self) -> bool:
        return Path(self.name).suffix.lower() in IMAGE_SUFFIXES


class AttachmentsWidget(QWidget):
    """A list of files with thumbnails and the buttons to add, open and remove them."""

    filesChosen = Signal(list)  # noqa: N815 - Qt naming; list[Path]
    removeRequested = Signal(object)  # noqa: N815 - Qt naming; FileEntry

    def __init__(self, parent: QWidget | None = None, *, thumbnails: bool = True,
                 file_filter: str = DOCUMENTS_FILTER, dialog_title: str = "添加照片或扫描件"):
        super().__init__(parent)
        self.file_filter = file_filter
        self.dialog_title = dialog_title
        self._entries: list[FileEntry] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName("附件")
        self.thumbnails = thumbnails
        if thumbnails:
            self.list.setViewMode(QListView.ViewMode.IconMode)
            self.list.setIconSize(QSize(THUMB, THUMB))
            self.list.setResizeMode(QListView.ResizeMode.Adjust)
            self.list.setMovement(QListView.Movement.Static)
            self.list.setSpacing(10)
            self.list.setWordWrap(True)
        self.addButton = QPushButton("添加…", self)
        self.openButton = QPushButton("打开", self)
        self.removeButton = QPushButton("移除", self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.addButton, self.openButton, self.removeButton):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.addButton.clicked.connect(lambda: self.choose_files())
        self.openButton.clicked.connect(self.open_current)
        self.removeButton.clicked.connect(self.remove_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._read_only = False
        self._update_buttons()

    # -- content ----------------------------------------------------------------------------------------------
    def set_entries(self, entries: list[FileEntry]) -> None:
        self._entries = list(entries)
        self.list.clear()
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for e in self._entries:
            icon = file_icon
            if self.thumbnails and e.is_image and e.path is not None and e.path.exists():
                pix = QPixmap(str(e.path))
                if not pix.isNull():
                    icon = QIcon(pix.scaled(QSize(THUMB, THUMB), Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
            item = QListWidgetItem(icon, e.name)
            size = f"（{e.size / 1024:.0f} KB）" if e.size else ""
            item.setToolTip(f"{e.name}{size}")
            self.list.addItem(item)
        self._update_buttons()

    def entries(self) -> list[FileEntry]:
        return list(self._entries)

    def current(self) -> FileEntry | None:
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def set_read_only(self, read_only: bool, *, can_add: bool = False) -> None:
        """A locked record: files can still be opened; adding only where the record allows it."""
        self._read_only = read_only
        self.addButton.setEnabled(not read_only or can_add)
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------------------------
    def choose_files(self, paths: list[Path] | None = None) -> list[Path]:
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(self, self.dialog_title, "", self.file_filter)
            paths = [Path(n) for n in names]
        if paths:
            self.filesChosen.emit(list(paths))
        return list(paths)

    def open_current(self) -> None:
        e = self.current()
        if e is None or e.path is None:
            return
        if not e.path.exists():
            messages.show_error(self, f"附件“{e.name}”不在数据文件夹中（可能已被删除）：{e.path}")
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(e.path)))

    def remove_current(self) -> None:
        e = self.current()
        if e is not None:
            self.removeRequested.emit(e)

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.openButton.setEnabled(has)
        self.removeButton.setEnabled(has and not self._read_only)
