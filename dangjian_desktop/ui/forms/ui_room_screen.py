# GENERATED from forms/room_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RoomScreen(object):
    def setupUi(self, RoomScreen):
        if not RoomScreen.objectName():
            RoomScreen.setObjectName(u"RoomScreen")
        self.mainLayout = QVBoxLayout(RoomScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 14, 20, 14)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(RoomScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.editTemplateButton = QPushButton(RoomScreen)
        self.editTemplateButton.setObjectName(u"editTemplateButton")

        self.titleRow.addWidget(self.editTemplateButton)


        self.mainLayout.addLayout(self.titleRow)

        self.hintLabel = QLabel(RoomScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.splitter = QSplitter(RoomScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.inspectionsTable = QTableWidget(self.listPane)
        if (self.inspectionsTable.columnCount() < 4):
            self.inspectionsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.inspectionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.inspectionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.inspectionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.inspectionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.inspectionsTable.setObjectName(u"inspectionsTable")
        self.inspectionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.inspectionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.inspectionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.inspectionsTable.setAlternatingRowColors(True)

        self.listLayout.addWidget(self.inspectionsTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newInspectionButton = QPushButton(self.listPane)
        self.newInspectionButton.setObjectName(u"newInspectionButton")

        self.listButtons.addWidget(self.newInspectionButton)

        self.deleteInspectionButton = QPushButton(self.listPane)
        self.deleteInspectionButton.setObjectName(u"deleteInspectionButton")

        self.listButtons.addWidget(self.deleteInspectionButton)


        self.listLayout.addLayout(self.listButtons)

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
        self.headerGrid = QGridLayout()
        self.headerGrid.setObjectName(u"headerGrid")
        self.dateLabel = QLabel(self.detailPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.headerGrid.addWidget(self.dateLabel, 0, 0, 1, 1)

        self.dateEdit = QDateEdit(self.detailPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.headerGrid.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.roomLabel = QLabel(self.detailPage)
        self.roomLabel.setObjectName(u"roomLabel")

        self.headerGrid.addWidget(self.roomLabel, 0, 2, 1, 1)

        self.roomEdit = QLineEdit(self.detailPage)
        self.roomEdit.setObjectName(u"roomEdit")

        self.headerGrid.addWidget(self.roomEdit, 0, 3, 1, 1)

        self.inspectorsLabel = QLabel(self.detailPage)
        self.inspectorsLabel.setObjectName(u"inspectorsLabel")

        self.headerGrid.addWidget(self.inspectorsLabel, 1, 0, 1, 1)

        self.inspectorsEdit = QLineEdit(self.detailPage)
        self.inspectorsEdit.setObjectName(u"inspectorsEdit")

        self.headerGrid.addWidget(self.inspectorsEdit, 1, 1, 1, 1)

        self.noteLabel = QLabel(self.detailPage)
        self.noteLabel.setObjectName(u"noteLabel")

        self.headerGrid.addWidget(self.noteLabel, 1, 2, 1, 1)

        self.noteEdit = QLineEdit(self.detailPage)
        self.noteEdit.setObjectName(u"noteEdit")

        self.headerGrid.addWidget(self.noteEdit, 1, 3, 1, 1)


        self.detailLayout.addLayout(self.headerGrid)

        self.tabs = QTabWidget(self.detailPage)
        self.tabs.setObjectName(u"tabs")
        self.resultsTab = QWidget()
        self.resultsTab.setObjectName(u"resultsTab")
        self.resultsLayout = QVBoxLayout(self.resultsTab)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsTable = QTableWidget(self.resultsTab)
        if (self.resultsTable.columnCount() < 5):
            self.resultsTable.setColumnCount(5)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.resultsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.resultsTable.setWordWrap(True)

        self.resultsLayout.addWidget(self.resultsTable)

        self.tabs.addTab(self.resultsTab, "")
        self.rectTab = QWidget()
        self.rectTab.setObjectName(u"rectTab")
        self.rectLayout = QVBoxLayout(self.rectTab)
        self.rectLayout.setObjectName(u"rectLayout")
        self.rectTable = QTableWidget(self.rectTab)
        if (self.rectTable.columnCount() < 6):
            self.rectTable.setColumnCount(6)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.rectTable.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.rectTable.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.rectTable.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.rectTable.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.rectTable.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.rectTable.setHorizontalHeaderItem(5, __qtablewidgetitem14)
        self.rectTable.setObjectName(u"rectTable")
        self.rectTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rectTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rectTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rectTable.setWordWrap(True)

        self.rectLayout.addWidget(self.rectTable)

        self.rectButtons = QHBoxLayout()
        self.rectButtons.setObjectName(u"rectButtons")
        self.editRectButton = QPushButton(self.rectTab)
        self.editRectButton.setObjectName(u"editRectButton")

        self.rectButtons.addWidget(self.editRectButton)

        self.rectSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rectButtons.addItem(self.rectSpacer)


        self.rectLayout.addLayout(self.rectButtons)

        self.tabs.addTab(self.rectTab, "")
        self.compareTab = QWidget()
        self.compareTab.setObjectName(u"compareTab")
        self.compareLayout = QVBoxLayout(self.compareTab)
        self.compareLayout.setObjectName(u"compareLayout")
        self.compareLabel = QLabel(self.compareTab)
        self.compareLabel.setObjectName(u"compareLabel")
        self.compareLabel.setWordWrap(True)

        self.compareLayout.addWidget(self.compareLabel)

        self.compareTable = QTableWidget(self.compareTab)
        if (self.compareTable.columnCount() < 4):
            self.compareTable.setColumnCount(4)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.compareTable.setHorizontalHeaderItem(0, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.compareTable.setHorizontalHeaderItem(1, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.compareTable.setHorizontalHeaderItem(2, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.compareTable.setHorizontalHeaderItem(3, __qtablewidgetitem18)
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.compareTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.compareTable.setWordWrap(True)

        self.compareLayout.addWidget(self.compareTable)

        self.tabs.addTab(self.compareTab, "")

        self.detailLayout.addWidget(self.tabs)

        self.resultTools = QWidget(self.detailPage)
        self.resultTools.setObjectName(u"resultTools")
        self.resultButtons = QHBoxLayout(self.resultTools)
        self.resultButtons.setObjectName(u"resultButtons")
        self.resultButtons.setContentsMargins(0, 0, 0, 2)
        self.allPassButton = QPushButton(self.resultTools)
        self.allPassButton.setObjectName(u"allPassButton")

        self.resultButtons.addWidget(self.allPassButton)

        self.addPhotoButton = QPushButton(self.resultTools)
        self.addPhotoButton.setObjectName(u"addPhotoButton")

        self.resultButtons.addWidget(self.addPhotoButton)

        self.viewPhotoButton = QPushButton(self.resultTools)
        self.viewPhotoButton.setObjectName(u"viewPhotoButton")

        self.resultButtons.addWidget(self.viewPhotoButton)

        self.removePhotoButton = QPushButton(self.resultTools)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.resultButtons.addWidget(self.removePhotoButton)

        self.photoPreview = QLabel(self.resultTools)
        self.photoPreview.setObjectName(u"photoPreview")
        self.photoPreview.setMinimumSize(QSize(40, 30))
        self.photoPreview.setMaximumSize(QSize(40, 30))

        self.resultButtons.addWidget(self.photoPreview)


        self.detailLayout.addWidget(self.resultTools)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.scoreLabel = QLabel(self.detailPage)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setWordWrap(True)

        self.saveRow.addWidget(self.scoreLabel)

        self.dirtyLabel = QLabel(self.detailPage)
        self.dirtyLabel.setObjectName(u"dirtyLabel")

        self.saveRow.addWidget(self.dirtyLabel)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.printButton = QPushButton(self.detailPage)
        self.printButton.setObjectName(u"printButton")

        self.saveRow.addWidget(self.printButton)

        self.saveButton = QPushButton(self.detailPage)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"primary", True)

        self.saveRow.addWidget(self.saveButton)


        self.detailLayout.addLayout(self.saveRow)

        self.detailLayout.setStretch(1, 1)
        self.detailStack.addWidget(self.detailPage)
        self.splitter.addWidget(self.detailStack)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.roomLabel.setBuddy(self.roomEdit)
        self.inspectorsLabel.setBuddy(self.inspectorsEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.inspectionsTable, self.newInspectionButton)
        QWidget.setTabOrder(self.newInspectionButton, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.roomEdit)
        QWidget.setTabOrder(self.roomEdit, self.inspectorsEdit)
        QWidget.setTabOrder(self.inspectorsEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.tabs)
        QWidget.setTabOrder(self.tabs, self.resultsTable)
        QWidget.setTabOrder(self.resultsTable, self.saveButton)

        self.retranslateUi(RoomScreen)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, RoomScreen):
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("RoomScreen", u"title", None))
        self.titleLabel.setText(QCoreApplication.translate("RoomScreen", u"\u515a\u5458\u6d3b\u52a8\u5ba4\u201c\u4e94\u6709\u5341\u4e0a\u5899\u201d", None))
        self.editTemplateButton.setText(QCoreApplication.translate("RoomScreen", u"\u7f16\u8f91\u68c0\u67e5\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.editTemplateButton.setToolTip(QCoreApplication.translate("RoomScreen", u"\u589e\u5220\u3001\u6539\u540d\u3001\u8c03\u6574\u68c0\u67e5\u9879\u76ee\uff1b\u4fdd\u5b58\u4e3a\u65b0\u7248\u672c\uff0c\u5df2\u505a\u7684\u68c0\u67e5\u4e0d\u53d7\u5f71\u54cd", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("RoomScreen", u"hint", None))
        self.hintLabel.setText("")
        ___qtablewidgetitem = self.inspectionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RoomScreen", u"\u68c0\u67e5\u65e5\u671f", None))
        ___qtablewidgetitem1 = self.inspectionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RoomScreen", u"\u6d3b\u52a8\u5ba4", None))
        ___qtablewidgetitem2 = self.inspectionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RoomScreen", u"\u5f97\u5206", None))
        ___qtablewidgetitem3 = self.inspectionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RoomScreen", u"\u6574\u6539", None))
        self.newInspectionButton.setText(QCoreApplication.translate("RoomScreen", u"\u65b0\u5efa\u68c0\u67e5", None))
        self.deleteInspectionButton.setText(QCoreApplication.translate("RoomScreen", u"\u5220\u9664\u68c0\u67e5", None))
        self.emptyLabel.setProperty(u"role", QCoreApplication.translate("RoomScreen", u"hint", None))
        self.emptyLabel.setText(QCoreApplication.translate("RoomScreen", u"\u8fd8\u6ca1\u6709\u68c0\u67e5\u8bb0\u5f55\u3002\u70b9\u5de6\u4e0b\u89d2\u201c\u65b0\u5efa\u68c0\u67e5\u201d\uff0c\u6309\u68c0\u67e5\u8868\u9010\u9879\u586b\u5199\u201c\u8fbe\u6807 / \u4e0d\u8fbe\u6807 / \u4e0d\u9002\u7528\u201d\uff1b\u4e0d\u8fbe\u6807\u7684\u9879\u76ee\u4f1a\u81ea\u52a8\u751f\u6210\u6574\u6539\u4e8b\u9879\u3002", None))
        self.dateLabel.setText(QCoreApplication.translate("RoomScreen", u"\u68c0\u67e5\u65e5\u671f\uff1a", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("RoomScreen", u"yyyy-MM-dd", None))
        self.roomLabel.setText(QCoreApplication.translate("RoomScreen", u"\u6d3b\u52a8\u5ba4\uff1a", None))
        self.inspectorsLabel.setText(QCoreApplication.translate("RoomScreen", u"\u68c0\u67e5\u4eba\uff1a", None))
        self.inspectorsEdit.setPlaceholderText(QCoreApplication.translate("RoomScreen", u"\u591a\u540d\u68c0\u67e5\u4eba\u7528\u987f\u53f7\u5206\u9694", None))
        self.noteLabel.setText(QCoreApplication.translate("RoomScreen", u"\u68c0\u67e5\u8bf4\u660e\uff1a", None))
        ___qtablewidgetitem4 = self.resultsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RoomScreen", u"\u7c7b\u522b", None))
        ___qtablewidgetitem5 = self.resultsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RoomScreen", u"\u68c0\u67e5\u9879\u76ee", None))
        ___qtablewidgetitem6 = self.resultsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("RoomScreen", u"\u7ed3\u679c", None))
        ___qtablewidgetitem7 = self.resultsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("RoomScreen", u"\u5b58\u5728\u95ee\u9898/\u5907\u6ce8", None))
        ___qtablewidgetitem8 = self.resultsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("RoomScreen", u"\u7167\u7247", None))
        self.tabs.setTabText(self.tabs.indexOf(self.resultsTab), QCoreApplication.translate("RoomScreen", u"\u68c0\u67e5\u7ed3\u679c", None))
        ___qtablewidgetitem9 = self.rectTable.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("RoomScreen", u"\u95ee\u9898\u9879\u76ee", None))
        ___qtablewidgetitem10 = self.rectTable.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("RoomScreen", u"\u6574\u6539\u63aa\u65bd", None))
        ___qtablewidgetitem11 = self.rectTable.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("RoomScreen", u"\u8d23\u4efb\u4eba", None))
        ___qtablewidgetitem12 = self.rectTable.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("RoomScreen", u"\u6574\u6539\u671f\u9650", None))
        ___qtablewidgetitem13 = self.rectTable.horizontalHeaderItem(4)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("RoomScreen", u"\u5b8c\u6210\u65e5\u671f", None))
        ___qtablewidgetitem14 = self.rectTable.horizontalHeaderItem(5)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("RoomScreen", u"\u72b6\u6001", None))
        self.editRectButton.setText(QCoreApplication.translate("RoomScreen", u"\u586b\u5199\u6574\u6539\u60c5\u51b5\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rectTab), QCoreApplication.translate("RoomScreen", u"\u6574\u6539", None))
        self.compareLabel.setText("")
        ___qtablewidgetitem15 = self.compareTable.horizontalHeaderItem(0)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("RoomScreen", u"\u68c0\u67e5\u9879\u76ee", None))
        ___qtablewidgetitem16 = self.compareTable.horizontalHeaderItem(1)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("RoomScreen", u"\u4e0a\u6b21", None))
        ___qtablewidgetitem17 = self.compareTable.horizontalHeaderItem(2)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("RoomScreen", u"\u672c\u6b21", None))
        ___qtablewidgetitem18 = self.compareTable.horizontalHeaderItem(3)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("RoomScreen", u"\u53d8\u5316", None))
        self.tabs.setTabText(self.tabs.indexOf(self.compareTab), QCoreApplication.translate("RoomScreen", u"\u4e0e\u4e0a\u6b21\u6bd4\u8f83", None))
        self.allPassButton.setText(QCoreApplication.translate("RoomScreen", u"\u672a\u586b\u5199\u7684\u8bbe\u4e3a\u8fbe\u6807", None))
        self.addPhotoButton.setText(QCoreApplication.translate("RoomScreen", u"\u6dfb\u52a0\u7167\u7247\u2026", None))
        self.viewPhotoButton.setText(QCoreApplication.translate("RoomScreen", u"\u67e5\u770b\u7167\u7247", None))
        self.removePhotoButton.setText(QCoreApplication.translate("RoomScreen", u"\u79fb\u9664\u7167\u7247", None))
        self.photoPreview.setText("")
        self.scoreLabel.setText("")
        self.dirtyLabel.setProperty(u"role", QCoreApplication.translate("RoomScreen", u"warning", None))
        self.dirtyLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("RoomScreen", u"\u6253\u5370\u68c0\u67e5\u8bb0\u5f55", None))
        self.saveButton.setText(QCoreApplication.translate("RoomScreen", u"\u4fdd\u5b58\u68c0\u67e5", None))
        pass
    # retranslateUi

