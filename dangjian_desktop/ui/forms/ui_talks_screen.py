# GENERATED from forms/talks_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableWidget, QVBoxLayout,
    QWidget)

class Ui_TalksScreen(object):
    def setupUi(self, TalksScreen):
        if not TalksScreen.objectName():
            TalksScreen.setObjectName(u"TalksScreen")
        self.mainLayout = QVBoxLayout(TalksScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 14, 20, 14)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(TalksScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.spacer14 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.spacer14)

        self.yearLabel = QLabel(TalksScreen)
        self.yearLabel.setObjectName(u"yearLabel")

        self.titleRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(TalksScreen)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumWidth(110)

        self.titleRow.addWidget(self.yearCombo)

        self.newButton = QPushButton(TalksScreen)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"primary", True)

        self.titleRow.addWidget(self.newButton)


        self.mainLayout.addLayout(self.titleRow)

        self.summaryLabel = QLabel(TalksScreen)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(TalksScreen)
        self.tabs.setObjectName(u"tabs")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listLayout = QVBoxLayout(self.listTab)
        self.listLayout.setObjectName(u"listLayout")
        self.listTools = QHBoxLayout()
        self.listTools.setObjectName(u"listTools")
        self.filterLabel = QLabel(self.listTab)
        self.filterLabel.setObjectName(u"filterLabel")

        self.listTools.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(self.listTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.setMaximumWidth(240)

        self.listTools.addWidget(self.filterEdit)

        self.spacer15 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listTools.addItem(self.spacer15)

        self.openButton = QPushButton(self.listTab)
        self.openButton.setObjectName(u"openButton")

        self.listTools.addWidget(self.openButton)

        self.deleteButton = QPushButton(self.listTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listTools.addWidget(self.deleteButton)

        self.printOneButton = QPushButton(self.listTab)
        self.printOneButton.setObjectName(u"printOneButton")

        self.listTools.addWidget(self.printOneButton)

        self.exportButton = QPushButton(self.listTab)
        self.exportButton.setObjectName(u"exportButton")

        self.listTools.addWidget(self.exportButton)


        self.listLayout.addLayout(self.listTools)

        self.talksTable = QTableWidget(self.listTab)
        self.talksTable.setObjectName(u"talksTable")
        self.talksTable.setAlternatingRowColors(True)
        self.talksTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.talksTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.talksTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.talksTable.setWordWrap(True)

        self.listLayout.addWidget(self.talksTable)

        self.emptyLabel = QLabel(self.listTab)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.listLayout.addWidget(self.emptyLabel)

        self.tabs.addTab(self.listTab, "")
        self.coverageTab = QWidget()
        self.coverageTab.setObjectName(u"coverageTab")
        self.coverageLayout = QVBoxLayout(self.coverageTab)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.coverageLabel = QLabel(self.coverageTab)
        self.coverageLabel.setObjectName(u"coverageLabel")
        self.coverageLabel.setWordWrap(True)

        self.coverageLayout.addWidget(self.coverageLabel)

        self.splitter = QSplitter(self.coverageTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.matrixTable = QTableWidget(self.splitter)
        self.matrixTable.setObjectName(u"matrixTable")
        self.matrixTable.setAlternatingRowColors(True)
        self.matrixTable.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.matrixTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.matrixTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.matrixTable.setWordWrap(True)
        self.splitter.addWidget(self.matrixTable)
        self.missingBox = QWidget(self.splitter)
        self.missingBox.setObjectName(u"missingBox")
        self.missingLayout = QVBoxLayout(self.missingBox)
        self.missingLayout.setObjectName(u"missingLayout")
        self.missingLayout.setContentsMargins(0, 0, 0, 0)
        self.missingTitle = QLabel(self.missingBox)
        self.missingTitle.setObjectName(u"missingTitle")

        self.missingLayout.addWidget(self.missingTitle)

        self.missingTable = QTableWidget(self.missingBox)
        self.missingTable.setObjectName(u"missingTable")
        self.missingTable.setAlternatingRowColors(True)
        self.missingTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.missingTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.missingTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.missingTable.setWordWrap(True)

        self.missingLayout.addWidget(self.missingTable)

        self.withoutLabel = QLabel(self.missingBox)
        self.withoutLabel.setObjectName(u"withoutLabel")
        self.withoutLabel.setWordWrap(True)

        self.missingLayout.addWidget(self.withoutLabel)

        self.splitter.addWidget(self.missingBox)

        self.coverageLayout.addWidget(self.splitter)

        self.coverageButtons = QHBoxLayout()
        self.coverageButtons.setObjectName(u"coverageButtons")
        self.talkPairButton = QPushButton(self.coverageTab)
        self.talkPairButton.setObjectName(u"talkPairButton")

        self.coverageButtons.addWidget(self.talkPairButton)

        self.spacer16 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.coverageButtons.addItem(self.spacer16)

        self.registerButton = QPushButton(self.coverageTab)
        self.registerButton.setObjectName(u"registerButton")

        self.coverageButtons.addWidget(self.registerButton)

        self.exportMatrixButton = QPushButton(self.coverageTab)
        self.exportMatrixButton.setObjectName(u"exportMatrixButton")

        self.coverageButtons.addWidget(self.exportMatrixButton)


        self.coverageLayout.addLayout(self.coverageButtons)

        self.coverageLayout.setStretch(1, 1)
        self.tabs.addTab(self.coverageTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TalksScreen)
    # setupUi

    def retranslateUi(self, TalksScreen):
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("TalksScreen", u"title", None))
        self.titleLabel.setText(QCoreApplication.translate("TalksScreen", u"\u8c08\u5fc3\u8c08\u8bdd", None))
        self.yearLabel.setText(QCoreApplication.translate("TalksScreen", u"\u5e74\u4efd\uff1a", None))
        self.newButton.setText(QCoreApplication.translate("TalksScreen", u"\u767b\u8bb0\u8c08\u8bdd\u2026", None))
        self.summaryLabel.setProperty(u"role", QCoreApplication.translate("TalksScreen", u"hint", None))
        self.summaryLabel.setText("")
        self.filterLabel.setText(QCoreApplication.translate("TalksScreen", u"\u67e5\u627e\uff1a", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("TalksScreen", u"\u59d3\u540d\u6216\u5185\u5bb9", None))
        self.openButton.setText(QCoreApplication.translate("TalksScreen", u"\u4fee\u6539\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("TalksScreen", u"\u5220\u9664", None))
        self.printOneButton.setText(QCoreApplication.translate("TalksScreen", u"\u6253\u5370\u8c08\u8bdd\u8bb0\u5f55\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("TalksScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.emptyLabel.setProperty(u"role", QCoreApplication.translate("TalksScreen", u"hint", None))
        self.emptyLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("TalksScreen", u"\u8c08\u8bdd\u8bb0\u5f55", None))
        self.coverageLabel.setProperty(u"role", QCoreApplication.translate("TalksScreen", u"hint", None))
        self.coverageLabel.setText("")
        self.missingTitle.setText(QCoreApplication.translate("TalksScreen", u"\u6309\u89c4\u5b9a\u5e94\u8c08\u800c\u672a\u8c08\uff1a", None))
        self.withoutLabel.setProperty(u"role", QCoreApplication.translate("TalksScreen", u"hint", None))
        self.withoutLabel.setText("")
        self.talkPairButton.setText(QCoreApplication.translate("TalksScreen", u"\u4e3a\u6240\u9009\u4e24\u4eba\u767b\u8bb0\u8c08\u8bdd\u2026", None))
        self.registerButton.setText(QCoreApplication.translate("TalksScreen", u"\u6253\u5370\u8c08\u5fc3\u8c08\u8bdd\u767b\u8bb0\u518c\u2026", None))
        self.exportMatrixButton.setText(QCoreApplication.translate("TalksScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.coverageTab), QCoreApplication.translate("TalksScreen", u"\u8c08\u8bdd\u60c5\u51b5", None))
        pass
    # retranslateUi

