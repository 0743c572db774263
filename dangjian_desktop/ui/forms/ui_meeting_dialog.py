# GENERATED from forms/meeting_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout,
    QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QTimeEdit, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.widgets.attachments import AttachmentsWidget
from dangjian_desktop.ui.widgets.plain_paste_edit import PlainPasteEdit

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(1000, 720)
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.statusLabel = QLabel(MeetingDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(MeetingDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicForm = QFormLayout(self.basicTab)
        self.basicForm.setObjectName(u"basicForm")
        self.basicForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.typesLabel = QLabel(self.basicTab)
        self.typesLabel.setObjectName(u"typesLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typesLabel)

        self.typesBox = QWidget(self.basicTab)
        self.typesBox.setObjectName(u"typesBox")
        self.typesGrid = QGridLayout(self.typesBox)
        self.typesGrid.setObjectName(u"typesGrid")
        self.typesGrid.setContentsMargins(0, 0, 0, 0)
        self.typeAssembly = QCheckBox(self.typesBox)
        self.typeAssembly.setObjectName(u"typeAssembly")

        self.typesGrid.addWidget(self.typeAssembly, 0, 0, 1, 1)

        self.typeCommittee = QCheckBox(self.typesBox)
        self.typeCommittee.setObjectName(u"typeCommittee")

        self.typesGrid.addWidget(self.typeCommittee, 0, 1, 1, 1)

        self.typeGroup = QCheckBox(self.typesBox)
        self.typeGroup.setObjectName(u"typeGroup")

        self.typesGrid.addWidget(self.typeGroup, 0, 2, 1, 1)

        self.typeLecture = QCheckBox(self.typesBox)
        self.typeLecture.setObjectName(u"typeLecture")

        self.typesGrid.addWidget(self.typeLecture, 0, 3, 1, 1)

        self.typeThemeDay = QCheckBox(self.typesBox)
        self.typeThemeDay.setObjectName(u"typeThemeDay")

        self.typesGrid.addWidget(self.typeThemeDay, 1, 0, 1, 1)

        self.typeLifeMeeting = QCheckBox(self.typesBox)
        self.typeLifeMeeting.setObjectName(u"typeLifeMeeting")

        self.typesGrid.addWidget(self.typeLifeMeeting, 1, 1, 1, 1)

        self.typeAppraisal = QCheckBox(self.typesBox)
        self.typeAppraisal.setObjectName(u"typeAppraisal")

        self.typesGrid.addWidget(self.typeAppraisal, 1, 2, 1, 1)

        self.typeOther = QCheckBox(self.typesBox)
        self.typeOther.setObjectName(u"typeOther")

        self.typesGrid.addWidget(self.typeOther, 1, 3, 1, 1)

        self.typesHint = QLabel(self.typesBox)
        self.typesHint.setObjectName(u"typesHint")

        self.typesGrid.addWidget(self.typesHint, 2, 0, 1, 4)


        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typesBox)

        self.meetingTitleLabel = QLabel(self.basicTab)
        self.meetingTitleLabel.setObjectName(u"meetingTitleLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingTitleLabel)

        self.titleEdit = QLineEdit(self.basicTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(self.basicTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = QDateEdit(self.basicTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.dateEdit)

        self.startLabel = QLabel(self.basicTab)
        self.startLabel.setObjectName(u"startLabel")

        self.dateLayout.addWidget(self.startLabel)

        self.startTimeEdit = QTimeEdit(self.basicTab)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.dateLayout.addWidget(self.startTimeEdit)

        self.endLabel = QLabel(self.basicTab)
        self.endLabel.setObjectName(u"endLabel")

        self.dateLayout.addWidget(self.endLabel)

        self.endTimeEdit = QTimeEdit(self.basicTab)
        self.endTimeEdit.setObjectName(u"endTimeEdit")

        self.dateLayout.addWidget(self.endTimeEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.basicForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.placeLabel = QLabel(self.basicTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.basicTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.hostLabel = QLabel(self.basicTab)
        self.hostLabel.setObjectName(u"hostLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.peopleLayout = QHBoxLayout()
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.hostCombo = QComboBox(self.basicTab)
        self.hostCombo.setObjectName(u"hostCombo")
        self.hostCombo.setEditable(True)
        self.hostCombo.setMinimumWidth(160)

        self.peopleLayout.addWidget(self.hostCombo)

        self.recorderLabel = QLabel(self.basicTab)
        self.recorderLabel.setObjectName(u"recorderLabel")

        self.peopleLayout.addWidget(self.recorderLabel)

        self.recorderCombo = QComboBox(self.basicTab)
        self.recorderCombo.setObjectName(u"recorderCombo")
        self.recorderCombo.setEditable(True)
        self.recorderCombo.setMinimumWidth(160)

        self.peopleLayout.addWidget(self.recorderCombo)

        self.peopleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleLayout.addItem(self.peopleSpacer)


        self.basicForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.peopleLayout)

        self.lecturerLabel = QLabel(self.basicTab)
        self.lecturerLabel.setObjectName(u"lecturerLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lecturerLabel)

        self.lectureLayout = QHBoxLayout()
        self.lectureLayout.setObjectName(u"lectureLayout")
        self.lecturerCombo = QComboBox(self.basicTab)
        self.lecturerCombo.setObjectName(u"lecturerCombo")
        self.lecturerCombo.setEditable(True)
        self.lecturerCombo.setMinimumWidth(160)

        self.lectureLayout.addWidget(self.lecturerCombo)

        self.lectureTopicLabel = QLabel(self.basicTab)
        self.lectureTopicLabel.setObjectName(u"lectureTopicLabel")

        self.lectureLayout.addWidget(self.lectureTopicLabel)

        self.lectureTopicEdit = QLineEdit(self.basicTab)
        self.lectureTopicEdit.setObjectName(u"lectureTopicEdit")

        self.lectureLayout.addWidget(self.lectureTopicEdit)


        self.basicForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.lectureLayout)

        self.scopeLabel = QLabel(self.basicTab)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeLayout = QHBoxLayout()
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.scopeCombo = QComboBox(self.basicTab)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setMinimumWidth(140)

        self.scopeLayout.addWidget(self.scopeCombo)

        self.groupCombo = QComboBox(self.basicTab)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setMinimumWidth(200)

        self.scopeLayout.addWidget(self.groupCombo)

        self.scopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeLayout.addItem(self.scopeSpacer)


        self.basicForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.scopeLayout)

        self.tabs.addTab(self.basicTab, "")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.countsLabel = QLabel(self.attendanceTab)
        self.countsLabel.setObjectName(u"countsLabel")

        self.attendanceLayout.addWidget(self.countsLabel)

        self.attendanceTable = QTableWidget(self.attendanceTab)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setAlternatingRowColors(True)
        self.attendanceTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.attendanceLayout.addWidget(self.attendanceTable)

        self.attendanceButtons = QHBoxLayout()
        self.attendanceButtons.setObjectName(u"attendanceButtons")
        self.allPresentButton = QPushButton(self.attendanceTab)
        self.allPresentButton.setObjectName(u"allPresentButton")

        self.attendanceButtons.addWidget(self.allPresentButton)

        self.regenerateButton = QPushButton(self.attendanceTab)
        self.regenerateButton.setObjectName(u"regenerateButton")

        self.attendanceButtons.addWidget(self.regenerateButton)

        self.attendanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceButtons.addItem(self.attendanceSpacer)


        self.attendanceLayout.addLayout(self.attendanceButtons)

        self.observersLayout = QHBoxLayout()
        self.observersLayout.setObjectName(u"observersLayout")
        self.observersLabel = QLabel(self.attendanceTab)
        self.observersLabel.setObjectName(u"observersLabel")

        self.observersLayout.addWidget(self.observersLabel)

        self.observersEdit = QLineEdit(self.attendanceTab)
        self.observersEdit.setObjectName(u"observersEdit")

        self.observersLayout.addWidget(self.observersEdit)


        self.attendanceLayout.addLayout(self.observersLayout)

        self.tabs.addTab(self.attendanceTab, "")
        self.agendaTab = QWidget()
        self.agendaTab.setObjectName(u"agendaTab")
        self.agendaLayout = QVBoxLayout(self.agendaTab)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaListLayout = QHBoxLayout()
        self.agendaListLayout.setObjectName(u"agendaListLayout")
        self.agendaList = QListWidget(self.agendaTab)
        self.agendaList.setObjectName(u"agendaList")

        self.agendaListLayout.addWidget(self.agendaList)

        self.agendaButtons = QVBoxLayout()
        self.agendaButtons.setObjectName(u"agendaButtons")
        self.addItemButton = QPushButton(self.agendaTab)
        self.addItemButton.setObjectName(u"addItemButton")

        self.agendaButtons.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(self.agendaTab)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.agendaButtons.addWidget(self.removeItemButton)

        self.upButton = QPushButton(self.agendaTab)
        self.upButton.setObjectName(u"upButton")

        self.agendaButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.agendaTab)
        self.downButton.setObjectName(u"downButton")

        self.agendaButtons.addWidget(self.downButton)

        self.agendaButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.agendaButtons.addItem(self.agendaButtonsSpacer)


        self.agendaListLayout.addLayout(self.agendaButtons)


        self.agendaLayout.addLayout(self.agendaListLayout)

        self.itemForm = QFormLayout()
        self.itemForm.setObjectName(u"itemForm")
        self.itemTitleLabel = QLabel(self.agendaTab)
        self.itemTitleLabel.setObjectName(u"itemTitleLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemTitleLabel)

        self.itemTitleEdit = QLineEdit(self.agendaTab)
        self.itemTitleEdit.setObjectName(u"itemTitleEdit")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemTitleEdit)

        self.firstTopicCheck = QCheckBox(self.agendaTab)
        self.firstTopicCheck.setObjectName(u"firstTopicCheck")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstTopicCheck)

        self.itemNoteLabel = QLabel(self.agendaTab)
        self.itemNoteLabel.setObjectName(u"itemNoteLabel")

        self.itemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.itemNoteLabel)

        self.itemNoteEdit = QPlainTextEdit(self.agendaTab)
        self.itemNoteEdit.setObjectName(u"itemNoteEdit")
        self.itemNoteEdit.setMaximumHeight(90)

        self.itemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.itemNoteEdit)


        self.agendaLayout.addLayout(self.itemForm)

        self.templateLayout = QHBoxLayout()
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateLabel = QLabel(self.agendaTab)
        self.templateLabel.setObjectName(u"templateLabel")

        self.templateLayout.addWidget(self.templateLabel)

        self.templateCombo = QComboBox(self.agendaTab)
        self.templateCombo.setObjectName(u"templateCombo")
        self.templateCombo.setMinimumWidth(200)

        self.templateLayout.addWidget(self.templateCombo)

        self.applyTemplateButton = QPushButton(self.agendaTab)
        self.applyTemplateButton.setObjectName(u"applyTemplateButton")

        self.templateLayout.addWidget(self.applyTemplateButton)

        self.saveTemplateButton = QPushButton(self.agendaTab)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.templateLayout.addWidget(self.saveTemplateButton)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateLayout.addItem(self.templateSpacer)


        self.agendaLayout.addLayout(self.templateLayout)

        self.tabs.addTab(self.agendaTab, "")
        self.minutesTab = QWidget()
        self.minutesTab.setObjectName(u"minutesTab")
        self.minutesLayout = QVBoxLayout(self.minutesTab)
        self.minutesLayout.setObjectName(u"minutesLayout")
        self.minutesHint = QLabel(self.minutesTab)
        self.minutesHint.setObjectName(u"minutesHint")
        self.minutesHint.setWordWrap(True)

        self.minutesLayout.addWidget(self.minutesHint)

        self.minutesEdit = PlainPasteEdit(self.minutesTab)
        self.minutesEdit.setObjectName(u"minutesEdit")

        self.minutesLayout.addWidget(self.minutesEdit)

        self.resolutionsLabel = QLabel(self.minutesTab)
        self.resolutionsLabel.setObjectName(u"resolutionsLabel")

        self.minutesLayout.addWidget(self.resolutionsLabel)

        self.resolutionsEdit = PlainPasteEdit(self.minutesTab)
        self.resolutionsEdit.setObjectName(u"resolutionsEdit")
        self.resolutionsEdit.setMaximumHeight(140)

        self.minutesLayout.addWidget(self.resolutionsEdit)

        self.tabs.addTab(self.minutesTab, "")
        self.votesTab = QWidget()
        self.votesTab.setObjectName(u"votesTab")
        self.votesLayout = QVBoxLayout(self.votesTab)
        self.votesLayout.setObjectName(u"votesLayout")
        self.voteInfoLabel = QLabel(self.votesTab)
        self.voteInfoLabel.setObjectName(u"voteInfoLabel")
        self.voteInfoLabel.setWordWrap(True)

        self.votesLayout.addWidget(self.voteInfoLabel)

        self.votesTable = QTableWidget(self.votesTab)
        self.votesTable.setObjectName(u"votesTable")

        self.votesLayout.addWidget(self.votesTable)

        self.voteButtons = QHBoxLayout()
        self.voteButtons.setObjectName(u"voteButtons")
        self.addVoteButton = QPushButton(self.votesTab)
        self.addVoteButton.setObjectName(u"addVoteButton")

        self.voteButtons.addWidget(self.addVoteButton)

        self.removeVoteButton = QPushButton(self.votesTab)
        self.removeVoteButton.setObjectName(u"removeVoteButton")

        self.voteButtons.addWidget(self.removeVoteButton)

        self.voteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.voteButtons.addItem(self.voteSpacer)


        self.votesLayout.addLayout(self.voteButtons)

        self.tabs.addTab(self.votesTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsHint = QLabel(self.attachmentsTab)
        self.attachmentsHint.setObjectName(u"attachmentsHint")
        self.attachmentsHint.setWordWrap(True)

        self.attachmentsLayout.addWidget(self.attachmentsHint)

        self.attachmentsWidget = AttachmentsWidget(self.attachmentsTab)
        self.attachmentsWidget.setObjectName(u"attachmentsWidget")

        self.attachmentsLayout.addWidget(self.attachmentsWidget)

        self.tabs.addTab(self.attachmentsTab, "")
        self.amendmentsTab = QWidget()
        self.amendmentsTab.setObjectName(u"amendmentsTab")
        self.amendmentsLayout = QVBoxLayout(self.amendmentsTab)
        self.amendmentsLayout.setObjectName(u"amendmentsLayout")
        self.amendmentsHint = QLabel(self.amendmentsTab)
        self.amendmentsHint.setObjectName(u"amendmentsHint")
        self.amendmentsHint.setWordWrap(True)

        self.amendmentsLayout.addWidget(self.amendmentsHint)

        self.amendmentsTable = QTableWidget(self.amendmentsTab)
        self.amendmentsTable.setObjectName(u"amendmentsTable")
        self.amendmentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.amendmentsTable.setWordWrap(True)

        self.amendmentsLayout.addWidget(self.amendmentsTable)

        self.amendButtons = QHBoxLayout()
        self.amendButtons.setObjectName(u"amendButtons")
        self.amendButton = QPushButton(self.amendmentsTab)
        self.amendButton.setObjectName(u"amendButton")

        self.amendButtons.addWidget(self.amendButton)

        self.amendSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.amendButtons.addItem(self.amendSpacer)


        self.amendmentsLayout.addLayout(self.amendButtons)

        self.tabs.addTab(self.amendmentsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.tabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.issuesScroll = QScrollArea(MeetingDialog)
        self.issuesScroll.setObjectName(u"issuesScroll")
        self.issuesScroll.setFrameShape(QFrame.NoFrame)
        self.issuesScroll.setWidgetResizable(True)
        self.issuesScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.issuesScroll.sizePolicy().hasHeightForWidth())
        self.issuesScroll.setSizePolicy(sizePolicy)
        self.issuesHost = QWidget()
        self.issuesHost.setObjectName(u"issuesHost")
        self.issuesLayout = QVBoxLayout(self.issuesHost)
        self.issuesLayout.setObjectName(u"issuesLayout")
        self.issuesLayout.setContentsMargins(0, 0, 0, 0)
        self.issuesLabel = QLabel(self.issuesHost)
        self.issuesLabel.setObjectName(u"issuesLabel")
        self.issuesLabel.setWordWrap(True)
        self.issuesLabel.setTextFormat(Qt.RichText)
        self.issuesLabel.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.issuesLayout.addWidget(self.issuesLabel)

        self.issuesScroll.setWidget(self.issuesHost)

        self.mainLayout.addWidget(self.issuesScroll)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(MeetingDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.pdfButton = QPushButton(MeetingDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.buttonsLayout.addWidget(self.pdfButton)

        self.signinButton = QPushButton(MeetingDialog)
        self.signinButton.setObjectName(u"signinButton")

        self.buttonsLayout.addWidget(self.signinButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.finaliseButton = QPushButton(MeetingDialog)
        self.finaliseButton.setObjectName(u"finaliseButton")

        self.buttonsLayout.addWidget(self.finaliseButton)

        self.saveButton = QPushButton(MeetingDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(MeetingDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.meetingTitleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startTimeEdit)
        self.endLabel.setBuddy(self.endTimeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.hostLabel.setBuddy(self.hostCombo)
        self.recorderLabel.setBuddy(self.recorderCombo)
        self.lecturerLabel.setBuddy(self.lecturerCombo)
        self.lectureTopicLabel.setBuddy(self.lectureTopicEdit)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.observersLabel.setBuddy(self.observersEdit)
        self.itemTitleLabel.setBuddy(self.itemTitleEdit)
        self.itemNoteLabel.setBuddy(self.itemNoteEdit)
        self.templateLabel.setBuddy(self.templateCombo)
        self.resolutionsLabel.setBuddy(self.resolutionsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.typeAssembly)
        QWidget.setTabOrder(self.typeAssembly, self.typeCommittee)
        QWidget.setTabOrder(self.typeCommittee, self.typeGroup)
        QWidget.setTabOrder(self.typeGroup, self.typeLecture)
        QWidget.setTabOrder(self.typeLecture, self.typeThemeDay)
        QWidget.setTabOrder(self.typeThemeDay, self.typeLifeMeeting)
        QWidget.setTabOrder(self.typeLifeMeeting, self.typeAppraisal)
        QWidget.setTabOrder(self.typeAppraisal, self.typeOther)
        QWidget.setTabOrder(self.typeOther, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.endTimeEdit)
        QWidget.setTabOrder(self.endTimeEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.hostCombo)
        QWidget.setTabOrder(self.hostCombo, self.recorderCombo)
        QWidget.setTabOrder(self.recorderCombo, self.lecturerCombo)
        QWidget.setTabOrder(self.lecturerCombo, self.lectureTopicEdit)
        QWidget.setTabOrder(self.lectureTopicEdit, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.finaliseButton)
        QWidget.setTabOrder(self.finaliseButton, self.cancelButton)

        self.retranslateUi(MeetingDialog)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u8bb0\u5f55", None))
        self.statusLabel.setText("")
        self.typesLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u7c7b\u578b", None))
        self.typeAssembly.setText(QCoreApplication.translate("MeetingDialog", u"\u652f\u90e8\u515a\u5458\u5927\u4f1a", None))
        self.typeCommittee.setText(QCoreApplication.translate("MeetingDialog", u"\u652f\u90e8\u59d4\u5458\u4f1a", None))
        self.typeGroup.setText(QCoreApplication.translate("MeetingDialog", u"\u515a\u5c0f\u7ec4\u4f1a", None))
        self.typeLecture.setText(QCoreApplication.translate("MeetingDialog", u"\u515a\u8bfe", None))
        self.typeThemeDay.setText(QCoreApplication.translate("MeetingDialog", u"\u4e3b\u9898\u515a\u65e5", None))
        self.typeLifeMeeting.setText(QCoreApplication.translate("MeetingDialog", u"\u7ec4\u7ec7\u751f\u6d3b\u4f1a", None))
        self.typeAppraisal.setText(QCoreApplication.translate("MeetingDialog", u"\u6c11\u4e3b\u8bc4\u8bae\u515a\u5458", None))
        self.typeOther.setText(QCoreApplication.translate("MeetingDialog", u"\u5176\u4ed6", None))
        self.typesHint.setText(QCoreApplication.translate("MeetingDialog", u"\u4e00\u6b21\u4f1a\u8bae\u53ef\u540c\u65f6\u52fe\u9009\u591a\u79cd\u7c7b\u578b\uff08\u5982\u4e3b\u9898\u515a\u65e5\u4e2d\u8bb2\u515a\u8bfe\uff0c\u4e24\u9879\u90fd\u8ba1\u5165\uff09\u3002", None))
        self.meetingTitleLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u540d\u79f0/\u4e3b\u9898", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u4f8b\u5982\uff1a3\u6708\u652f\u90e8\u59d4\u5458\u4f1a\u3001\u201c\u91cd\u6e29\u5165\u515a\u8a93\u8bcd\u201d\u4e3b\u9898\u515a\u65e5", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u65e5\u671f\u548c\u65f6\u95f4", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"yyyy-MM-dd", None))
        self.startLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5f00\u59cb", None))
        self.startTimeEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"HH:mm", None))
        self.endLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u7ed3\u675f", None))
        self.endTimeEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"HH:mm", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5730\u70b9", None))
        self.hostLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4e3b\u6301\u4eba", None))
        self.recorderLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bb0\u5f55\u4eba", None))
        self.lecturerLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u515a\u8bfe\u8bb2\u8bfe\u4eba", None))
        self.lectureTopicLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bfe\u9898", None))
        self.scopeLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u53c2\u52a0\u8303\u56f4", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("MeetingDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.countsLabel.setText("")
        self.allPresentButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5168\u90e8\u5230\u4f1a", None))
        self.regenerateButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6309\u540d\u518c\u91cd\u65b0\u751f\u6210\u5e94\u5230\u540d\u5355", None))
        self.observersLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5217\u5e2d\u4eba\u5458", None))
        self.observersEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u975e\u672c\u652f\u90e8\u4eba\u5458\u6216\u65e0\u8868\u51b3\u6743\u7684\u5217\u5e2d\u4eba\u5458\uff0c\u4f8b\u5982\uff1a\u516c\u53f8\u515a\u59d4\u7ec4\u7ec7\u90e8 \u738b\u67d0\u67d0", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendanceTab), QCoreApplication.translate("MeetingDialog", u"\u51fa\u5e2d\u60c5\u51b5", None))
        self.addItemButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6dfb\u52a0\u8bae\u9898", None))
        self.removeItemButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5220\u9664", None))
        self.upButton.setText(QCoreApplication.translate("MeetingDialog", u"\u4e0a\u79fb", None))
        self.downButton.setText(QCoreApplication.translate("MeetingDialog", u"\u4e0b\u79fb", None))
        self.itemTitleLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bae\u9898", None))
        self.firstTopicCheck.setText(QCoreApplication.translate("MeetingDialog", u"\u7b2c\u4e00\u8bae\u9898\uff08\u5b66\u4e60\u4e60\u8fd1\u5e73\u65b0\u65f6\u4ee3\u4e2d\u56fd\u7279\u8272\u793e\u4f1a\u4e3b\u4e49\u601d\u60f3\u548c\u603b\u4e66\u8bb0\u6700\u65b0\u91cd\u8981\u8bb2\u8bdd\u7cbe\u795e\uff09", None))
        self.itemNoteLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bf4\u660e", None))
        self.itemNoteEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u7b2c\u4e00\u8bae\u9898\u8bf7\u5199\u5b66\u4e60\u5185\u5bb9\u3001\u5f62\u5f0f\u548c\u8981\u70b9", None))
        self.templateLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bae\u9898\u6a21\u677f", None))
        self.applyTemplateButton.setText(QCoreApplication.translate("MeetingDialog", u"\u63d2\u5165\u6a21\u677f", None))
        self.saveTemplateButton.setText(QCoreApplication.translate("MeetingDialog", u"\u628a\u5f53\u524d\u8bae\u9898\u5b58\u4e3a\u6a21\u677f\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.agendaTab), QCoreApplication.translate("MeetingDialog", u"\u8bae\u9898", None))
        self.minutesHint.setText(QCoreApplication.translate("MeetingDialog", u"\u8bb0\u5f55\u6bcf\u4f4d\u53d1\u8a00\u4eba\u7684\u4e3b\u8981\u89c2\u70b9\uff08\u4e0d\u540c\u610f\u89c1\u5982\u5b9e\u8bb0\u5f55\uff09\u3002\u53ef\u4ee5\u76f4\u63a5\u4eceWord\u7c98\u8d34\uff0c\u6bb5\u843d\u4f1a\u4fdd\u7559\u3002", None))
        self.resolutionsLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u51b3\u8bae", None))
        self.tabs.setTabText(self.tabs.indexOf(self.minutesTab), QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u8bb0\u5f55", None))
        self.voteInfoLabel.setText("")
        self.addVoteButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6dfb\u52a0\u8868\u51b3\u4e8b\u9879", None))
        self.removeVoteButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5220\u9664", None))
        self.tabs.setTabText(self.tabs.indexOf(self.votesTab), QCoreApplication.translate("MeetingDialog", u"\u8868\u51b3", None))
        self.attachmentsHint.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u7167\u7247\u3001\u7b7e\u5b57\u540e\u7684\u7b7e\u5230\u8868\u626b\u63cf\u4ef6\u7b49\u3002\u6587\u4ef6\u4f1a\u590d\u5236\u5230\u6570\u636e\u6587\u4ef6\u5939\u4e2d\u4fdd\u5b58\uff0c\u540c\u4e00\u6587\u4ef6\u53ea\u4fdd\u5b58\u4e00\u4efd\u3002\u53cc\u51fb\u7528\u7cfb\u7edf\u7a0b\u5e8f\u6253\u5f00\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("MeetingDialog", u"\u9644\u4ef6", None))
        self.amendmentsHint.setText(QCoreApplication.translate("MeetingDialog", u"\u5b9a\u7a3f\u540e\u7684\u8bb0\u5f55\u4e0d\u80fd\u76f4\u63a5\u4fee\u6539\u3002\u53d1\u73b0\u9519\u6f0f\u65f6\u767b\u8bb0\u66f4\u6b63\uff1a\u539f\u8bb0\u5f55\u4fdd\u7559\uff0c\u66f4\u6b63\u5185\u5bb9\u3001\u65e5\u671f\u548c\u539f\u56e0\u53e6\u884c\u8bb0\u8f7d\u5e76\u6253\u5370\u5728\u8bb0\u5f55\u4e4b\u540e\u3002", None))
        self.amendButton.setText(QCoreApplication.translate("MeetingDialog", u"\u767b\u8bb0\u66f4\u6b63\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.amendmentsTab), QCoreApplication.translate("MeetingDialog", u"\u66f4\u6b63\u8bb0\u5f55", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("MeetingDialog", u"\u4fee\u6539\u8bb0\u5f55", None))
        self.issuesLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6253\u5370\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5bfc\u51faPDF\u2026", None))
        self.signinButton.setText(QCoreApplication.translate("MeetingDialog", u"\u7b7e\u5230\u8868\u2026", None))
        self.finaliseButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5b9a\u7a3f", None))
#if QT_CONFIG(tooltip)
        self.finaliseButton.setToolTip(QCoreApplication.translate("MeetingDialog", u"\u5b9a\u7a3f\u540e\u8bb0\u5f55\u9501\u5b9a\uff0c\u4e4b\u540e\u53ea\u80fd\u767b\u8bb0\u66f4\u6b63", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("MeetingDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5173\u95ed", None))
    # retranslateUi

