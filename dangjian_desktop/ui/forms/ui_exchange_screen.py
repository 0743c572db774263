# GENERATED from forms/exchange_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_ExchangeScreen(object):
    def setupUi(self, ExchangeScreen):
        if not ExchangeScreen.objectName():
            ExchangeScreen.setObjectName(u"ExchangeScreen")
        self.layout = QVBoxLayout(ExchangeScreen)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 16, 24, -1)
        self.titleLabel = QLabel(ExchangeScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.modeStack = QStackedWidget(ExchangeScreen)
        self.modeStack.setObjectName(u"modeStack")
        self.branchPage = QWidget()
        self.branchPage.setObjectName(u"branchPage")
        self.branchLayout = QVBoxLayout(self.branchPage)
        self.branchLayout.setObjectName(u"branchLayout")
        self.branchLayout.setContentsMargins(0, -1, -1, -1)
        self.branchIntroLabel = QLabel(self.branchPage)
        self.branchIntroLabel.setObjectName(u"branchIntroLabel")
        self.branchIntroLabel.setWordWrap(True)

        self.branchLayout.addWidget(self.branchIntroLabel)

        self.lastExportLabel = QLabel(self.branchPage)
        self.lastExportLabel.setObjectName(u"lastExportLabel")
        self.lastExportLabel.setWordWrap(True)

        self.branchLayout.addWidget(self.lastExportLabel)

        self.fingerprintLabel = QLabel(self.branchPage)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setWordWrap(True)
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.branchLayout.addWidget(self.fingerprintLabel)

        self.branchButtons = QHBoxLayout()
        self.branchButtons.setObjectName(u"branchButtons")
        self.exportButton = QPushButton(self.branchPage)
        self.exportButton.setObjectName(u"exportButton")

        self.branchButtons.addWidget(self.exportButton)

        self.branchButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.branchButtons.addItem(self.branchButtonSpacer)


        self.branchLayout.addLayout(self.branchButtons)

        self.branchSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.branchLayout.addItem(self.branchSpacer)

        self.modeStack.addWidget(self.branchPage)
        self.hqPage = QWidget()
        self.hqPage.setObjectName(u"hqPage")
        self.hqLayout = QVBoxLayout(self.hqPage)
        self.hqLayout.setObjectName(u"hqLayout")
        self.hqLayout.setContentsMargins(0, -1, -1, -1)
        self.hqIntroLabel = QLabel(self.hqPage)
        self.hqIntroLabel.setObjectName(u"hqIntroLabel")
        self.hqIntroLabel.setWordWrap(True)

        self.hqLayout.addWidget(self.hqIntroLabel)

        self.hqButtons = QHBoxLayout()
        self.hqButtons.setObjectName(u"hqButtons")
        self.hqPasswordLabel = QLabel(self.hqPage)
        self.hqPasswordLabel.setObjectName(u"hqPasswordLabel")

        self.hqButtons.addWidget(self.hqPasswordLabel)

        self.hqPasswordEdit = QLineEdit(self.hqPage)
        self.hqPasswordEdit.setObjectName(u"hqPasswordEdit")
        self.hqPasswordEdit.setEchoMode(QLineEdit.Password)
        self.hqPasswordEdit.setMaximumSize(QSize(220, 16777215))

        self.hqButtons.addWidget(self.hqPasswordEdit)

        self.importFilesButton = QPushButton(self.hqPage)
        self.importFilesButton.setObjectName(u"importFilesButton")

        self.hqButtons.addWidget(self.importFilesButton)

        self.importFolderButton = QPushButton(self.hqPage)
        self.importFolderButton.setObjectName(u"importFolderButton")

        self.hqButtons.addWidget(self.importFolderButton)

        self.hqButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hqButtons.addItem(self.hqButtonSpacer)

        self.printSummaryButton = QPushButton(self.hqPage)
        self.printSummaryButton.setObjectName(u"printSummaryButton")

        self.hqButtons.addWidget(self.printSummaryButton)


        self.hqLayout.addLayout(self.hqButtons)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(self.hqPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.cancelImportButton = QPushButton(self.hqPage)
        self.cancelImportButton.setObjectName(u"cancelImportButton")

        self.progressLayout.addWidget(self.cancelImportButton)


        self.hqLayout.addLayout(self.progressLayout)

        self.statusLabel = QLabel(self.hqPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.hqLayout.addWidget(self.statusLabel)

        self.resultsGroup = QGroupBox(self.hqPage)
        self.resultsGroup.setObjectName(u"resultsGroup")
        self.resultsLayout = QVBoxLayout(self.resultsGroup)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsTable = QTableWidget(self.resultsGroup)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setMaximumSize(QSize(16777215, 200))
        self.resultsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.resultsTable.setAlternatingRowColors(True)
        self.resultsTable.setWordWrap(True)

        self.resultsLayout.addWidget(self.resultsTable)


        self.hqLayout.addWidget(self.resultsGroup)

        self.branchesGroup = QGroupBox(self.hqPage)
        self.branchesGroup.setObjectName(u"branchesGroup")
        self.branchesLayout = QVBoxLayout(self.branchesGroup)
        self.branchesLayout.setObjectName(u"branchesLayout")
        self.emptyLabel = QLabel(self.branchesGroup)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.branchesLayout.addWidget(self.emptyLabel)

        self.branchesTable = QTableView(self.branchesGroup)
        self.branchesTable.setObjectName(u"branchesTable")
        self.branchesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.branchesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.branchesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.branchesTable.setAlternatingRowColors(True)

        self.branchesLayout.addWidget(self.branchesTable)

        self.branchesButtons = QHBoxLayout()
        self.branchesButtons.setObjectName(u"branchesButtons")
        self.viewBranchButton = QPushButton(self.branchesGroup)
        self.viewBranchButton.setObjectName(u"viewBranchButton")

        self.branchesButtons.addWidget(self.viewBranchButton)

        self.rekeyButton = QPushButton(self.branchesGroup)
        self.rekeyButton.setObjectName(u"rekeyButton")

        self.branchesButtons.addWidget(self.rekeyButton)

        self.branchesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.branchesButtons.addItem(self.branchesSpacer)


        self.branchesLayout.addLayout(self.branchesButtons)


        self.hqLayout.addWidget(self.branchesGroup)

        self.modeStack.addWidget(self.hqPage)

        self.layout.addWidget(self.modeStack)

#if QT_CONFIG(shortcut)
        self.hqPasswordLabel.setBuddy(self.hqPasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.exportButton, self.hqPasswordEdit)
        QWidget.setTabOrder(self.hqPasswordEdit, self.importFilesButton)
        QWidget.setTabOrder(self.importFilesButton, self.importFolderButton)
        QWidget.setTabOrder(self.importFolderButton, self.printSummaryButton)
        QWidget.setTabOrder(self.printSummaryButton, self.resultsTable)
        QWidget.setTabOrder(self.resultsTable, self.branchesTable)
        QWidget.setTabOrder(self.branchesTable, self.viewBranchButton)

        self.retranslateUi(ExchangeScreen)
    # setupUi

    def retranslateUi(self, ExchangeScreen):
        self.titleLabel.setText(QCoreApplication.translate("ExchangeScreen", u"\u6570\u636e\u4ea4\u6362", None))
        self.branchIntroLabel.setText(QCoreApplication.translate("ExchangeScreen", u"\u628a\u672c\u652f\u90e8\u7684\u5168\u90e8\u8bb0\u5f55\u5bfc\u51fa\u4e3a\u4e00\u4e2a\u6570\u636e\u5305\u6587\u4ef6\uff08\u9ed8\u8ba4\u52a0\u5bc6\uff09\uff0c\u590d\u5236\u5230U\u76d8\u4ea4\u7ed9\u4e0a\u7ea7\u515a\u59d4\u3002\u6570\u636e\u5305\u4e2d\u8fd8\u6709\u4eca\u5e74\u7684\u6253\u5370\u6587\u6863\uff08\u5982\u515a\u5458\u540d\u518c\uff09\uff0c\u4e0a\u7ea7\u515a\u59d4\u4e0d\u88c5\u672c\u7a0b\u5e8f\u4e5f\u80fd\u9605\u8bfb\u3002", None))
        self.lastExportLabel.setText("")
        self.fingerprintLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("ExchangeScreen", u"\u5bfc\u51fa\u6570\u636e\u5305\u5230U\u76d8(&E)\u2026", None))
        self.hqIntroLabel.setText("")
        self.hqPasswordLabel.setText(QCoreApplication.translate("ExchangeScreen", u"\u6570\u636e\u5305\u5bc6\u7801(&W)\uff1a", None))
        self.hqPasswordEdit.setPlaceholderText(QCoreApplication.translate("ExchangeScreen", u"\u652f\u90e8\u5bfc\u51fa\u65f6\u8bbe\u7f6e\u7684\u5bc6\u7801", None))
        self.importFilesButton.setText(QCoreApplication.translate("ExchangeScreen", u"\u5bfc\u5165\u6570\u636e\u5305(&I)\u2026", None))
        self.importFolderButton.setText(QCoreApplication.translate("ExchangeScreen", u"\u5bfc\u5165\u6587\u4ef6\u5939/U\u76d8(&D)\u2026", None))
        self.printSummaryButton.setText(QCoreApplication.translate("ExchangeScreen", u"\u6253\u5370\u6c47\u603b\u8868(&P)\u2026", None))
        self.cancelImportButton.setText(QCoreApplication.translate("ExchangeScreen", u"\u53d6\u6d88\u5bfc\u5165", None))
#if QT_CONFIG(tooltip)
        self.cancelImportButton.setToolTip(QCoreApplication.translate("ExchangeScreen", u"\u5bfc\u5165\u5b8c\u5f53\u524d\u8fd9\u4e2a\u6570\u636e\u5305\u540e\u505c\u6b62\uff1a\u5df2\u5bfc\u5165\u7684\u6570\u636e\u5305\u4fdd\u7559\uff0c\u5176\u4f59\u4e0d\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        self.resultsGroup.setTitle(QCoreApplication.translate("ExchangeScreen", u"\u672c\u6b21\u5bfc\u5165\u7ed3\u679c", None))
        self.branchesGroup.setTitle(QCoreApplication.translate("ExchangeScreen", u"\u5404\u515a\u652f\u90e8\u60c5\u51b5", None))
        self.emptyLabel.setText(QCoreApplication.translate("ExchangeScreen", u"\u8fd8\u6ca1\u6709\u5bfc\u5165\u4efb\u4f55\u515a\u652f\u90e8\u7684\u6570\u636e\u5305\u3002\u8bf7\u5728\u4e0a\u65b9\u8f93\u5165\u5bc6\u7801\uff0c\u70b9\u51fb\u201c\u5bfc\u5165\u6570\u636e\u5305\u2026\u201d\u9009\u62e9\u5404\u652f\u90e8\u4ea4\u6765\u7684 .djpkg \u6587\u4ef6\uff0c\u6216\u70b9\u51fb\u201c\u5bfc\u5165\u6587\u4ef6\u5939/U\u76d8\u2026\u201d\u4e00\u6b21\u5bfc\u5165U\u76d8\u4e0a\u7684\u5168\u90e8\u6570\u636e\u5305\u3002", None))
        self.viewBranchButton.setText(QCoreApplication.translate("ExchangeScreen", u"\u67e5\u770b\u8be5\u652f\u90e8\u8bb0\u5f55(&V)\u2026", None))
        self.rekeyButton.setText(QCoreApplication.translate("ExchangeScreen", u"\u66f4\u6362\u8be5\u652f\u90e8\u7684\u7b7e\u540d\u5bc6\u94a5(&K)\u2026", None))
#if QT_CONFIG(tooltip)
        self.rekeyButton.setToolTip(QCoreApplication.translate("ExchangeScreen", u"\u652f\u90e8\u6362\u4e86\u7535\u8111\u6216\u91cd\u65b0\u5b89\u88c5\u7a0b\u5e8f\u540e\uff0c\u7b7e\u540d\u5bc6\u94a5\u4f1a\u6539\u53d8\u3002\u8bf7\u5148\u7535\u8bdd\u6838\u5bf9\u652f\u90e8\u201c\u6570\u636e\u4ea4\u6362\u201d\u9875\u4e0a\u663e\u793a\u7684\u65b0\u6307\u7eb9\uff0c\u518d\u5728\u8fd9\u91cc\u767b\u8bb0\u3002", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

