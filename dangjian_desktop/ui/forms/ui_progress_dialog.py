# GENERATED from forms/progress_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout)

from dangjian_desktop.ui.widgets.attachments import AttachmentsWidget
from dangjian_desktop.ui.widgets.date_edit import DateEdit

class Ui_ProgressDialog(object):
    def setupUi(self, ProgressDialog):
        if not ProgressDialog.objectName():
            ProgressDialog.setObjectName(u"ProgressDialog")
        ProgressDialog.resize(600, 460)
        ProgressDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ProgressDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.itemComboLabel = QLabel(ProgressDialog)
        self.itemComboLabel.setObjectName(u"itemComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemComboLabel)

        self.itemCombo = QComboBox(ProgressDialog)
        self.itemCombo.setObjectName(u"itemCombo")
        self.itemCombo.setMinimumWidth(360)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemCombo)

        self.dateEditLabel = QLabel(ProgressDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = DateEdit(ProgressDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.textEditLabel = QLabel(ProgressDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textEditLabel)

        self.textEdit = QPlainTextEdit(ProgressDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.attachmentsListLabel = QLabel(ProgressDialog)
        self.attachmentsListLabel.setObjectName(u"attachmentsListLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attachmentsListLabel)

        self.attachmentsWidget = AttachmentsWidget(ProgressDialog)
        self.attachmentsWidget.setObjectName(u"attachmentsWidget")
        self.attachmentsWidget.setMaximumHeight(150)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attachmentsWidget)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(ProgressDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProgressDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.itemComboLabel.setBuddy(self.itemCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.textEditLabel.setBuddy(self.textEdit)
        self.attachmentsListLabel.setBuddy(self.attachmentsWidget)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgressDialog)
    # setupUi

    def retranslateUi(self, ProgressDialog):
        ProgressDialog.setWindowTitle(QCoreApplication.translate("ProgressDialog", u"\u8bb0\u5f55\u8df5\u8bfa\u60c5\u51b5", None))
        self.itemComboLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u627f\u8bfa\u4e8b\u9879\uff1a", None))
        self.dateEditLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u65e5\u671f\uff1a", None))
        self.textEditLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u8df5\u8bfa\u60c5\u51b5\uff1a", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("ProgressDialog", u"\u505a\u4e86\u4ec0\u4e48\u3001\u53d6\u5f97\u4ec0\u4e48\u6548\u679c", None))
        self.attachmentsListLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u8bc1\u660e\u6750\u6599\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

