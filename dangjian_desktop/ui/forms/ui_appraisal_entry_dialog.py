# GENERATED from forms/appraisal_entry_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_AppraisalEntryDialog(object):
    def setupUi(self, AppraisalEntryDialog):
        if not AppraisalEntryDialog.objectName():
            AppraisalEntryDialog.setObjectName(u"AppraisalEntryDialog")
        AppraisalEntryDialog.resize(580, 560)
        AppraisalEntryDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AppraisalEntryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameTitle = QLabel(AppraisalEntryDialog)
        self.nameTitle.setObjectName(u"nameTitle")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameTitle)

        self.nameValue = QLabel(AppraisalEntryDialog)
        self.nameValue.setObjectName(u"nameValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.exemptLabel = QLabel(AppraisalEntryDialog)
        self.exemptLabel.setObjectName(u"exemptLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.exemptLabel)

        self.exemptEdit = QLineEdit(AppraisalEntryDialog)
        self.exemptEdit.setObjectName(u"exemptEdit")
        self.exemptEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.exemptEdit)

        self.selfLabel = QLabel(AppraisalEntryDialog)
        self.selfLabel.setObjectName(u"selfLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.selfLabel)

        self.selfEdit = QPlainTextEdit(AppraisalEntryDialog)
        self.selfEdit.setObjectName(u"selfEdit")
        self.selfEdit.setTabChangesFocus(True)
        self.selfEdit.setMinimumHeight(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.selfEdit)

        self.followLabel = QLabel(AppraisalEntryDialog)
        self.followLabel.setObjectName(u"followLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.followLabel)

        self.followCombo = QComboBox(AppraisalEntryDialog)
        self.followCombo.setObjectName(u"followCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.followCombo)

        self.followNoteLabel = QLabel(AppraisalEntryDialog)
        self.followNoteLabel.setObjectName(u"followNoteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.followNoteLabel)

        self.followNoteEdit = QPlainTextEdit(AppraisalEntryDialog)
        self.followNoteEdit.setObjectName(u"followNoteEdit")
        self.followNoteEdit.setTabChangesFocus(True)
        self.followNoteEdit.setMinimumHeight(60)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.followNoteEdit)

        self.followDateLabel = QLabel(AppraisalEntryDialog)
        self.followDateLabel.setObjectName(u"followDateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.followDateLabel)

        self.followDateEdit = OptionalDateEdit(AppraisalEntryDialog)
        self.followDateEdit.setObjectName(u"followDateEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.followDateEdit)

        self.notifiedLabel = QLabel(AppraisalEntryDialog)
        self.notifiedLabel.setObjectName(u"notifiedLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notifiedLabel)

        self.notifiedEdit = OptionalDateEdit(AppraisalEntryDialog)
        self.notifiedEdit.setObjectName(u"notifiedEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notifiedEdit)

        self.noteLabel = QLabel(AppraisalEntryDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(AppraisalEntryDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.gradeHint = QLabel(AppraisalEntryDialog)
        self.gradeHint.setObjectName(u"gradeHint")
        self.gradeHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.gradeHint)

        self.errorLabel = QLabel(AppraisalEntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AppraisalEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.exemptLabel.setBuddy(self.exemptEdit)
        self.selfLabel.setBuddy(self.selfEdit)
        self.followLabel.setBuddy(self.followCombo)
        self.followNoteLabel.setBuddy(self.followNoteEdit)
        self.followDateLabel.setBuddy(self.followDateEdit)
        self.notifiedLabel.setBuddy(self.notifiedEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AppraisalEntryDialog)
    # setupUi

    def retranslateUi(self, AppraisalEntryDialog):
        AppraisalEntryDialog.setWindowTitle(QCoreApplication.translate("AppraisalEntryDialog", u"\u6c11\u4e3b\u8bc4\u8bae", None))
        self.nameTitle.setText(QCoreApplication.translate("AppraisalEntryDialog", u"\u515a\u5458\uff1a", None))
        self.nameValue.setText("")
        self.exemptLabel.setText(QCoreApplication.translate("AppraisalEntryDialog", u"\u4e0d\u53c2\u52a0\u8bc4\u8bae\uff1a", None))
        self.exemptEdit.setPlaceholderText(QCoreApplication.translate("AppraisalEntryDialog", u"\u5982\u957f\u671f\u75c5\u4f11\u3001\u5916\u6d3e\uff0c\u5199\u660e\u539f\u56e0\uff1b\u53c2\u52a0\u8bc4\u8bae\u5219\u7559\u7a7a", None))
        self.selfLabel.setText(QCoreApplication.translate("AppraisalEntryDialog", u"\u4e2a\u4eba\u81ea\u8bc4\uff1a", None))
        self.followLabel.setText(QCoreApplication.translate("AppraisalEntryDialog", u"\u5904\u7406\u610f\u89c1\uff1a", None))
        self.followNoteLabel.setText(QCoreApplication.translate("AppraisalEntryDialog", u"\u5177\u4f53\u63aa\u65bd\uff1a", None))
        self.followNoteEdit.setPlaceholderText(QCoreApplication.translate("AppraisalEntryDialog", u"\u5982\uff1a\u9650\u671f\u4e09\u4e2a\u6708\u6539\u6b63\uff0c\u7531\u515a\u5c0f\u7ec4\u957f\u7ed3\u5bf9\u5e2e\u52a9", None))
        self.followDateLabel.setText(QCoreApplication.translate("AppraisalEntryDialog", u"\u51b3\u5b9a\u65e5\u671f\uff1a", None))
        self.notifiedLabel.setText(QCoreApplication.translate("AppraisalEntryDialog", u"\u544a\u77e5\u672c\u4eba\u65e5\u671f\uff1a", None))
        self.noteLabel.setText(QCoreApplication.translate("AppraisalEntryDialog", u"\u5907\u6ce8\uff1a", None))
        self.gradeHint.setProperty(u"role", QCoreApplication.translate("AppraisalEntryDialog", u"hint", None))
        self.gradeHint.setText("")
        self.errorLabel.setText("")
    # retranslateUi

