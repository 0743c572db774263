# GENERATED from forms/group_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout)

class Ui_GroupDialog(object):
    def setupUi(self, GroupDialog):
        if not GroupDialog.objectName():
            GroupDialog.setObjectName(u"GroupDialog")
        GroupDialog.resize(460, 200)
        self.mainLayout = QVBoxLayout(GroupDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(GroupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(GroupDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.leaderLabel = QLabel(GroupDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leaderCombo = QComboBox(GroupDialog)
        self.leaderCombo.setObjectName(u"leaderCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leaderCombo)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(GroupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(GroupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.leaderLabel.setBuddy(self.leaderCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupDialog)
    # setupUi

    def retranslateUi(self, GroupDialog):
        GroupDialog.setWindowTitle(QCoreApplication.translate("GroupDialog", u"\u515a\u5c0f\u7ec4", None))
        self.nameLabel.setText(QCoreApplication.translate("GroupDialog", u"\u515a\u5c0f\u7ec4\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"\u4f8b\u5982\uff1a\u7b2c\u4e00\u515a\u5c0f\u7ec4", None))
        self.leaderLabel.setText(QCoreApplication.translate("GroupDialog", u"\u7ec4\u957f", None))
        self.errorLabel.setText("")
        self.errorLabel.setProperty(u"role", QCoreApplication.translate("GroupDialog", u"error", None))
    # retranslateUi

