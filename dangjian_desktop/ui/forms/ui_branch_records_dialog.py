# GENERATED from forms/branch_records_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_BranchRecordsDialog(object):
    def setupUi(self, BranchRecordsDialog):
        if not BranchRecordsDialog.objectName():
            BranchRecordsDialog.setObjectName(u"BranchRecordsDialog")
        BranchRecordsDialog.resize(1100, 720)
        self.layout = QVBoxLayout(BranchRecordsDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(BranchRecordsDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(BranchRecordsDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.tabs = QTabWidget(BranchRecordsDialog)
        self.tabs.setObjectName(u"tabs")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsLayout = QVBoxLayout(self.documentsTab)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsList = QListWidget(self.documentsTab)
        self.documentsList.setObjectName(u"documentsList")

        self.documentsLayout.addWidget(self.documentsList)

        self.documentsButtons = QHBoxLayout()
        self.documentsButtons.setObjectName(u"documentsButtons")
        self.openDocumentButton = QPushButton(self.documentsTab)
        self.openDocumentButton.setObjectName(u"openDocumentButton")

        self.documentsButtons.addWidget(self.openDocumentButton)

        self.documentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentsButtons.addItem(self.documentsSpacer)


        self.documentsLayout.addLayout(self.documentsButtons)

        self.tabs.addTab(self.documentsTab, "")

        self.layout.addWidget(self.tabs)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(BranchRecordsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(BranchRecordsDialog)

        self.closeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, BranchRecordsDialog):
        BranchRecordsDialog.setWindowTitle(QCoreApplication.translate("BranchRecordsDialog", u"\u515a\u652f\u90e8\u8bb0\u5f55\uff08\u53ea\u8bfb\uff09", None))
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("BranchRecordsDialog", u"title", None))
        self.titleLabel.setText("")
        self.infoLabel.setProperty(u"role", QCoreApplication.translate("BranchRecordsDialog", u"hint", None))
        self.infoLabel.setText("")
#if QT_CONFIG(accessibility)
        self.documentsList.setAccessibleName(QCoreApplication.translate("BranchRecordsDialog", u"\u6253\u5370\u6587\u6863", None))
#endif // QT_CONFIG(accessibility)
        self.openDocumentButton.setText(QCoreApplication.translate("BranchRecordsDialog", u"\u9884\u89c8\u6240\u9009\u6587\u6863(&O)\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("BranchRecordsDialog", u"\u6253\u5370\u6587\u6863", None))
        self.closeButton.setText(QCoreApplication.translate("BranchRecordsDialog", u"\u5173\u95ed", None))
    # retranslateUi

