# GENERATED from forms/appraisal_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_AppraisalScreen(object):
    def setupUi(self, AppraisalScreen):
        if not AppraisalScreen.objectName():
            AppraisalScreen.setObjectName(u"AppraisalScreen")
        self.mainLayout = QVBoxLayout(AppraisalScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 14, 20, 14)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(AppraisalScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.spacer9 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.spacer9)

        self.yearLabel = QLabel(AppraisalScreen)
        self.yearLabel.setObjectName(u"yearLabel")

        self.titleRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(AppraisalScreen)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumWidth(120)

        self.titleRow.addWidget(self.yearCombo)

        self.printButton = QPushButton(AppraisalScreen)
        self.printButton.setObjectName(u"printButton")

        self.titleRow.addWidget(self.printButton)


        self.mainLayout.addLayout(self.titleRow)

        self.statusLabel = QLabel(AppraisalScreen)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(AppraisalScreen)
        self.tabs.setObjectName(u"tabs")
        self.prepTab = QWidget()
        self.prepTab.setObjectName(u"prepTab")
        self.prepLayout = QHBoxLayout(self.prepTab)
        self.prepLayout.setObjectName(u"prepLayout")
        self.prepLeft = QVBoxLayout()
        self.prepLeft.setObjectName(u"prepLeft")
        self.cycleForm = QFormLayout()
        self.cycleForm.setObjectName(u"cycleForm")
        self.topicLabel = QLabel(self.prepTab)
        self.topicLabel.setObjectName(u"topicLabel")

        self.cycleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(self.prepTab)
        self.topicEdit.setObjectName(u"topicEdit")
        self.topicEdit.setMaxLength(300)

        self.cycleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.plannedLabel = QLabel(self.prepTab)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.cycleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.plannedLabel)

        self.plannedEdit = OptionalDateEdit(self.prepTab)
        self.plannedEdit.setObjectName(u"plannedEdit")

        self.cycleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.plannedEdit)

        self.reportedLabel = QLabel(self.prepTab)
        self.reportedLabel.setObjectName(u"reportedLabel")

        self.cycleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reportedLabel)

        self.reportedEdit = OptionalDateEdit(self.prepTab)
        self.reportedEdit.setObjectName(u"reportedEdit")

        self.cycleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reportedEdit)

        self.attendeeLabel = QLabel(self.prepTab)
        self.attendeeLabel.setObjectName(u"attendeeLabel")

        self.cycleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attendeeLabel)

        self.attendeeEdit = QLineEdit(self.prepTab)
        self.attendeeEdit.setObjectName(u"attendeeEdit")
        self.attendeeEdit.setMaxLength(200)

        self.cycleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attendeeEdit)

        self.withMeetingLabel = QLabel(self.prepTab)
        self.withMeetingLabel.setObjectName(u"withMeetingLabel")

        self.cycleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.withMeetingLabel)

        self.appraisalRow = QHBoxLayout()
        self.appraisalRow.setObjectName(u"appraisalRow")
        self.withMeetingCheck = QCheckBox(self.prepTab)
        self.withMeetingCheck.setObjectName(u"withMeetingCheck")

        self.appraisalRow.addWidget(self.withMeetingCheck)

        self.appraisalDateLabel = QLabel(self.prepTab)
        self.appraisalDateLabel.setObjectName(u"appraisalDateLabel")

        self.appraisalRow.addWidget(self.appraisalDateLabel)

        self.appraisalDateEdit = OptionalDateEdit(self.prepTab)
        self.appraisalDateEdit.setObjectName(u"appraisalDateEdit")

        self.appraisalRow.addWidget(self.appraisalDateEdit)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.appraisalRow.addItem(self.spacer1)


        self.cycleForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.appraisalRow)

        self.meetingTitleLabel = QLabel(self.prepTab)
        self.meetingTitleLabel.setObjectName(u"meetingTitleLabel")

        self.cycleForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.meetingTitleLabel)

        self.meetingBox = QVBoxLayout()
        self.meetingBox.setObjectName(u"meetingBox")
        self.meetingLabel = QLabel(self.prepTab)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setWordWrap(True)

        self.meetingBox.addWidget(self.meetingLabel)

        self.meetingButtons = QHBoxLayout()
        self.meetingButtons.setObjectName(u"meetingButtons")
        self.createMeetingButton = QPushButton(self.prepTab)
        self.createMeetingButton.setObjectName(u"createMeetingButton")

        self.meetingButtons.addWidget(self.createMeetingButton)

        self.meetingCombo = QComboBox(self.prepTab)
        self.meetingCombo.setObjectName(u"meetingCombo")
        self.meetingCombo.setMinimumWidth(160)

        self.meetingButtons.addWidget(self.meetingCombo)

        self.linkMeetingButton = QPushButton(self.prepTab)
        self.linkMeetingButton.setObjectName(u"linkMeetingButton")

        self.meetingButtons.addWidget(self.linkMeetingButton)

        self.openMeetingButton = QPushButton(self.prepTab)
        self.openMeetingButton.setObjectName(u"openMeetingButton")

        self.meetingButtons.addWidget(self.openMeetingButton)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingButtons.addItem(self.spacer2)


        self.meetingBox.addLayout(self.meetingButtons)


        self.cycleForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.meetingBox)

        self.summaryLabel = QLabel(self.prepTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.cycleForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.prepTab)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMinimumHeight(90)

        self.cycleForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.reportSentLabel = QLabel(self.prepTab)
        self.reportSentLabel.setObjectName(u"reportSentLabel")

        self.cycleForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reportSentLabel)

        self.reportSentEdit = OptionalDateEdit(self.prepTab)
        self.reportSentEdit.setObjectName(u"reportSentEdit")

        self.cycleForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reportSentEdit)


        self.prepLeft.addLayout(self.cycleForm)

        self.prepButtons = QHBoxLayout()
        self.prepButtons.setObjectName(u"prepButtons")
        self.deleteCycleButton = QPushButton(self.prepTab)
        self.deleteCycleButton.setObjectName(u"deleteCycleButton")

        self.prepButtons.addWidget(self.deleteCycleButton)

        self.spacer3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.prepButtons.addItem(self.spacer3)

        self.saveCycleButton = QPushButton(self.prepTab)
        self.saveCycleButton.setObjectName(u"saveCycleButton")
        self.saveCycleButton.setProperty(u"primary", True)

        self.prepButtons.addWidget(self.saveCycleButton)


        self.prepLeft.addLayout(self.prepButtons)

        self.spacer4 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.prepLeft.addItem(self.spacer4)


        self.prepLayout.addLayout(self.prepLeft)

        self.checklistBox = QGroupBox(self.prepTab)
        self.checklistBox.setObjectName(u"checklistBox")
        self.checklistBox.setMinimumWidth(220)
        self.checklistBox.setMaximumWidth(380)
        self.checklistLayout = QVBoxLayout(self.checklistBox)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistLabel = QLabel(self.checklistBox)
        self.checklistLabel.setObjectName(u"checklistLabel")
        self.checklistLabel.setWordWrap(True)

        self.checklistLayout.addWidget(self.checklistLabel)

        self.spacer5 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.checklistLayout.addItem(self.spacer5)


        self.prepLayout.addWidget(self.checklistBox)

        self.prepLayout.setStretch(0, 3)
        self.prepLayout.setStretch(1, 1)
        self.tabs.addTab(self.prepTab, "")
        self.opinionsTab = QWidget()
        self.opinionsTab.setObjectName(u"opinionsTab")
        self.opinionLayout = QVBoxLayout(self.opinionsTab)
        self.opinionLayout.setObjectName(u"opinionLayout")
        self.opinionTools = QHBoxLayout()
        self.opinionTools.setObjectName(u"opinionTools")
        self.addOpinionButton = QPushButton(self.opinionsTab)
        self.addOpinionButton.setObjectName(u"addOpinionButton")

        self.opinionTools.addWidget(self.addOpinionButton)

        self.editOpinionButton = QPushButton(self.opinionsTab)
        self.editOpinionButton.setObjectName(u"editOpinionButton")

        self.opinionTools.addWidget(self.editOpinionButton)

        self.deleteOpinionButton = QPushButton(self.opinionsTab)
        self.deleteOpinionButton.setObjectName(u"deleteOpinionButton")

        self.opinionTools.addWidget(self.deleteOpinionButton)

        self.spacer10 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.opinionTools.addItem(self.spacer10)

        self.exportOpinionButton = QPushButton(self.opinionsTab)
        self.exportOpinionButton.setObjectName(u"exportOpinionButton")

        self.opinionTools.addWidget(self.exportOpinionButton)


        self.opinionLayout.addLayout(self.opinionTools)

        self.opinionTable = QTableWidget(self.opinionsTab)
        self.opinionTable.setObjectName(u"opinionTable")
        self.opinionTable.setAlternatingRowColors(True)
        self.opinionTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.opinionTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.opinionTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.opinionTable.setWordWrap(True)

        self.opinionLayout.addWidget(self.opinionTable)

        self.opinionInfoLabel = QLabel(self.opinionsTab)
        self.opinionInfoLabel.setObjectName(u"opinionInfoLabel")
        self.opinionInfoLabel.setWordWrap(True)

        self.opinionLayout.addWidget(self.opinionInfoLabel)

        self.tabs.addTab(self.opinionsTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemLayout = QVBoxLayout(self.problemsTab)
        self.problemLayout.setObjectName(u"problemLayout")
        self.problemTools = QHBoxLayout()
        self.problemTools.setObjectName(u"problemTools")
        self.ownerLabel = QLabel(self.problemsTab)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.problemTools.addWidget(self.ownerLabel)

        self.ownerCombo = QComboBox(self.problemsTab)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setMinimumWidth(140)

        self.problemTools.addWidget(self.ownerCombo)

        self.addProblemButton = QPushButton(self.problemsTab)
        self.addProblemButton.setObjectName(u"addProblemButton")

        self.problemTools.addWidget(self.addProblemButton)

        self.editProblemButton = QPushButton(self.problemsTab)
        self.editProblemButton.setObjectName(u"editProblemButton")

        self.problemTools.addWidget(self.editProblemButton)

        self.deleteProblemButton = QPushButton(self.problemsTab)
        self.deleteProblemButton.setObjectName(u"deleteProblemButton")

        self.problemTools.addWidget(self.deleteProblemButton)

        self.spacer11 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.problemTools.addItem(self.spacer11)

        self.exportProblemButton = QPushButton(self.problemsTab)
        self.exportProblemButton.setObjectName(u"exportProblemButton")

        self.problemTools.addWidget(self.exportProblemButton)


        self.problemLayout.addLayout(self.problemTools)

        self.problemTable = QTableWidget(self.problemsTab)
        self.problemTable.setObjectName(u"problemTable")
        self.problemTable.setAlternatingRowColors(True)
        self.problemTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.problemTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.problemTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problemTable.setWordWrap(True)

        self.problemLayout.addWidget(self.problemTable)

        self.problemInfoLabel = QLabel(self.problemsTab)
        self.problemInfoLabel.setObjectName(u"problemInfoLabel")
        self.problemInfoLabel.setWordWrap(True)

        self.problemLayout.addWidget(self.problemInfoLabel)

        self.tabs.addTab(self.problemsTab, "")
        self.criticismTab = QWidget()
        self.criticismTab.setObjectName(u"criticismTab")
        self.criticismLayout = QVBoxLayout(self.criticismTab)
        self.criticismLayout.setObjectName(u"criticismLayout")
        self.criticismTools = QHBoxLayout()
        self.criticismTools.setObjectName(u"criticismTools")
        self.addCriticismButton = QPushButton(self.criticismTab)
        self.addCriticismButton.setObjectName(u"addCriticismButton")

        self.criticismTools.addWidget(self.addCriticismButton)

        self.editCriticismButton = QPushButton(self.criticismTab)
        self.editCriticismButton.setObjectName(u"editCriticismButton")

        self.criticismTools.addWidget(self.editCriticismButton)

        self.deleteCriticismButton = QPushButton(self.criticismTab)
        self.deleteCriticismButton.setObjectName(u"deleteCriticismButton")

        self.criticismTools.addWidget(self.deleteCriticismButton)

        self.spacer12 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.criticismTools.addItem(self.spacer12)

        self.exportCriticismButton = QPushButton(self.criticismTab)
        self.exportCriticismButton.setObjectName(u"exportCriticismButton")

        self.criticismTools.addWidget(self.exportCriticismButton)


        self.criticismLayout.addLayout(self.criticismTools)

        self.criticismTable = QTableWidget(self.criticismTab)
        self.criticismTable.setObjectName(u"criticismTable")
        self.criticismTable.setAlternatingRowColors(True)
        self.criticismTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.criticismTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.criticismTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.criticismTable.setWordWrap(True)

        self.criticismLayout.addWidget(self.criticismTable)

        self.criticismInfoLabel = QLabel(self.criticismTab)
        self.criticismInfoLabel.setObjectName(u"criticismInfoLabel")
        self.criticismInfoLabel.setWordWrap(True)

        self.criticismLayout.addWidget(self.criticismInfoLabel)

        self.tabs.addTab(self.criticismTab, "")
        self.gradesTab = QWidget()
        self.gradesTab.setObjectName(u"gradesTab")
        self.gradesLayout = QVBoxLayout(self.gradesTab)
        self.gradesLayout.setObjectName(u"gradesLayout")
        self.gradesTools = QHBoxLayout()
        self.gradesTools.setObjectName(u"gradesTools")
        self.prepareButton = QPushButton(self.gradesTab)
        self.prepareButton.setObjectName(u"prepareButton")

        self.gradesTools.addWidget(self.prepareButton)

        self.ballotsButton = QPushButton(self.gradesTab)
        self.ballotsButton.setObjectName(u"ballotsButton")

        self.gradesTools.addWidget(self.ballotsButton)

        self.suggestButton = QPushButton(self.gradesTab)
        self.suggestButton.setObjectName(u"suggestButton")

        self.gradesTools.addWidget(self.suggestButton)

        self.notifyButton = QPushButton(self.gradesTab)
        self.notifyButton.setObjectName(u"notifyButton")

        self.gradesTools.addWidget(self.notifyButton)

        self.spacer6 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gradesTools.addItem(self.spacer6)


        self.gradesLayout.addLayout(self.gradesTools)

        self.ballotsRow = QHBoxLayout()
        self.ballotsRow.setObjectName(u"ballotsRow")
        self.issuedLabel = QLabel(self.gradesTab)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.ballotsRow.addWidget(self.issuedLabel)

        self.issuedSpin = QSpinBox(self.gradesTab)
        self.issuedSpin.setObjectName(u"issuedSpin")
        self.issuedSpin.setMaximum(9999)

        self.ballotsRow.addWidget(self.issuedSpin)

        self.returnedLabel = QLabel(self.gradesTab)
        self.returnedLabel.setObjectName(u"returnedLabel")

        self.ballotsRow.addWidget(self.returnedLabel)

        self.returnedSpin = QSpinBox(self.gradesTab)
        self.returnedSpin.setObjectName(u"returnedSpin")
        self.returnedSpin.setMaximum(9999)

        self.ballotsRow.addWidget(self.returnedSpin)

        self.quotaLabel = QLabel(self.gradesTab)
        self.quotaLabel.setObjectName(u"quotaLabel")
        self.quotaLabel.setWordWrap(True)

        self.ballotsRow.addWidget(self.quotaLabel)

        self.ballotsRow.setStretch(4, 1)

        self.gradesLayout.addLayout(self.ballotsRow)

        self.entriesTable = QTableWidget(self.gradesTab)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.entriesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.entriesTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)
        self.entriesTable.setWordWrap(True)

        self.gradesLayout.addWidget(self.entriesTable)

        self.issuesLabel = QLabel(self.gradesTab)
        self.issuesLabel.setObjectName(u"issuesLabel")
        self.issuesLabel.setWordWrap(True)

        self.gradesLayout.addWidget(self.issuesLabel)

        self.gradesButtons = QHBoxLayout()
        self.gradesButtons.setObjectName(u"gradesButtons")
        self.entryButton = QPushButton(self.gradesTab)
        self.entryButton.setObjectName(u"entryButton")

        self.gradesButtons.addWidget(self.entryButton)

        self.ballotPrintButton = QPushButton(self.gradesTab)
        self.ballotPrintButton.setObjectName(u"ballotPrintButton")

        self.gradesButtons.addWidget(self.ballotPrintButton)

        self.resultsPrintButton = QPushButton(self.gradesTab)
        self.resultsPrintButton.setObjectName(u"resultsPrintButton")

        self.gradesButtons.addWidget(self.resultsPrintButton)

        self.exportGradesButton = QPushButton(self.gradesTab)
        self.exportGradesButton.setObjectName(u"exportGradesButton")

        self.gradesButtons.addWidget(self.exportGradesButton)

        self.spacer7 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gradesButtons.addItem(self.spacer7)

        self.saveGradesButton = QPushButton(self.gradesTab)
        self.saveGradesButton.setObjectName(u"saveGradesButton")

        self.gradesButtons.addWidget(self.saveGradesButton)


        self.gradesLayout.addLayout(self.gradesButtons)

        self.tabs.addTab(self.gradesTab, "")
        self.rectTab = QWidget()
        self.rectTab.setObjectName(u"rectTab")
        self.rectLayout = QVBoxLayout(self.rectTab)
        self.rectLayout.setObjectName(u"rectLayout")
        self.rectTools = QHBoxLayout()
        self.rectTools.setObjectName(u"rectTools")
        self.editRectButton = QPushButton(self.rectTab)
        self.editRectButton.setObjectName(u"editRectButton")

        self.rectTools.addWidget(self.editRectButton)

        self.spacer8 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rectTools.addItem(self.spacer8)

        self.rectPrintButton = QPushButton(self.rectTab)
        self.rectPrintButton.setObjectName(u"rectPrintButton")

        self.rectTools.addWidget(self.rectPrintButton)

        self.exportRectButton = QPushButton(self.rectTab)
        self.exportRectButton.setObjectName(u"exportRectButton")

        self.rectTools.addWidget(self.exportRectButton)


        self.rectLayout.addLayout(self.rectTools)

        self.rectTable = QTableWidget(self.rectTab)
        self.rectTable.setObjectName(u"rectTable")
        self.rectTable.setAlternatingRowColors(True)
        self.rectTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rectTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rectTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rectTable.setWordWrap(True)

        self.rectLayout.addWidget(self.rectTable)

        self.rectInfoLabel = QLabel(self.rectTab)
        self.rectInfoLabel.setObjectName(u"rectInfoLabel")
        self.rectInfoLabel.setWordWrap(True)

        self.rectLayout.addWidget(self.rectInfoLabel)

        self.tabs.addTab(self.rectTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.topicLabel.setBuddy(self.topicEdit)
        self.plannedLabel.setBuddy(self.plannedEdit)
        self.reportedLabel.setBuddy(self.reportedEdit)
        self.attendeeLabel.setBuddy(self.attendeeEdit)
        self.appraisalDateLabel.setBuddy(self.appraisalDateEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.reportSentLabel.setBuddy(self.reportSentEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.issuedLabel.setBuddy(self.issuedSpin)
        self.returnedLabel.setBuddy(self.returnedSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AppraisalScreen)
    # setupUi

    def retranslateUi(self, AppraisalScreen):
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("AppraisalScreen", u"title", None))
        self.titleLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u548c\u6c11\u4e3b\u8bc4\u8bae\u515a\u5458", None))
        self.yearLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u5e74\u5ea6\uff1a", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("AppraisalScreen", u"\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u6240\u5c5e\u7684\u5e74\u5ea6\uff08\u901a\u5e38\u5728\u8be5\u5e74\u7b2c\u56db\u5b63\u5ea6\u6216\u6b21\u5e74\u4e00\u6708\u53ec\u5f00\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u6253\u5370\u2026", None))
        self.statusLabel.setProperty(u"role", QCoreApplication.translate("AppraisalScreen", u"hint", None))
        self.statusLabel.setText("")
        self.topicLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u4e3b\u9898\uff1a", None))
        self.topicEdit.setPlaceholderText(QCoreApplication.translate("AppraisalScreen", u"\u4f8b\u5982\uff1a\u6df1\u5165\u5b66\u4e60\u8d2f\u5f7b\u4e60\u8fd1\u5e73\u65b0\u65f6\u4ee3\u4e2d\u56fd\u7279\u8272\u793e\u4f1a\u4e3b\u4e49\u601d\u60f3", None))
        self.plannedLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u8ba1\u5212\u53ec\u5f00\u65e5\u671f\uff1a", None))
        self.reportedLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u4f1a\u524d\u5411\u4e0a\u7ea7\u515a\u59d4\u62a5\u544a\uff1a", None))
        self.attendeeLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u4e0a\u7ea7\u515a\u59d4\u53c2\u4f1a\u4eba\u5458\uff1a", None))
        self.attendeeEdit.setPlaceholderText(QCoreApplication.translate("AppraisalScreen", u"\u59d3\u540d\u3001\u804c\u52a1\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.withMeetingLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u6c11\u4e3b\u8bc4\u8bae\u515a\u5458\uff1a", None))
        self.withMeetingCheck.setText(QCoreApplication.translate("AppraisalScreen", u"\u4e0e\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u540c\u65f6\u8fdb\u884c", None))
        self.appraisalDateLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u5355\u72ec\u8fdb\u884c\u7684\u65e5\u671f\uff1a", None))
        self.meetingTitleLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u4f1a\u8bae\u8bb0\u5f55\uff1a", None))
        self.meetingLabel.setProperty(u"role", QCoreApplication.translate("AppraisalScreen", u"hint", None))
        self.meetingLabel.setText("")
        self.createMeetingButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u65b0\u5efa\u4f1a\u8bae\u8bb0\u5f55", None))
#if QT_CONFIG(tooltip)
        self.createMeetingButton.setToolTip(QCoreApplication.translate("AppraisalScreen", u"\u6309\u8ba1\u5212\u65e5\u671f\u65b0\u5efa\u4e00\u6761\u201c\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u201d\u4f1a\u8bae\u8bb0\u5f55\uff08\u53ef\u5148\u4f5c\u4e3a\u8ba1\u5212\uff0c\u4f1a\u540e\u8865\u5168\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.meetingCombo.setToolTip(QCoreApplication.translate("AppraisalScreen", u"\u5df2\u6709\u7684\u201c\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u201d\u4f1a\u8bae\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.linkMeetingButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u5173\u8054", None))
        self.openMeetingButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u6253\u5f00\u4f1a\u8bae\u8bb0\u5f55", None))
        self.summaryLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u4f1a\u8bae\u60c5\u51b5\uff1a", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("AppraisalScreen", u"\u4f1a\u8bae\u8bae\u7a0b\u3001\u53d1\u8a00\u548c\u4e0a\u7ea7\u70b9\u8bc4\u8981\u70b9\uff0c\u5199\u5165\u60c5\u51b5\u62a5\u544a", None))
        self.reportSentLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u60c5\u51b5\u62a5\u544a\u62a5\u9001\u65e5\u671f\uff1a", None))
        self.deleteCycleButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u5220\u9664\u672c\u5e74\u5ea6\u8bb0\u5f55", None))
        self.saveCycleButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u4fdd\u5b58", None))
        self.checklistBox.setTitle(QCoreApplication.translate("AppraisalScreen", u"\u4f1a\u524d\u51c6\u5907\u60c5\u51b5", None))
        self.checklistLabel.setProperty(u"role", QCoreApplication.translate("AppraisalScreen", u"hint", None))
        self.checklistLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.prepTab), QCoreApplication.translate("AppraisalScreen", u"\u4f1a\u524d\u51c6\u5907\u548c\u4f1a\u8bae", None))
        self.addOpinionButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u65b0\u589e\u2026", None))
        self.editOpinionButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u4fee\u6539\u2026", None))
        self.deleteOpinionButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u5220\u9664", None))
        self.exportOpinionButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.opinionInfoLabel.setProperty(u"role", QCoreApplication.translate("AppraisalScreen", u"hint", None))
        self.opinionInfoLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.opinionsTab), QCoreApplication.translate("AppraisalScreen", u"\u5f81\u6c42\u610f\u89c1", None))
        self.ownerLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u5bf9\u8c61\uff1a", None))
        self.addProblemButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u65b0\u589e\u2026", None))
        self.editProblemButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u4fee\u6539\u2026", None))
        self.deleteProblemButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u5220\u9664", None))
        self.exportProblemButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.problemInfoLabel.setProperty(u"role", QCoreApplication.translate("AppraisalScreen", u"hint", None))
        self.problemInfoLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("AppraisalScreen", u"\u95ee\u9898\u6e05\u5355", None))
        self.addCriticismButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u65b0\u589e\u2026", None))
        self.editCriticismButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u4fee\u6539\u2026", None))
        self.deleteCriticismButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u5220\u9664", None))
        self.exportCriticismButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.criticismInfoLabel.setProperty(u"role", QCoreApplication.translate("AppraisalScreen", u"hint", None))
        self.criticismInfoLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.criticismTab), QCoreApplication.translate("AppraisalScreen", u"\u6279\u8bc4\u548c\u81ea\u6211\u6279\u8bc4", None))
        self.prepareButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u751f\u6210\u8bc4\u8bae\u540d\u5355", None))
#if QT_CONFIG(tooltip)
        self.prepareButton.setToolTip(QCoreApplication.translate("AppraisalScreen", u"\u6309\u8bc4\u8bae\u65e5\u671f\u7684\u515a\u5458\u540d\u518c\u5217\u51fa\u53c2\u52a0\u8bc4\u8bae\u7684\u515a\u5458\uff08\u5df2\u6709\u7684\u4e0d\u4f1a\u91cd\u590d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.ballotsButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u9010\u5f20\u5f55\u5165\u6d4b\u8bc4\u7968\u2026", None))
#if QT_CONFIG(tooltip)
        self.ballotsButton.setToolTip(QCoreApplication.translate("AppraisalScreen", u"\u628a\u6536\u56de\u7684\u6d4b\u8bc4\u7968\u4e00\u5f20\u4e00\u5f20\u5f55\u5165\uff0c\u7a0b\u5e8f\u7edf\u8ba1\u6bcf\u4eba\u5f97\u7968", None))
#endif // QT_CONFIG(tooltip)
        self.suggestButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u6309\u5f97\u7968\u5efa\u8bae\u7b49\u6b21", None))
#if QT_CONFIG(tooltip)
        self.suggestButton.setToolTip(QCoreApplication.translate("AppraisalScreen", u"\u6309\u5f97\u7968\u6700\u591a\u7684\u7b49\u6b21\u586b\u5165\uff0c\u4f18\u79c0\u4e0d\u8d85\u8fc7\u89c4\u5b9a\u540d\u989d\uff1b\u652f\u90e8\u53ef\u518d\u8c03\u6574", None))
#endif // QT_CONFIG(tooltip)
        self.notifyButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u767b\u8bb0\u5df2\u544a\u77e5", None))
#if QT_CONFIG(tooltip)
        self.notifyButton.setToolTip(QCoreApplication.translate("AppraisalScreen", u"\u8bc4\u5b9a\u7b49\u6b21\u5df2\u9010\u4e00\u544a\u77e5\u672c\u4eba\uff1a\u7ed9\u5c1a\u672a\u767b\u8bb0\u7684\u515a\u5458\u586b\u4e0a\u4eca\u5929\u7684\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.issuedLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u53d1\u51fa\u6d4b\u8bc4\u7968\uff1a", None))
        self.issuedSpin.setSuffix(QCoreApplication.translate("AppraisalScreen", u" \u5f20", None))
        self.returnedLabel.setText(QCoreApplication.translate("AppraisalScreen", u"\u6536\u56de\uff1a", None))
        self.returnedSpin.setSuffix(QCoreApplication.translate("AppraisalScreen", u" \u5f20", None))
        self.quotaLabel.setText("")
        self.issuesLabel.setText("")
        self.entryButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u81ea\u8bc4\u548c\u5904\u7406\u610f\u89c1\u2026", None))
#if QT_CONFIG(tooltip)
        self.entryButton.setToolTip(QCoreApplication.translate("AppraisalScreen", u"\u586b\u5199\u6240\u9009\u515a\u5458\u7684\u4e2a\u4eba\u81ea\u8bc4\u3001\u4e0d\u53c2\u52a0\u8bc4\u8bae\u7684\u539f\u56e0\u3001\u5904\u7406\u610f\u89c1\u548c\u544a\u77e5\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.ballotPrintButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u6253\u5370\u6d4b\u8bc4\u7968\u2026", None))
        self.resultsPrintButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u6253\u5370\u7ed3\u679c\u6c47\u603b\u8868\u2026", None))
        self.exportGradesButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.saveGradesButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u4fdd\u5b58\u8bc4\u8bae\u7ed3\u679c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.gradesTab), QCoreApplication.translate("AppraisalScreen", u"\u6c11\u4e3b\u8bc4\u8bae", None))
        self.editRectButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u767b\u8bb0\u6574\u6539\u60c5\u51b5\u2026", None))
        self.rectPrintButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u6253\u5370\u6574\u6539\u6e05\u5355\u2026", None))
        self.exportRectButton.setText(QCoreApplication.translate("AppraisalScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.rectInfoLabel.setProperty(u"role", QCoreApplication.translate("AppraisalScreen", u"hint", None))
        self.rectInfoLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.rectTab), QCoreApplication.translate("AppraisalScreen", u"\u6574\u6539\u6e05\u5355", None))
        pass
    # retranslateUi

