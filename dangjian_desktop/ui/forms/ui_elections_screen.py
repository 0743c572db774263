# GENERATED from forms/elections_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableWidget,
    QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_ElectionsScreen(object):
    def setupUi(self, ElectionsScreen):
        if not ElectionsScreen.objectName():
            ElectionsScreen.setObjectName(u"ElectionsScreen")
        self.mainLayout = QVBoxLayout(ElectionsScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(ElectionsScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.termLabel = QLabel(ElectionsScreen)
        self.termLabel.setObjectName(u"termLabel")
        self.termLabel.setWordWrap(True)

        self.headerRow.addWidget(self.termLabel)

        self.electionLabel = QLabel(ElectionsScreen)
        self.electionLabel.setObjectName(u"electionLabel")

        self.headerRow.addWidget(self.electionLabel)

        self.electionCombo = QComboBox(ElectionsScreen)
        self.electionCombo.setObjectName(u"electionCombo")
        self.electionCombo.setMinimumSize(QSize(200, 0))

        self.headerRow.addWidget(self.electionCombo)

        self.newButton = QPushButton(ElectionsScreen)
        self.newButton.setObjectName(u"newButton")

        self.headerRow.addWidget(self.newButton)

        self.deleteButton = QPushButton(ElectionsScreen)
        self.deleteButton.setObjectName(u"deleteButton")

        self.headerRow.addWidget(self.deleteButton)

        self.headerRow.setStretch(1, 1)

        self.mainLayout.addLayout(self.headerRow)

        self.mainTabs = QTabWidget(ElectionsScreen)
        self.mainTabs.setObjectName(u"mainTabs")
        self.electionTab = QWidget()
        self.electionTab.setObjectName(u"electionTab")
        self.electionTabLayout = QVBoxLayout(self.electionTab)
        self.electionTabLayout.setObjectName(u"electionTabLayout")
        self.splitter = QSplitter(self.electionTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.stepTabs = QTabWidget(self.splitter)
        self.stepTabs.setObjectName(u"stepTabs")
        self.stepRequest = QWidget()
        self.stepRequest.setObjectName(u"stepRequest")
        self.stepRequestLayout = QVBoxLayout(self.stepRequest)
        self.stepRequestLayout.setObjectName(u"stepRequestLayout")
        self.stepRequestLayout.setContentsMargins(4, -1, 4, -1)
        self.requestScroll = QScrollArea(self.stepRequest)
        self.requestScroll.setObjectName(u"requestScroll")
        self.requestScroll.setWidgetResizable(True)
        self.requestScroll.setFrameShape(QFrame.NoFrame)
        self.requestBody = QWidget()
        self.requestBody.setObjectName(u"requestBody")
        self.requestForm = QFormLayout(self.requestBody)
        self.requestForm.setObjectName(u"requestForm")
        self.requestForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.requestForm.setVerticalSpacing(8)
        self.requestDateLabel = QLabel(self.requestBody)
        self.requestDateLabel.setObjectName(u"requestDateLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requestDateLabel)

        self.requestDate = OptionalDateEdit(self.requestBody)
        self.requestDate.setObjectName(u"requestDate")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requestDate)

        self.requestNoLabel = QLabel(self.requestBody)
        self.requestNoLabel.setObjectName(u"requestNoLabel")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requestNoLabel)

        self.requestNoEdit = QLineEdit(self.requestBody)
        self.requestNoEdit.setObjectName(u"requestNoEdit")
        self.requestNoEdit.setMaxLength(100)

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requestNoEdit)

        self.seatsLabel = QLabel(self.requestBody)
        self.seatsLabel.setObjectName(u"seatsLabel")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.seatsLabel)

        self.seatsLayout = QHBoxLayout()
        self.seatsLayout.setObjectName(u"seatsLayout")
        self.seatsSpin = QSpinBox(self.requestBody)
        self.seatsSpin.setObjectName(u"seatsSpin")
        self.seatsSpin.setMinimum(1)
        self.seatsSpin.setMaximum(9)
        self.seatsSpin.setMaximumSize(QSize(96, 16777215))

        self.seatsLayout.addWidget(self.seatsSpin)

        self.seatsHint = QLabel(self.requestBody)
        self.seatsHint.setObjectName(u"seatsHint")
        self.seatsHint.setWordWrap(True)

        self.seatsLayout.addWidget(self.seatsHint)

        self.seatsLayout.setStretch(1, 1)

        self.requestForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.seatsLayout)

        self.newTermLabel = QLabel(self.requestBody)
        self.newTermLabel.setObjectName(u"newTermLabel")

        self.requestForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newTermLabel)

        self.newTermLayout = QHBoxLayout()
        self.newTermLayout.setObjectName(u"newTermLayout")
        self.newTermSpin = QSpinBox(self.requestBody)
        self.newTermSpin.setObjectName(u"newTermSpin")
        self.newTermSpin.setMinimum(1)
        self.newTermSpin.setMaximum(10)
        self.newTermSpin.setMaximumSize(QSize(96, 16777215))

        self.newTermLayout.addWidget(self.newTermSpin)

        self.newTermSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newTermLayout.addItem(self.newTermSpacer)


        self.requestForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.newTermLayout)

        self.directOfficersCheck = QCheckBox(self.requestBody)
        self.directOfficersCheck.setObjectName(u"directOfficersCheck")

        self.requestForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.directOfficersCheck)

        self.requestTextLabel = QLabel(self.requestBody)
        self.requestTextLabel.setObjectName(u"requestTextLabel")

        self.requestForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.requestTextLabel)

        self.requestTextLayout = QVBoxLayout()
        self.requestTextLayout.setObjectName(u"requestTextLayout")
        self.requestTextEdit = QPlainTextEdit(self.requestBody)
        self.requestTextEdit.setObjectName(u"requestTextEdit")
        self.requestTextEdit.setMinimumSize(QSize(0, 150))
        self.requestTextEdit.setTabChangesFocus(True)

        self.requestTextLayout.addWidget(self.requestTextEdit)

        self.requestTextButtons = QHBoxLayout()
        self.requestTextButtons.setObjectName(u"requestTextButtons")
        self.templateButton = QPushButton(self.requestBody)
        self.templateButton.setObjectName(u"templateButton")

        self.requestTextButtons.addWidget(self.templateButton)

        self.requestTextHint = QLabel(self.requestBody)
        self.requestTextHint.setObjectName(u"requestTextHint")
        self.requestTextHint.setWordWrap(True)

        self.requestTextButtons.addWidget(self.requestTextHint)

        self.requestTextSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestTextButtons.addItem(self.requestTextSpacer)

        self.requestTextButtons.setStretch(1, 1)

        self.requestTextLayout.addLayout(self.requestTextButtons)


        self.requestForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.requestTextLayout)

        self.replyDateLabel = QLabel(self.requestBody)
        self.replyDateLabel.setObjectName(u"replyDateLabel")

        self.requestForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.replyDateLabel)

        self.replyDate = OptionalDateEdit(self.requestBody)
        self.replyDate.setObjectName(u"replyDate")

        self.requestForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.replyDate)

        self.replyNoLabel = QLabel(self.requestBody)
        self.replyNoLabel.setObjectName(u"replyNoLabel")

        self.requestForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.replyNoLabel)

        self.replyNoEdit = QLineEdit(self.requestBody)
        self.replyNoEdit.setObjectName(u"replyNoEdit")
        self.replyNoEdit.setMaxLength(100)

        self.requestForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.replyNoEdit)

        self.delayLabel = QLabel(self.requestBody)
        self.delayLabel.setObjectName(u"delayLabel")

        self.requestForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.delayLabel)

        self.delayLayout = QHBoxLayout()
        self.delayLayout.setObjectName(u"delayLayout")
        self.delayDate = OptionalDateEdit(self.requestBody)
        self.delayDate.setObjectName(u"delayDate")

        self.delayLayout.addWidget(self.delayDate)

        self.delayNoEdit = QLineEdit(self.requestBody)
        self.delayNoEdit.setObjectName(u"delayNoEdit")
        self.delayNoEdit.setMaxLength(100)

        self.delayLayout.addWidget(self.delayNoEdit)

        self.delayLayout.setStretch(1, 1)

        self.requestForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.delayLayout)

        self.requestScroll.setWidget(self.requestBody)

        self.stepRequestLayout.addWidget(self.requestScroll)

        self.stepTabs.addTab(self.stepRequest, "")
        self.stepPeople = QWidget()
        self.stepPeople.setObjectName(u"stepPeople")
        self.stepPeopleLayout = QVBoxLayout(self.stepPeople)
        self.stepPeopleLayout.setObjectName(u"stepPeopleLayout")
        self.peopleHint = QLabel(self.stepPeople)
        self.peopleHint.setObjectName(u"peopleHint")
        self.peopleHint.setWordWrap(True)

        self.stepPeopleLayout.addWidget(self.peopleHint)

        self.peopleLists = QHBoxLayout()
        self.peopleLists.setObjectName(u"peopleLists")
        self.candidatesBox = QVBoxLayout()
        self.candidatesBox.setObjectName(u"candidatesBox")
        self.candidatesLabel = QLabel(self.stepPeople)
        self.candidatesLabel.setObjectName(u"candidatesLabel")

        self.candidatesBox.addWidget(self.candidatesLabel)

        self.candidatesList = QListWidget(self.stepPeople)
        self.candidatesList.setObjectName(u"candidatesList")

        self.candidatesBox.addWidget(self.candidatesList)

        self.candidatesCount = QLabel(self.stepPeople)
        self.candidatesCount.setObjectName(u"candidatesCount")
        self.candidatesCount.setWordWrap(True)

        self.candidatesBox.addWidget(self.candidatesCount)


        self.peopleLists.addLayout(self.candidatesBox)

        self.scrutineersBox = QVBoxLayout()
        self.scrutineersBox.setObjectName(u"scrutineersBox")
        self.scrutineersLabel = QLabel(self.stepPeople)
        self.scrutineersLabel.setObjectName(u"scrutineersLabel")

        self.scrutineersBox.addWidget(self.scrutineersLabel)

        self.scrutineersList = QListWidget(self.stepPeople)
        self.scrutineersList.setObjectName(u"scrutineersList")

        self.scrutineersBox.addWidget(self.scrutineersList)

        self.scrutineersCount = QLabel(self.stepPeople)
        self.scrutineersCount.setObjectName(u"scrutineersCount")
        self.scrutineersCount.setWordWrap(True)

        self.scrutineersBox.addWidget(self.scrutineersCount)


        self.peopleLists.addLayout(self.scrutineersBox)

        self.tellersBox = QVBoxLayout()
        self.tellersBox.setObjectName(u"tellersBox")
        self.tellersLabel = QLabel(self.stepPeople)
        self.tellersLabel.setObjectName(u"tellersLabel")

        self.tellersBox.addWidget(self.tellersLabel)

        self.tellersList = QListWidget(self.stepPeople)
        self.tellersList.setObjectName(u"tellersList")

        self.tellersBox.addWidget(self.tellersList)

        self.tellersCount = QLabel(self.stepPeople)
        self.tellersCount.setObjectName(u"tellersCount")
        self.tellersCount.setWordWrap(True)

        self.tellersBox.addWidget(self.tellersCount)


        self.peopleLists.addLayout(self.tellersBox)

        self.peopleLists.setStretch(0, 3)
        self.peopleLists.setStretch(1, 2)
        self.peopleLists.setStretch(2, 2)

        self.stepPeopleLayout.addLayout(self.peopleLists)

        self.stepTabs.addTab(self.stepPeople, "")
        self.stepVote = QWidget()
        self.stepVote.setObjectName(u"stepVote")
        self.stepVoteLayout = QVBoxLayout(self.stepVote)
        self.stepVoteLayout.setObjectName(u"stepVoteLayout")
        self.stepVoteLayout.setContentsMargins(4, -1, 4, -1)
        self.voteScroll = QScrollArea(self.stepVote)
        self.voteScroll.setObjectName(u"voteScroll")
        self.voteScroll.setWidgetResizable(True)
        self.voteScroll.setFrameShape(QFrame.NoFrame)
        self.voteBody = QWidget()
        self.voteBody.setObjectName(u"voteBody")
        self.voteLayout = QVBoxLayout(self.voteBody)
        self.voteLayout.setObjectName(u"voteLayout")
        self.meetingRow = QHBoxLayout()
        self.meetingRow.setObjectName(u"meetingRow")
        self.meetingTitle = QLabel(self.voteBody)
        self.meetingTitle.setObjectName(u"meetingTitle")

        self.meetingRow.addWidget(self.meetingTitle)

        self.meetingLabel = QLabel(self.voteBody)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setWordWrap(True)

        self.meetingRow.addWidget(self.meetingLabel)

        self.meetingDate = OptionalDateEdit(self.voteBody)
        self.meetingDate.setObjectName(u"meetingDate")

        self.meetingRow.addWidget(self.meetingDate)

        self.planMeetingButton = QPushButton(self.voteBody)
        self.planMeetingButton.setObjectName(u"planMeetingButton")

        self.meetingRow.addWidget(self.planMeetingButton)

        self.openMeetingButton = QPushButton(self.voteBody)
        self.openMeetingButton.setObjectName(u"openMeetingButton")

        self.meetingRow.addWidget(self.openMeetingButton)

        self.meetingRow.setStretch(1, 1)

        self.voteLayout.addLayout(self.meetingRow)

        self.figuresRow = QHBoxLayout()
        self.figuresRow.setObjectName(u"figuresRow")
        self.votersDueLabel = QLabel(self.voteBody)
        self.votersDueLabel.setObjectName(u"votersDueLabel")

        self.figuresRow.addWidget(self.votersDueLabel)

        self.votersDueSpin = QSpinBox(self.voteBody)
        self.votersDueSpin.setObjectName(u"votersDueSpin")
        self.votersDueSpin.setMinimum(0)
        self.votersDueSpin.setMaximum(9999)
        self.votersDueSpin.setMaximumSize(QSize(96, 16777215))

        self.figuresRow.addWidget(self.votersDueSpin)

        self.votersPresentLabel = QLabel(self.voteBody)
        self.votersPresentLabel.setObjectName(u"votersPresentLabel")

        self.figuresRow.addWidget(self.votersPresentLabel)

        self.votersPresentSpin = QSpinBox(self.voteBody)
        self.votersPresentSpin.setObjectName(u"votersPresentSpin")
        self.votersPresentSpin.setMinimum(0)
        self.votersPresentSpin.setMaximum(9999)
        self.votersPresentSpin.setMaximumSize(QSize(96, 16777215))

        self.figuresRow.addWidget(self.votersPresentSpin)

        self.fromMeetingButton = QPushButton(self.voteBody)
        self.fromMeetingButton.setObjectName(u"fromMeetingButton")

        self.figuresRow.addWidget(self.fromMeetingButton)

        self.figuresSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.figuresRow.addItem(self.figuresSpacer)


        self.voteLayout.addLayout(self.figuresRow)

        self.dueNoteEdit = QLineEdit(self.voteBody)
        self.dueNoteEdit.setObjectName(u"dueNoteEdit")
        self.dueNoteEdit.setMaxLength(2000)

        self.voteLayout.addWidget(self.dueNoteEdit)

        self.roundsRow = QHBoxLayout()
        self.roundsRow.setObjectName(u"roundsRow")
        self.roundsLabel = QLabel(self.voteBody)
        self.roundsLabel.setObjectName(u"roundsLabel")

        self.roundsRow.addWidget(self.roundsLabel)

        self.roundCombo = QComboBox(self.voteBody)
        self.roundCombo.setObjectName(u"roundCombo")
        self.roundCombo.setMinimumSize(QSize(220, 0))

        self.roundsRow.addWidget(self.roundCombo)

        self.addRoundButton = QPushButton(self.voteBody)
        self.addRoundButton.setObjectName(u"addRoundButton")

        self.roundsRow.addWidget(self.addRoundButton)

        self.removeRoundButton = QPushButton(self.voteBody)
        self.removeRoundButton.setObjectName(u"removeRoundButton")

        self.roundsRow.addWidget(self.removeRoundButton)

        self.roundsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roundsRow.addItem(self.roundsSpacer)


        self.voteLayout.addLayout(self.roundsRow)

        self.ballotsRow = QGridLayout()
        self.ballotsRow.setObjectName(u"ballotsRow")
        self.roundSeatsLabel = QLabel(self.voteBody)
        self.roundSeatsLabel.setObjectName(u"roundSeatsLabel")

        self.ballotsRow.addWidget(self.roundSeatsLabel, 0, 0, 1, 1)

        self.roundSeatsSpin = QSpinBox(self.voteBody)
        self.roundSeatsSpin.setObjectName(u"roundSeatsSpin")
        self.roundSeatsSpin.setMinimum(0)
        self.roundSeatsSpin.setMaximum(9)
        self.roundSeatsSpin.setMaximumSize(QSize(96, 16777215))

        self.ballotsRow.addWidget(self.roundSeatsSpin, 0, 1, 1, 1)

        self.issuedLabel = QLabel(self.voteBody)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.ballotsRow.addWidget(self.issuedLabel, 0, 2, 1, 1)

        self.issuedSpin = QSpinBox(self.voteBody)
        self.issuedSpin.setObjectName(u"issuedSpin")
        self.issuedSpin.setMinimum(0)
        self.issuedSpin.setMaximum(9999)
        self.issuedSpin.setMaximumSize(QSize(96, 16777215))

        self.ballotsRow.addWidget(self.issuedSpin, 0, 3, 1, 1)

        self.returnedLabel = QLabel(self.voteBody)
        self.returnedLabel.setObjectName(u"returnedLabel")

        self.ballotsRow.addWidget(self.returnedLabel, 0, 4, 1, 1)

        self.returnedSpin = QSpinBox(self.voteBody)
        self.returnedSpin.setObjectName(u"returnedSpin")
        self.returnedSpin.setMinimum(0)
        self.returnedSpin.setMaximum(9999)
        self.returnedSpin.setMaximumSize(QSize(96, 16777215))

        self.ballotsRow.addWidget(self.returnedSpin, 0, 5, 1, 1)

        self.validLabel = QLabel(self.voteBody)
        self.validLabel.setObjectName(u"validLabel")

        self.ballotsRow.addWidget(self.validLabel, 1, 0, 1, 1)

        self.validSpin = QSpinBox(self.voteBody)
        self.validSpin.setObjectName(u"validSpin")
        self.validSpin.setMinimum(0)
        self.validSpin.setMaximum(9999)
        self.validSpin.setMaximumSize(QSize(96, 16777215))

        self.ballotsRow.addWidget(self.validSpin, 1, 1, 1, 1)

        self.voidLabel = QLabel(self.voteBody)
        self.voidLabel.setObjectName(u"voidLabel")

        self.ballotsRow.addWidget(self.voidLabel, 1, 2, 1, 1)

        self.voidSpin = QSpinBox(self.voteBody)
        self.voidSpin.setObjectName(u"voidSpin")
        self.voidSpin.setMinimum(0)
        self.voidSpin.setMaximum(9999)
        self.voidSpin.setMaximumSize(QSize(96, 16777215))

        self.ballotsRow.addWidget(self.voidSpin, 1, 3, 1, 1)

        self.ballotsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ballotsRow.addItem(self.ballotsSpacer, 0, 6, 1, 1)


        self.voteLayout.addLayout(self.ballotsRow)

        self.votesTable = QTableWidget(self.voteBody)
        self.votesTable.setObjectName(u"votesTable")
        self.votesTable.setMinimumSize(QSize(0, 170))

        self.voteLayout.addWidget(self.votesTable)

        self.votesButtons = QHBoxLayout()
        self.votesButtons.setObjectName(u"votesButtons")
        self.addWriteInButton = QPushButton(self.voteBody)
        self.addWriteInButton.setObjectName(u"addWriteInButton")

        self.votesButtons.addWidget(self.addWriteInButton)

        self.removeVoteButton = QPushButton(self.voteBody)
        self.removeVoteButton.setObjectName(u"removeVoteButton")

        self.votesButtons.addWidget(self.removeVoteButton)

        self.votesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.votesButtons.addItem(self.votesSpacer)


        self.voteLayout.addLayout(self.votesButtons)

        self.outcomeLabel = QLabel(self.voteBody)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setWordWrap(True)

        self.voteLayout.addWidget(self.outcomeLabel)

        self.voteScroll.setWidget(self.voteBody)

        self.stepVoteLayout.addWidget(self.voteScroll)

        self.stepTabs.addTab(self.stepVote, "")
        self.stepCommittee = QWidget()
        self.stepCommittee.setObjectName(u"stepCommittee")
        self.stepCommitteeLayout = QVBoxLayout(self.stepCommittee)
        self.stepCommitteeLayout.setObjectName(u"stepCommitteeLayout")
        self.stepCommitteeLayout.setContentsMargins(4, -1, 4, -1)
        self.committeeScroll = QScrollArea(self.stepCommittee)
        self.committeeScroll.setObjectName(u"committeeScroll")
        self.committeeScroll.setWidgetResizable(True)
        self.committeeScroll.setFrameShape(QFrame.NoFrame)
        self.committeeBody = QWidget()
        self.committeeBody.setObjectName(u"committeeBody")
        self.committeeLayout = QVBoxLayout(self.committeeBody)
        self.committeeLayout.setObjectName(u"committeeLayout")
        self.committeeHint = QLabel(self.committeeBody)
        self.committeeHint.setObjectName(u"committeeHint")
        self.committeeHint.setWordWrap(True)

        self.committeeLayout.addWidget(self.committeeHint)

        self.committeeTable = QTableWidget(self.committeeBody)
        self.committeeTable.setObjectName(u"committeeTable")
        self.committeeTable.setMinimumSize(QSize(0, 150))

        self.committeeLayout.addWidget(self.committeeTable)

        self.committeeButtons = QHBoxLayout()
        self.committeeButtons.setObjectName(u"committeeButtons")
        self.fillCommitteeButton = QPushButton(self.committeeBody)
        self.fillCommitteeButton.setObjectName(u"fillCommitteeButton")

        self.committeeButtons.addWidget(self.fillCommitteeButton)

        self.committeeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.committeeButtons.addItem(self.committeeSpacer)


        self.committeeLayout.addLayout(self.committeeButtons)

        self.approvalForm = QFormLayout()
        self.approvalForm.setObjectName(u"approvalForm")
        self.approvalForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.officersDateLabel = QLabel(self.committeeBody)
        self.officersDateLabel.setObjectName(u"officersDateLabel")

        self.approvalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officersDateLabel)

        self.officersDate = OptionalDateEdit(self.committeeBody)
        self.officersDate.setObjectName(u"officersDate")

        self.approvalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officersDate)

        self.reportDateLabel = QLabel(self.committeeBody)
        self.reportDateLabel.setObjectName(u"reportDateLabel")

        self.approvalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportDateLabel)

        self.reportDate = OptionalDateEdit(self.committeeBody)
        self.reportDate.setObjectName(u"reportDate")

        self.approvalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportDate)

        self.approvedDateLabel = QLabel(self.committeeBody)
        self.approvedDateLabel.setObjectName(u"approvedDateLabel")

        self.approvalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approvedDateLabel)

        self.approvedDate = OptionalDateEdit(self.committeeBody)
        self.approvedDate.setObjectName(u"approvedDate")

        self.approvalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approvedDate)

        self.approvalNoLabel = QLabel(self.committeeBody)
        self.approvalNoLabel.setObjectName(u"approvalNoLabel")

        self.approvalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.approvalNoLabel)

        self.approvalNoEdit = QLineEdit(self.committeeBody)
        self.approvalNoEdit.setObjectName(u"approvalNoEdit")
        self.approvalNoEdit.setMaxLength(100)

        self.approvalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.approvalNoEdit)


        self.committeeLayout.addLayout(self.approvalForm)

        self.approvalLabel = QLabel(self.committeeBody)
        self.approvalLabel.setObjectName(u"approvalLabel")
        self.approvalLabel.setWordWrap(True)

        self.committeeLayout.addWidget(self.approvalLabel)

        self.approveRow = QHBoxLayout()
        self.approveRow.setObjectName(u"approveRow")
        self.approveButton = QPushButton(self.committeeBody)
        self.approveButton.setObjectName(u"approveButton")

        self.approveRow.addWidget(self.approveButton)

        self.approveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.approveRow.addItem(self.approveSpacer)


        self.committeeLayout.addLayout(self.approveRow)

        self.committeeScroll.setWidget(self.committeeBody)

        self.stepCommitteeLayout.addWidget(self.committeeScroll)

        self.stepTabs.addTab(self.stepCommittee, "")
        self.splitter.addWidget(self.stepTabs)
        self.checksPanel = QWidget(self.splitter)
        self.checksPanel.setObjectName(u"checksPanel")
        self.checksLayout = QVBoxLayout(self.checksPanel)
        self.checksLayout.setObjectName(u"checksLayout")
        self.checksLayout.setContentsMargins(0, 0, 0, 0)
        self.checksTitle = QLabel(self.checksPanel)
        self.checksTitle.setObjectName(u"checksTitle")

        self.checksLayout.addWidget(self.checksTitle)

        self.checksList = QListWidget(self.checksPanel)
        self.checksList.setObjectName(u"checksList")
        self.checksList.setWordWrap(True)
        self.checksList.setSelectionMode(QAbstractItemView.NoSelection)

        self.checksLayout.addWidget(self.checksList)

        self.basisLabel = QLabel(self.checksPanel)
        self.basisLabel.setObjectName(u"basisLabel")
        self.basisLabel.setWordWrap(True)

        self.checksLayout.addWidget(self.basisLabel)

        self.splitter.addWidget(self.checksPanel)

        self.electionTabLayout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.dirtyLabel = QLabel(self.electionTab)
        self.dirtyLabel.setObjectName(u"dirtyLabel")

        self.bottomRow.addWidget(self.dirtyLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.printButton = QPushButton(self.electionTab)
        self.printButton.setObjectName(u"printButton")

        self.bottomRow.addWidget(self.printButton)

        self.saveButton = QPushButton(self.electionTab)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"primary", True)

        self.bottomRow.addWidget(self.saveButton)


        self.electionTabLayout.addLayout(self.bottomRow)

        self.mainTabs.addTab(self.electionTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyHint = QLabel(self.historyTab)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setWordWrap(True)

        self.historyLayout.addWidget(self.historyHint)

        self.termsTable = QTableWidget(self.historyTab)
        self.termsTable.setObjectName(u"termsTable")

        self.historyLayout.addWidget(self.termsTable)

        self.mainTabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.mainTabs)


        self.retranslateUi(ElectionsScreen)
    # setupUi

    def retranslateUi(self, ElectionsScreen):
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"title", None))
        self.titleLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u6362\u5c4a\u9009\u4e3e", None))
        self.termLabel.setText("")
        self.electionLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u8bb0\u5f55\uff1a", None))
#if QT_CONFIG(accessibility)
        self.electionCombo.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u6362\u5c4a\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u5f00\u59cb\u65b0\u4e00\u6b21\u6362\u5c4a", None))
        self.deleteButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u5220\u9664", None))
        self.requestDateLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u8bf7\u793a\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.requestDate.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u8bf7\u793a\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.requestNoLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u8bf7\u793a\u6587\u53f7", None))
        self.requestNoEdit.setPlaceholderText(QCoreApplication.translate("ElectionsScreen", u"\u4f8b\u5982\uff1a\u68c0\u4fee\u652f\u30142026\u30155\u53f7", None))
#if QT_CONFIG(accessibility)
        self.requestNoEdit.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u8bf7\u793a\u6587\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.seatsLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u5e94\u9009\u540d\u989d\uff08\u59d4\u5458\uff09", None))
#if QT_CONFIG(accessibility)
        self.seatsSpin.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u5e94\u9009\u540d\u989d", None))
#endif // QT_CONFIG(accessibility)
        self.seatsSpin.setSuffix(QCoreApplication.translate("ElectionsScreen", u" \u540d", None))
        self.seatsHint.setText("")
        self.seatsHint.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"hint", None))
        self.newTermLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u65b0\u4e00\u5c4a\u4efb\u671f", None))
#if QT_CONFIG(accessibility)
        self.newTermSpin.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u65b0\u4e00\u5c4a\u4efb\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.newTermSpin.setSuffix(QCoreApplication.translate("ElectionsScreen", u" \u5e74", None))
        self.directOfficersCheck.setText(QCoreApplication.translate("ElectionsScreen", u"\u7ecf\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\uff0c\u4e66\u8bb0\u3001\u526f\u4e66\u8bb0\u7531\u515a\u5458\u5927\u4f1a\u76f4\u63a5\u9009\u4e3e\u4ea7\u751f", None))
        self.requestTextLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u8bf7\u793a\u6b63\u6587", None))
#if QT_CONFIG(accessibility)
        self.requestTextEdit.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u8bf7\u793a\u6b63\u6587", None))
#endif // QT_CONFIG(accessibility)
        self.templateButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u6309\u6a21\u677f\u91cd\u65b0\u751f\u6210", None))
        self.requestTextHint.setText(QCoreApplication.translate("ElectionsScreen", u"\u6a21\u677f\u6309\u5f53\u524d\u652f\u90e8\u60c5\u51b5\u3001\u540d\u989d\u548c\u5019\u9009\u4eba\u751f\u6210\uff0c\u53ef\u76f4\u63a5\u4fee\u6539\u3002", None))
        self.requestTextHint.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"hint", None))
        self.replyDateLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u4e0a\u7ea7\u6279\u590d\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.replyDate.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u4e0a\u7ea7\u6279\u590d\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.replyNoLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u6279\u590d\u6587\u53f7", None))
        self.replyNoEdit.setPlaceholderText(QCoreApplication.translate("ElectionsScreen", u"\u4f8b\u5982\uff1a\u515a\u59d4\u30142026\u301531\u53f7", None))
#if QT_CONFIG(accessibility)
        self.replyNoEdit.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u6279\u590d\u6587\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.delayLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u6279\u51c6\u5ef6\u671f\u81f3", None))
#if QT_CONFIG(accessibility)
        self.delayDate.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u6279\u51c6\u5ef6\u671f\u81f3", None))
#endif // QT_CONFIG(accessibility)
        self.delayNoEdit.setPlaceholderText(QCoreApplication.translate("ElectionsScreen", u"\u5ef6\u671f\u6279\u590d\u6587\u53f7\uff08\u4efb\u671f\u5c4a\u6ee1\u672a\u6362\u5c4a\u65f6\u586b\u5199\uff09", None))
#if QT_CONFIG(accessibility)
        self.delayNoEdit.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u5ef6\u671f\u6279\u590d\u6587\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.stepTabs.setTabText(self.stepTabs.indexOf(self.stepRequest), QCoreApplication.translate("ElectionsScreen", u"\u4e00\u3001\u8bf7\u793a\u4e0e\u6279\u590d", None))
        self.peopleHint.setText(QCoreApplication.translate("ElectionsScreen", u"\u52fe\u9009\u5019\u9009\u4eba\uff08\u987b\u4e3a\u6b63\u5f0f\u515a\u5458\uff0c\u5019\u9009\u4eba\u6570\u591a\u4e8e\u5e94\u9009\u540d\u989d20%\u4ee5\u4e0a\uff09\uff1b\u76d1\u7968\u4eba\u3001\u8ba1\u7968\u4eba\u4ece\u4e0d\u662f\u5019\u9009\u4eba\u7684\u515a\u5458\u4e2d\u63a8\u9009\u3002", None))
        self.peopleHint.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"hint", None))
        self.candidatesLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u5019\u9009\u4eba", None))
#if QT_CONFIG(accessibility)
        self.candidatesList.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u5019\u9009\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.candidatesCount.setText("")
        self.candidatesCount.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"hint", None))
        self.scrutineersLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u76d1\u7968\u4eba", None))
#if QT_CONFIG(accessibility)
        self.scrutineersList.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u76d1\u7968\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.scrutineersCount.setText(QCoreApplication.translate("ElectionsScreen", u"\u4e00\u822c2\u81f33\u540d", None))
        self.scrutineersCount.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"hint", None))
        self.tellersLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u8ba1\u7968\u4eba", None))
#if QT_CONFIG(accessibility)
        self.tellersList.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u8ba1\u7968\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.tellersCount.setText(QCoreApplication.translate("ElectionsScreen", u"\u5728\u76d1\u7968\u4eba\u76d1\u7763\u4e0b\u8ba1\u7968", None))
        self.tellersCount.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"hint", None))
        self.stepTabs.setTabText(self.stepTabs.indexOf(self.stepPeople), QCoreApplication.translate("ElectionsScreen", u"\u4e8c\u3001\u5019\u9009\u4eba\u4e0e\u76d1\u7968\u8ba1\u7968", None))
        self.meetingTitle.setText(QCoreApplication.translate("ElectionsScreen", u"\u9009\u4e3e\u5927\u4f1a\uff1a", None))
        self.meetingLabel.setText("")
#if QT_CONFIG(accessibility)
        self.meetingDate.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u9009\u4e3e\u5927\u4f1a\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.planMeetingButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u5b89\u6392\u9009\u4e3e\u5927\u4f1a", None))
        self.openMeetingButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u6253\u5f00\u4f1a\u8bae\u8bb0\u5f55", None))
        self.votersDueLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u5e94\u5230\u4f1a\u6709\u9009\u4e3e\u6743", None))
#if QT_CONFIG(accessibility)
        self.votersDueSpin.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u5e94\u5230\u4f1a\u6709\u9009\u4e3e\u6743\u7684\u515a\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.votersDueSpin.setSuffix(QCoreApplication.translate("ElectionsScreen", u" \u4eba", None))
        self.votersPresentLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u5b9e\u5230", None))
#if QT_CONFIG(accessibility)
        self.votersPresentSpin.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u5b9e\u5230\u4f1a\u6709\u9009\u4e3e\u6743\u7684\u515a\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.votersPresentSpin.setSuffix(QCoreApplication.translate("ElectionsScreen", u" \u4eba", None))
        self.fromMeetingButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u6309\u4f1a\u8bae\u51fa\u5e2d\u767b\u8bb0\u586b\u5199", None))
        self.dueNoteEdit.setPlaceholderText(QCoreApplication.translate("ElectionsScreen", u"\u8bf4\u660e\uff1a\u7ecf\u6279\u51c6\u4e0d\u5217\u5165\u5e94\u5230\u4eba\u6570\u7684\u60c5\u51b5\uff08\u5982\u957f\u671f\u51fa\u56fd\u3001\u75c5\u91cd\uff09\uff0c\u6ca1\u6709\u53ef\u4e0d\u586b", None))
#if QT_CONFIG(accessibility)
        self.dueNoteEdit.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u5e94\u5230\u4eba\u6570\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
        self.roundsLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u6295\u7968\u8f6e\u6b21\uff1a", None))
#if QT_CONFIG(accessibility)
        self.roundCombo.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u6295\u7968\u8f6e\u6b21", None))
#endif // QT_CONFIG(accessibility)
        self.addRoundButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u767b\u8bb0\u4e0b\u4e00\u8f6e\u6295\u7968", None))
        self.removeRoundButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u5220\u9664\u672c\u8f6e", None))
        self.roundSeatsLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u672c\u8f6e\u5e94\u9009", None))
#if QT_CONFIG(accessibility)
        self.roundSeatsSpin.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u672c\u8f6e\u5e94\u9009\u540d\u989d", None))
#endif // QT_CONFIG(accessibility)
        self.roundSeatsSpin.setSuffix(QCoreApplication.translate("ElectionsScreen", u" \u540d", None))
        self.issuedLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u53d1\u51fa\u9009\u7968", None))
#if QT_CONFIG(accessibility)
        self.issuedSpin.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u53d1\u51fa\u9009\u7968", None))
#endif // QT_CONFIG(accessibility)
        self.issuedSpin.setSuffix(QCoreApplication.translate("ElectionsScreen", u" \u5f20", None))
        self.returnedLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u6536\u56de", None))
#if QT_CONFIG(accessibility)
        self.returnedSpin.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u6536\u56de\u9009\u7968", None))
#endif // QT_CONFIG(accessibility)
        self.returnedSpin.setSuffix(QCoreApplication.translate("ElectionsScreen", u" \u5f20", None))
        self.validLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u6709\u6548", None))
#if QT_CONFIG(accessibility)
        self.validSpin.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u6709\u6548\u7968", None))
#endif // QT_CONFIG(accessibility)
        self.validSpin.setSuffix(QCoreApplication.translate("ElectionsScreen", u" \u5f20", None))
        self.voidLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u65e0\u6548", None))
#if QT_CONFIG(accessibility)
        self.voidSpin.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u65e0\u6548\u7968", None))
#endif // QT_CONFIG(accessibility)
        self.voidSpin.setSuffix(QCoreApplication.translate("ElectionsScreen", u" \u5f20", None))
#if QT_CONFIG(accessibility)
        self.votesTable.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u8ba1\u7968\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.addWriteInButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u6dfb\u52a0\u53e6\u9009\u4ed6\u4eba", None))
        self.removeVoteButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u79fb\u9664\u6240\u9009\u884c", None))
        self.outcomeLabel.setText("")
        self.stepTabs.setTabText(self.stepTabs.indexOf(self.stepVote), QCoreApplication.translate("ElectionsScreen", u"\u4e09\u3001\u9009\u4e3e\u5927\u4f1a\u4e0e\u6295\u7968", None))
        self.committeeHint.setText(QCoreApplication.translate("ElectionsScreen", u"\u65b0\u4e00\u5c4a\u652f\u90e8\u59d4\u5458\u4f1a\u53ec\u5f00\u7b2c\u4e00\u6b21\u5168\u4f53\u4f1a\u8bae\u9009\u4e3e\u4e66\u8bb0\u3001\u526f\u4e66\u8bb0\uff08\u6216\u7ecf\u6279\u51c6\u7531\u515a\u5458\u5927\u4f1a\u76f4\u63a5\u9009\u4e3e\uff09\uff0c\u5e76\u786e\u5b9a\u59d4\u5458\u5206\u5de5\u3002\u4e66\u8bb0\u3001\u526f\u4e66\u8bb0\u4eba\u9009\u987b\u62a5\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\u3002", None))
        self.committeeHint.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"hint", None))
#if QT_CONFIG(accessibility)
        self.committeeTable.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u5206\u5de5", None))
#endif // QT_CONFIG(accessibility)
        self.fillCommitteeButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u6309\u5f53\u9009\u540d\u5355\u586b\u5199", None))
        self.officersDateLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u9009\u4e3e\u4e66\u8bb0\u3001\u526f\u4e66\u8bb0\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.officersDate.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u9009\u4e3e\u4e66\u8bb0\u3001\u526f\u4e66\u8bb0\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.reportDateLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u9009\u4e3e\u7ed3\u679c\u4e0a\u62a5\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.reportDate.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u9009\u4e3e\u7ed3\u679c\u4e0a\u62a5\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.approvedDateLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.approvedDate.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.approvalNoLabel.setText(QCoreApplication.translate("ElectionsScreen", u"\u6279\u51c6\u6587\u53f7", None))
        self.approvalNoEdit.setPlaceholderText(QCoreApplication.translate("ElectionsScreen", u"\u4f8b\u5982\uff1a\u515a\u59d4\u30142026\u301540\u53f7", None))
#if QT_CONFIG(accessibility)
        self.approvalNoEdit.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u6279\u51c6\u6587\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.approvalLabel.setText("")
        self.approvalLabel.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"warning", None))
        self.approveButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u767b\u8bb0\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\uff0c\u66f4\u65b0\u652f\u90e8\u4fe1\u606f", None))
        self.stepTabs.setTabText(self.stepTabs.indexOf(self.stepCommittee), QCoreApplication.translate("ElectionsScreen", u"\u56db\u3001\u5206\u5de5\u4e0e\u62a5\u6279", None))
        self.checksTitle.setText(QCoreApplication.translate("ElectionsScreen", u"\u89c4\u5219\u68c0\u67e5", None))
        self.checksTitle.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"section", None))
#if QT_CONFIG(accessibility)
        self.checksList.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u89c4\u5219\u68c0\u67e5", None))
#endif // QT_CONFIG(accessibility)
        self.basisLabel.setText("")
        self.basisLabel.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"hint", None))
        self.dirtyLabel.setText("")
        self.dirtyLabel.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"warning", None))
        self.printButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u6253\u5370\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ElectionsScreen", u"\u4fdd\u5b58", None))
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.electionTab), QCoreApplication.translate("ElectionsScreen", u"\u6362\u5c4a\u9009\u4e3e", None))
        self.historyHint.setText(QCoreApplication.translate("ElectionsScreen", u"\u6bcf\u6b21\u6362\u5c4a\u7ecf\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\u540e\uff0c\u65b0\u4e00\u5c4a\u652f\u90e8\u59d4\u5458\u4f1a\u8bb0\u5165\u6b64\u8868\uff0c\u4e0a\u4e00\u5c4a\u7684\u6210\u5458\u548c\u5206\u5de5\u7559\u5b58\u5907\u67e5\u3002", None))
        self.historyHint.setProperty(u"role", QCoreApplication.translate("ElectionsScreen", u"hint", None))
#if QT_CONFIG(accessibility)
        self.termsTable.setAccessibleName(QCoreApplication.translate("ElectionsScreen", u"\u5386\u5c4a\u652f\u59d4\u4f1a", None))
#endif // QT_CONFIG(accessibility)
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.historyTab), QCoreApplication.translate("ElectionsScreen", u"\u5386\u5c4a\u652f\u59d4\u4f1a", None))
        pass
    # retranslateUi

