# GENERATED from forms/dues_remittance_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import DateEdit

class Ui_DuesRemittanceDialog(object):
    def setupUi(self, DuesRemittanceDialog):
        if not DuesRemittanceDialog.objectName():
            DuesRemittanceDialog.setObjectName(u"DuesRemittanceDialog")
        DuesRemittanceDialog.resize(520, 420)
        DuesRemittanceDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DuesRemittanceDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.remittedOnEditLabel = QLabel(DuesRemittanceDialog)
        self.remittedOnEditLabel.setObjectName(u"remittedOnEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.remittedOnEditLabel)

        self.remittedOnEdit = DateEdit(DuesRemittanceDialog)
        self.remittedOnEdit.setObjectName(u"remittedOnEdit")
        self.remittedOnEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.remittedOnEdit)

        self.fromMonthSpinLabel = QLabel(DuesRemittanceDialog)
        self.fromMonthSpinLabel.setObjectName(u"fromMonthSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromMonthSpinLabel)

        self.fromMonthSpin = QSpinBox(DuesRemittanceDialog)
        self.fromMonthSpin.setObjectName(u"fromMonthSpin")
        self.fromMonthSpin.setMinimum(1)
        self.fromMonthSpin.setMaximum(12)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromMonthSpin)

        self.toMonthSpinLabel = QLabel(DuesRemittanceDialog)
        self.toMonthSpinLabel.setObjectName(u"toMonthSpinLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toMonthSpinLabel)

        self.toMonthSpin = QSpinBox(DuesRemittanceDialog)
        self.toMonthSpin.setObjectName(u"toMonthSpin")
        self.toMonthSpin.setMinimum(1)
        self.toMonthSpin.setMaximum(12)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toMonthSpin)

        self.collectedLabelLabel = QLabel(DuesRemittanceDialog)
        self.collectedLabelLabel.setObjectName(u"collectedLabelLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.collectedLabelLabel)

        self.collectedLabel = QLabel(DuesRemittanceDialog)
        self.collectedLabel.setObjectName(u"collectedLabel")
        self.collectedLabel.setWordWrap(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.collectedLabel)

        self.amountEditLabel = QLabel(DuesRemittanceDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = QLineEdit(DuesRemittanceDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.receiptEditLabel = QLabel(DuesRemittanceDialog)
        self.receiptEditLabel.setObjectName(u"receiptEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.receiptEditLabel)

        self.receiptEdit = QLineEdit(DuesRemittanceDialog)
        self.receiptEdit.setObjectName(u"receiptEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.receiptEdit)

        self.noteEditLabel = QLabel(DuesRemittanceDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(DuesRemittanceDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.vSpacer)

        self.errorLabel = QLabel(DuesRemittanceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesRemittanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.remittedOnEditLabel.setBuddy(self.remittedOnEdit)
        self.fromMonthSpinLabel.setBuddy(self.fromMonthSpin)
        self.toMonthSpinLabel.setBuddy(self.toMonthSpin)
        self.collectedLabelLabel.setBuddy(self.collectedLabel)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.receiptEditLabel.setBuddy(self.receiptEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesRemittanceDialog)
    # setupUi

    def retranslateUi(self, DuesRemittanceDialog):
        DuesRemittanceDialog.setWindowTitle(QCoreApplication.translate("DuesRemittanceDialog", u"\u767b\u8bb0\u4e0a\u7f34\u515a\u8d39", None))
        self.remittedOnEditLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e0a\u7f34\u65e5\u671f\uff1a", None))
        self.remittedOnEdit.setDisplayFormat(QCoreApplication.translate("DuesRemittanceDialog", u"yyyy-MM-dd", None))
        self.fromMonthSpinLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u6240\u5c5e\u6708\u4efd\u81ea\uff1a", None))
        self.fromMonthSpin.setSuffix(QCoreApplication.translate("DuesRemittanceDialog", u"\u6708", None))
        self.toMonthSpinLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u81f3\uff1a", None))
        self.toMonthSpin.setSuffix(QCoreApplication.translate("DuesRemittanceDialog", u"\u6708", None))
        self.collectedLabelLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u672c\u671f\u6536\u7f34\uff1a", None))
        self.collectedLabel.setText("")
        self.amountEditLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e0a\u7f34\u91d1\u989d\uff08\u5143\uff09\uff1a", None))
        self.receiptEditLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u6536\u636e\u53f7\uff1a", None))
        self.receiptEdit.setPlaceholderText(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e0a\u7ea7\u515a\u59d4\u5f00\u5177\u7684\u6536\u636e\u53f7", None))
        self.noteEditLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u5907\u6ce8\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

