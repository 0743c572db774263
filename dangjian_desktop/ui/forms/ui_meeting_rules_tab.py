# GENERATED from forms/meeting_rules_tab.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_MeetingRulesTab(object):
    def setupUi(self, MeetingRulesTab):
        if not MeetingRulesTab.objectName():
            MeetingRulesTab.setObjectName(u"MeetingRulesTab")
        self.layout = QVBoxLayout(MeetingRulesTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(MeetingRulesTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.rulesTable = QTableWidget(MeetingRulesTab)
        self.rulesTable.setObjectName(u"rulesTable")

        self.layout.addWidget(self.rulesTable)

        self.extraForm = QFormLayout()
        self.extraForm.setObjectName(u"extraForm")
        self.secretaryLabel = QLabel(MeetingRulesTab)
        self.secretaryLabel.setObjectName(u"secretaryLabel")

        self.extraForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.secretaryLabel)

        self.secretarySpin = QSpinBox(MeetingRulesTab)
        self.secretarySpin.setObjectName(u"secretarySpin")
        self.secretarySpin.setMaximum(12)

        self.extraForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.secretarySpin)

        self.inactivityLabel = QLabel(MeetingRulesTab)
        self.inactivityLabel.setObjectName(u"inactivityLabel")

        self.extraForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.inactivityLabel)

        self.inactivitySpin = QSpinBox(MeetingRulesTab)
        self.inactivitySpin.setObjectName(u"inactivitySpin")
        self.inactivitySpin.setMinimum(30)
        self.inactivitySpin.setMaximum(175)

        self.extraForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.inactivitySpin)

        self.sinceLabel = QLabel(MeetingRulesTab)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.extraForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceEdit = OptionalDateEdit(MeetingRulesTab)
        self.sinceEdit.setObjectName(u"sinceEdit")

        self.extraForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sinceEdit)


        self.layout.addLayout(self.extraForm)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.savedLabel = QLabel(MeetingRulesTab)
        self.savedLabel.setObjectName(u"savedLabel")

        self.buttons.addWidget(self.savedLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.resetButton = QPushButton(MeetingRulesTab)
        self.resetButton.setObjectName(u"resetButton")

        self.buttons.addWidget(self.resetButton)

        self.saveButton = QPushButton(MeetingRulesTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.secretaryLabel.setBuddy(self.secretarySpin)
        self.inactivityLabel.setBuddy(self.inactivitySpin)
        self.sinceLabel.setBuddy(self.sinceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingRulesTab)
    # setupUi

    def retranslateUi(self, MeetingRulesTab):
        self.hintLabel.setText(QCoreApplication.translate("MeetingRulesTab", u"\u9ed8\u8ba4\u6309\u300a\u4e2d\u56fd\u5171\u4ea7\u515a\u652f\u90e8\u5de5\u4f5c\u6761\u4f8b\uff08\u8bd5\u884c\uff09\u300b\uff1a\u652f\u59d4\u4f1a\u3001\u515a\u5c0f\u7ec4\u4f1a\u3001\u4e3b\u9898\u515a\u65e5\u6bcf\u6708\uff0c\u515a\u5458\u5927\u4f1a\u3001\u515a\u8bfe\u6bcf\u5b63\u5ea6\uff0c\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u3001\u6c11\u4e3b\u8bc4\u8bae\u515a\u5458\u6bcf\u5e74\u3002\u5982\u672c\u5730\u8981\u6c42\u4e0d\u540c\uff0c\u53ef\u5728\u6b64\u4fee\u6539\uff1b\u201c\u5b8c\u6210\u60c5\u51b5\u201d\u548c\u9996\u9875\u63d0\u9192\u6309\u8fd9\u91cc\u7684\u89c4\u5219\u8ba1\u7b97\u3002", None))
        self.secretaryLabel.setText(QCoreApplication.translate("MeetingRulesTab", u"\u4e66\u8bb0\u6bcf\u5e74\u81f3\u5c11\u8bb2\u515a\u8bfe\uff08\u6b21\uff09", None))
        self.secretarySpin.setSpecialValueText(QCoreApplication.translate("MeetingRulesTab", u"\u4e0d\u68c0\u67e5", None))
        self.inactivityLabel.setText(QCoreApplication.translate("MeetingRulesTab", u"\u8fde\u7eed\u591a\u5c11\u5929\u672a\u53c2\u52a0\u7ec4\u7ec7\u751f\u6d3b\u65f6\u63d0\u9192", None))
        self.inactivitySpin.setSuffix(QCoreApplication.translate("MeetingRulesTab", u" \u5929", None))
        self.sinceLabel.setText(QCoreApplication.translate("MeetingRulesTab", u"\u4ece\u6b64\u65e5\u671f\u8d77\u68c0\u67e5\u7f3a\u6f0f", None))
#if QT_CONFIG(tooltip)
        self.sinceEdit.setToolTip(QCoreApplication.translate("MeetingRulesTab", u"\u5728\u6b64\u65e5\u671f\u4e4b\u524d\u5f00\u59cb\u7684\u6708\u4efd\u3001\u5b63\u5ea6\u4e0d\u7b97\u201c\u7f3a\u201d\u3002\u4e0d\u586b\u5199\u5219\u4ece\u515a\u652f\u90e8\u6210\u7acb\u65e5\u671f\u7b97\u8d77\u3002\u8865\u5f55\u4e86\u4ee5\u524d\u7684\u4f1a\u8bae\u8bb0\u5f55\u540e\uff0c\u53ef\u4ee5\u6539\u65e9\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.savedLabel.setText("")
        self.resetButton.setText(QCoreApplication.translate("MeetingRulesTab", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.saveButton.setText(QCoreApplication.translate("MeetingRulesTab", u"\u4fdd\u5b58\u89c4\u5219", None))
        pass
    # retranslateUi

