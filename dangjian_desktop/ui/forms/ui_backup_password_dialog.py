# GENERATED from forms/backup_password_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BackupPasswordDialog(object):
    def setupUi(self, BackupPasswordDialog):
        if not BackupPasswordDialog.objectName():
            BackupPasswordDialog.setObjectName(u"BackupPasswordDialog")
        BackupPasswordDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(BackupPasswordDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.hintLabel = QLabel(BackupPasswordDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passwordLabel = QLabel(BackupPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(BackupPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(BackupPasswordDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(BackupPasswordDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.noEncryptCheck = QCheckBox(BackupPasswordDialog)
        self.noEncryptCheck.setObjectName(u"noEncryptCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.noEncryptCheck)


        self.mainLayout.addLayout(self.form)

        self.warningLabel = QLabel(BackupPasswordDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(BackupPasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(BackupPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.noEncryptCheck)

        self.retranslateUi(BackupPasswordDialog)
    # setupUi

    def retranslateUi(self, BackupPasswordDialog):
        BackupPasswordDialog.setWindowTitle(QCoreApplication.translate("BackupPasswordDialog", u"\u5907\u4efd\u5bc6\u7801", None))
        self.hintLabel.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("BackupPasswordDialog", u"\u5bc6\u7801(&P)\uff1a", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("BackupPasswordDialog", u"\u81f3\u5c116\u4e2a\u5b57\u7b26", None))
        self.confirmLabel.setText(QCoreApplication.translate("BackupPasswordDialog", u"\u518d\u8f93\u4e00\u6b21(&C)\uff1a", None))
        self.noEncryptCheck.setText(QCoreApplication.translate("BackupPasswordDialog", u"\u4e0d\u52a0\u5bc6\uff08\u4e0d\u63a8\u8350\uff09", None))
        self.warningLabel.setText("")
        self.warningLabel.setProperty(u"role", QCoreApplication.translate("BackupPasswordDialog", u"warning", None))
        self.errorLabel.setText("")
        self.errorLabel.setProperty(u"role", QCoreApplication.translate("BackupPasswordDialog", u"error", None))
    # retranslateUi

