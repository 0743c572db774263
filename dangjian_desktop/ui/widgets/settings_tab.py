"""The two shapes of a 设置 tab over one feature's rules, so that each tab writes only its fields.

- :class:`SavedLabelTab` (会议规则, 发展党员规则, 党费): 保存 stores the form and shows what was stored, saying so in
  the form's ``savedLabel``; 恢复默认 asks first, then stores the defaults at once (``resetButton``).
- :class:`MessageTab` (民主评议, 谈心谈话, 党员承诺, 换届选举规则, 学习学时): 保存 stores the form and says so in a
  message; 默认值 only fills the form with the defaults, stored on 保存 (``defaultsButton``). :class:`RulesTab` is
  one over a service's rules alone (谈心谈话, 换届选举规则, 学习学时).

Both take a compiled form with ``saveButton`` (made the primary button) and an optional ``hintLabel``. A tab whose
rules are plain values names, in ``fields``, the widget that shows each field of its rules dataclass
(``{"min_age": "ageSpin"}``): the form is filled and read from that map, and the tab writes only what is special.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from PySide6.QtWidgets import QWidget

from dangjian_desktop.ui import messages
from dangjian_desktop.ui.widgets.fields import read_fields, show_fields
from dangjian_desktop.ui.widgets.operations import attempt, call
from dangjian_desktop.ui.widgets.styling import polish_form


class _FormTab(QWidget):
    """What both shapes share: their compiled ``form`` built on the tab (``saveButton`` made the primary button,
    ``hintLabel`` a hint), the service kept as ``svc``, 保存 wired, ``prepare()``, then what is stored shown
    (``refresh()``)."""

    form: ClassVar[type]

    def __init__(self, svc: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.svc = svc
        self.ui = ui = self.form()
        ui.setupUi(self)
        if (hint := getattr(ui, "hintLabel", None)) is not None:
            hint.setProperty("role", "hint")
        ui.saveButton.setProperty("primary", True)
        polish_form(self)
        ui.saveButton.clicked.connect(self.save)
        self.wire(ui)
        self.prepare()
        self.refresh()

    def wire(self, ui: Any) -> None:
        """Connect the form's second button."""

    def prepare(self) -> None:
        """Set up what the form does not say (a combo box's items, a table's columns) before the rules are shown."""

    def refresh(self) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError


class SavedLabelTab(_FormTab):
    """Subclasses give their compiled ``form`` and ``fields``, or ``load(rules)`` and ``rules()``, and ``prepare()``
    where the form needs more than it says; ``svc`` has ``rules``, ``save_rules``, ``reset_rules`` and
    ``rules_type``. The stored rules are shown when the tab is made."""

    reset_question = ""
    save_error = "无法保存规则"
    fields: ClassVar[dict[str, str]] = {}

    def wire(self, ui: Any) -> None:
        ui.resetButton.clicked.connect(lambda: self.reset())  # not ``self.reset``: ``clicked`` passes checked=False

    def refresh(self) -> None:
        self.load(self.svc.rules())

    def load(self, rules: Any) -> None:
        show_fields(self.ui, self.fields, rules)
        self.ui.savedLabel.setText("")

    def rules(self) -> Any:
        return dataclasses.replace(self.svc.rules_type(), **read_fields(self.ui, self.fields))

    def save(self) -> bool:
        saved = call(self, lambda: self.svc.save_rules(self.rules()), self.save_error)
        if saved is None:
            return False
        self.load(saved)
        self.ui.savedLabel.setText("已保存。")
        return True

    def reset(self, ask: bool = True) -> None:
        if ask and not messages.confirm(self, self.reset_question, "恢复默认", "恢复"):
            return
        self.load(self.svc.reset_rules())
        self.ui.savedLabel.setText("已恢复默认。")


class MessageTab(_FormTab):
    """Subclasses give their compiled ``form``, ``refresh()`` (show what ``svc`` stores), ``defaults()`` (show the
    defaults) and ``store()`` (write the form through ``svc``; a DomainError is shown), and ``prepare()`` where the
    form needs more than it says. What is stored is shown when the tab is made."""

    def wire(self, ui: Any) -> None:
        ui.defaultsButton.clicked.connect(lambda: self.defaults())

    def defaults(self) -> None:
        raise NotImplementedError

    def store(self) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        if not attempt(self, self.store, "无法保存"):
            return False
        self.refresh()
        messages.info(self, "已保存。")
        return True


class RulesTab(MessageTab):
    """A :class:`MessageTab` over one service's rules (a ``services.rules_setting.RulesInSettings``: ``rules()``,
    ``save_rules()``, and ``rules_type()`` the defaults). Subclasses give their compiled ``form`` and ``fields``,
    and ``show_rules(rules)`` (fill the form) and ``rules()`` (read it) for what ``fields`` cannot say, and
    ``prepare()`` where the form needs more than it says. The stored rules are shown when the tab is made."""

    fields: ClassVar[dict[str, str]] = {}

    def show_rules(self, rules: Any) -> None:
        show_fields(self.ui, self.fields, rules)

    def rules(self) -> Any:
        return dataclasses.replace(self.svc.rules_type(), **read_fields(self.ui, self.fields))

    def refresh(self) -> None:
        self.show_rules(self.svc.rules())

    def defaults(self) -> None:
        self.show_rules(self.svc.rules_type())

    def store(self) -> None:
        self.svc.save_rules(self.rules())
