# GENERATED from forms/meetings_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QTableWidget,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_MeetingsScreen(object):
    def setupUi(self, MeetingsScreen):
        if not MeetingsScreen.objectName():
            MeetingsScreen.setObjectName(u"MeetingsScreen")
        self.mainLayout = QVBoxLayout(MeetingsScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 16, 24, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(MeetingsScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newButton = QPushButton(MeetingsScreen)
        self.newButton.setObjectName(u"newButton")

        self.headerLayout.addWidget(self.newButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(MeetingsScreen)
        self.tabs.setObjectName(u"tabs")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listLayout = QVBoxLayout(self.listTab)
        self.listLayout.setObjectName(u"listLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(self.listTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.listTab)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumWidth(90)

        self.filterLayout.addWidget(self.yearCombo)

        self.typeLabel = QLabel(self.listTab)
        self.typeLabel.setObjectName(u"typeLabel")

        self.filterLayout.addWidget(self.typeLabel)

        self.typeCombo = QComboBox(self.listTab)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setMinimumWidth(130)

        self.filterLayout.addWidget(self.typeCombo)

        self.groupLabel = QLabel(self.listTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.filterLayout.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(self.listTab)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setMinimumWidth(160)

        self.filterLayout.addWidget(self.groupCombo)

        self.filterEdit = QLineEdit(self.listTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.countLabel = QLabel(self.listTab)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.listLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(self.listTab)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setSortingEnabled(False)

        self.listLayout.addWidget(self.tableView)

        self.emptyLabel = QLabel(self.listTab)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.listLayout.addWidget(self.emptyLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.openButton = QPushButton(self.listTab)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.printButton = QPushButton(self.listTab)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.pdfButton = QPushButton(self.listTab)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actionsLayout.addWidget(self.pdfButton)

        self.signinButton = QPushButton(self.listTab)
        self.signinButton.setObjectName(u"signinButton")

        self.actionsLayout.addWidget(self.signinButton)

        self.deleteButton = QPushButton(self.listTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.yearRecordsButton = QPushButton(self.listTab)
        self.yearRecordsButton.setObjectName(u"yearRecordsButton")

        self.actionsLayout.addWidget(self.yearRecordsButton)

        self.bookButton = QPushButton(self.listTab)
        self.bookButton.setObjectName(u"bookButton")

        self.actionsLayout.addWidget(self.bookButton)


        self.listLayout.addLayout(self.actionsLayout)

        self.tabs.addTab(self.listTab, "")
        self.searchTab = QWidget()
        self.searchTab.setObjectName(u"searchTab")
        self.searchLayout = QVBoxLayout(self.searchTab)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchBarLayout = QHBoxLayout()
        self.searchBarLayout.setObjectName(u"searchBarLayout")
        self.searchEdit = QLineEdit(self.searchTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchBarLayout.addWidget(self.searchEdit)

        self.searchButton = QPushButton(self.searchTab)
        self.searchButton.setObjectName(u"searchButton")

        self.searchBarLayout.addWidget(self.searchButton)


        self.searchLayout.addLayout(self.searchBarLayout)

        self.searchInfoLabel = QLabel(self.searchTab)
        self.searchInfoLabel.setObjectName(u"searchInfoLabel")
        self.searchInfoLabel.setWordWrap(True)

        self.searchLayout.addWidget(self.searchInfoLabel)

        self.resultsBrowser = QTextBrowser(self.searchTab)
        self.resultsBrowser.setObjectName(u"resultsBrowser")
        self.resultsBrowser.setOpenLinks(False)

        self.searchLayout.addWidget(self.resultsBrowser)

        self.tabs.addTab(self.searchTab, "")
        self.calendarTab = QWidget()
        self.calendarTab.setObjectName(u"calendarTab")
        self.calendarLayout = QVBoxLayout(self.calendarTab)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.calendarBarLayout = QHBoxLayout()
        self.calendarBarLayout.setObjectName(u"calendarBarLayout")
        self.calendarYearLabel = QLabel(self.calendarTab)
        self.calendarYearLabel.setObjectName(u"calendarYearLabel")

        self.calendarBarLayout.addWidget(self.calendarYearLabel)

        self.calendarYearCombo = QComboBox(self.calendarTab)
        self.calendarYearCombo.setObjectName(u"calendarYearCombo")
        self.calendarYearCombo.setMinimumWidth(90)

        self.calendarBarLayout.addWidget(self.calendarYearCombo)

        self.legendLabel = QLabel(self.calendarTab)
        self.legendLabel.setObjectName(u"legendLabel")

        self.calendarBarLayout.addWidget(self.legendLabel)

        self.calendarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.calendarBarLayout.addItem(self.calendarSpacer)


        self.calendarLayout.addLayout(self.calendarBarLayout)

        self.calendarTable = QTableWidget(self.calendarTab)
        self.calendarTable.setObjectName(u"calendarTable")
        self.calendarTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.calendarTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.calendarLayout.addWidget(self.calendarTable)

        self.calendarSummaryLabel = QLabel(self.calendarTab)
        self.calendarSummaryLabel.setObjectName(u"calendarSummaryLabel")
        self.calendarSummaryLabel.setWordWrap(True)

        self.calendarLayout.addWidget(self.calendarSummaryLabel)

        self.inactivityBox = QGroupBox(self.calendarTab)
        self.inactivityBox.setObjectName(u"inactivityBox")
        self.inactivityLayout = QVBoxLayout(self.inactivityBox)
        self.inactivityLayout.setObjectName(u"inactivityLayout")
        self.inactivityLabel = QLabel(self.inactivityBox)
        self.inactivityLabel.setObjectName(u"inactivityLabel")
        self.inactivityLabel.setWordWrap(True)
        self.inactivityLabel.setTextFormat(Qt.RichText)

        self.inactivityLayout.addWidget(self.inactivityLabel)


        self.calendarLayout.addWidget(self.inactivityBox)

        self.tabs.addTab(self.calendarTab, "")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceBarLayout = QHBoxLayout()
        self.attendanceBarLayout.setObjectName(u"attendanceBarLayout")
        self.attendanceYearLabel = QLabel(self.attendanceTab)
        self.attendanceYearLabel.setObjectName(u"attendanceYearLabel")

        self.attendanceBarLayout.addWidget(self.attendanceYearLabel)

        self.attendanceYearCombo = QComboBox(self.attendanceTab)
        self.attendanceYearCombo.setObjectName(u"attendanceYearCombo")
        self.attendanceYearCombo.setMinimumWidth(90)

        self.attendanceBarLayout.addWidget(self.attendanceYearCombo)

        self.attendanceInfoLabel = QLabel(self.attendanceTab)
        self.attendanceInfoLabel.setObjectName(u"attendanceInfoLabel")

        self.attendanceBarLayout.addWidget(self.attendanceInfoLabel)

        self.attendanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceBarLayout.addItem(self.attendanceSpacer)


        self.attendanceLayout.addLayout(self.attendanceBarLayout)

        self.attendanceTable = QTableWidget(self.attendanceTab)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.attendanceTable.setAlternatingRowColors(True)
        self.attendanceTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.attendanceLayout.addWidget(self.attendanceTable)

        self.tabs.addTab(self.attendanceTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.calendarYearLabel.setBuddy(self.calendarYearCombo)
        self.attendanceYearLabel.setBuddy(self.attendanceYearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.tableView)
        QWidget.setTabOrder(self.tableView, self.openButton)
        QWidget.setTabOrder(self.openButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.signinButton)
        QWidget.setTabOrder(self.signinButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.yearRecordsButton)
        QWidget.setTabOrder(self.yearRecordsButton, self.bookButton)

        self.retranslateUi(MeetingsScreen)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, MeetingsScreen):
        self.titleLabel.setText(QCoreApplication.translate("MeetingsScreen", u"\u4f1a\u8bae\u8bb0\u5f55\uff08\u4e09\u4f1a\u4e00\u8bfe\uff09", None))
        self.newButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u65b0\u5efa\u4f1a\u8bae\u8bb0\u5f55\u2026", None))
#if QT_CONFIG(shortcut)
        self.newButton.setShortcut(QCoreApplication.translate("MeetingsScreen", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("MeetingsScreen", u"\u767b\u8bb0\u4e00\u6b21\u4f1a\u8bae\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("MeetingsScreen", u"\u5e74\u5ea6", None))
        self.typeLabel.setText(QCoreApplication.translate("MeetingsScreen", u"\u7c7b\u578b", None))
        self.groupLabel.setText(QCoreApplication.translate("MeetingsScreen", u"\u515a\u5c0f\u7ec4", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MeetingsScreen", u"\u6309\u540d\u79f0\u3001\u5730\u70b9\u3001\u4e3b\u6301\u4eba\u7b5b\u9009", None))
        self.countLabel.setText("")
        self.emptyLabel.setText(QCoreApplication.translate("MeetingsScreen", u"\u8fd8\u6ca1\u6709\u4f1a\u8bae\u8bb0\u5f55\u3002\u70b9\u51fb\u53f3\u4e0a\u89d2\u201c\u65b0\u5efa\u4f1a\u8bae\u8bb0\u5f55\u2026\u201d\u767b\u8bb0\u7b2c\u4e00\u6b21\u4f1a\u8bae\uff1b\u4f1a\u524d\u53ef\u5148\u767b\u8bb0\u4e3a\u8ba1\u5212\u5e76\u6253\u5370\u7b7e\u5230\u8868\u3002", None))
        self.openButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u6253\u5f00", None))
        self.printButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u6253\u5370\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u5bfc\u51faPDF\u2026", None))
        self.signinButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u6253\u5370\u7b7e\u5230\u8868\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u5220\u9664\u8349\u7a3f", None))
        self.yearRecordsButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u6253\u5370\u5168\u5e74\u5404\u6b21\u8bb0\u5f55\u2026", None))
#if QT_CONFIG(tooltip)
        self.yearRecordsButton.setToolTip(QCoreApplication.translate("MeetingsScreen", u"\u628a\u6240\u9009\u5e74\u5ea6\u6bcf\u4e00\u6b21\u5b9a\u7a3f\u7684\u4f1a\u8bae\u8bb0\u5f55\u4e00\u6b21\u6253\u5370\u51fa\u6765\uff08\u6bcf\u6b21\u8bb0\u5f55\u4ece\u65b0\u7684\u4e00\u5f20\u7eb8\u5f00\u59cb\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.bookButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u6253\u5370\u5168\u5e74\u4f1a\u8bae\u8bb0\u5f55\u672c\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("MeetingsScreen", u"\u4f1a\u8bae\u8bb0\u5f55", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MeetingsScreen", u"\u8f93\u5165\u8981\u67e5\u627e\u7684\u8bcd\uff0c\u4f8b\u5982\uff1a\u6362\u5c4a\u3001\u515a\u8bfe\u3001\u5b89\u5168\u751f\u4ea7\uff08\u591a\u4e2a\u8bcd\u7528\u7a7a\u683c\u5206\u5f00\uff09", None))
        self.searchButton.setText(QCoreApplication.translate("MeetingsScreen", u"\u641c\u7d22", None))
        self.searchInfoLabel.setText(QCoreApplication.translate("MeetingsScreen", u"\u5728\u4f1a\u8bae\u540d\u79f0\u3001\u8bae\u9898\u3001\u4f1a\u8bae\u8bb0\u5f55\u548c\u51b3\u8bae\u4e2d\u67e5\u627e\u3002\u70b9\u51fb\u7ed3\u679c\u53ef\u6253\u5f00\u8be5\u6b21\u4f1a\u8bae\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.searchTab), QCoreApplication.translate("MeetingsScreen", u"\u5168\u6587\u641c\u7d22", None))
        self.calendarYearLabel.setText(QCoreApplication.translate("MeetingsScreen", u"\u5e74\u5ea6", None))
        self.legendLabel.setText("")
        self.calendarSummaryLabel.setText("")
        self.inactivityBox.setTitle(QCoreApplication.translate("MeetingsScreen", u"\u8fde\u7eed\u672a\u53c2\u52a0\u7ec4\u7ec7\u751f\u6d3b\u7684\u515a\u5458\uff08\u515a\u7ae0\uff1a\u65e0\u6b63\u5f53\u7406\u7531\u8fde\u7eed\u516d\u4e2a\u6708\u4e0d\u53c2\u52a0\u89c6\u4e3a\u81ea\u884c\u8131\u515a\uff09", None))
        self.inactivityLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.calendarTab), QCoreApplication.translate("MeetingsScreen", u"\u5b8c\u6210\u60c5\u51b5", None))
        self.attendanceYearLabel.setText(QCoreApplication.translate("MeetingsScreen", u"\u5e74\u5ea6", None))
        self.attendanceInfoLabel.setText(QCoreApplication.translate("MeetingsScreen", u"\u6309\u8be5\u5e74\u6bcf\u6b21\u4f1a\u8bae\u7684\u5e94\u5230\u540d\u5355\u7edf\u8ba1\uff08\u542b\u515a\u5c0f\u7ec4\u4f1a\u3001\u652f\u59d4\u4f1a\u7b49\u672c\u4eba\u5e94\u53c2\u52a0\u7684\u4f1a\u8bae\uff09\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendanceTab), QCoreApplication.translate("MeetingsScreen", u"\u51fa\u52e4\u7edf\u8ba1", None))
        pass
    # retranslateUi

