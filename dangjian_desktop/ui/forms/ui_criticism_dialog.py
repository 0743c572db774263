# GENERATED from forms/criticism_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout)

class Ui_CriticismDialog(object):
    def setupUi(self, CriticismDialog):
        if not CriticismDialog.objectName():
            CriticismDialog.setObjectName(u"CriticismDialog")
        CriticismDialog.resize(560, 420)
        CriticismDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CriticismDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.criticLabel = QLabel(CriticismDialog)
        self.criticLabel.setObjectName(u"criticLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.criticLabel)

        self.criticCombo = QComboBox(CriticismDialog)
        self.criticCombo.setObjectName(u"criticCombo")
        self.criticCombo.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.criticCombo)

        self.targetLabel = QLabel(CriticismDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(CriticismDialog)
        self.targetCombo.setObjectName(u"targetCombo")
        self.targetCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.pointsLabel = QLabel(CriticismDialog)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.pointsEdit = QPlainTextEdit(CriticismDialog)
        self.pointsEdit.setObjectName(u"pointsEdit")
        self.pointsEdit.setTabChangesFocus(True)
        self.pointsEdit.setMinimumHeight(110)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pointsEdit)

        self.responseLabel = QLabel(CriticismDialog)
        self.responseLabel.setObjectName(u"responseLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responseLabel)

        self.responseEdit = QPlainTextEdit(CriticismDialog)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setTabChangesFocus(True)
        self.responseEdit.setMinimumHeight(60)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.responseEdit)


        self.dialogLayout.addLayout(self.form)

        self.kindHint = QLabel(CriticismDialog)
        self.kindHint.setObjectName(u"kindHint")
        self.kindHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.kindHint)

        self.errorLabel = QLabel(CriticismDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CriticismDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.criticLabel.setBuddy(self.criticCombo)
        self.targetLabel.setBuddy(self.targetCombo)
        self.pointsLabel.setBuddy(self.pointsEdit)
        self.responseLabel.setBuddy(self.responseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CriticismDialog)
    # setupUi

    def retranslateUi(self, CriticismDialog):
        CriticismDialog.setWindowTitle(QCoreApplication.translate("CriticismDialog", u"\u6279\u8bc4\u548c\u81ea\u6211\u6279\u8bc4", None))
        self.criticLabel.setText(QCoreApplication.translate("CriticismDialog", u"\u63d0\u51fa\u4eba\uff1a", None))
        self.targetLabel.setText(QCoreApplication.translate("CriticismDialog", u"\u6279\u8bc4\u5bf9\u8c61\uff1a", None))
#if QT_CONFIG(tooltip)
        self.targetCombo.setToolTip(QCoreApplication.translate("CriticismDialog", u"\u4e0e\u63d0\u51fa\u4eba\u76f8\u540c\u5373\u4e3a\u81ea\u6211\u6279\u8bc4", None))
#endif // QT_CONFIG(tooltip)
        self.pointsLabel.setText(QCoreApplication.translate("CriticismDialog", u"\u610f\u89c1\u8981\u70b9\uff1a", None))
        self.responseLabel.setText(QCoreApplication.translate("CriticismDialog", u"\u8868\u6001\uff1a", None))
        self.responseEdit.setPlaceholderText(QCoreApplication.translate("CriticismDialog", u"\u88ab\u6279\u8bc4\u540c\u5fd7\u7684\u8868\u6001\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.kindHint.setProperty(u"role", QCoreApplication.translate("CriticismDialog", u"hint", None))
        self.kindHint.setText("")
        self.errorLabel.setText("")
    # retranslateUi

