"""The two shapes of a 设置 tab (ui/widgets/settings_tab.py) as the secretary meets them: 恢复默认 asks first and a
"no" keeps the stored rules; 默认值 only fills the form until 保存."""

from __future__ import annotations

import os
from pathlib import Path

import pytest



def _shot(tab, name: str) -> None:
    folder = os.environ.get("DANGJIAN_SHOTS")
    if folder:
        tab.resize(1366, 728)
        tab.grab().save(str(Path(folder) / name))


@pytest.mark.parametrize("module, cls, svc, field", [
    ("meeting_rules_tab", "MeetingRulesTab", "meetings", "secretarySpin"),
    ("development_rules_tab", "DevelopmentRulesTab", "development", "ageSpin"),
    ("dues_settings", "DuesSettingsTab", "dues", "lapseSpin"),
])
def test_reset_button_asks_and_no_keeps_the_stored_rules(qtbot, services, boxes, module, cls, svc, field):
    import importlib

    tab = getattr(importlib.import_module(f"dangjian_desktop.ui.screens.{module}"), cls)(getattr(services, svc))
    qtbot.addWidget(tab)
    spin = getattr(tab.ui, field)
    boxes["yes"] = False
    default = spin.value()
    spin.setValue(default + 1)
    assert tab.save() and tab.ui.savedLabel.text() == "已保存。"
    _shot(tab, f"{module}.png")
    tab.ui.resetButton.click()  # the button passes checked=False: the question must still be asked
    assert len(boxes["confirm"]) == 1
    assert getattr(tab.ui, field).value() == default + 1  # "no": nothing reset
    boxes["yes"] = True
    tab.ui.resetButton.click()
    assert getattr(tab.ui, field).value() == default and tab.ui.savedLabel.text() == "已恢复默认。"


def test_defaults_button_fills_the_form_but_saves_only_on_save(qtbot, services, boxes):
    from dangjian_desktop.ui.screens.talks_settings import TalksSettingsTab

    tab = TalksSettingsTab(services.talks)
    qtbot.addWidget(tab)
    remind = tab.ui.remindSpin.value()
    tab.ui.remindSpin.setValue(remind + 1 if remind < 12 else remind - 1)
    assert tab.save() and boxes["info"] == ["已保存。"]
    stored = services.talks.rules().remind_from_month
    assert stored != remind
    tab.ui.defaultsButton.click()
    assert tab.ui.remindSpin.value() == remind and services.talks.rules().remind_from_month == stored
    _shot(tab, "talks_settings.png")


@pytest.mark.parametrize("module, cls, svc", [
    ("development_rules_tab", "DevelopmentRulesTab", "development"),
    ("talks_settings", "TalksSettingsTab", "talks"),
    ("study_rules_tab", "StudyRulesTab", "study_hours"),
    ("election_rules_tab", "ElectionRulesTab", "elections"),
])
def test_every_field_of_a_rules_tab_is_saved_as_entered(qtbot, services, boxes, module, cls, svc):
    """Each widget named in a tab's ``fields`` is changed away from the stored rule; after 保存 the service holds
    what the widget showed, field by field, and a tab made afresh shows it again."""
    import importlib

    from PySide6.QtWidgets import QAbstractButton, QComboBox

    from dangjian_desktop.ui.widgets.settings_tab import read_fields

    make = getattr(importlib.import_module(f"dangjian_desktop.ui.screens.{module}"), cls)
    tab = make(getattr(services, svc))
    qtbot.addWidget(tab)
    entered = {}
    for name, widget_name in tab.fields.items():
        w = getattr(tab.ui, widget_name)
        if isinstance(w, QAbstractButton):
            w.setChecked(not w.isChecked())
            entered[name] = w.isChecked()
        elif isinstance(w, QComboBox):
            w.setCurrentIndex((w.currentIndex() + 1) % w.count())
            entered[name] = w.currentData()
        else:
            w.setValue(w.value() - 1 if w.value() > w.minimum() else w.value() + 1)
            entered[name] = w.value()
    assert tab.save()
    stored = getattr(services, svc).rules()
    assert {name: getattr(stored, name) for name in entered} == entered
    again = make(getattr(services, svc))
    qtbot.addWidget(again)
    assert read_fields(again.ui, again.fields) == entered
