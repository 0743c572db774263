# GENERATED from forms/problem_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_ProblemDialog(object):
    def setupUi(self, ProblemDialog):
        if not ProblemDialog.objectName():
            ProblemDialog.setObjectName(u"ProblemDialog")
        ProblemDialog.resize(600, 600)
        ProblemDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ProblemDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.ownerLabel = QLabel(ProblemDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(ProblemDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.problemLabel = QLabel(ProblemDialog)
        self.problemLabel.setObjectName(u"problemLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.problemLabel)

        self.problemEdit = QPlainTextEdit(ProblemDialog)
        self.problemEdit.setObjectName(u"problemEdit")
        self.problemEdit.setTabChangesFocus(True)
        self.problemEdit.setMinimumHeight(60)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.problemEdit)

        self.manifestationLabel = QLabel(ProblemDialog)
        self.manifestationLabel.setObjectName(u"manifestationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.manifestationLabel)

        self.manifestationEdit = QPlainTextEdit(ProblemDialog)
        self.manifestationEdit.setObjectName(u"manifestationEdit")
        self.manifestationEdit.setTabChangesFocus(True)
        self.manifestationEdit.setMinimumHeight(60)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.manifestationEdit)

        self.causeLabel = QLabel(ProblemDialog)
        self.causeLabel.setObjectName(u"causeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.causeEdit = QPlainTextEdit(ProblemDialog)
        self.causeEdit.setObjectName(u"causeEdit")
        self.causeEdit.setTabChangesFocus(True)
        self.causeEdit.setMinimumHeight(50)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.causeEdit)

        self.measureLabel = QLabel(ProblemDialog)
        self.measureLabel.setObjectName(u"measureLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.measureLabel)

        self.measureEdit = QPlainTextEdit(ProblemDialog)
        self.measureEdit.setObjectName(u"measureEdit")
        self.measureEdit.setTabChangesFocus(True)
        self.measureEdit.setMinimumHeight(60)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.measureEdit)

        self.responsibleLabel = QLabel(ProblemDialog)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleEdit = QLineEdit(ProblemDialog)
        self.responsibleEdit.setObjectName(u"responsibleEdit")
        self.responsibleEdit.setMaxLength(100)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)

        self.deadlineLabel = QLabel(ProblemDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = OptionalDateEdit(ProblemDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)


        self.dialogLayout.addLayout(self.form)

        self.statusHint = QLabel(ProblemDialog)
        self.statusHint.setObjectName(u"statusHint")
        self.statusHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusHint)

        self.errorLabel = QLabel(ProblemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProblemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.problemLabel.setBuddy(self.problemEdit)
        self.manifestationLabel.setBuddy(self.manifestationEdit)
        self.causeLabel.setBuddy(self.causeEdit)
        self.measureLabel.setBuddy(self.measureEdit)
        self.responsibleLabel.setBuddy(self.responsibleEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProblemDialog)
    # setupUi

    def retranslateUi(self, ProblemDialog):
        ProblemDialog.setWindowTitle(QCoreApplication.translate("ProblemDialog", u"\u95ee\u9898\u6e05\u5355", None))
        self.ownerLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u95ee\u9898\u6e05\u5355\uff1a", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("ProblemDialog", u"\u652f\u90e8\u73ed\u5b50\u7684\u95ee\u9898\u6e05\u5355\uff0c\u6216\u67d0\u4f4d\u652f\u59d4\u3001\u515a\u5458\u4e2a\u4eba\u7684\u95ee\u9898\u6e05\u5355", None))
#endif // QT_CONFIG(tooltip)
        self.problemLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u5b58\u5728\u7684\u95ee\u9898\uff1a", None))
        self.manifestationLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u5177\u4f53\u8868\u73b0\uff1a", None))
        self.causeLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u539f\u56e0\u5206\u6790\uff1a", None))
        self.measureLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u6574\u6539\u63aa\u65bd\uff1a", None))
        self.responsibleLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u8d23\u4efb\u4eba\uff1a", None))
        self.deadlineLabel.setText(QCoreApplication.translate("ProblemDialog", u"\u6574\u6539\u65f6\u9650\uff1a", None))
        self.statusHint.setProperty(u"role", QCoreApplication.translate("ProblemDialog", u"hint", None))
        self.statusHint.setText("")
        self.errorLabel.setText("")
    # retranslateUi

