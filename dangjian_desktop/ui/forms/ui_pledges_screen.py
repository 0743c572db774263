# GENERATED from forms/pledges_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PledgesScreen(object):
    def setupUi(self, PledgesScreen):
        if not PledgesScreen.objectName():
            PledgesScreen.setObjectName(u"PledgesScreen")
        self.mainLayout = QVBoxLayout(PledgesScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 14, 20, 14)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(PledgesScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.campaignLabel = QLabel(PledgesScreen)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.titleRow.addWidget(self.campaignLabel)

        self.campaignCombo = QComboBox(PledgesScreen)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setMinimumWidth(220)

        self.titleRow.addWidget(self.campaignCombo)

        self.newCampaignButton = QPushButton(PledgesScreen)
        self.newCampaignButton.setObjectName(u"newCampaignButton")

        self.titleRow.addWidget(self.newCampaignButton)


        self.mainLayout.addLayout(self.titleRow)

        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.copyLastYearButton = QPushButton(PledgesScreen)
        self.copyLastYearButton.setObjectName(u"copyLastYearButton")

        self.toolRow.addWidget(self.copyLastYearButton)

        self.importButton = QPushButton(PledgesScreen)
        self.importButton.setObjectName(u"importButton")

        self.toolRow.addWidget(self.importButton)

        self.templateButton = QPushButton(PledgesScreen)
        self.templateButton.setObjectName(u"templateButton")

        self.toolRow.addWidget(self.templateButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.printNoticeButton = QPushButton(PledgesScreen)
        self.printNoticeButton.setObjectName(u"printNoticeButton")

        self.toolRow.addWidget(self.printNoticeButton)

        self.printLetterButton = QPushButton(PledgesScreen)
        self.printLetterButton.setObjectName(u"printLetterButton")

        self.toolRow.addWidget(self.printLetterButton)

        self.printSummaryButton = QPushButton(PledgesScreen)
        self.printSummaryButton.setObjectName(u"printSummaryButton")

        self.toolRow.addWidget(self.printSummaryButton)


        self.mainLayout.addLayout(self.toolRow)

        self.hintLabel = QLabel(PledgesScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.stack = QStackedWidget(PledgesScreen)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.workPage = QWidget()
        self.workPage.setObjectName(u"workPage")
        self.workLayout = QVBoxLayout(self.workPage)
        self.workLayout.setObjectName(u"workLayout")
        self.workLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.workPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.memberTable = QTableWidget(self.splitter)
        if (self.memberTable.columnCount() < 4):
            self.memberTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.memberTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.memberTable.setObjectName(u"memberTable")
        self.memberTable.setMinimumWidth(300)
        self.memberTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.memberTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.memberTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.memberTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.memberTable)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.itemsTab = QWidget()
        self.itemsTab.setObjectName(u"itemsTab")
        self.itemsLayout = QVBoxLayout(self.itemsTab)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.memberLabel = QLabel(self.itemsTab)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.itemsLayout.addWidget(self.memberLabel)

        self.itemsTable = QTableWidget(self.itemsTab)
        if (self.itemsTable.columnCount() < 5):
            self.itemsTable.setColumnCount(5)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.itemsTable.setWordWrap(True)

        self.itemsLayout.addWidget(self.itemsTable)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItemButton = QPushButton(self.itemsTab)
        self.addItemButton.setObjectName(u"addItemButton")
        self.addItemButton.setProperty(u"primary", True)

        self.itemButtons.addWidget(self.addItemButton)

        self.editItemButton = QPushButton(self.itemsTab)
        self.editItemButton.setObjectName(u"editItemButton")

        self.itemButtons.addWidget(self.editItemButton)

        self.deleteItemButton = QPushButton(self.itemsTab)
        self.deleteItemButton.setObjectName(u"deleteItemButton")

        self.itemButtons.addWidget(self.deleteItemButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)

        self.submitButton = QPushButton(self.itemsTab)
        self.submitButton.setObjectName(u"submitButton")

        self.itemButtons.addWidget(self.submitButton)

        self.returnButton = QPushButton(self.itemsTab)
        self.returnButton.setObjectName(u"returnButton")

        self.itemButtons.addWidget(self.returnButton)

        self.approveButton = QPushButton(self.itemsTab)
        self.approveButton.setObjectName(u"approveButton")

        self.itemButtons.addWidget(self.approveButton)


        self.itemsLayout.addLayout(self.itemButtons)

        self.tabs.addTab(self.itemsTab, "")
        self.progressTab = QWidget()
        self.progressTab.setObjectName(u"progressTab")
        self.progressLayout = QVBoxLayout(self.progressTab)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressTable = QTableWidget(self.progressTab)
        if (self.progressTable.columnCount() < 4):
            self.progressTable.setColumnCount(4)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.progressTable.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.progressTable.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.progressTable.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.progressTable.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        self.progressTable.setObjectName(u"progressTable")
        self.progressTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.progressTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.progressTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.progressTable.setWordWrap(True)

        self.progressLayout.addWidget(self.progressTable)

        self.progressButtons = QHBoxLayout()
        self.progressButtons.setObjectName(u"progressButtons")
        self.addProgressButton = QPushButton(self.progressTab)
        self.addProgressButton.setObjectName(u"addProgressButton")

        self.progressButtons.addWidget(self.addProgressButton)

        self.openAttachmentButton = QPushButton(self.progressTab)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")

        self.progressButtons.addWidget(self.openAttachmentButton)

        self.deleteProgressButton = QPushButton(self.progressTab)
        self.deleteProgressButton.setObjectName(u"deleteProgressButton")

        self.progressButtons.addWidget(self.deleteProgressButton)

        self.progressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressButtons.addItem(self.progressSpacer)


        self.progressLayout.addLayout(self.progressButtons)

        self.tabs.addTab(self.progressTab, "")
        self.evaluationTab = QWidget()
        self.evaluationTab.setObjectName(u"evaluationTab")
        self.evaluationLayout = QVBoxLayout(self.evaluationTab)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.outcomesLabel = QLabel(self.evaluationTab)
        self.outcomesLabel.setObjectName(u"outcomesLabel")

        self.evaluationLayout.addWidget(self.outcomesLabel)

        self.outcomesTable = QTableWidget(self.evaluationTab)
        if (self.outcomesTable.columnCount() < 3):
            self.outcomesTable.setColumnCount(3)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.outcomesTable.setHorizontalHeaderItem(0, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.outcomesTable.setHorizontalHeaderItem(1, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.outcomesTable.setHorizontalHeaderItem(2, __qtablewidgetitem15)
        self.outcomesTable.setObjectName(u"outcomesTable")
        self.outcomesTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.outcomesTable.setWordWrap(True)

        self.evaluationLayout.addWidget(self.outcomesTable)

        self.evaluationForm = QFormLayout()
        self.evaluationForm.setObjectName(u"evaluationForm")
        self.selfLabel = QLabel(self.evaluationTab)
        self.selfLabel.setObjectName(u"selfLabel")

        self.evaluationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.selfLabel)

        self.selfAssessmentEdit = QPlainTextEdit(self.evaluationTab)
        self.selfAssessmentEdit.setObjectName(u"selfAssessmentEdit")
        self.selfAssessmentEdit.setMaximumHeight(70)
        self.selfAssessmentEdit.setTabChangesFocus(True)

        self.evaluationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.selfAssessmentEdit)

        self.groupLabel = QLabel(self.evaluationTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.evaluationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCommentEdit = QPlainTextEdit(self.evaluationTab)
        self.groupCommentEdit.setObjectName(u"groupCommentEdit")
        self.groupCommentEdit.setMaximumHeight(70)
        self.groupCommentEdit.setTabChangesFocus(True)

        self.evaluationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groupCommentEdit)

        self.gradeLabel = QLabel(self.evaluationTab)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.evaluationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.gradeRow = QHBoxLayout()
        self.gradeRow.setObjectName(u"gradeRow")
        self.gradeCombo = QComboBox(self.evaluationTab)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.gradeRow.addWidget(self.gradeCombo)

        self.evaluatedOnLabel = QLabel(self.evaluationTab)
        self.evaluatedOnLabel.setObjectName(u"evaluatedOnLabel")

        self.gradeRow.addWidget(self.evaluatedOnLabel)

        self.evaluatedOnEdit = QDateEdit(self.evaluationTab)
        self.evaluatedOnEdit.setObjectName(u"evaluatedOnEdit")
        self.evaluatedOnEdit.setCalendarPopup(True)

        self.gradeRow.addWidget(self.evaluatedOnEdit)

        self.gradeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gradeRow.addItem(self.gradeSpacer)

        self.saveEvaluationButton = QPushButton(self.evaluationTab)
        self.saveEvaluationButton.setObjectName(u"saveEvaluationButton")
        self.saveEvaluationButton.setProperty(u"primary", True)

        self.gradeRow.addWidget(self.saveEvaluationButton)


        self.evaluationForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.gradeRow)


        self.evaluationLayout.addLayout(self.evaluationForm)

        self.tabs.addTab(self.evaluationTab, "")
        self.pairsTab = QWidget()
        self.pairsTab.setObjectName(u"pairsTab")
        self.pairsLayout = QVBoxLayout(self.pairsTab)
        self.pairsLayout.setObjectName(u"pairsLayout")
        self.pairsTable = QTableWidget(self.pairsTab)
        if (self.pairsTable.columnCount() < 5):
            self.pairsTable.setColumnCount(5)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.pairsTable.setHorizontalHeaderItem(0, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.pairsTable.setHorizontalHeaderItem(1, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.pairsTable.setHorizontalHeaderItem(2, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.pairsTable.setHorizontalHeaderItem(3, __qtablewidgetitem19)
        __qtablewidgetitem20 = QTableWidgetItem()
        self.pairsTable.setHorizontalHeaderItem(4, __qtablewidgetitem20)
        self.pairsTable.setObjectName(u"pairsTable")
        self.pairsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.pairsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.pairsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.pairsTable.setWordWrap(True)

        self.pairsLayout.addWidget(self.pairsTable)

        self.pairButtons = QHBoxLayout()
        self.pairButtons.setObjectName(u"pairButtons")
        self.addPairButton = QPushButton(self.pairsTab)
        self.addPairButton.setObjectName(u"addPairButton")

        self.pairButtons.addWidget(self.addPairButton)

        self.editPairButton = QPushButton(self.pairsTab)
        self.editPairButton.setObjectName(u"editPairButton")

        self.pairButtons.addWidget(self.editPairButton)

        self.deletePairButton = QPushButton(self.pairsTab)
        self.deletePairButton.setObjectName(u"deletePairButton")

        self.pairButtons.addWidget(self.deletePairButton)

        self.pairSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pairButtons.addItem(self.pairSpacer)


        self.pairsLayout.addLayout(self.pairButtons)

        self.tabs.addTab(self.pairsTab, "")
        self.splitter.addWidget(self.tabs)

        self.workLayout.addWidget(self.splitter)

        self.stack.addWidget(self.workPage)

        self.mainLayout.addWidget(self.stack)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.selfLabel.setBuddy(self.selfAssessmentEdit)
        self.groupLabel.setBuddy(self.groupCommentEdit)
        self.gradeLabel.setBuddy(self.gradeCombo)
        self.evaluatedOnLabel.setBuddy(self.evaluatedOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaignCombo, self.memberTable)
        QWidget.setTabOrder(self.memberTable, self.tabs)
        QWidget.setTabOrder(self.tabs, self.itemsTable)
        QWidget.setTabOrder(self.itemsTable, self.addItemButton)
        QWidget.setTabOrder(self.addItemButton, self.editItemButton)
        QWidget.setTabOrder(self.editItemButton, self.deleteItemButton)
        QWidget.setTabOrder(self.deleteItemButton, self.submitButton)
        QWidget.setTabOrder(self.submitButton, self.returnButton)
        QWidget.setTabOrder(self.returnButton, self.approveButton)

        self.retranslateUi(PledgesScreen)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PledgesScreen):
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("PledgesScreen", u"title", None))
        self.titleLabel.setText(QCoreApplication.translate("PledgesScreen", u"\u515a\u5458\u627f\u8bfa", None))
        self.campaignLabel.setText(QCoreApplication.translate("PledgesScreen", u"\u627f\u8bfa\u5e74\u5ea6\uff1a", None))
#if QT_CONFIG(tooltip)
        self.campaignCombo.setToolTip(QCoreApplication.translate("PledgesScreen", u"\u9009\u62e9\u8981\u67e5\u770b\u7684\u627f\u8bfa\u5e74\u5ea6", None))
#endif // QT_CONFIG(tooltip)
        self.newCampaignButton.setText(QCoreApplication.translate("PledgesScreen", u"\u65b0\u5efa\u5e74\u5ea6\u2026", None))
        self.copyLastYearButton.setText(QCoreApplication.translate("PledgesScreen", u"\u590d\u5236\u4e0a\u5e74\u627f\u8bfa", None))
#if QT_CONFIG(tooltip)
        self.copyLastYearButton.setToolTip(QCoreApplication.translate("PledgesScreen", u"\u628a\u4e0a\u4e00\u5e74\u7684\u627f\u8bfa\u590d\u5236\u4e3a\u672c\u5e74\u5ea6\u8349\u7a3f\uff08\u53ea\u7ed9\u672c\u5e74\u5ea6\u8fd8\u6ca1\u6709\u627f\u8bfa\u7684\u515a\u5458\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("PledgesScreen", u"\u4eceExcel\u5bfc\u5165\u2026", None))
        self.templateButton.setText(QCoreApplication.translate("PledgesScreen", u"\u4e0b\u8f7d\u5bfc\u5165\u6a21\u677f\u2026", None))
        self.printNoticeButton.setText(QCoreApplication.translate("PledgesScreen", u"\u6253\u5370\u516c\u793a\u8868", None))
        self.printLetterButton.setText(QCoreApplication.translate("PledgesScreen", u"\u6253\u5370\u627f\u8bfa\u4e66", None))
        self.printSummaryButton.setText(QCoreApplication.translate("PledgesScreen", u"\u6253\u5370\u8bc4\u8bfa\u6c47\u603b", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("PledgesScreen", u"hint", None))
        self.hintLabel.setText("")
        self.emptyLabel.setProperty(u"role", QCoreApplication.translate("PledgesScreen", u"hint", None))
        self.emptyLabel.setText(QCoreApplication.translate("PledgesScreen", u"\u8fd8\u6ca1\u6709\u515a\u5458\u627f\u8bfa\u8bb0\u5f55\u3002\u70b9\u53f3\u4e0a\u89d2\u201c\u65b0\u5efa\u5e74\u5ea6\u2026\u201d\u5f00\u59cb\u672c\u5e74\u5ea6\u7684\u4eae\u8bfa\uff0c\u6216\u70b9\u201c\u590d\u5236\u4e0a\u5e74\u627f\u8bfa\u201d\u201c\u4eceExcel\u5bfc\u5165\u2026\u201d\u5feb\u901f\u5f55\u5165\u3002", None))
        ___qtablewidgetitem = self.memberTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PledgesScreen", u"\u59d3\u540d", None))
        ___qtablewidgetitem1 = self.memberTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PledgesScreen", u"\u515a\u5c0f\u7ec4", None))
        ___qtablewidgetitem2 = self.memberTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PledgesScreen", u"\u72b6\u6001", None))
        ___qtablewidgetitem3 = self.memberTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PledgesScreen", u"\u4e8b\u9879", None))
        self.memberLabel.setText("")
        ___qtablewidgetitem4 = self.itemsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PledgesScreen", u"\u7c7b\u522b", None))
        ___qtablewidgetitem5 = self.itemsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("PledgesScreen", u"\u627f\u8bfa\u5185\u5bb9", None))
        ___qtablewidgetitem6 = self.itemsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("PledgesScreen", u"\u5b8c\u6210\u65f6\u9650", None))
        ___qtablewidgetitem7 = self.itemsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("PledgesScreen", u"\u72b6\u6001", None))
        ___qtablewidgetitem8 = self.itemsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("PledgesScreen", u"\u652f\u90e8\u5ba1\u6838\u610f\u89c1", None))
        self.addItemButton.setText(QCoreApplication.translate("PledgesScreen", u"\u65b0\u589e\u627f\u8bfa\u2026", None))
        self.editItemButton.setText(QCoreApplication.translate("PledgesScreen", u"\u4fee\u6539\u2026", None))
        self.deleteItemButton.setText(QCoreApplication.translate("PledgesScreen", u"\u5220\u9664", None))
        self.submitButton.setText(QCoreApplication.translate("PledgesScreen", u"\u63d0\u4ea4\u5ba1\u6838", None))
        self.returnButton.setText(QCoreApplication.translate("PledgesScreen", u"\u9000\u56de\u4fee\u6539\u2026", None))
        self.approveButton.setText(QCoreApplication.translate("PledgesScreen", u"\u5ba1\u6838\u901a\u8fc7\uff08\u4eae\u8bfa\uff09", None))
        self.tabs.setTabText(self.tabs.indexOf(self.itemsTab), QCoreApplication.translate("PledgesScreen", u"\u4eae\u8bfa \u00b7 \u627f\u8bfa\u4e8b\u9879", None))
        ___qtablewidgetitem9 = self.progressTable.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("PledgesScreen", u"\u65e5\u671f", None))
        ___qtablewidgetitem10 = self.progressTable.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("PledgesScreen", u"\u627f\u8bfa\u4e8b\u9879", None))
        ___qtablewidgetitem11 = self.progressTable.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("PledgesScreen", u"\u8df5\u8bfa\u60c5\u51b5", None))
        ___qtablewidgetitem12 = self.progressTable.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("PledgesScreen", u"\u9644\u4ef6", None))
        self.addProgressButton.setText(QCoreApplication.translate("PledgesScreen", u"\u8bb0\u5f55\u8df5\u8bfa\u60c5\u51b5\u2026", None))
        self.openAttachmentButton.setText(QCoreApplication.translate("PledgesScreen", u"\u6253\u5f00\u9644\u4ef6", None))
        self.deleteProgressButton.setText(QCoreApplication.translate("PledgesScreen", u"\u5220\u9664\u8bb0\u5f55", None))
        self.tabs.setTabText(self.tabs.indexOf(self.progressTab), QCoreApplication.translate("PledgesScreen", u"\u8df5\u8bfa \u00b7 \u8fdb\u5c55\u8bb0\u5f55", None))
        self.outcomesLabel.setText(QCoreApplication.translate("PledgesScreen", u"\u6bcf\u9879\u627f\u8bfa\u7684\u5b8c\u6210\u60c5\u51b5\uff08\u90e8\u5206\u5151\u73b0\u3001\u672a\u5151\u73b0\u987b\u8bf4\u660e\u539f\u56e0\uff09\uff1a", None))
        ___qtablewidgetitem13 = self.outcomesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("PledgesScreen", u"\u627f\u8bfa\u5185\u5bb9", None))
        ___qtablewidgetitem14 = self.outcomesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("PledgesScreen", u"\u5b8c\u6210\u60c5\u51b5", None))
        ___qtablewidgetitem15 = self.outcomesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("PledgesScreen", u"\u8bf4\u660e", None))
        self.selfLabel.setText(QCoreApplication.translate("PledgesScreen", u"\u4e2a\u4eba\u81ea\u8bc4\uff1a", None))
        self.groupLabel.setText(QCoreApplication.translate("PledgesScreen", u"\u515a\u5c0f\u7ec4/\u7fa4\u4f17\u8bc4\u8bae\uff1a", None))
        self.gradeLabel.setText(QCoreApplication.translate("PledgesScreen", u"\u652f\u90e8\u8bc4\u5b9a\uff1a", None))
        self.evaluatedOnLabel.setText(QCoreApplication.translate("PledgesScreen", u"\u8bc4\u5b9a\u65e5\u671f\uff1a", None))
        self.evaluatedOnEdit.setDisplayFormat(QCoreApplication.translate("PledgesScreen", u"yyyy-MM-dd", None))
        self.saveEvaluationButton.setText(QCoreApplication.translate("PledgesScreen", u"\u4fdd\u5b58\u8bc4\u8bfa", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evaluationTab), QCoreApplication.translate("PledgesScreen", u"\u8bc4\u8bfa", None))
        ___qtablewidgetitem16 = self.pairsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("PledgesScreen", u"\u5e2e\u5e26\u4eba", None))
        ___qtablewidgetitem17 = self.pairsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("PledgesScreen", u"\u88ab\u5e2e\u5e26\u4eba", None))
        ___qtablewidgetitem18 = self.pairsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("PledgesScreen", u"\u5e2e\u5e26\u76ee\u6807", None))
        ___qtablewidgetitem19 = self.pairsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("PledgesScreen", u"\u5e2e\u5e26\u6210\u6548", None))
        ___qtablewidgetitem20 = self.pairsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem20.setText(QCoreApplication.translate("PledgesScreen", u"\u7ed3\u679c", None))
        self.addPairButton.setText(QCoreApplication.translate("PledgesScreen", u"\u65b0\u589e\u5e2e\u5e26\u2026", None))
        self.editPairButton.setText(QCoreApplication.translate("PledgesScreen", u"\u4fee\u6539\u2026", None))
        self.deletePairButton.setText(QCoreApplication.translate("PledgesScreen", u"\u5220\u9664", None))
        self.tabs.setTabText(self.tabs.indexOf(self.pairsTab), QCoreApplication.translate("PledgesScreen", u"\u4e00\u5e26\u4e8c", None))
        pass
    # retranslateUi

