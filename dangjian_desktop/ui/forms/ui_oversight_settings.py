# GENERATED from forms/oversight_settings.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_OversightSettingsTab(object):
    def setupUi(self, OversightSettingsTab):
        if not OversightSettingsTab.objectName():
            OversightSettingsTab.setObjectName(u"OversightSettingsTab")
        self.layout = QVBoxLayout(OversightSettingsTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(OversightSettingsTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.packageAgeLabel = QLabel(OversightSettingsTab)
        self.packageAgeLabel.setObjectName(u"packageAgeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.packageAgeLabel)

        self.packageAgeSpin = QSpinBox(OversightSettingsTab)
        self.packageAgeSpin.setObjectName(u"packageAgeSpin")
        self.packageAgeSpin.setMinimum(1)
        self.packageAgeSpin.setMaximum(730)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.packageAgeSpin)

        self.termLabel = QLabel(OversightSettingsTab)
        self.termLabel.setObjectName(u"termLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.termSpin = QSpinBox(OversightSettingsTab)
        self.termSpin.setObjectName(u"termSpin")
        self.termSpin.setMinimum(0)
        self.termSpin.setMaximum(24)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.termSpin)


        self.layout.addLayout(self.form)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.savedLabel = QLabel(OversightSettingsTab)
        self.savedLabel.setObjectName(u"savedLabel")

        self.buttons.addWidget(self.savedLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.resetButton = QPushButton(OversightSettingsTab)
        self.resetButton.setObjectName(u"resetButton")

        self.buttons.addWidget(self.resetButton)

        self.saveButton = QPushButton(OversightSettingsTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.packageAgeLabel.setBuddy(self.packageAgeSpin)
        self.termLabel.setBuddy(self.termSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OversightSettingsTab)
    # setupUi

    def retranslateUi(self, OversightSettingsTab):
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("OversightSettingsTab", u"hint", None))
        self.hintLabel.setText(QCoreApplication.translate("OversightSettingsTab", u"\u4e0a\u7ea7\u515a\u59d4\u9996\u9875\u201c\u9700\u8981\u5173\u6ce8\u7684\u515a\u652f\u90e8\u201d\u6309\u8fd9\u91cc\u7684\u6570\u5b57\u63d0\u9192\u3002\u4f1a\u8bae\u662f\u5426\u7f3a\u6f0f\u6309\u5404\u515a\u652f\u90e8\u81ea\u5df1\u7684\u4f1a\u8bae\u89c4\u5219\u8ba1\u7b97\uff0c\u4e0d\u5728\u8fd9\u91cc\u8bbe\u7f6e\u3002", None))
        self.packageAgeLabel.setText(QCoreApplication.translate("OversightSettingsTab", u"\u6570\u636e\u5305\u8d85\u8fc7\u591a\u5c11\u5929\u672a\u66f4\u65b0\u65f6\u63d0\u9192", None))
        self.packageAgeSpin.setSuffix(QCoreApplication.translate("OversightSettingsTab", u" \u5929", None))
        self.termLabel.setText(QCoreApplication.translate("OversightSettingsTab", u"\u652f\u59d4\u4f1a\u4efb\u671f\u5c4a\u6ee1\u524d\u591a\u5c11\u4e2a\u6708\u63d0\u9192", None))
        self.termSpin.setSuffix(QCoreApplication.translate("OversightSettingsTab", u" \u4e2a\u6708", None))
        self.savedLabel.setText("")
        self.resetButton.setText(QCoreApplication.translate("OversightSettingsTab", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.saveButton.setText(QCoreApplication.translate("OversightSettingsTab", u"\u4fdd\u5b58", None))
        pass
    # retranslateUi

