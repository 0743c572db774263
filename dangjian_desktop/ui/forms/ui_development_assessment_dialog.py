# GENERATED from forms/development_assessment_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import DateEdit

class Ui_DevelopmentAssessmentDialog(object):
    def setupUi(self, DevelopmentAssessmentDialog):
        if not DevelopmentAssessmentDialog.objectName():
            DevelopmentAssessmentDialog.setObjectName(u"DevelopmentAssessmentDialog")
        DevelopmentAssessmentDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(DevelopmentAssessmentDialog)
        self.layout.setObjectName(u"layout")
        self.personLabel = QLabel(DevelopmentAssessmentDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.layout.addWidget(self.personLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(DevelopmentAssessmentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(DevelopmentAssessmentDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.periodLabel = QLabel(DevelopmentAssessmentDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodEdit = QLineEdit(DevelopmentAssessmentDialog)
        self.periodEdit.setObjectName(u"periodEdit")
        self.periodEdit.setMaxLength(30)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodEdit)

        self.assessorLabel = QLabel(DevelopmentAssessmentDialog)
        self.assessorLabel.setObjectName(u"assessorLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assessorLabel)

        self.assessorEdit = QLineEdit(DevelopmentAssessmentDialog)
        self.assessorEdit.setObjectName(u"assessorEdit")
        self.assessorEdit.setMaxLength(100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assessorEdit)

        self.performanceLabel = QLabel(DevelopmentAssessmentDialog)
        self.performanceLabel.setObjectName(u"performanceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.performanceLabel)

        self.performanceEdit = QPlainTextEdit(DevelopmentAssessmentDialog)
        self.performanceEdit.setObjectName(u"performanceEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.performanceEdit)

        self.opinionLabel = QLabel(DevelopmentAssessmentDialog)
        self.opinionLabel.setObjectName(u"opinionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.opinionLabel)

        self.opinionEdit = QPlainTextEdit(DevelopmentAssessmentDialog)
        self.opinionEdit.setObjectName(u"opinionEdit")
        self.opinionEdit.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.opinionEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(DevelopmentAssessmentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DevelopmentAssessmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.periodLabel.setBuddy(self.periodEdit)
        self.assessorLabel.setBuddy(self.assessorEdit)
        self.performanceLabel.setBuddy(self.performanceEdit)
        self.opinionLabel.setBuddy(self.opinionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevelopmentAssessmentDialog)
    # setupUi

    def retranslateUi(self, DevelopmentAssessmentDialog):
        DevelopmentAssessmentDialog.setWindowTitle(QCoreApplication.translate("DevelopmentAssessmentDialog", u"\u534a\u5e74\u8003\u5bdf", None))
        self.personLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("DevelopmentAssessmentDialog", u"\u8003\u5bdf\u65e5\u671f\uff1a", None))
        self.periodLabel.setText(QCoreApplication.translate("DevelopmentAssessmentDialog", u"\u8003\u5bdf\u65f6\u6bb5\uff1a", None))
        self.assessorLabel.setText(QCoreApplication.translate("DevelopmentAssessmentDialog", u"\u8003\u5bdf\u4eba\uff1a", None))
        self.performanceLabel.setText(QCoreApplication.translate("DevelopmentAssessmentDialog", u"\u73b0\u5b9e\u8868\u73b0\uff1a", None))
        self.performanceEdit.setPlaceholderText(QCoreApplication.translate("DevelopmentAssessmentDialog", u"\u601d\u60f3\u3001\u5b66\u4e60\u3001\u5de5\u4f5c\u3001\u4f5c\u98ce\u7b49\u65b9\u9762\u7684\u8868\u73b0", None))
        self.opinionLabel.setText(QCoreApplication.translate("DevelopmentAssessmentDialog", u"\u8003\u5bdf\u610f\u89c1\uff1a", None))
        self.opinionEdit.setPlaceholderText(QCoreApplication.translate("DevelopmentAssessmentDialog", u"\u515a\u5c0f\u7ec4\u6216\u515a\u652f\u90e8\u7684\u610f\u89c1\uff0c\u4f8b\u5982\uff1a\u8003\u5bdf\u5408\u683c\uff0c\u7ee7\u7eed\u57f9\u517b", None))
        self.errorLabel.setText("")
    # retranslateUi

