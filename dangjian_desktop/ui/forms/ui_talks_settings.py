# GENERATED from forms/talks_settings.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_TalksSettings(object):
    def setupUi(self, TalksSettings):
        if not TalksSettings.objectName():
            TalksSettings.setObjectName(u"TalksSettings")
        self.layout = QVBoxLayout(TalksSettings)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(TalksSettings)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.committeeCheck = QCheckBox(TalksSettings)
        self.committeeCheck.setObjectName(u"committeeCheck")

        self.layout.addWidget(self.committeeCheck)

        self.groupCheck = QCheckBox(TalksSettings)
        self.groupCheck.setObjectName(u"groupCheck")

        self.layout.addWidget(self.groupCheck)

        self.secretaryCheck = QCheckBox(TalksSettings)
        self.secretaryCheck.setObjectName(u"secretaryCheck")

        self.layout.addWidget(self.secretaryCheck)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.preLabel = QLabel(TalksSettings)
        self.preLabel.setObjectName(u"preLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.preLabel)

        self.preSpin = QSpinBox(TalksSettings)
        self.preSpin.setObjectName(u"preSpin")
        self.preSpin.setMinimum(7)
        self.preSpin.setMaximum(365)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.preSpin)

        self.remindLabel = QLabel(TalksSettings)
        self.remindLabel.setObjectName(u"remindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.remindLabel)

        self.remindSpin = QSpinBox(TalksSettings)
        self.remindSpin.setObjectName(u"remindSpin")
        self.remindSpin.setMinimum(1)
        self.remindSpin.setMaximum(12)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.remindSpin)


        self.layout.addLayout(self.form)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.defaultsButton = QPushButton(TalksSettings)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.buttons.addWidget(self.defaultsButton)

        self.spacer19 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer19)

        self.saveButton = QPushButton(TalksSettings)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

        self.spacer20 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer20)

#if QT_CONFIG(shortcut)
        self.preLabel.setBuddy(self.preSpin)
        self.remindLabel.setBuddy(self.remindSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TalksSettings)
    # setupUi

    def retranslateUi(self, TalksSettings):
        self.hintLabel.setText(QCoreApplication.translate("TalksSettings", u"\u6309\u89c4\u5b9a\uff0c\u652f\u59d4\u4e4b\u95f4\u3001\u652f\u59d4\u4e0e\u515a\u5458\u4e4b\u95f4\u3001\u515a\u5458\u4e0e\u515a\u5458\u4e4b\u95f4\u6bcf\u5e74\u8c08\u5fc3\u8c08\u8bdd\u4e00\u822c\u4e0d\u5c11\u4e8e1\u6b21\u3002\u4e0b\u9762\u7684\u89c4\u5219\u51b3\u5b9a\u201c\u8c08\u8bdd\u60c5\u51b5\u201d\u4e2d\u54ea\u4e9b\u4e24\u4eba\u4e4b\u95f4\u5e94\u5f53\u8c08\u8bdd\uff1b\u4e66\u8bb0\u4e0e\u6bcf\u4f4d\u652f\u59d4\u4e4b\u95f4\u603b\u662f\u5e94\u8c08\u3002", None))
        self.committeeCheck.setText(QCoreApplication.translate("TalksSettings", u"\u652f\u90e8\u59d4\u5458\u4e4b\u95f4\u4e24\u4e24\u8c08\u8bdd", None))
        self.groupCheck.setText(QCoreApplication.translate("TalksSettings", u"\u652f\u90e8\u59d4\u5458\u4e0e\u672c\u4eba\u6240\u5728\u515a\u5c0f\u7ec4\u7684\u515a\u5458\u8c08\u8bdd\uff08\u515a\u5c0f\u7ec4\u91cc\u6ca1\u6709\u652f\u59d4\u7684\u515a\u5458\u7531\u4e66\u8bb0\u8c08\u8bdd\uff09", None))
        self.secretaryCheck.setText(QCoreApplication.translate("TalksSettings", u"\u4e66\u8bb0\u4e0e\u6bcf\u540d\u515a\u5458\u8c08\u8bdd", None))
        self.preLabel.setText(QCoreApplication.translate("TalksSettings", u"\u4f1a\u524d\u8c08\u8bdd\uff1a", None))
        self.preSpin.setSuffix(QCoreApplication.translate("TalksSettings", u" \u5929", None))
        self.preSpin.setPrefix(QCoreApplication.translate("TalksSettings", u"\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u524d ", None))
        self.remindLabel.setText(QCoreApplication.translate("TalksSettings", u"\u9996\u9875\u63d0\u9192\uff1a", None))
        self.remindSpin.setSuffix(QCoreApplication.translate("TalksSettings", u" \u6708\u8d77", None))
        self.remindSpin.setPrefix(QCoreApplication.translate("TalksSettings", u"\u6bcf\u5e74 ", None))
        self.defaultsButton.setText(QCoreApplication.translate("TalksSettings", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.saveButton.setText(QCoreApplication.translate("TalksSettings", u"\u4fdd\u5b58", None))
        pass
    # retranslateUi

