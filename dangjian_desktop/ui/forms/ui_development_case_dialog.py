# GENERATED from forms/development_case_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import (DateEdit, OptionalDateEdit)

class Ui_DevelopmentCaseDialog(object):
    def setupUi(self, DevelopmentCaseDialog):
        if not DevelopmentCaseDialog.objectName():
            DevelopmentCaseDialog.setObjectName(u"DevelopmentCaseDialog")
        self.layout = QVBoxLayout(DevelopmentCaseDialog)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(DevelopmentCaseDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(DevelopmentCaseDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(DevelopmentCaseDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(30)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idLabel = QLabel(DevelopmentCaseDialog)
        self.idLabel.setObjectName(u"idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(DevelopmentCaseDialog)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(20)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.genderLabel = QLabel(DevelopmentCaseDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(DevelopmentCaseDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.ethnicityLabel = QLabel(DevelopmentCaseDialog)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityCombo = QComboBox(DevelopmentCaseDialog)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")
        self.ethnicityCombo.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ethnicityCombo)

        self.birthLabel = QLabel(DevelopmentCaseDialog)
        self.birthLabel.setObjectName(u"birthLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthDate = OptionalDateEdit(DevelopmentCaseDialog)
        self.birthDate.setObjectName(u"birthDate")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthDate)

        self.educationLabel = QLabel(DevelopmentCaseDialog)
        self.educationLabel.setObjectName(u"educationLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationCombo = QComboBox(DevelopmentCaseDialog)
        self.educationCombo.setObjectName(u"educationCombo")
        self.educationCombo.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.positionLabel = QLabel(DevelopmentCaseDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(DevelopmentCaseDialog)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaxLength(100)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.phoneLabel = QLabel(DevelopmentCaseDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(DevelopmentCaseDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.appliedLabel = QLabel(DevelopmentCaseDialog)
        self.appliedLabel.setObjectName(u"appliedLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.appliedLabel)

        self.appliedDate = DateEdit(DevelopmentCaseDialog)
        self.appliedDate.setObjectName(u"appliedDate")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.appliedDate)

        self.noteLabel = QLabel(DevelopmentCaseDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(DevelopmentCaseDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.form)

        self.checksLabel = QLabel(DevelopmentCaseDialog)
        self.checksLabel.setObjectName(u"checksLabel")
        self.checksLabel.setWordWrap(True)

        self.layout.addWidget(self.checksLabel)

        self.errorLabel = QLabel(DevelopmentCaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DevelopmentCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idLabel.setBuddy(self.idEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.ethnicityLabel.setBuddy(self.ethnicityCombo)
        self.birthLabel.setBuddy(self.birthDate)
        self.educationLabel.setBuddy(self.educationCombo)
        self.positionLabel.setBuddy(self.positionEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.appliedLabel.setBuddy(self.appliedDate)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevelopmentCaseDialog)
    # setupUi

    def retranslateUi(self, DevelopmentCaseDialog):
        DevelopmentCaseDialog.setWindowTitle(QCoreApplication.translate("DevelopmentCaseDialog", u"\u5165\u515a\u7533\u8bf7\u4eba", None))
        self.hintLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u6309\u5165\u515a\u7533\u8bf7\u4e66\u586b\u5199\u3002\u8eab\u4efd\u8bc1\u53f7\u7528\u4e8e\u6838\u5bf9\u51fa\u751f\u65e5\u671f\u548c\u6027\u522b\uff0c\u63a5\u6536\u4e3a\u9884\u5907\u515a\u5458\u65f6\u4e00\u5e76\u5217\u5165\u515a\u5458\u540d\u518c\uff0c\u4e0d\u5fc5\u518d\u5f55\u5165\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u59d3\u540d\uff1a", None))
        self.idLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u8eab\u4efd\u8bc1\u53f7\uff1a", None))
        self.genderLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u6027\u522b\uff1a", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u6c11\u65cf\uff1a", None))
        self.birthLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u51fa\u751f\u65e5\u671f\uff1a", None))
        self.educationLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u5b66\u5386\uff1a", None))
        self.positionLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u5c97\u4f4d/\u804c\u52a1\uff1a", None))
        self.phoneLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u8054\u7cfb\u7535\u8bdd\uff1a", None))
        self.appliedLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u9012\u4ea4\u5165\u515a\u7533\u8bf7\u4e66\u65e5\u671f\uff1a", None))
        self.noteLabel.setText(QCoreApplication.translate("DevelopmentCaseDialog", u"\u5907\u6ce8\uff1a", None))
        self.checksLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

