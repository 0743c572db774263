# GENERATED from forms/pair_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout)

class Ui_PairDialog(object):
    def setupUi(self, PairDialog):
        if not PairDialog.objectName():
            PairDialog.setObjectName(u"PairDialog")
        PairDialog.resize(560, 420)
        PairDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PairDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.mentorComboLabel = QLabel(PairDialog)
        self.mentorComboLabel.setObjectName(u"mentorComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mentorComboLabel)

        self.mentorCombo = QComboBox(PairDialog)
        self.mentorCombo.setObjectName(u"mentorCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mentorCombo)

        self.menteesEditLabel = QLabel(PairDialog)
        self.menteesEditLabel.setObjectName(u"menteesEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.menteesEditLabel)

        self.menteesEdit = QLineEdit(PairDialog)
        self.menteesEdit.setObjectName(u"menteesEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.menteesEdit)

        self.goalEditLabel = QLabel(PairDialog)
        self.goalEditLabel.setObjectName(u"goalEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goalEditLabel)

        self.goalEdit = QPlainTextEdit(PairDialog)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setTabChangesFocus(True)
        self.goalEdit.setMaximumHeight(80)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goalEdit)

        self.resultEditLabel = QLabel(PairDialog)
        self.resultEditLabel.setObjectName(u"resultEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resultEditLabel)

        self.resultEdit = QPlainTextEdit(PairDialog)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setTabChangesFocus(True)
        self.resultEdit.setMaximumHeight(80)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resultEdit)

        self.outcomeComboLabel = QLabel(PairDialog)
        self.outcomeComboLabel.setObjectName(u"outcomeComboLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeComboLabel)

        self.outcomeCombo = QComboBox(PairDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(PairDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PairDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.mentorComboLabel.setBuddy(self.mentorCombo)
        self.menteesEditLabel.setBuddy(self.menteesEdit)
        self.goalEditLabel.setBuddy(self.goalEdit)
        self.resultEditLabel.setBuddy(self.resultEdit)
        self.outcomeComboLabel.setBuddy(self.outcomeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PairDialog)
    # setupUi

    def retranslateUi(self, PairDialog):
        PairDialog.setWindowTitle(QCoreApplication.translate("PairDialog", u"\u4e00\u5e26\u4e8c\u5e2e\u5e26", None))
        self.mentorComboLabel.setText(QCoreApplication.translate("PairDialog", u"\u5e2e\u5e26\u4eba\uff1a", None))
        self.menteesEditLabel.setText(QCoreApplication.translate("PairDialog", u"\u88ab\u5e2e\u5e26\u4eba\uff1a", None))
        self.menteesEdit.setPlaceholderText(QCoreApplication.translate("PairDialog", u"\u4e00\u822c\u4e3a\u4e24\u540d\u540c\u4e8b\uff0c\u7528\u987f\u53f7\u6216\u9017\u53f7\u5206\u9694", None))
        self.goalEditLabel.setText(QCoreApplication.translate("PairDialog", u"\u5e2e\u5e26\u76ee\u6807\uff1a", None))
        self.resultEditLabel.setText(QCoreApplication.translate("PairDialog", u"\u5e2e\u5e26\u6210\u6548\uff1a", None))
        self.outcomeComboLabel.setText(QCoreApplication.translate("PairDialog", u"\u7ed3\u679c\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

