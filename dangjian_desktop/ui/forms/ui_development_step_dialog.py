# GENERATED from forms/development_step_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets.date_edit import (DateEdit, OptionalDateEdit)

class Ui_DevelopmentStepDialog(object):
    def setupUi(self, DevelopmentStepDialog):
        if not DevelopmentStepDialog.objectName():
            DevelopmentStepDialog.setObjectName(u"DevelopmentStepDialog")
        DevelopmentStepDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(DevelopmentStepDialog)
        self.layout.setObjectName(u"layout")
        self.stepLabel = QLabel(DevelopmentStepDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.layout.addWidget(self.stepLabel)

        self.hintLabel = QLabel(DevelopmentStepDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(DevelopmentStepDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(DevelopmentStepDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.handlerLabel = QLabel(DevelopmentStepDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerEdit = QLineEdit(DevelopmentStepDialog)
        self.handlerEdit.setObjectName(u"handlerEdit")
        self.handlerEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.handlerEdit)

        self.decisionLabel = QLabel(DevelopmentStepDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionBox = QWidget(DevelopmentStepDialog)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionLayout = QHBoxLayout(self.decisionBox)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLayout.setContentsMargins(0, 0, 0, 0)
        self.yesRadio = QRadioButton(self.decisionBox)
        self.yesRadio.setObjectName(u"yesRadio")
        self.yesRadio.setChecked(True)

        self.decisionLayout.addWidget(self.yesRadio)

        self.noRadio = QRadioButton(self.decisionBox)
        self.noRadio.setObjectName(u"noRadio")

        self.decisionLayout.addWidget(self.noRadio)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionLayout.addItem(self.decisionSpacer)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionBox)

        self.resultLabel = QLabel(DevelopmentStepDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultEdit = QPlainTextEdit(DevelopmentStepDialog)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setMinimumSize(QSize(0, 52))
        self.resultEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resultEdit)

        self.noteLabel = QLabel(DevelopmentStepDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DevelopmentStepDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.groupLabel = QLabel(DevelopmentStepDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(DevelopmentStepDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.groupCombo)


        self.layout.addLayout(self.form)

        self.meetingBox = QGroupBox(DevelopmentStepDialog)
        self.meetingBox.setObjectName(u"meetingBox")
        self.meetingLayout = QVBoxLayout(self.meetingBox)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.meetingRow = QHBoxLayout()
        self.meetingRow.setObjectName(u"meetingRow")
        self.meetingCombo = QComboBox(self.meetingBox)
        self.meetingCombo.setObjectName(u"meetingCombo")
        self.meetingCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.meetingCombo.setMinimumContentsLength(24)

        self.meetingRow.addWidget(self.meetingCombo)

        self.createMeetingButton = QPushButton(self.meetingBox)
        self.createMeetingButton.setObjectName(u"createMeetingButton")

        self.meetingRow.addWidget(self.createMeetingButton)


        self.meetingLayout.addLayout(self.meetingRow)

        self.voteLabel = QLabel(self.meetingBox)
        self.voteLabel.setObjectName(u"voteLabel")
        self.voteLabel.setWordWrap(True)

        self.meetingLayout.addWidget(self.voteLabel)


        self.layout.addWidget(self.meetingBox)

        self.contactsBox = QGroupBox(DevelopmentStepDialog)
        self.contactsBox.setObjectName(u"contactsBox")
        self.contactsLayout = QVBoxLayout(self.contactsBox)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsHint = QLabel(self.contactsBox)
        self.contactsHint.setObjectName(u"contactsHint")

        self.contactsLayout.addWidget(self.contactsHint)

        self.contactsList = QListWidget(self.contactsBox)
        self.contactsList.setObjectName(u"contactsList")
        self.contactsList.setMinimumSize(QSize(0, 120))
        self.contactsList.setMaximumSize(QSize(16777215, 150))

        self.contactsLayout.addWidget(self.contactsList)

        self.otherRow = QHBoxLayout()
        self.otherRow.setObjectName(u"otherRow")
        self.otherLabel = QLabel(self.contactsBox)
        self.otherLabel.setObjectName(u"otherLabel")

        self.otherRow.addWidget(self.otherLabel)

        self.otherEdit = QLineEdit(self.contactsBox)
        self.otherEdit.setObjectName(u"otherEdit")

        self.otherRow.addWidget(self.otherEdit)


        self.contactsLayout.addLayout(self.otherRow)


        self.layout.addWidget(self.contactsBox)

        self.trainingBox = QGroupBox(DevelopmentStepDialog)
        self.trainingBox.setObjectName(u"trainingBox")
        self.trainingGrid = QGridLayout(self.trainingBox)
        self.trainingGrid.setObjectName(u"trainingGrid")
        self.trainFromLabel = QLabel(self.trainingBox)
        self.trainFromLabel.setObjectName(u"trainFromLabel")

        self.trainingGrid.addWidget(self.trainFromLabel, 0, 0, 1, 1)

        self.trainFrom = OptionalDateEdit(self.trainingBox)
        self.trainFrom.setObjectName(u"trainFrom")

        self.trainingGrid.addWidget(self.trainFrom, 0, 1, 1, 1)

        self.trainToLabel = QLabel(self.trainingBox)
        self.trainToLabel.setObjectName(u"trainToLabel")

        self.trainingGrid.addWidget(self.trainToLabel, 0, 2, 1, 1)

        self.trainTo = OptionalDateEdit(self.trainingBox)
        self.trainTo.setObjectName(u"trainTo")

        self.trainingGrid.addWidget(self.trainTo, 0, 3, 1, 1)

        self.daysLabel = QLabel(self.trainingBox)
        self.daysLabel.setObjectName(u"daysLabel")

        self.trainingGrid.addWidget(self.daysLabel, 1, 0, 1, 1)

        self.daysSpin = QDoubleSpinBox(self.trainingBox)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setDecimals(1)
        self.daysSpin.setMaximum(60.000000000000000)

        self.trainingGrid.addWidget(self.daysSpin, 1, 1, 1, 1)

        self.hoursLabel = QLabel(self.trainingBox)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.trainingGrid.addWidget(self.hoursLabel, 1, 2, 1, 1)

        self.hoursSpin = QDoubleSpinBox(self.trainingBox)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMaximum(500.000000000000000)

        self.trainingGrid.addWidget(self.hoursSpin, 1, 3, 1, 1)

        self.organiserLabel = QLabel(self.trainingBox)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.trainingGrid.addWidget(self.organiserLabel, 2, 0, 1, 1)

        self.organiserEdit = QLineEdit(self.trainingBox)
        self.organiserEdit.setObjectName(u"organiserEdit")

        self.trainingGrid.addWidget(self.organiserEdit, 2, 1, 1, 1)

        self.certificateLabel = QLabel(self.trainingBox)
        self.certificateLabel.setObjectName(u"certificateLabel")

        self.trainingGrid.addWidget(self.certificateLabel, 2, 2, 1, 1)

        self.certificateEdit = QLineEdit(self.trainingBox)
        self.certificateEdit.setObjectName(u"certificateEdit")

        self.trainingGrid.addWidget(self.certificateEdit, 2, 3, 1, 1)


        self.layout.addWidget(self.trainingBox)

        self.checksLabel = QLabel(DevelopmentStepDialog)
        self.checksLabel.setObjectName(u"checksLabel")
        self.checksLabel.setWordWrap(True)

        self.layout.addWidget(self.checksLabel)

        self.errorLabel = QLabel(DevelopmentStepDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DevelopmentStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.handlerLabel.setBuddy(self.handlerEdit)
        self.resultLabel.setBuddy(self.resultEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.groupLabel.setBuddy(self.groupCombo)
        self.otherLabel.setBuddy(self.otherEdit)
        self.trainFromLabel.setBuddy(self.trainFrom)
        self.trainToLabel.setBuddy(self.trainTo)
        self.daysLabel.setBuddy(self.daysSpin)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.organiserLabel.setBuddy(self.organiserEdit)
        self.certificateLabel.setBuddy(self.certificateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevelopmentStepDialog)
    # setupUi

    def retranslateUi(self, DevelopmentStepDialog):
        DevelopmentStepDialog.setWindowTitle(QCoreApplication.translate("DevelopmentStepDialog", u"\u767b\u8bb0\u6b65\u9aa4", None))
        self.stepLabel.setText("")
        self.hintLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u65e5\u671f\uff1a", None))
        self.handlerLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u7ecf\u529e\u4eba/\u51b3\u5b9a\u673a\u6784\uff1a", None))
        self.decisionLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u7ed3\u8bba\uff1a", None))
        self.yesRadio.setText("")
        self.noRadio.setText("")
        self.resultLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u7ed3\u679c\u53ca\u60c5\u51b5\uff1a", None))
        self.noteLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u5907\u6ce8\uff1a", None))
        self.groupLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u7f16\u5165\u515a\u5c0f\u7ec4\uff1a", None))
        self.meetingBox.setTitle(QCoreApplication.translate("DevelopmentStepDialog", u"\u51b3\u5b9a\u6b64\u6b65\u9aa4\u7684\u4f1a\u8bae", None))
        self.createMeetingButton.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u65b0\u5efa\u4f1a\u8bae\u8bb0\u5f55", None))
#if QT_CONFIG(tooltip)
        self.createMeetingButton.setToolTip(QCoreApplication.translate("DevelopmentStepDialog", u"\u6309\u6240\u586b\u65e5\u671f\u65b0\u5efa\u4e00\u4efd\u4f1a\u8bae\u8bb0\u5f55\u8349\u7a3f\uff08\u5e94\u5230\u4eba\u5458\u53d6\u81ea\u540d\u518c\uff0c\u8bae\u9898\u548c\u8868\u51b3\u4e8b\u9879\u5199\u597d\u59d3\u540d\uff09\uff0c\u5230\u201c\u4f1a\u8bae\u201d\u9875\u9762\u8865\u5168\u51fa\u5e2d\u548c\u7968\u6570", None))
#endif // QT_CONFIG(tooltip)
        self.voteLabel.setText("")
        self.contactsBox.setTitle(QCoreApplication.translate("DevelopmentStepDialog", u"\u4eba\u5458", None))
        self.contactsHint.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u5728\u540d\u518c\u4e2d\u52fe\u9009\uff08\u53ea\u5217\u51fa\u5728\u518c\u7684\u6b63\u5f0f\u515a\u5458\uff09\uff1a", None))
        self.otherLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u672c\u652f\u90e8\u4ee5\u5916\u7684\uff1a", None))
        self.otherEdit.setPlaceholderText(QCoreApplication.translate("DevelopmentStepDialog", u"\u59d3\u540d\uff0c\u591a\u4eba\u7528\u987f\u53f7\u5206\u5f00", None))
        self.trainingBox.setTitle(QCoreApplication.translate("DevelopmentStepDialog", u"\u96c6\u4e2d\u57f9\u8bad", None))
        self.trainFromLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u5f00\u59cb\uff1a", None))
        self.trainToLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u7ed3\u675f\uff1a", None))
        self.daysLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u5929\u6570\uff1a", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("DevelopmentStepDialog", u" \u5929", None))
        self.hoursLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u5b66\u65f6\uff1a", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("DevelopmentStepDialog", u" \u5b66\u65f6", None))
        self.organiserLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u4e3e\u529e\u5355\u4f4d\uff1a", None))
        self.certificateLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u7ed3\u4e1a\u8bc1\u4e66\uff1a", None))
        self.checksLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

