# GENERATED from forms/dues_payment_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets.date_edit import DateEdit

class Ui_DuesPaymentDialog(object):
    def setupUi(self, DuesPaymentDialog):
        if not DuesPaymentDialog.objectName():
            DuesPaymentDialog.setObjectName(u"DuesPaymentDialog")
        DuesPaymentDialog.resize(620, 520)
        DuesPaymentDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DuesPaymentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.memberComboLabel = QLabel(DuesPaymentDialog)
        self.memberComboLabel.setObjectName(u"memberComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberComboLabel)

        self.memberCombo = QComboBox(DuesPaymentDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.yearSpinLabel = QLabel(DuesPaymentDialog)
        self.yearSpinLabel.setObjectName(u"yearSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearSpinLabel)

        self.yearSpin = QSpinBox(DuesPaymentDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.monthsBoxLabel = QLabel(DuesPaymentDialog)
        self.monthsBoxLabel.setObjectName(u"monthsBoxLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthsBoxLabel)

        self.monthsBox = QWidget(DuesPaymentDialog)
        self.monthsBox.setObjectName(u"monthsBox")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.monthsBox)

        self.dueLabelLabel = QLabel(DuesPaymentDialog)
        self.dueLabelLabel.setObjectName(u"dueLabelLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueLabelLabel)

        self.dueLabel = QLabel(DuesPaymentDialog)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setWordWrap(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueLabel)

        self.amountEditLabel = QLabel(DuesPaymentDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = QLineEdit(DuesPaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.paidOnEditLabel = QLabel(DuesPaymentDialog)
        self.paidOnEditLabel.setObjectName(u"paidOnEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paidOnEditLabel)

        self.paidOnEdit = DateEdit(DuesPaymentDialog)
        self.paidOnEdit.setObjectName(u"paidOnEdit")
        self.paidOnEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paidOnEdit)

        self.wayComboLabel = QLabel(DuesPaymentDialog)
        self.wayComboLabel.setObjectName(u"wayComboLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.wayComboLabel)

        self.wayCombo = QComboBox(DuesPaymentDialog)
        self.wayCombo.setObjectName(u"wayCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.wayCombo)

        self.handedComboLabel = QLabel(DuesPaymentDialog)
        self.handedComboLabel.setObjectName(u"handedComboLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.handedComboLabel)

        self.handedCombo = QComboBox(DuesPaymentDialog)
        self.handedCombo.setObjectName(u"handedCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.handedCombo)

        self.handedByEditLabel = QLabel(DuesPaymentDialog)
        self.handedByEditLabel.setObjectName(u"handedByEditLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.handedByEditLabel)

        self.handedByEdit = QLineEdit(DuesPaymentDialog)
        self.handedByEdit.setObjectName(u"handedByEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.handedByEdit)

        self.consentCheck = QCheckBox(DuesPaymentDialog)
        self.consentCheck.setObjectName(u"consentCheck")

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.consentCheck)

        self.lateCheck = QCheckBox(DuesPaymentDialog)
        self.lateCheck.setObjectName(u"lateCheck")

        self.form.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.lateCheck)

        self.receiptEditLabel = QLabel(DuesPaymentDialog)
        self.receiptEditLabel.setObjectName(u"receiptEditLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.receiptEditLabel)

        self.receiptEdit = QLineEdit(DuesPaymentDialog)
        self.receiptEdit.setObjectName(u"receiptEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.receiptEdit)

        self.noteEditLabel = QLabel(DuesPaymentDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(DuesPaymentDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.vSpacer)

        self.errorLabel = QLabel(DuesPaymentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesPaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberComboLabel.setBuddy(self.memberCombo)
        self.yearSpinLabel.setBuddy(self.yearSpin)
        self.monthsBoxLabel.setBuddy(self.monthsBox)
        self.dueLabelLabel.setBuddy(self.dueLabel)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.paidOnEditLabel.setBuddy(self.paidOnEdit)
        self.wayComboLabel.setBuddy(self.wayCombo)
        self.handedComboLabel.setBuddy(self.handedCombo)
        self.handedByEditLabel.setBuddy(self.handedByEdit)
        self.receiptEditLabel.setBuddy(self.receiptEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesPaymentDialog)
    # setupUi

    def retranslateUi(self, DuesPaymentDialog):
        DuesPaymentDialog.setWindowTitle(QCoreApplication.translate("DuesPaymentDialog", u"\u767b\u8bb0\u4ea4\u7eb3\u515a\u8d39", None))
        self.memberComboLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u515a\u5458\uff1a", None))
        self.yearSpinLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u6240\u5c5e\u5e74\u5ea6\uff1a", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("DuesPaymentDialog", u"\u5e74", None))
        self.monthsBoxLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u6240\u4ea4\u6708\u4efd\uff1a", None))
        self.dueLabelLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u5e94\u4ea4\uff1a", None))
        self.dueLabel.setText("")
        self.amountEditLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u5b9e\u4ea4\u91d1\u989d\uff08\u5143\uff09\uff1a", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("DuesPaymentDialog", u"\u4e0d\u586b\u5373\u4e3a\u5e94\u4ea4\u91d1\u989d", None))
        self.paidOnEditLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ea4\u7eb3\u65e5\u671f\uff1a", None))
        self.paidOnEdit.setDisplayFormat(QCoreApplication.translate("DuesPaymentDialog", u"yyyy-MM-dd", None))
        self.wayComboLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ea4\u7eb3\u65b9\u5f0f\uff1a", None))
        self.handedComboLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ea4\u7eb3\u4eba\uff1a", None))
        self.handedByEditLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ee3\u4ea4\u4eba\u59d3\u540d\uff1a", None))
        self.handedByEdit.setPlaceholderText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ee3\u4ea4\u65f6\u586b\u5199", None))
        self.consentCheck.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u5df2\u5f81\u5f97\u515a\u5458\u672c\u4eba\u540c\u610f\uff0c\u4ee3\u4ea4\u7684\u662f\u5176\u672c\u4eba\u7684\u515a\u8d39", None))
        self.lateCheck.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u8865\u4ea4\uff08\u6240\u4ea4\u6708\u4efd\u5df2\u8fc7\uff09", None))
        self.receiptEditLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u6536\u636e\u53f7\uff1a", None))
        self.receiptEdit.setPlaceholderText(QCoreApplication.translate("DuesPaymentDialog", u"\u4e0d\u586b\u5219\u81ea\u52a8\u7f16\u53f7", None))
        self.noteEditLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u5907\u6ce8\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

