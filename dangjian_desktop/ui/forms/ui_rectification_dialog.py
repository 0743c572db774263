# GENERATED from forms/rectification_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_RectificationDialog(object):
    def setupUi(self, RectificationDialog):
        if not RectificationDialog.objectName():
            RectificationDialog.setObjectName(u"RectificationDialog")
        RectificationDialog.resize(560, 420)
        RectificationDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RectificationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.itemValueLabel = QLabel(RectificationDialog)
        self.itemValueLabel.setObjectName(u"itemValueLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemValueLabel)

        self.itemValue = QLabel(RectificationDialog)
        self.itemValue.setObjectName(u"itemValue")
        self.itemValue.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemValue)

        self.measureEditLabel = QLabel(RectificationDialog)
        self.measureEditLabel.setObjectName(u"measureEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measureEditLabel)

        self.measureEdit = QPlainTextEdit(RectificationDialog)
        self.measureEdit.setObjectName(u"measureEdit")
        self.measureEdit.setTabChangesFocus(True)
        self.measureEdit.setMaximumHeight(90)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measureEdit)

        self.responsibleEditLabel = QLabel(RectificationDialog)
        self.responsibleEditLabel.setObjectName(u"responsibleEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.responsibleEditLabel)

        self.responsibleEdit = QLineEdit(RectificationDialog)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)

        self.deadlineEditLabel = QLabel(RectificationDialog)
        self.deadlineEditLabel.setObjectName(u"deadlineEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineEditLabel)

        self.deadlineEdit = QDateEdit(RectificationDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.statusComboLabel = QLabel(RectificationDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(RectificationDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.completedEditLabel = QLabel(RectificationDialog)
        self.completedEditLabel.setObjectName(u"completedEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.completedEditLabel)

        self.completedRow = QHBoxLayout()
        self.completedRow.setObjectName(u"completedRow")
        self.completedEdit = OptionalDateEdit(RectificationDialog)
        self.completedEdit.setObjectName(u"completedEdit")

        self.completedRow.addWidget(self.completedEdit)

        self.completedHint = QLabel(RectificationDialog)
        self.completedHint.setObjectName(u"completedHint")

        self.completedRow.addWidget(self.completedHint)

        self.completedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.completedRow.addItem(self.completedSpacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.completedRow)

        self.noteEditLabel = QLabel(RectificationDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(RectificationDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(RectificationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RectificationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.itemValueLabel.setBuddy(self.itemValue)
        self.measureEditLabel.setBuddy(self.measureEdit)
        self.responsibleEditLabel.setBuddy(self.responsibleEdit)
        self.deadlineEditLabel.setBuddy(self.deadlineEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.completedEditLabel.setBuddy(self.completedEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RectificationDialog)
    # setupUi

    def retranslateUi(self, RectificationDialog):
        RectificationDialog.setWindowTitle(QCoreApplication.translate("RectificationDialog", u"\u6574\u6539", None))
        self.itemValueLabel.setText(QCoreApplication.translate("RectificationDialog", u"\u95ee\u9898\u9879\u76ee\uff1a", None))
        self.itemValue.setText("")
        self.measureEditLabel.setText(QCoreApplication.translate("RectificationDialog", u"\u6574\u6539\u63aa\u65bd\uff1a", None))
        self.responsibleEditLabel.setText(QCoreApplication.translate("RectificationDialog", u"\u8d23\u4efb\u4eba\uff1a", None))
        self.deadlineEditLabel.setText(QCoreApplication.translate("RectificationDialog", u"\u6574\u6539\u671f\u9650\uff1a", None))
        self.deadlineEdit.setDisplayFormat(QCoreApplication.translate("RectificationDialog", u"yyyy-MM-dd", None))
        self.statusComboLabel.setText(QCoreApplication.translate("RectificationDialog", u"\u72b6\u6001\uff1a", None))
        self.completedEditLabel.setText(QCoreApplication.translate("RectificationDialog", u"\u5b8c\u6210\u65e5\u671f\uff1a", None))
        self.completedHint.setText(QCoreApplication.translate("RectificationDialog", u"\u6574\u6539\u5b8c\u6210\u540e\u586b\u5199", None))
        self.completedHint.setProperty(u"role", QCoreApplication.translate("RectificationDialog", u"hint", None))
        self.noteEditLabel.setText(QCoreApplication.translate("RectificationDialog", u"\u5907\u6ce8\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

