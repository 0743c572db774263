# GENERATED from forms/settings_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets.branch_profile import BranchProfileWidget

class Ui_SettingsScreen(object):
    def setupUi(self, SettingsScreen):
        if not SettingsScreen.objectName():
            SettingsScreen.setObjectName(u"SettingsScreen")
        SettingsScreen.resize(1100, 760)
        self.mainLayout = QVBoxLayout(SettingsScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 16, 24, 16)
        self.titleLabel = QLabel(SettingsScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(SettingsScreen)
        self.tabs.setObjectName(u"tabs")
        self.branchTab = QWidget()
        self.branchTab.setObjectName(u"branchTab")
        self.branchLayout = QVBoxLayout(self.branchTab)
        self.branchLayout.setObjectName(u"branchLayout")
        self.hqLabel = QLabel(self.branchTab)
        self.hqLabel.setObjectName(u"hqLabel")
        self.hqLabel.setWordWrap(True)

        self.branchLayout.addWidget(self.hqLabel)

        self.branchScroll = QScrollArea(self.branchTab)
        self.branchScroll.setObjectName(u"branchScroll")
        self.branchScroll.setWidgetResizable(True)
        self.branchScroll.setFrameShape(QFrame.NoFrame)
        self.branchScrollContents = QWidget()
        self.branchScrollContents.setObjectName(u"branchScrollContents")
        self.branchScrollLayout = QVBoxLayout(self.branchScrollContents)
        self.branchScrollLayout.setObjectName(u"branchScrollLayout")
        self.profileForm = BranchProfileWidget(self.branchScrollContents)
        self.profileForm.setObjectName(u"profileForm")

        self.branchScrollLayout.addWidget(self.profileForm)

        self.branchScroll.setWidget(self.branchScrollContents)

        self.branchLayout.addWidget(self.branchScroll)

        self.branchButtons = QHBoxLayout()
        self.branchButtons.setObjectName(u"branchButtons")
        self.savedLabel = QLabel(self.branchTab)
        self.savedLabel.setObjectName(u"savedLabel")

        self.branchButtons.addWidget(self.savedLabel)

        self.branchButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.branchButtons.addItem(self.branchButtonsSpacer)

        self.revertBranchButton = QPushButton(self.branchTab)
        self.revertBranchButton.setObjectName(u"revertBranchButton")

        self.branchButtons.addWidget(self.revertBranchButton)

        self.saveBranchButton = QPushButton(self.branchTab)
        self.saveBranchButton.setObjectName(u"saveBranchButton")
        self.saveBranchButton.setProperty(u"primary", True)

        self.branchButtons.addWidget(self.saveBranchButton)


        self.branchLayout.addLayout(self.branchButtons)

        self.tabs.addTab(self.branchTab, "")
        self.groupsTab = QWidget()
        self.groupsTab.setObjectName(u"groupsTab")
        self.groupsLayout = QVBoxLayout(self.groupsTab)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsHint = QLabel(self.groupsTab)
        self.groupsHint.setObjectName(u"groupsHint")
        self.groupsHint.setWordWrap(True)

        self.groupsLayout.addWidget(self.groupsHint)

        self.groupsTable = QTableWidget(self.groupsTab)
        self.groupsTable.setObjectName(u"groupsTable")
        self.groupsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.groupsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.groupsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.groupsTable.setTabKeyNavigation(False)

        self.groupsLayout.addWidget(self.groupsTable)

        self.groupsEmptyLabel = QLabel(self.groupsTab)
        self.groupsEmptyLabel.setObjectName(u"groupsEmptyLabel")
        self.groupsEmptyLabel.setWordWrap(True)

        self.groupsLayout.addWidget(self.groupsEmptyLabel)

        self.groupButtons = QHBoxLayout()
        self.groupButtons.setObjectName(u"groupButtons")
        self.addGroupButton = QPushButton(self.groupsTab)
        self.addGroupButton.setObjectName(u"addGroupButton")

        self.groupButtons.addWidget(self.addGroupButton)

        self.editGroupButton = QPushButton(self.groupsTab)
        self.editGroupButton.setObjectName(u"editGroupButton")

        self.groupButtons.addWidget(self.editGroupButton)

        self.deleteGroupButton = QPushButton(self.groupsTab)
        self.deleteGroupButton.setObjectName(u"deleteGroupButton")

        self.groupButtons.addWidget(self.deleteGroupButton)

        self.groupButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupButtons.addItem(self.groupButtonsSpacer)


        self.groupsLayout.addLayout(self.groupButtons)

        self.tabs.addTab(self.groupsTab, "")

        self.mainLayout.addWidget(self.tabs)


        self.retranslateUi(SettingsScreen)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, SettingsScreen):
        self.titleLabel.setText(QCoreApplication.translate("SettingsScreen", u"\u8bbe\u7f6e", None))
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("SettingsScreen", u"title", None))
        self.hqLabel.setText("")
        self.hqLabel.setProperty(u"role", QCoreApplication.translate("SettingsScreen", u"warning", None))
        self.branchScroll.setStyleSheet(QCoreApplication.translate("SettingsScreen", u"QScrollArea, QScrollArea > QWidget > QWidget#branchScrollContents { background: transparent; }", None))
        self.savedLabel.setText("")
        self.savedLabel.setProperty(u"role", QCoreApplication.translate("SettingsScreen", u"hint", None))
        self.revertBranchButton.setText(QCoreApplication.translate("SettingsScreen", u"\u653e\u5f03\u4fee\u6539", None))
        self.saveBranchButton.setText(QCoreApplication.translate("SettingsScreen", u"\u4fdd\u5b58\u652f\u90e8\u4fe1\u606f", None))
#if QT_CONFIG(tooltip)
        self.saveBranchButton.setToolTip(QCoreApplication.translate("SettingsScreen", u"\u4fdd\u5b58\uff08Ctrl+S\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.branchTab), QCoreApplication.translate("SettingsScreen", u"\u652f\u90e8\u4fe1\u606f", None))
        self.groupsHint.setText(QCoreApplication.translate("SettingsScreen", u"\u515a\u5458\u8f83\u591a\u7684\u515a\u652f\u90e8\u53ef\u5212\u5206\u515a\u5c0f\u7ec4\uff0c\u6bcf\u4e2a\u515a\u5c0f\u7ec4\u8bbe\u7ec4\u957f\u4e00\u540d\u3002\u5220\u9664\u515a\u5c0f\u7ec4\u4e0d\u4f1a\u5220\u9664\u515a\u5458\uff0c\u5176\u6210\u5458\u53d8\u4e3a\u201c\u672a\u5206\u7ec4\u201d\u3002", None))
        self.groupsHint.setProperty(u"role", QCoreApplication.translate("SettingsScreen", u"hint", None))
#if QT_CONFIG(accessibility)
        self.groupsTable.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"\u515a\u5c0f\u7ec4\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.groupsEmptyLabel.setText(QCoreApplication.translate("SettingsScreen", u"\u8fd8\u6ca1\u6709\u515a\u5c0f\u7ec4\u3002\u70b9\u51fb\u201c\u65b0\u589e\u515a\u5c0f\u7ec4\u2026\u201d\u5efa\u7acb\u7b2c\u4e00\u4e2a\uff1b\u515a\u5458\u4eba\u6570\u4e0d\u591a\u7684\u515a\u652f\u90e8\u4e5f\u53ef\u4ee5\u4e0d\u8bbe\u515a\u5c0f\u7ec4\u3002", None))
        self.groupsEmptyLabel.setProperty(u"role", QCoreApplication.translate("SettingsScreen", u"hint", None))
        self.addGroupButton.setText(QCoreApplication.translate("SettingsScreen", u"\u65b0\u589e\u515a\u5c0f\u7ec4\u2026", None))
        self.editGroupButton.setText(QCoreApplication.translate("SettingsScreen", u"\u6539\u540d/\u8bbe\u7ec4\u957f\u2026", None))
        self.deleteGroupButton.setText(QCoreApplication.translate("SettingsScreen", u"\u5220\u9664", None))
        self.tabs.setTabText(self.tabs.indexOf(self.groupsTab), QCoreApplication.translate("SettingsScreen", u"\u515a\u5c0f\u7ec4", None))
        pass
    # retranslateUi

