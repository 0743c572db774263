# GENERATED from forms/development_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DevelopmentScreen(object):
    def setupUi(self, DevelopmentScreen):
        if not DevelopmentScreen.objectName():
            DevelopmentScreen.setObjectName(u"DevelopmentScreen")
        self.mainLayout = QVBoxLayout(DevelopmentScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 14, 20, 14)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(DevelopmentScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.listPrintButton = QPushButton(DevelopmentScreen)
        self.listPrintButton.setObjectName(u"listPrintButton")

        self.titleRow.addWidget(self.listPrintButton)

        self.newCaseButton = QPushButton(DevelopmentScreen)
        self.newCaseButton.setObjectName(u"newCaseButton")
        self.newCaseButton.setProperty(u"primary", True)

        self.titleRow.addWidget(self.newCaseButton)


        self.mainLayout.addLayout(self.titleRow)

        self.hintLabel = QLabel(DevelopmentScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.splitter = QSplitter(DevelopmentScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.showLabel = QLabel(self.listPane)
        self.showLabel.setObjectName(u"showLabel")

        self.filterRow.addWidget(self.showLabel)

        self.showCombo = QComboBox(self.listPane)
        self.showCombo.setObjectName(u"showCombo")

        self.filterRow.addWidget(self.showCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.exportButton = QPushButton(self.listPane)
        self.exportButton.setObjectName(u"exportButton")

        self.filterRow.addWidget(self.exportButton)


        self.listLayout.addLayout(self.filterRow)

        self.casesTable = QTableWidget(self.listPane)
        if (self.casesTable.columnCount() < 4):
            self.casesTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.casesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.casesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.casesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.casesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.casesTable.setObjectName(u"casesTable")
        self.casesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.casesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.casesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.casesTable.setAlternatingRowColors(True)

        self.listLayout.addWidget(self.casesTable)

        self.splitter.addWidget(self.listPane)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.detailStack.addWidget(self.emptyPage)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailLayout = QVBoxLayout(self.detailPage)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.personRow = QHBoxLayout()
        self.personRow.setObjectName(u"personRow")
        self.personLabel = QLabel(self.detailPage)
        self.personLabel.setObjectName(u"personLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.personLabel.sizePolicy().hasHeightForWidth())
        self.personLabel.setSizePolicy(sizePolicy)
        self.personLabel.setWordWrap(True)

        self.personRow.addWidget(self.personLabel)

        self.editCaseButton = QPushButton(self.detailPage)
        self.editCaseButton.setObjectName(u"editCaseButton")

        self.personRow.addWidget(self.editCaseButton)

        self.personRow.setStretch(0, 1)

        self.detailLayout.addLayout(self.personRow)

        self.tabs = QTabWidget(self.detailPage)
        self.tabs.setObjectName(u"tabs")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.stepsTable = QTableWidget(self.timelineTab)
        if (self.stepsTable.columnCount() < 5):
            self.stepsTable.setColumnCount(5)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.stepsTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.stepsTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.stepsTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.stepsTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.stepsTable.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.stepsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.stepsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.timelineLayout.addWidget(self.stepsTable)

        self.stepButtons = QHBoxLayout()
        self.stepButtons.setObjectName(u"stepButtons")
        self.recordStepButton = QPushButton(self.timelineTab)
        self.recordStepButton.setObjectName(u"recordStepButton")

        self.stepButtons.addWidget(self.recordStepButton)

        self.clearStepButton = QPushButton(self.timelineTab)
        self.clearStepButton.setObjectName(u"clearStepButton")

        self.stepButtons.addWidget(self.clearStepButton)

        self.openMeetingButton = QPushButton(self.timelineTab)
        self.openMeetingButton.setObjectName(u"openMeetingButton")

        self.stepButtons.addWidget(self.openMeetingButton)

        self.stepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtons.addItem(self.stepSpacer)


        self.timelineLayout.addLayout(self.stepButtons)

        self.findingsLabel = QLabel(self.timelineTab)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setWordWrap(True)
        self.findingsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.timelineLayout.addWidget(self.findingsLabel)

        self.timelineLayout.setStretch(0, 1)
        self.tabs.addTab(self.timelineTab, "")
        self.assessTab = QWidget()
        self.assessTab.setObjectName(u"assessTab")
        self.assessLayout = QVBoxLayout(self.assessTab)
        self.assessLayout.setObjectName(u"assessLayout")
        self.contactsLabel = QLabel(self.assessTab)
        self.contactsLabel.setObjectName(u"contactsLabel")
        self.contactsLabel.setWordWrap(True)

        self.assessLayout.addWidget(self.contactsLabel)

        self.assessmentsTable = QTableWidget(self.assessTab)
        if (self.assessmentsTable.columnCount() < 5):
            self.assessmentsTable.setColumnCount(5)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.assessmentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.assessmentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.assessmentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.assessmentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.assessmentsTable.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        self.assessmentsTable.setObjectName(u"assessmentsTable")
        self.assessmentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.assessmentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.assessmentsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.assessLayout.addWidget(self.assessmentsTable)

        self.assessButtons = QHBoxLayout()
        self.assessButtons.setObjectName(u"assessButtons")
        self.addAssessmentButton = QPushButton(self.assessTab)
        self.addAssessmentButton.setObjectName(u"addAssessmentButton")

        self.assessButtons.addWidget(self.addAssessmentButton)

        self.editAssessmentButton = QPushButton(self.assessTab)
        self.editAssessmentButton.setObjectName(u"editAssessmentButton")

        self.assessButtons.addWidget(self.editAssessmentButton)

        self.deleteAssessmentButton = QPushButton(self.assessTab)
        self.deleteAssessmentButton.setObjectName(u"deleteAssessmentButton")

        self.assessButtons.addWidget(self.deleteAssessmentButton)

        self.assessSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assessButtons.addItem(self.assessSpacer)

        self.printAssessButton = QPushButton(self.assessTab)
        self.printAssessButton.setObjectName(u"printAssessButton")

        self.assessButtons.addWidget(self.printAssessButton)


        self.assessLayout.addLayout(self.assessButtons)

        self.assessLayout.setStretch(1, 1)
        self.tabs.addTab(self.assessTab, "")
        self.publicityTab = QWidget()
        self.publicityTab.setObjectName(u"publicityTab")
        self.publicityLayout = QVBoxLayout(self.publicityTab)
        self.publicityLayout.setObjectName(u"publicityLayout")
        self.publicityTable = QTableWidget(self.publicityTab)
        if (self.publicityTable.columnCount() < 4):
            self.publicityTable.setColumnCount(4)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.publicityTable.setHorizontalHeaderItem(0, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.publicityTable.setHorizontalHeaderItem(1, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.publicityTable.setHorizontalHeaderItem(2, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.publicityTable.setHorizontalHeaderItem(3, __qtablewidgetitem17)
        self.publicityTable.setObjectName(u"publicityTable")
        self.publicityTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.publicityTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.publicityTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.publicityLayout.addWidget(self.publicityTable)

        self.publicityButtons = QHBoxLayout()
        self.publicityButtons.setObjectName(u"publicityButtons")
        self.addPublicityButton = QPushButton(self.publicityTab)
        self.addPublicityButton.setObjectName(u"addPublicityButton")

        self.publicityButtons.addWidget(self.addPublicityButton)

        self.editPublicityButton = QPushButton(self.publicityTab)
        self.editPublicityButton.setObjectName(u"editPublicityButton")

        self.publicityButtons.addWidget(self.editPublicityButton)

        self.deletePublicityButton = QPushButton(self.publicityTab)
        self.deletePublicityButton.setObjectName(u"deletePublicityButton")

        self.publicityButtons.addWidget(self.deletePublicityButton)

        self.publicitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.publicityButtons.addItem(self.publicitySpacer)

        self.printNoticeButton = QPushButton(self.publicityTab)
        self.printNoticeButton.setObjectName(u"printNoticeButton")

        self.publicityButtons.addWidget(self.printNoticeButton)


        self.publicityLayout.addLayout(self.publicityButtons)

        self.probationLabel = QLabel(self.publicityTab)
        self.probationLabel.setObjectName(u"probationLabel")
        self.probationLabel.setWordWrap(True)

        self.publicityLayout.addWidget(self.probationLabel)

        self.probationButtons = QHBoxLayout()
        self.probationButtons.setObjectName(u"probationButtons")
        self.extensionButton = QPushButton(self.publicityTab)
        self.extensionButton.setObjectName(u"extensionButton")

        self.probationButtons.addWidget(self.extensionButton)

        self.closeCaseButton = QPushButton(self.publicityTab)
        self.closeCaseButton.setObjectName(u"closeCaseButton")

        self.probationButtons.addWidget(self.closeCaseButton)

        self.reopenButton = QPushButton(self.publicityTab)
        self.reopenButton.setObjectName(u"reopenButton")

        self.probationButtons.addWidget(self.reopenButton)

        self.probationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.probationButtons.addItem(self.probationSpacer)


        self.publicityLayout.addLayout(self.probationButtons)

        self.publicityLayout.setStretch(0, 1)
        self.tabs.addTab(self.publicityTab, "")

        self.detailLayout.addWidget(self.tabs)

        self.printRow = QHBoxLayout()
        self.printRow.setObjectName(u"printRow")
        self.deleteCaseButton = QPushButton(self.detailPage)
        self.deleteCaseButton.setObjectName(u"deleteCaseButton")

        self.printRow.addWidget(self.deleteCaseButton)

        self.printSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printRow.addItem(self.printSpacer)

        self.printRecordButton = QPushButton(self.detailPage)
        self.printRecordButton.setObjectName(u"printRecordButton")

        self.printRow.addWidget(self.printRecordButton)


        self.detailLayout.addLayout(self.printRow)

        self.detailLayout.setStretch(1, 1)
        self.detailStack.addWidget(self.detailPage)
        self.splitter.addWidget(self.detailStack)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevelopmentScreen)
    # setupUi

    def retranslateUi(self, DevelopmentScreen):
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("DevelopmentScreen", u"title", None))
        self.titleLabel.setText(QCoreApplication.translate("DevelopmentScreen", u"\u53d1\u5c55\u515a\u5458", None))
        self.listPrintButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u6253\u5370\u5e74\u5ea6\u540d\u518c\u2026", None))
#if QT_CONFIG(tooltip)
        self.listPrintButton.setToolTip(QCoreApplication.translate("DevelopmentScreen", u"\u672c\u5e74\u5ea6\u5165\u515a\u7533\u8bf7\u4eba\u3001\u5165\u515a\u79ef\u6781\u5206\u5b50\u3001\u53d1\u5c55\u5bf9\u8c61\u3001\u9884\u5907\u515a\u5458\u540d\u518c", None))
#endif // QT_CONFIG(tooltip)
        self.newCaseButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u65b0\u589e\u5165\u515a\u7533\u8bf7\u4eba\u2026", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("DevelopmentScreen", u"hint", None))
        self.hintLabel.setText("")
        self.showLabel.setText(QCoreApplication.translate("DevelopmentScreen", u"\u663e\u793a\uff1a", None))
        self.exportButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u5bfc\u51faExcel\u2026", None))
        ___qtablewidgetitem = self.casesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DevelopmentScreen", u"\u59d3\u540d", None))
        ___qtablewidgetitem1 = self.casesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DevelopmentScreen", u"\u8eab\u4efd", None))
        ___qtablewidgetitem2 = self.casesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DevelopmentScreen", u"\u4e0b\u4e00\u6b65", None))
        ___qtablewidgetitem3 = self.casesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DevelopmentScreen", u"\u671f\u9650", None))
        self.emptyLabel.setProperty(u"role", QCoreApplication.translate("DevelopmentScreen", u"hint", None))
        self.emptyLabel.setText(QCoreApplication.translate("DevelopmentScreen", u"\u8fd8\u6ca1\u6709\u53d1\u5c55\u515a\u5458\u8bb0\u5f55\u3002\u6536\u5230\u5165\u515a\u7533\u8bf7\u4e66\u540e\uff0c\u70b9\u53f3\u4e0a\u89d2\u201c\u65b0\u589e\u5165\u515a\u7533\u8bf7\u4eba\u2026\u201d\u767b\u8bb0\uff1b\u4ee5\u540e\u6bcf\u529e\u5b8c\u4e00\u4e2a\u6b65\u9aa4\uff0c\u5728\u201c\u5168\u7a0b\u7eaa\u5b9e\u201d\u4e2d\u767b\u8bb0\u65e5\u671f\u3001\u7ecf\u529e\u4eba\u548c\u7ed3\u679c\uff0c\u7a0b\u5e8f\u6309\u300a\u4e2d\u56fd\u5171\u4ea7\u515a\u53d1\u5c55\u515a\u5458\u5de5\u4f5c\u7ec6\u5219\u300b\u6838\u5bf9\u987a\u5e8f\u548c\u671f\u9650\u3002", None))
        self.personLabel.setText("")
        self.editCaseButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u4fee\u6539\u57fa\u672c\u4fe1\u606f\u2026", None))
        ___qtablewidgetitem4 = self.stepsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DevelopmentScreen", u"\u6b65\u9aa4", None))
        ___qtablewidgetitem5 = self.stepsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DevelopmentScreen", u"\u65e5\u671f", None))
        ___qtablewidgetitem6 = self.stepsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DevelopmentScreen", u"\u7ecf\u529e/\u51b3\u5b9a", None))
        ___qtablewidgetitem7 = self.stepsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("DevelopmentScreen", u"\u7ed3\u679c\u53ca\u60c5\u51b5", None))
        ___qtablewidgetitem8 = self.stepsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("DevelopmentScreen", u"\u671f\u9650\u4e0e\u6838\u5bf9", None))
        self.recordStepButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u767b\u8bb0\u6b64\u6b65\u9aa4\u2026", None))
        self.clearStepButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u6e05\u9664\u6b64\u6b65\u9aa4", None))
        self.openMeetingButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u6253\u5f00\u4f1a\u8bae\u8bb0\u5f55", None))
        self.findingsLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("DevelopmentScreen", u"\u5168\u7a0b\u7eaa\u5b9e\uff0825\u4e2a\u6b65\u9aa4\uff09", None))
        self.contactsLabel.setProperty(u"role", QCoreApplication.translate("DevelopmentScreen", u"hint", None))
        self.contactsLabel.setText("")
        ___qtablewidgetitem9 = self.assessmentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("DevelopmentScreen", u"\u8003\u5bdf\u65e5\u671f", None))
        ___qtablewidgetitem10 = self.assessmentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("DevelopmentScreen", u"\u65f6\u6bb5", None))
        ___qtablewidgetitem11 = self.assessmentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("DevelopmentScreen", u"\u8003\u5bdf\u4eba", None))
        ___qtablewidgetitem12 = self.assessmentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("DevelopmentScreen", u"\u73b0\u5b9e\u8868\u73b0", None))
        ___qtablewidgetitem13 = self.assessmentsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("DevelopmentScreen", u"\u8003\u5bdf\u610f\u89c1", None))
        self.addAssessmentButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u767b\u8bb0\u8003\u5bdf\u2026", None))
        self.editAssessmentButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u4fee\u6539\u2026", None))
        self.deleteAssessmentButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u5220\u9664", None))
        self.printAssessButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u6253\u5370\u57f9\u517b\u8003\u5bdf\u767b\u8bb0\u8868", None))
        self.tabs.setTabText(self.tabs.indexOf(self.assessTab), QCoreApplication.translate("DevelopmentScreen", u"\u57f9\u517b\u8003\u5bdf", None))
        ___qtablewidgetitem14 = self.publicityTable.horizontalHeaderItem(0)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("DevelopmentScreen", u"\u516c\u793a", None))
        ___qtablewidgetitem15 = self.publicityTable.horizontalHeaderItem(1)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("DevelopmentScreen", u"\u516c\u793a\u65f6\u95f4", None))
        ___qtablewidgetitem16 = self.publicityTable.horizontalHeaderItem(2)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("DevelopmentScreen", u"\u5de5\u4f5c\u65e5", None))
        ___qtablewidgetitem17 = self.publicityTable.horizontalHeaderItem(3)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("DevelopmentScreen", u"\u7ed3\u679c", None))
        self.addPublicityButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u767b\u8bb0\u516c\u793a\u2026", None))
        self.editPublicityButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u4fee\u6539\u2026", None))
        self.deletePublicityButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u5220\u9664", None))
        self.printNoticeButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u6253\u5370\u516c\u793a", None))
        self.probationLabel.setText("")
        self.extensionButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u5ef6\u957f\u9884\u5907\u671f\u2026", None))
        self.closeCaseButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u7ec8\u6b62\u57f9\u517b/\u53d6\u6d88\u8d44\u683c\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u6062\u590d\u4e3a\u57f9\u517b\u4e2d", None))
        self.tabs.setTabText(self.tabs.indexOf(self.publicityTab), QCoreApplication.translate("DevelopmentScreen", u"\u516c\u793a\u4e0e\u9884\u5907\u671f", None))
        self.deleteCaseButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u5220\u9664\u6b64\u8bb0\u5f55", None))
        self.printRecordButton.setText(QCoreApplication.translate("DevelopmentScreen", u"\u6253\u5370\u5168\u7a0b\u7eaa\u5b9e\u8868", None))
        pass
    # retranslateUi

