# GENERATED from forms/members_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_MembersScreen(object):
    def setupUi(self, MembersScreen):
        if not MembersScreen.objectName():
            MembersScreen.setObjectName(u"MembersScreen")
        MembersScreen.resize(1100, 760)
        self.mainLayout = QVBoxLayout(MembersScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 16, 24, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(MembersScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(MembersScreen)
        self.countLabel.setObjectName(u"countLabel")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.mainLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(MembersScreen)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(260, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.groupLabel = QLabel(MembersScreen)
        self.groupLabel.setObjectName(u"groupLabel")

        self.filterLayout.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(MembersScreen)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setMinimumSize(QSize(180, 0))

        self.filterLayout.addWidget(self.groupCombo)

        self.categoryLabel = QLabel(MembersScreen)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterLayout.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(MembersScreen)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.categoryCombo)

        self.includeInactiveCheck = QCheckBox(MembersScreen)
        self.includeInactiveCheck.setObjectName(u"includeInactiveCheck")

        self.filterLayout.addWidget(self.includeInactiveCheck)

        self.showIdsCheck = QCheckBox(MembersScreen)
        self.showIdsCheck.setObjectName(u"showIdsCheck")

        self.filterLayout.addWidget(self.showIdsCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(8)
        self.actionLayout.setObjectName(u"actionLayout")
        self.newButton = QPushButton(MembersScreen)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"primary", True)

        self.actionLayout.addWidget(self.newButton)

        self.editButton = QPushButton(MembersScreen)
        self.editButton.setObjectName(u"editButton")

        self.actionLayout.addWidget(self.editButton)

        self.statusButton = QPushButton(MembersScreen)
        self.statusButton.setObjectName(u"statusButton")

        self.actionLayout.addWidget(self.statusButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.importButton = QPushButton(MembersScreen)
        self.importButton.setObjectName(u"importButton")

        self.actionLayout.addWidget(self.importButton)

        self.templateButton = QPushButton(MembersScreen)
        self.templateButton.setObjectName(u"templateButton")

        self.actionLayout.addWidget(self.templateButton)

        self.exportXlsxButton = QPushButton(MembersScreen)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.actionLayout.addWidget(self.exportXlsxButton)

        self.printButton = QPushButton(MembersScreen)
        self.printButton.setObjectName(u"printButton")

        self.actionLayout.addWidget(self.printButton)

        self.exportPdfButton = QPushButton(MembersScreen)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.actionLayout.addWidget(self.exportPdfButton)


        self.mainLayout.addLayout(self.actionLayout)

        self.contentStack = QStackedWidget(MembersScreen)
        self.contentStack.setObjectName(u"contentStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.membersView = QTableView(self.tablePage)
        self.membersView.setObjectName(u"membersView")
        self.membersView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.membersView.setAlternatingRowColors(True)
        self.membersView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.membersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.membersView.setSortingEnabled(True)
        self.membersView.setWordWrap(False)
        self.membersView.setTabKeyNavigation(False)

        self.tableLayout.addWidget(self.membersView)

        self.noMatchLabel = QLabel(self.tablePage)
        self.noMatchLabel.setObjectName(u"noMatchLabel")

        self.tableLayout.addWidget(self.noMatchLabel)

        self.contentStack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(8, 40, -1, -1)
        self.emptyTitleLabel = QLabel(self.emptyPage)
        self.emptyTitleLabel.setObjectName(u"emptyTitleLabel")

        self.emptyLayout.addWidget(self.emptyTitleLabel)

        self.emptyMessageLabel = QLabel(self.emptyPage)
        self.emptyMessageLabel.setObjectName(u"emptyMessageLabel")
        self.emptyMessageLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyMessageLabel)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setSpacing(10)
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyNewButton = QPushButton(self.emptyPage)
        self.emptyNewButton.setObjectName(u"emptyNewButton")
        self.emptyNewButton.setProperty(u"primary", True)

        self.emptyButtons.addWidget(self.emptyNewButton)

        self.emptyTemplateButton = QPushButton(self.emptyPage)
        self.emptyTemplateButton.setObjectName(u"emptyTemplateButton")

        self.emptyButtons.addWidget(self.emptyTemplateButton)

        self.emptyImportButton = QPushButton(self.emptyPage)
        self.emptyImportButton.setObjectName(u"emptyImportButton")

        self.emptyButtons.addWidget(self.emptyImportButton)

        self.emptySettingsButton = QPushButton(self.emptyPage)
        self.emptySettingsButton.setObjectName(u"emptySettingsButton")
        self.emptySettingsButton.setProperty(u"primary", True)

        self.emptyButtons.addWidget(self.emptySettingsButton)

        self.emptyButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyButtonsSpacer)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)

        self.contentStack.addWidget(self.emptyPage)

        self.mainLayout.addWidget(self.contentStack)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.includeInactiveCheck)
        QWidget.setTabOrder(self.includeInactiveCheck, self.showIdsCheck)
        QWidget.setTabOrder(self.showIdsCheck, self.membersView)
        QWidget.setTabOrder(self.membersView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.statusButton)
        QWidget.setTabOrder(self.statusButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.exportXlsxButton)
        QWidget.setTabOrder(self.exportXlsxButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportPdfButton)
        QWidget.setTabOrder(self.exportPdfButton, self.emptyNewButton)
        QWidget.setTabOrder(self.emptyNewButton, self.emptyTemplateButton)
        QWidget.setTabOrder(self.emptyTemplateButton, self.emptyImportButton)
        QWidget.setTabOrder(self.emptyImportButton, self.emptySettingsButton)

        self.retranslateUi(MembersScreen)
    # setupUi

    def retranslateUi(self, MembersScreen):
        self.titleLabel.setText(QCoreApplication.translate("MembersScreen", u"\u515a\u5458", None))
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("MembersScreen", u"title", None))
        self.countLabel.setText("")
        self.countLabel.setProperty(u"role", QCoreApplication.translate("MembersScreen", u"hint", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MembersScreen", u"\u67e5\u627e\u59d3\u540d\u3001\u5c97\u4f4d\u6216\u7535\u8bdd\uff08Ctrl+F\uff09", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("MembersScreen", u"\u67e5\u627e", None))
#endif // QT_CONFIG(accessibility)
        self.groupLabel.setText(QCoreApplication.translate("MembersScreen", u"\u515a\u5c0f\u7ec4(&G)", None))
        self.categoryLabel.setText(QCoreApplication.translate("MembersScreen", u"\u7c7b\u522b(&K)", None))
        self.includeInactiveCheck.setText(QCoreApplication.translate("MembersScreen", u"\u542b\u5df2\u8f6c\u51fa", None))
#if QT_CONFIG(tooltip)
        self.includeInactiveCheck.setToolTip(QCoreApplication.translate("MembersScreen", u"\u540c\u65f6\u663e\u793a\u5df2\u8f6c\u51fa\u3001\u53bb\u4e16\u7b49\u4e0d\u5728\u518c\u7684\u515a\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.showIdsCheck.setText(QCoreApplication.translate("MembersScreen", u"\u663e\u793a\u5b8c\u6574\u8eab\u4efd\u8bc1\u53f7", None))
        self.newButton.setText(QCoreApplication.translate("MembersScreen", u"\u65b0\u589e\u515a\u5458", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("MembersScreen", u"\u65b0\u589e\u4e00\u540d\u515a\u5458\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("MembersScreen", u"\u7f16\u8f91", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("MembersScreen", u"\u4fee\u6539\u6240\u9009\u515a\u5458\u7684\u4fe1\u606f\uff08\u56de\u8f66\u6216\u53cc\u51fb\u4e5f\u53ef\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.statusButton.setText(QCoreApplication.translate("MembersScreen", u"\u53d8\u66f4\u72b6\u6001\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusButton.setToolTip(QCoreApplication.translate("MembersScreen", u"\u8f6c\u51fa\u3001\u53bb\u4e16\u7b49\uff1a\u8bb0\u5f55\u72b6\u6001\u548c\u65e5\u671f\uff0c\u4e0d\u4f1a\u5220\u9664\u515a\u5458\uff0c\u5386\u53f2\u8bb0\u5f55\u4fdd\u7559", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("MembersScreen", u"\u5bfc\u5165\u540d\u518c\u2026", None))
        self.templateButton.setText(QCoreApplication.translate("MembersScreen", u"\u4e0b\u8f7d\u5bfc\u5165\u6a21\u677f\u2026", None))
        self.exportXlsxButton.setText(QCoreApplication.translate("MembersScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.printButton.setText(QCoreApplication.translate("MembersScreen", u"\u6253\u5370\u540d\u518c\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("MembersScreen", u"\u9884\u89c8\u5e76\u6253\u5370\u515a\u5458\u540d\u518c\uff08Ctrl+P\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.exportPdfButton.setText(QCoreApplication.translate("MembersScreen", u"\u5bfc\u51faPDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.membersView.setAccessibleName(QCoreApplication.translate("MembersScreen", u"\u515a\u5458\u540d\u5355", None))
#endif // QT_CONFIG(accessibility)
        self.noMatchLabel.setText(QCoreApplication.translate("MembersScreen", u"\u6ca1\u6709\u7b26\u5408\u6761\u4ef6\u7684\u515a\u5458\u3002\u8bf7\u4fee\u6539\u67e5\u627e\u5185\u5bb9\uff0c\u6216\u9009\u62e9\u201c\u5168\u90e8\u515a\u5c0f\u7ec4\u201d\u201c\u5168\u90e8\u7c7b\u522b\u201d\u3002", None))
        self.noMatchLabel.setProperty(u"role", QCoreApplication.translate("MembersScreen", u"hint", None))
        self.emptyTitleLabel.setText(QCoreApplication.translate("MembersScreen", u"\u8fd8\u6ca1\u6709\u515a\u5458", None))
        self.emptyTitleLabel.setStyleSheet(QCoreApplication.translate("MembersScreen", u"font-size: 14pt; font-weight: bold;", None))
        self.emptyMessageLabel.setText("")
        self.emptyMessageLabel.setProperty(u"role", QCoreApplication.translate("MembersScreen", u"hint", None))
        self.emptyNewButton.setText(QCoreApplication.translate("MembersScreen", u"\u65b0\u589e\u515a\u5458", None))
        self.emptyTemplateButton.setText(QCoreApplication.translate("MembersScreen", u"\u4e0b\u8f7d\u5bfc\u5165\u6a21\u677f\u2026", None))
        self.emptyImportButton.setText(QCoreApplication.translate("MembersScreen", u"\u4eceExcel\u5bfc\u5165\u540d\u518c\u2026", None))
        self.emptySettingsButton.setText(QCoreApplication.translate("MembersScreen", u"\u586b\u5199\u515a\u652f\u90e8\u4fe1\u606f", None))
        pass
    # retranslateUi

