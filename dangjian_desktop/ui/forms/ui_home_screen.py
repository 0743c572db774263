# GENERATED from forms/home_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableWidget, QVBoxLayout, QWidget)

class Ui_HomeScreen(object):
    def setupUi(self, HomeScreen):
        if not HomeScreen.objectName():
            HomeScreen.setObjectName(u"HomeScreen")
        self.layout = QVBoxLayout(HomeScreen)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 16, 24, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(HomeScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.dateLabel = QLabel(HomeScreen)
        self.dateLabel.setObjectName(u"dateLabel")

        self.headerRow.addWidget(self.dateLabel)


        self.layout.addLayout(self.headerRow)

        self.stack = QStackedWidget(HomeScreen)
        self.stack.setObjectName(u"stack")
        self.mainPage = QWidget()
        self.mainPage.setObjectName(u"mainPage")
        self.mainPageLayout = QVBoxLayout(self.mainPage)
        self.mainPageLayout.setObjectName(u"mainPageLayout")
        self.mainPageLayout.setContentsMargins(0, 0, 0, 0)
        self.mainScroll = QScrollArea(self.mainPage)
        self.mainScroll.setObjectName(u"mainScroll")
        self.mainScroll.setFrameShape(QFrame.NoFrame)
        self.mainScroll.setWidgetResizable(True)
        self.mainHost = QWidget()
        self.mainHost.setObjectName(u"mainHost")
        self.mainLayout = QVBoxLayout(self.mainHost)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 4, -1)
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.branchBox = QGroupBox(self.mainHost)
        self.branchBox.setObjectName(u"branchBox")
        self.branchForm = QFormLayout(self.branchBox)
        self.branchForm.setObjectName(u"branchForm")
        self.branchForm.setProperty(u"labelAlignment", u"AlignRight|AlignTop")
        self.nameCaption = QLabel(self.branchBox)
        self.nameCaption.setObjectName(u"nameCaption")

        self.branchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameValue = QLabel(self.branchBox)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setWordWrap(True)

        self.branchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.parentCaption = QLabel(self.branchBox)
        self.parentCaption.setObjectName(u"parentCaption")

        self.branchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentCaption)

        self.parentValue = QLabel(self.branchBox)
        self.parentValue.setObjectName(u"parentValue")
        self.parentValue.setWordWrap(True)

        self.branchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parentValue)

        self.membersCaption = QLabel(self.branchBox)
        self.membersCaption.setObjectName(u"membersCaption")

        self.branchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.membersCaption)

        self.membersValue = QLabel(self.branchBox)
        self.membersValue.setObjectName(u"membersValue")
        self.membersValue.setWordWrap(True)

        self.branchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.membersValue)

        self.groupsCaption = QLabel(self.branchBox)
        self.groupsCaption.setObjectName(u"groupsCaption")

        self.branchForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.groupsCaption)

        self.groupsValue = QLabel(self.branchBox)
        self.groupsValue.setObjectName(u"groupsValue")
        self.groupsValue.setWordWrap(True)

        self.branchForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groupsValue)

        self.committeeCaption = QLabel(self.branchBox)
        self.committeeCaption.setObjectName(u"committeeCaption")

        self.branchForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.committeeCaption)

        self.committeeValue = QLabel(self.branchBox)
        self.committeeValue.setObjectName(u"committeeValue")
        self.committeeValue.setWordWrap(True)

        self.branchForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.committeeValue)

        self.termCaption = QLabel(self.branchBox)
        self.termCaption.setObjectName(u"termCaption")

        self.branchForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.termCaption)

        self.termValue = QLabel(self.branchBox)
        self.termValue.setObjectName(u"termValue")
        self.termValue.setWordWrap(True)

        self.branchForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.termValue)


        self.topRow.addWidget(self.branchBox)

        self.remindersBox = QGroupBox(self.mainHost)
        self.remindersBox.setObjectName(u"remindersBox")
        self.remindersLayout = QVBoxLayout(self.remindersBox)
        self.remindersLayout.setObjectName(u"remindersLayout")
        self.remindersEmptyLabel = QLabel(self.remindersBox)
        self.remindersEmptyLabel.setObjectName(u"remindersEmptyLabel")
        self.remindersEmptyLabel.setWordWrap(True)

        self.remindersLayout.addWidget(self.remindersEmptyLabel)

        self.remindersButtons = QHBoxLayout()
        self.remindersButtons.setObjectName(u"remindersButtons")
        self.openReminderButton = QPushButton(self.remindersBox)
        self.openReminderButton.setObjectName(u"openReminderButton")

        self.remindersButtons.addWidget(self.openReminderButton)

        self.remindersButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remindersButtons.addItem(self.remindersButtonsSpacer)

        self.exportRemindersButton = QPushButton(self.remindersBox)
        self.exportRemindersButton.setObjectName(u"exportRemindersButton")

        self.remindersButtons.addWidget(self.exportRemindersButton)


        self.remindersLayout.addLayout(self.remindersButtons)


        self.topRow.addWidget(self.remindersBox)

        self.topRow.setStretch(0, 2)
        self.topRow.setStretch(1, 3)

        self.mainLayout.addLayout(self.topRow)

        self.glanceBox = QGroupBox(self.mainHost)
        self.glanceBox.setObjectName(u"glanceBox")
        self.glanceLayout = QVBoxLayout(self.glanceBox)
        self.glanceLayout.setObjectName(u"glanceLayout")
        self.statsGrid = QGridLayout()
        self.statsGrid.setObjectName(u"statsGrid")

        self.glanceLayout.addLayout(self.statsGrid)

        self.chartsHost = QWidget(self.glanceBox)
        self.chartsHost.setObjectName(u"chartsHost")
        self.chartsGrid = QGridLayout(self.chartsHost)
        self.chartsGrid.setObjectName(u"chartsGrid")
        self.chartsGrid.setContentsMargins(0, 0, 0, 0)

        self.glanceLayout.addWidget(self.chartsHost)

        self.glanceTable = QTableWidget(self.glanceBox)
        self.glanceTable.setObjectName(u"glanceTable")
        self.glanceTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.glanceTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.glanceTable.setAlternatingRowColors(True)
        self.glanceTable.setMinimumSize(QSize(0, 160))

        self.glanceLayout.addWidget(self.glanceTable)

        self.glanceButtons = QHBoxLayout()
        self.glanceButtons.setObjectName(u"glanceButtons")
        self.glanceHint = QLabel(self.glanceBox)
        self.glanceHint.setObjectName(u"glanceHint")

        self.glanceButtons.addWidget(self.glanceHint)

        self.glanceButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.glanceButtons.addItem(self.glanceButtonsSpacer)

        self.exportGlanceButton = QPushButton(self.glanceBox)
        self.exportGlanceButton.setObjectName(u"exportGlanceButton")

        self.glanceButtons.addWidget(self.exportGlanceButton)


        self.glanceLayout.addLayout(self.glanceButtons)


        self.mainLayout.addWidget(self.glanceBox)

        self.mainScroll.setWidget(self.mainHost)

        self.mainPageLayout.addWidget(self.mainScroll)

        self.stack.addWidget(self.mainPage)

        self.layout.addWidget(self.stack)

        QWidget.setTabOrder(self.openReminderButton, self.exportRemindersButton)
        QWidget.setTabOrder(self.exportRemindersButton, self.glanceTable)
        QWidget.setTabOrder(self.glanceTable, self.exportGlanceButton)

        self.retranslateUi(HomeScreen)
    # setupUi

    def retranslateUi(self, HomeScreen):
        self.titleLabel.setText(QCoreApplication.translate("HomeScreen", u"\u9996\u9875", None))
        self.dateLabel.setText("")
        self.branchBox.setTitle(QCoreApplication.translate("HomeScreen", u"\u515a\u652f\u90e8\u6982\u51b5", None))
        self.nameCaption.setText(QCoreApplication.translate("HomeScreen", u"\u515a\u652f\u90e8\uff1a", None))
        self.parentCaption.setText(QCoreApplication.translate("HomeScreen", u"\u4e0a\u7ea7\u515a\u59d4\uff1a", None))
        self.membersCaption.setText(QCoreApplication.translate("HomeScreen", u"\u515a\u5458\uff1a", None))
        self.groupsCaption.setText(QCoreApplication.translate("HomeScreen", u"\u515a\u5c0f\u7ec4\uff1a", None))
        self.committeeCaption.setText(QCoreApplication.translate("HomeScreen", u"\u652f\u59d4\u4f1a\uff1a", None))
        self.termCaption.setText(QCoreApplication.translate("HomeScreen", u"\u4efb\u671f\uff1a", None))
        self.remindersBox.setTitle(QCoreApplication.translate("HomeScreen", u"\u63d0\u9192\u4e8b\u9879", None))
        self.remindersEmptyLabel.setText(QCoreApplication.translate("HomeScreen", u"\u76ee\u524d\u6ca1\u6709\u9700\u8981\u5904\u7406\u7684\u63d0\u9192\u3002\u4f1a\u8bae\u3001\u8f6c\u6b63\u3001\u6362\u5c4a\u3001\u6574\u6539\u7b49\u5230\u671f\u524d\uff0c\u8fd9\u91cc\u4f1a\u63d0\u524d\u63d0\u793a\u3002", None))
        self.openReminderButton.setText(QCoreApplication.translate("HomeScreen", u"\u67e5\u770b\u76f8\u5173\u8bb0\u5f55", None))
#if QT_CONFIG(tooltip)
        self.openReminderButton.setToolTip(QCoreApplication.translate("HomeScreen", u"\u6253\u5f00\u6240\u9009\u63d0\u9192\u6d89\u53ca\u7684\u8bb0\u5f55\uff08\u4e5f\u53ef\u53cc\u51fb\u8be5\u884c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.exportRemindersButton.setText(QCoreApplication.translate("HomeScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.glanceBox.setTitle(QCoreApplication.translate("HomeScreen", u"\u5168\u5e74\u6982\u51b5", None))
        self.glanceHint.setText(QCoreApplication.translate("HomeScreen", u"\u56fe\u8868\u4e2d\u7684\u6570\u5b57\u4e0e\u4e0a\u8868\u4e00\u81f4\uff0c\u53ef\u5bfc\u51fa\u4e3aExcel\u3002", None))
        self.exportGlanceButton.setText(QCoreApplication.translate("HomeScreen", u"\u5bfc\u51faExcel\u2026", None))
        pass
    # retranslateUi

