# GENERATED from forms/pledge_item_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_PledgeItemDialog(object):
    def setupUi(self, PledgeItemDialog):
        if not PledgeItemDialog.objectName():
            PledgeItemDialog.setObjectName(u"PledgeItemDialog")
        PledgeItemDialog.resize(620, 440)
        PledgeItemDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PledgeItemDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.memberValueLabel = QLabel(PledgeItemDialog)
        self.memberValueLabel.setObjectName(u"memberValueLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberValueLabel)

        self.memberValue = QLabel(PledgeItemDialog)
        self.memberValue.setObjectName(u"memberValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberValue)

        self.categoryComboLabel = QLabel(PledgeItemDialog)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryComboLabel)

        self.categoryCombo = QComboBox(PledgeItemDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.contentEditLabel = QLabel(PledgeItemDialog)
        self.contentEditLabel.setObjectName(u"contentEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contentEditLabel)

        self.contentEdit = QPlainTextEdit(PledgeItemDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.measuresEditLabel = QLabel(PledgeItemDialog)
        self.measuresEditLabel.setObjectName(u"measuresEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.measuresEditLabel)

        self.measuresEdit = QPlainTextEdit(PledgeItemDialog)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setTabChangesFocus(True)
        self.measuresEdit.setMaximumHeight(80)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.measuresEdit)

        self.deadlineEditLabel = QLabel(PledgeItemDialog)
        self.deadlineEditLabel.setObjectName(u"deadlineEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deadlineEditLabel)

        self.deadlineRow = QHBoxLayout()
        self.deadlineRow.setObjectName(u"deadlineRow")
        self.deadlineEdit = OptionalDateEdit(PledgeItemDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.deadlineRow.addWidget(self.deadlineEdit)

        self.deadlineHint = QLabel(PledgeItemDialog)
        self.deadlineHint.setObjectName(u"deadlineHint")

        self.deadlineRow.addWidget(self.deadlineHint)

        self.deadlineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadlineRow.addItem(self.deadlineSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.deadlineRow)

        self.statusValueLabel = QLabel(PledgeItemDialog)
        self.statusValueLabel.setObjectName(u"statusValueLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusValueLabel)

        self.statusValue = QLabel(PledgeItemDialog)
        self.statusValue.setObjectName(u"statusValue")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusValue)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(PledgeItemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PledgeItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberValueLabel.setBuddy(self.memberValue)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.contentEditLabel.setBuddy(self.contentEdit)
        self.measuresEditLabel.setBuddy(self.measuresEdit)
        self.deadlineEditLabel.setBuddy(self.deadlineEdit)
        self.statusValueLabel.setBuddy(self.statusValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PledgeItemDialog)
    # setupUi

    def retranslateUi(self, PledgeItemDialog):
        PledgeItemDialog.setWindowTitle(QCoreApplication.translate("PledgeItemDialog", u"\u627f\u8bfa\u4e8b\u9879", None))
        self.memberValueLabel.setText(QCoreApplication.translate("PledgeItemDialog", u"\u627f\u8bfa\u4eba\uff1a", None))
        self.memberValue.setText("")
        self.categoryComboLabel.setText(QCoreApplication.translate("PledgeItemDialog", u"\u627f\u8bfa\u7c7b\u522b\uff1a", None))
        self.contentEditLabel.setText(QCoreApplication.translate("PledgeItemDialog", u"\u627f\u8bfa\u5185\u5bb9\uff1a", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("PledgeItemDialog", u"\u5199\u6e05\u695a\u505a\u4ec0\u4e48\u3001\u505a\u5230\u4ec0\u4e48\u7a0b\u5ea6\uff0c\u4f8b\u5982\uff1a\u5168\u5e74\u5b8c\u621010\u9879\u8bbe\u5907\u9690\u60a3\u6392\u67e5\uff0c\u53d1\u73b0\u95ee\u9898100%\u95ed\u73af\u6574\u6539", None))
        self.measuresEditLabel.setText(QCoreApplication.translate("PledgeItemDialog", u"\u4e3b\u8981\u63aa\u65bd\uff1a", None))
        self.measuresEdit.setPlaceholderText(QCoreApplication.translate("PledgeItemDialog", u"\u600e\u6837\u505a\u5230\uff0c\u4f8b\u5982\uff1a\u6bcf\u5468\u5de1\u68c0\u4e0d\u5c11\u4e8e2\u6b21\uff0c\u5efa\u7acb\u95ee\u9898\u53f0\u8d26", None))
        self.deadlineEditLabel.setText(QCoreApplication.translate("PledgeItemDialog", u"\u5b8c\u6210\u65f6\u9650\uff1a", None))
        self.deadlineHint.setText(QCoreApplication.translate("PledgeItemDialog", u"\u4e0d\u586b\u5373\u5e74\u5e95\u524d\u5b8c\u6210", None))
        self.deadlineHint.setProperty(u"role", QCoreApplication.translate("PledgeItemDialog", u"hint", None))
        self.statusValueLabel.setText(QCoreApplication.translate("PledgeItemDialog", u"\u5ba1\u6838\u72b6\u6001\uff1a", None))
        self.statusValue.setText("")
        self.errorLabel.setText("")
    # retranslateUi

