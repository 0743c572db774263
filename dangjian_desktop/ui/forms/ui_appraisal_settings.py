# GENERATED from forms/appraisal_settings.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_AppraisalSettings(object):
    def setupUi(self, AppraisalSettings):
        if not AppraisalSettings.objectName():
            AppraisalSettings.setObjectName(u"AppraisalSettings")
        self.layout = QVBoxLayout(AppraisalSettings)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(AppraisalSettings)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.shareLabel = QLabel(AppraisalSettings)
        self.shareLabel.setObjectName(u"shareLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.shareLabel)

        self.shareCombo = QComboBox(AppraisalSettings)
        self.shareCombo.setObjectName(u"shareCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.shareCombo)

        self.probationaryTitle = QLabel(AppraisalSettings)
        self.probationaryTitle.setObjectName(u"probationaryTitle")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.probationaryTitle)

        self.probationaryCheck = QCheckBox(AppraisalSettings)
        self.probationaryCheck.setObjectName(u"probationaryCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.probationaryCheck)

        self.voidTitle = QLabel(AppraisalSettings)
        self.voidTitle.setObjectName(u"voidTitle")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.voidTitle)

        self.voidCheck = QCheckBox(AppraisalSettings)
        self.voidCheck.setObjectName(u"voidCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.voidCheck)

        self.categoriesLabel = QLabel(AppraisalSettings)
        self.categoriesLabel.setObjectName(u"categoriesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoriesLabel)

        self.categoriesEdit = QPlainTextEdit(AppraisalSettings)
        self.categoriesEdit.setObjectName(u"categoriesEdit")
        self.categoriesEdit.setTabChangesFocus(True)
        self.categoriesEdit.setMinimumHeight(120)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoriesEdit)


        self.layout.addLayout(self.form)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.defaultsButton = QPushButton(AppraisalSettings)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.buttons.addWidget(self.defaultsButton)

        self.spacer17 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer17)

        self.saveButton = QPushButton(AppraisalSettings)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

        self.spacer18 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer18)

#if QT_CONFIG(shortcut)
        self.shareLabel.setBuddy(self.shareCombo)
        self.categoriesLabel.setBuddy(self.categoriesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AppraisalSettings)
    # setupUi

    def retranslateUi(self, AppraisalSettings):
        self.hintLabel.setText(QCoreApplication.translate("AppraisalSettings", u"\u5404\u5730\u89c4\u5b9a\u4e0d\u5c3d\u76f8\u540c\uff0c\u53ef\u6309\u4e0a\u7ea7\u515a\u59d4\u7684\u8981\u6c42\u8c03\u6574\u3002\u5df2\u4fdd\u5b58\u7684\u8bc4\u8bae\u7ed3\u679c\u4e0d\u53d7\u5f71\u54cd\uff0c\u4f46\u518d\u6b21\u4fdd\u5b58\u65f6\u6309\u65b0\u89c4\u5b9a\u68c0\u67e5\u3002", None))
        self.shareLabel.setText(QCoreApplication.translate("AppraisalSettings", u"\u4f18\u79c0\u6bd4\u4f8b\uff1a", None))
#if QT_CONFIG(tooltip)
        self.shareCombo.setToolTip(QCoreApplication.translate("AppraisalSettings", u"\u8bc4\u4e3a\u4f18\u79c0\u7684\u515a\u5458\u4e0d\u8d85\u8fc7\u53c2\u8bc4\u515a\u5458\u7684\u8fd9\u4e2a\u6bd4\u4f8b\uff08\u5411\u4e0b\u53d6\u6574\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.probationaryTitle.setText(QCoreApplication.translate("AppraisalSettings", u"\u9884\u5907\u515a\u5458\uff1a", None))
        self.probationaryCheck.setText(QCoreApplication.translate("AppraisalSettings", u"\u9884\u5907\u515a\u5458\u4e5f\u8bc4\u5b9a\u7b49\u6b21\uff08\u9ed8\u8ba4\uff1a\u53c2\u52a0\u8bc4\u8bae\uff0c\u4e0d\u8bc4\u5b9a\u7b49\u6b21\uff09", None))
        self.voidTitle.setText(QCoreApplication.translate("AppraisalSettings", u"\u6d4b\u8bc4\u7968\uff1a", None))
        self.voidCheck.setText(QCoreApplication.translate("AppraisalSettings", u"\u8bc4\u4e3a\u4f18\u79c0\u7684\u4eba\u6570\u8d85\u8fc7\u89c4\u5b9a\u540d\u989d\u7684\u6d4b\u8bc4\u7968\u4f5c\u5e9f", None))
        self.categoriesLabel.setText(QCoreApplication.translate("AppraisalSettings", u"\u5f81\u6c42\u610f\u89c1\u7c7b\u522b\uff1a", None))
        self.categoriesEdit.setPlaceholderText(QCoreApplication.translate("AppraisalSettings", u"\u6bcf\u884c\u4e00\u9879", None))
        self.defaultsButton.setText(QCoreApplication.translate("AppraisalSettings", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.saveButton.setText(QCoreApplication.translate("AppraisalSettings", u"\u4fdd\u5b58", None))
        pass
    # retranslateUi

