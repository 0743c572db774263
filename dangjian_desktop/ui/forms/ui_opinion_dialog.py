# GENERATED from forms/opinion_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_OpinionDialog(object):
    def setupUi(self, OpinionDialog):
        if not OpinionDialog.objectName():
            OpinionDialog.setObjectName(u"OpinionDialog")
        OpinionDialog.resize(560, 480)
        OpinionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(OpinionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(OpinionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = OptionalDateEdit(OpinionDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.sourceLabel = QLabel(OpinionDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(OpinionDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.categoryLabel = QLabel(OpinionDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(OpinionDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.targetLabel = QLabel(OpinionDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(OpinionDialog)
        self.targetCombo.setObjectName(u"targetCombo")
        self.targetCombo.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.contentLabel = QLabel(OpinionDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(OpinionDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)
        self.contentEdit.setMinimumHeight(110)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.responseLabel = QLabel(OpinionDialog)
        self.responseLabel.setObjectName(u"responseLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.responseLabel)

        self.responseEdit = QPlainTextEdit(OpinionDialog)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setTabChangesFocus(True)
        self.responseEdit.setMinimumHeight(70)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.responseEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(OpinionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OpinionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.targetLabel.setBuddy(self.targetCombo)
        self.contentLabel.setBuddy(self.contentEdit)
        self.responseLabel.setBuddy(self.responseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpinionDialog)
    # setupUi

    def retranslateUi(self, OpinionDialog):
        OpinionDialog.setWindowTitle(QCoreApplication.translate("OpinionDialog", u"\u5f81\u6c42\u610f\u89c1", None))
        self.dateLabel.setText(QCoreApplication.translate("OpinionDialog", u"\u5f81\u6c42\u65e5\u671f\uff1a", None))
        self.sourceLabel.setText(QCoreApplication.translate("OpinionDialog", u"\u610f\u89c1\u6765\u6e90\uff1a", None))
        self.categoryLabel.setText(QCoreApplication.translate("OpinionDialog", u"\u610f\u89c1\u7c7b\u522b\uff1a", None))
        self.targetLabel.setText(QCoreApplication.translate("OpinionDialog", u"\u610f\u89c1\u5bf9\u8c61\uff1a", None))
        self.contentLabel.setText(QCoreApplication.translate("OpinionDialog", u"\u610f\u89c1\u5185\u5bb9\uff1a", None))
        self.responseLabel.setText(QCoreApplication.translate("OpinionDialog", u"\u53cd\u9988\u548c\u91c7\u7eb3\u60c5\u51b5\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

