# GENERATED from forms/development_probation_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSpinBox, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import (DateEdit, OptionalDateEdit)

class Ui_DevelopmentProbationDialog(object):
    def setupUi(self, DevelopmentProbationDialog):
        if not DevelopmentProbationDialog.objectName():
            DevelopmentProbationDialog.setObjectName(u"DevelopmentProbationDialog")
        DevelopmentProbationDialog.setMinimumSize(QSize(500, 0))
        self.layout = QVBoxLayout(DevelopmentProbationDialog)
        self.layout.setObjectName(u"layout")
        self.personLabel = QLabel(DevelopmentProbationDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.layout.addWidget(self.personLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.actionLabel = QLabel(DevelopmentProbationDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionCombo = QComboBox(DevelopmentProbationDialog)
        self.actionCombo.setObjectName(u"actionCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionCombo)

        self.dateLabel = QLabel(DevelopmentProbationDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(DevelopmentProbationDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.monthsLabel = QLabel(DevelopmentProbationDialog)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsSpin = QSpinBox(DevelopmentProbationDialog)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(1)
        self.monthsSpin.setMaximum(24)
        self.monthsSpin.setValue(6)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.monthsSpin)

        self.approvedLabel = QLabel(DevelopmentProbationDialog)
        self.approvedLabel.setObjectName(u"approvedLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.approvedLabel)

        self.approvedDate = OptionalDateEdit(DevelopmentProbationDialog)
        self.approvedDate.setObjectName(u"approvedDate")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.approvedDate)

        self.meetingLabel = QLabel(DevelopmentProbationDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(DevelopmentProbationDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.meetingCombo)

        self.reasonLabel = QLabel(DevelopmentProbationDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(DevelopmentProbationDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.layout.addLayout(self.form)

        self.checksLabel = QLabel(DevelopmentProbationDialog)
        self.checksLabel.setObjectName(u"checksLabel")
        self.checksLabel.setWordWrap(True)

        self.layout.addWidget(self.checksLabel)

        self.errorLabel = QLabel(DevelopmentProbationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DevelopmentProbationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.actionLabel.setBuddy(self.actionCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.monthsLabel.setBuddy(self.monthsSpin)
        self.approvedLabel.setBuddy(self.approvedDate)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevelopmentProbationDialog)
    # setupUi

    def retranslateUi(self, DevelopmentProbationDialog):
        DevelopmentProbationDialog.setWindowTitle(QCoreApplication.translate("DevelopmentProbationDialog", u"\u5ef6\u957f\u9884\u5907\u671f\u3001\u53d6\u6d88\u8d44\u683c\u6216\u7ec8\u6b62\u57f9\u517b", None))
        self.personLabel.setText("")
        self.actionLabel.setText(QCoreApplication.translate("DevelopmentProbationDialog", u"\u529e\u7406\uff1a", None))
        self.dateLabel.setText(QCoreApplication.translate("DevelopmentProbationDialog", u"\u65e5\u671f\uff1a", None))
        self.monthsLabel.setText(QCoreApplication.translate("DevelopmentProbationDialog", u"\u5ef6\u957f\uff1a", None))
        self.monthsSpin.setSuffix(QCoreApplication.translate("DevelopmentProbationDialog", u" \u4e2a\u6708", None))
        self.approvedLabel.setText(QCoreApplication.translate("DevelopmentProbationDialog", u"\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\uff1a", None))
        self.meetingLabel.setText(QCoreApplication.translate("DevelopmentProbationDialog", u"\u652f\u90e8\u515a\u5458\u5927\u4f1a\uff1a", None))
        self.reasonLabel.setText(QCoreApplication.translate("DevelopmentProbationDialog", u"\u539f\u56e0\uff1a", None))
        self.checksLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

