# GENERATED from forms/dues_reduction_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import DateEdit

class Ui_DuesReductionDialog(object):
    def setupUi(self, DuesReductionDialog):
        if not DuesReductionDialog.objectName():
            DuesReductionDialog.setObjectName(u"DuesReductionDialog")
        DuesReductionDialog.resize(560, 480)
        DuesReductionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DuesReductionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.ruleLabel = QLabel(DuesReductionDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.memberComboLabel = QLabel(DuesReductionDialog)
        self.memberComboLabel.setObjectName(u"memberComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberComboLabel)

        self.memberCombo = QComboBox(DuesReductionDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.standardLabelLabel = QLabel(DuesReductionDialog)
        self.standardLabelLabel.setObjectName(u"standardLabelLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.standardLabelLabel)

        self.standardLabel = QLabel(DuesReductionDialog)
        self.standardLabel.setObjectName(u"standardLabel")
        self.standardLabel.setWordWrap(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.standardLabel)

        self.fromMonthSpinLabel = QLabel(DuesReductionDialog)
        self.fromMonthSpinLabel.setObjectName(u"fromMonthSpinLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fromMonthSpinLabel)

        self.fromMonthSpin = QSpinBox(DuesReductionDialog)
        self.fromMonthSpin.setObjectName(u"fromMonthSpin")
        self.fromMonthSpin.setMinimum(1)
        self.fromMonthSpin.setMaximum(12)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fromMonthSpin)

        self.reductionComboLabel = QLabel(DuesReductionDialog)
        self.reductionComboLabel.setObjectName(u"reductionComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reductionComboLabel)

        self.reductionCombo = QComboBox(DuesReductionDialog)
        self.reductionCombo.setObjectName(u"reductionCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reductionCombo)

        self.reducedEditLabel = QLabel(DuesReductionDialog)
        self.reducedEditLabel.setObjectName(u"reducedEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reducedEditLabel)

        self.reducedEdit = QLineEdit(DuesReductionDialog)
        self.reducedEdit.setObjectName(u"reducedEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reducedEdit)

        self.committeeEditLabel = QLabel(DuesReductionDialog)
        self.committeeEditLabel.setObjectName(u"committeeEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.committeeEditLabel)

        self.committeeEdit = DateEdit(DuesReductionDialog)
        self.committeeEdit.setObjectName(u"committeeEdit")
        self.committeeEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.committeeEdit)

        self.approvedEditLabel = QLabel(DuesReductionDialog)
        self.approvedEditLabel.setObjectName(u"approvedEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.approvedEditLabel)

        self.approvedEdit = DateEdit(DuesReductionDialog)
        self.approvedEdit.setObjectName(u"approvedEdit")
        self.approvedEdit.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.approvedEdit)

        self.refEditLabel = QLabel(DuesReductionDialog)
        self.refEditLabel.setObjectName(u"refEditLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.refEditLabel)

        self.refEdit = QLineEdit(DuesReductionDialog)
        self.refEdit.setObjectName(u"refEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.refEdit)

        self.noteEditLabel = QLabel(DuesReductionDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(DuesReductionDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.vSpacer)

        self.errorLabel = QLabel(DuesReductionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesReductionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberComboLabel.setBuddy(self.memberCombo)
        self.standardLabelLabel.setBuddy(self.standardLabel)
        self.fromMonthSpinLabel.setBuddy(self.fromMonthSpin)
        self.reductionComboLabel.setBuddy(self.reductionCombo)
        self.reducedEditLabel.setBuddy(self.reducedEdit)
        self.committeeEditLabel.setBuddy(self.committeeEdit)
        self.approvedEditLabel.setBuddy(self.approvedEdit)
        self.refEditLabel.setBuddy(self.refEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesReductionDialog)
    # setupUi

    def retranslateUi(self, DuesReductionDialog):
        DuesReductionDialog.setWindowTitle(QCoreApplication.translate("DuesReductionDialog", u"\u5c11\u4ea4/\u514d\u4ea4\u515a\u8d39", None))
        self.ruleLabel.setProperty(u"role", QCoreApplication.translate("DuesReductionDialog", u"hint", None))
        self.ruleLabel.setText(QCoreApplication.translate("DuesReductionDialog", u"\u515a\u5458\u56e0\u751f\u6d3b\u56f0\u96be\u7b49\u539f\u56e0\u9700\u8981\u5c11\u4ea4\u6216\u514d\u4ea4\u515a\u8d39\u7684\uff0c\u987b\u7ecf\u652f\u90e8\u59d4\u5458\u4f1a\u7814\u7a76\u51b3\u5b9a\uff0c\u62a5\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\u3002", None))
        self.memberComboLabel.setText(QCoreApplication.translate("DuesReductionDialog", u"\u515a\u5458\uff1a", None))
        self.standardLabelLabel.setText(QCoreApplication.translate("DuesReductionDialog", u"\u73b0\u884c\u6807\u51c6\uff1a", None))
        self.standardLabel.setText("")
        self.fromMonthSpinLabel.setText(QCoreApplication.translate("DuesReductionDialog", u"\u81ea\uff1a", None))
        self.fromMonthSpin.setSuffix(QCoreApplication.translate("DuesReductionDialog", u"\u6708\u8d77", None))
        self.reductionComboLabel.setText(QCoreApplication.translate("DuesReductionDialog", u"\u5904\u7406\uff1a", None))
        self.reducedEditLabel.setText(QCoreApplication.translate("DuesReductionDialog", u"\u6279\u51c6\u540e\u6bcf\u6708\u4ea4\u7eb3\uff08\u5143\uff09\uff1a", None))
        self.reducedEdit.setPlaceholderText(QCoreApplication.translate("DuesReductionDialog", u"\u5c11\u4ea4\u65f6\u586b\u5199", None))
        self.committeeEditLabel.setText(QCoreApplication.translate("DuesReductionDialog", u"\u652f\u59d4\u4f1a\u7814\u7a76\u65e5\u671f\uff1a", None))
        self.committeeEdit.setDisplayFormat(QCoreApplication.translate("DuesReductionDialog", u"yyyy-MM-dd", None))
        self.approvedEditLabel.setText(QCoreApplication.translate("DuesReductionDialog", u"\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\u65e5\u671f\uff1a", None))
        self.approvedEdit.setDisplayFormat(QCoreApplication.translate("DuesReductionDialog", u"yyyy-MM-dd", None))
        self.refEditLabel.setText(QCoreApplication.translate("DuesReductionDialog", u"\u6279\u590d\u6587\u53f7\uff1a", None))
        self.refEdit.setPlaceholderText(QCoreApplication.translate("DuesReductionDialog", u"\u4f8b\u5982\uff1a\u00d7\u00d7\u515a\u59d4\u30142026\u30153\u53f7", None))
        self.noteEditLabel.setText(QCoreApplication.translate("DuesReductionDialog", u"\u539f\u56e0\uff1a", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("DuesReductionDialog", u"\u4f8b\u5982\uff1a\u5bb6\u5ead\u751f\u6d3b\u56f0\u96be", None))
        self.errorLabel.setText("")
    # retranslateUi

