"""Autosaved drafts for dialogs with long forms (minutes!), and offering them back after a crash or power cut.

Using it in a dialog (ui/dialogs/member_dialog.py does exactly this; a meeting dialog does the same with its
minutes, key ``meeting:<uuid>`` or ``meeting:new``, and the meetings page handles ``open_record("draft", key)``)::

    self.autosave = Autosave(services.drafts, key=f"meeting:{uuid or 'new'}", title=lambda: f"{type} {date} 会议记录",
                             collect=self.form_payload, parent=self)
    self.autosave.watch(self.ui.minutesEdit, self.ui.dateEdit, ...)   # any edit marks the form dirty
    ...
    # after the service call that saved the record succeeded:
    self.autosave.discard()
    # when the user deliberately throws the edits away (Esc, 取消 after confirming):
    self.autosave.discard()

While the form is dirty a timer writes ``services.drafts.save(key, title, payload)`` every ~10 s (a small JSON file
written atomically in the data folder's drafts/). On the next start :func:`offer_drafts` lists the drafts left
behind; opening one calls ``window.open_record(page, "draft", key)``: the page that owns the key's prefix
(``draft_pages()``) gets ``open_record("draft", key)``, loads ``services.drafts.load(key).payload`` and opens its
dialog filled with it. A feature with drafts declares its prefix in ``Feature.drafts`` and handles ``"draft"`` there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QTimeEdit,
    QWidget,
)

from dangjian_desktop import features
from dangjian_desktop.services.drafts import Draft, DraftService
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.forms.ui_drafts_dialog import Ui_DraftsDialog
from dangjian_desktop.ui.widgets.dialogs import Dialog
from dangjian_desktop.ui.widgets.styling import build_form

log = logging.getLogger(__name__)

INTERVAL_MS = 10_000


def draft_pages() -> dict[str, str]:
    """Key prefix (before ":") -> the page whose open_record("draft", key) reopens it, as the record kinds declare
    (``Feature.drafts``). Only prefixes some dialog really writes and its page really reopens: a draft under any
    other key is reported as "cannot open yet" and kept."""
    return dict(pair for f in features.features() for pair in f.drafts)


# the signals that say a widget was edited, by its kind (the first kind it is wins)
EDITED: tuple[tuple[type | tuple[type, ...], tuple[str, ...]], ...] = (
    (QLineEdit, ("textEdited",)),
    ((QPlainTextEdit, QTextEdit), ("textChanged",)),
    (QComboBox, ("currentIndexChanged", "editTextChanged")),
    (QDateEdit, ("dateChanged",)),
    (QTimeEdit, ("timeChanged",)),
    ((QSpinBox, QDoubleSpinBox), ("valueChanged",)),
    (QAbstractButton, ("toggled",)),
    (QTableWidget, ("itemChanged",)),
)


class Autosave(QObject):
    """Writes a draft of a form every ``interval_ms`` while it has unsaved changes."""

    def __init__(self, drafts: DraftService, key: str, title: str | Callable[[], str],
                 collect: Callable[[], dict[str, Any]], parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.drafts = drafts
        self.key = key
        self._title = title
        self._collect = collect
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)

    def watch(self, *widgets: QWidget) -> None:
        """Mark the form dirty whenever one of these widgets is edited (by the signals of :data:`EDITED`)."""
        for w in widgets:
            signals = next((names for kind, names in EDITED if isinstance(w, kind)), None)
            if signals is None and hasattr(w, "dateChanged"):  # our own widgets, e.g. widgets.date_edit.OptionalDateEdit
                signals = ("dateChanged",)
            if signals is None:
                raise TypeError(f"Autosave cannot watch {type(w).__name__}; call mark_dirty() from its signal")
            for name in signals:
                getattr(w, name).connect(self.mark_dirty)

    def mark_dirty(self, *_: object) -> None:
        self.dirty = True
        if not self.timer.isActive():
            self.timer.start()

    def title(self) -> str:
        return self._title() if callable(self._title) else self._title

    def save_now(self) -> None:
        if not self.dirty:
            return
        try:
            self.drafts.save(self.key, self.title(), self._collect())
            self.dirty = False
        except Exception:  # noqa: BLE001 - a draft must never interrupt typing; try again on the next change
            log.exception("could not write draft %s", self.key)

    def discard(self) -> None:
        """After a successful save (or a deliberate cancel): stop and delete the draft."""
        self.timer.stop()
        self.dirty = False
        self.drafts.discard(self.key)


def owner_page(key: str) -> str | None:
    return draft_pages().get(key.split(":", 1)[0])


class DraftsDialog(Dialog):
    """未保存的内容: the drafts left behind, to open again or throw away."""

    def __init__(self, drafts: DraftService, parent: QWidget | None = None):
        super().__init__(parent)
        self.drafts = drafts
        self.ui = build_form(self, Ui_DraftsDialog)
        self.chosen: Draft | None = None
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.discardButton.clicked.connect(self.discard_selected)
        self.ui.laterButton.clicked.connect(self.reject)
        self.ui.draftsList.itemDoubleClicked.connect(lambda _i: self.open_selected())
        self.reload()

    def reload(self) -> None:
        self.ui.draftsList.clear()
        for d in self.drafts.all():
            item = QListWidgetItem(f"{d.title or d.key}    （自动保存于 {d.saved_at:%Y-%m-%d %H:%M}）")
            item.setData(Qt.ItemDataRole.UserRole, d.key)
            self.ui.draftsList.addItem(item)
        if self.ui.draftsList.count():
            self.ui.draftsList.setCurrentRow(0)

    def selected(self) -> Draft | None:
        item = self.ui.draftsList.currentItem()
        return self.drafts.load(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def open_selected(self) -> None:
        self.chosen = self.selected()
        if self.chosen is not None:
            self.accept()

    def discard_selected(self, *, confirmed: bool | None = None) -> None:
        d = self.selected()
        if d is None:
            return
        if confirmed is None:
            confirmed = messages.confirm(self, f"不要“{d.title or d.key}”这份未保存的内容了吗？删除后不能找回。",
                                         "删除未保存的内容", ok_text="删除")
        if confirmed:
            self.drafts.discard(d.key)
            self.reload()
            if not self.ui.draftsList.count():
                self.reject()


def open_draft(window: QWidget, draft: Draft) -> bool:
    """Hand a draft to the page that owns it. False if no page does (the draft stays for later)."""
    page = owner_page(draft.key)
    opener = getattr(window, "open_record", None)
    if page is None or not callable(opener):
        messages.show_error(window, f"“{draft.title or draft.key}”暂时无法打开，内容仍然保留在 drafts 文件夹中。")
        return False
    opener(page, "draft", draft.key)
    return True


def offer_drafts(window: QWidget, drafts: DraftService) -> DraftsDialog | None:
    """If drafts were left behind, ask what to do with them (modal). Returns the dialog (for tests)."""
    if not drafts.all():
        return None
    dialog = DraftsDialog(drafts, window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
        open_draft(window, dialog.chosen)
    return dialog


def schedule_offer_drafts(window: QWidget, drafts: DraftService) -> None:
    QTimer.singleShot(500, lambda: offer_drafts(window, drafts))
