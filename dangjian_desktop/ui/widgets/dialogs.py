"""Base classes for the app's dialogs (the UI kit; docs/ENGINEERING.md › "UI kit").

:class:`Dialog` — fits the screen it opens on, can be resized and maximised, Ctrl+S calls :meth:`Dialog.save_shortcut`.

:class:`SavingDialog` — a form whose compiled Designer ``ui`` has a ``buttonBox`` (Save + Cancel) and an
``errorLabel``. 保存 (or Ctrl+S, or Enter) calls ``self._save()`` through :class:`~.operations.ServiceCall`; a
``DomainError`` is shown in the error label and the dialog stays open with everything typed; on success
``self.saved`` holds what ``_save`` returned and the dialog closes. A test fills the widgets and calls ``accept()``
without ``exec()``::

    class DuesDialog(SavingDialog):
        def __init__(self, payment, save, parent=None):
            super().__init__(parent, form=Ui_DuesDialog(), save=save)  # the form built, save kept as save_fn
        def _save(self):
            return self.save_fn(Payment(paid_on=self.ui.paidOnEdit.value(), ...))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout, QWidget

from dangjian_desktop.ui.widgets.operations import ServiceCall
from dangjian_desktop.ui.widgets.screen_fit import client_limit, fit_to_screen
from dangjian_desktop.ui.widgets.styling import polish_form, set_role


class Dialog(QDialog):
    """A dialog that fits small screens: resizable, a maximise button, placed inside the available area."""

    def __init__(self, parent: QWidget | None = None, *, maximizable: bool = True):
        super().__init__(parent)
        flags = self.windowFlags() & ~Qt.WindowType.WindowContextHelpButtonHint
        if maximizable:
            flags |= Qt.WindowType.WindowMaximizeButtonHint | Qt.WindowType.WindowCloseButtonHint
        self.setWindowFlags(flags)
        self.setSizeGripEnabled(True)
        self._fitted = False
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WindowShortcut)
        save.activated.connect(self.save_shortcut)

    def save_shortcut(self) -> None:
        """Ctrl+S: subclasses that save something do it here."""

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if not self._fitted:
            self._fitted = True
            self.scroll_if_too_tall()
            fit_to_screen(self)
        super().showEvent(event)

    def scroll_if_too_tall(self) -> bool:
        """On a screen lower than the form (1366×768 at 125 %: 582 px), everything above the last row of the
        dialog's layout (its buttons) moves into a scroll area, so 保存/取消 stay on the screen."""
        layout = self.layout()
        if not isinstance(layout, QBoxLayout) or layout.count() < 2 or self.findChild(QScrollArea, "fitScroll"):
            return False
        if self.minimumSizeHint().height() <= client_limit(self).height():
            return False
        body = QWidget()
        body.setObjectName("fitBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        for _ in range(layout.count() - 1):
            stretch = layout.stretch(0)
            item = layout.takeAt(0)
            if item.widget() is not None:
                inner.addWidget(item.widget(), stretch)
            elif item.layout() is not None:
                sub = item.layout()
                sub.setParent(None)
                inner.addLayout(sub)
            else:
                inner.addItem(item)
        scroll = QScrollArea()
        scroll.setObjectName("fitScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.insertWidget(0, scroll, 1)
        layout.invalidate()
        layout.activate()  # the window's minimum size comes from the layout: recompute it now
        return True


def save_cancel_buttons(box: QDialogButtonBox, on_save: Callable[[], object], on_cancel: Callable[[], object],
                        save_text: str = "保存") -> None:
    """A form's 保存/取消 in Chinese, 保存 the default and primary button (Ctrl+S does the same)."""
    save = box.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text)
    save.setDefault(True)
    save.setProperty("primary", True)
    save.setToolTip(f"{save_text}（Ctrl+S）")
    box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
    box.accepted.connect(on_save)
    box.rejected.connect(on_cancel)


class SavingDialog(Dialog):
    """保存 → ``self._save()``; a DomainError is shown in the dialog and the dialog stays open."""

    ui: Any
    saved: object = None
    save_fn: Callable[..., Any]

    def __init__(self, parent: QWidget | None = None, *, form: Any = None, save: Callable[..., Any] | None = None,
                 save_text: str = "保存", maximizable: bool = True):
        """``form``: the compiled form (``Ui_X()``), built at once by :meth:`set_form` with ``save`` and
        ``save_text``; without it, the subclass calls :meth:`set_form` itself when it is ready."""
        super().__init__(parent, maximizable=maximizable)
        if form is not None:
            self.set_form(form, save_text, save=save)

    def set_form(self, ui: Any, save_text: str = "保存", *, save: Callable[..., Any] | None = None) -> None:
        """Build the compiled form ``ui`` (``Ui_X()``, with ``buttonBox`` and ``errorLabel``) on this dialog and
        wire its buttons (:meth:`wire_buttons`); the theme roles the form gives its widgets show at once.
        ``save``, the service call that ``_save`` makes with what was typed, is kept as ``self.save_fn``."""
        if save is not None:
            self.save_fn = save
        self.ui = ui
        ui.setupUi(self)
        polish_form(self)
        self.wire_buttons(save_text)

    def wire_buttons(self, save_text: str = "保存") -> None:
        """Call after ``setupUi``: Chinese button texts, 保存 as the default, the error label hidden."""
        save_cancel_buttons(self.ui.buttonBox, self.accept, self.reject, save_text)
        set_role(self.ui.errorLabel, "error")
        self.ui.errorLabel.setWordWrap(True)
        self.ui.errorLabel.hide()
        self.saved = None

    def _save(self) -> object:
        raise NotImplementedError

    def save_shortcut(self) -> None:
        self.accept()

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def accept(self) -> None:
        self.ui.errorLabel.hide()
        ok, result = ServiceCall(self, self._save).failure(lambda _exc, text: self.show_error(text)).run()
        if not ok:
            return
        self.saved = result
        super().accept()
