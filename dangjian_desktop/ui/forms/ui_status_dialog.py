# GENERATED from forms/status_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout)

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(StatusDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.memberLabel = QLabel(StatusDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.mainLayout.addWidget(self.memberLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.statusLabel = QLabel(StatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(StatusDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.dateLabel = QLabel(StatusDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(StatusDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteLabel = QLabel(StatusDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(StatusDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.form)

        self.hintLabel = QLabel(StatusDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(StatusDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"\u53d8\u66f4\u515a\u5458\u72b6\u6001", None))
        self.memberLabel.setText("")
        self.memberLabel.setStyleSheet(QCoreApplication.translate("StatusDialog", u"font-weight: bold;", None))
        self.statusLabel.setText(QCoreApplication.translate("StatusDialog", u"\u65b0\u7684\u72b6\u6001", None))
        self.dateLabel.setText(QCoreApplication.translate("StatusDialog", u"\u65e5\u671f", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("StatusDialog", u"yyyy-MM-dd", None))
        self.noteLabel.setText(QCoreApplication.translate("StatusDialog", u"\u8bf4\u660e", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"\u4f8b\u5982\uff1a\u7ec4\u7ec7\u5173\u7cfb\u8f6c\u81f3\u96c6\u56e2\u516c\u53f8\u673a\u5173\u515a\u59d4", None))
        self.hintLabel.setText(QCoreApplication.translate("StatusDialog", u"\u515a\u5458\u4e0d\u4f1a\u88ab\u5220\u9664\uff1a\u53d8\u66f4\u540e\u4e0d\u518d\u8ba1\u5165\u5728\u518c\u4eba\u6570\uff0c\u4ee5\u524d\u7684\u4f1a\u8bae\u8bb0\u5f55\u7b49\u4fdd\u6301\u4e0d\u53d8\uff0c\u53ef\u968f\u65f6\u6062\u590d\u4e3a\u201c\u5728\u518c\u201d\u3002", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("StatusDialog", u"hint", None))
        self.errorLabel.setText("")
        self.errorLabel.setProperty(u"role", QCoreApplication.translate("StatusDialog", u"error", None))
    # retranslateUi

