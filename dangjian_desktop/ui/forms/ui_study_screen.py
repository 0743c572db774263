# GENERATED from forms/study_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_StudyScreen(object):
    def setupUi(self, StudyScreen):
        if not StudyScreen.objectName():
            StudyScreen.setObjectName(u"StudyScreen")
        self.mainLayout = QVBoxLayout(StudyScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(StudyScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.yearLabel = QLabel(StudyScreen)
        self.yearLabel.setObjectName(u"yearLabel")

        self.headerRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(StudyScreen)
        self.yearCombo.setObjectName(u"yearCombo")

        self.headerRow.addWidget(self.yearCombo)


        self.mainLayout.addLayout(self.headerRow)

        self.tabs = QTabWidget(StudyScreen)
        self.tabs.setObjectName(u"tabs")
        self.hoursTab = QWidget()
        self.hoursTab.setObjectName(u"hoursTab")
        self.hoursLayout = QVBoxLayout(self.hoursTab)
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.rulesLabel = QLabel(self.hoursTab)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.hoursLayout.addWidget(self.rulesLabel)

        self.hoursSplitter = QSplitter(self.hoursTab)
        self.hoursSplitter.setObjectName(u"hoursSplitter")
        self.hoursSplitter.setOrientation(Qt.Horizontal)
        self.hoursSplitter.setChildrenCollapsible(False)
        self.hoursTable = QTableWidget(self.hoursSplitter)
        self.hoursTable.setObjectName(u"hoursTable")
        self.hoursTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.hoursTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.hoursTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.hoursSplitter.addWidget(self.hoursTable)
        self.trainingPanel = QWidget(self.hoursSplitter)
        self.trainingPanel.setObjectName(u"trainingPanel")
        self.trainingLayout = QVBoxLayout(self.trainingPanel)
        self.trainingLayout.setObjectName(u"trainingLayout")
        self.trainingLayout.setContentsMargins(0, 0, 0, 0)
        self.trainingTitle = QLabel(self.trainingPanel)
        self.trainingTitle.setObjectName(u"trainingTitle")

        self.trainingLayout.addWidget(self.trainingTitle)

        self.trainingHint = QLabel(self.trainingPanel)
        self.trainingHint.setObjectName(u"trainingHint")
        self.trainingHint.setWordWrap(True)

        self.trainingLayout.addWidget(self.trainingHint)

        self.trainingsTable = QTableWidget(self.trainingPanel)
        self.trainingsTable.setObjectName(u"trainingsTable")
        self.trainingsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.trainingsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.trainingsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.trainingLayout.addWidget(self.trainingsTable)

        self.trainingButtons = QHBoxLayout()
        self.trainingButtons.setObjectName(u"trainingButtons")
        self.addTrainingButton = QPushButton(self.trainingPanel)
        self.addTrainingButton.setObjectName(u"addTrainingButton")

        self.trainingButtons.addWidget(self.addTrainingButton)

        self.editTrainingButton = QPushButton(self.trainingPanel)
        self.editTrainingButton.setObjectName(u"editTrainingButton")

        self.trainingButtons.addWidget(self.editTrainingButton)

        self.deleteTrainingButton = QPushButton(self.trainingPanel)
        self.deleteTrainingButton.setObjectName(u"deleteTrainingButton")

        self.trainingButtons.addWidget(self.deleteTrainingButton)

        self.trainingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trainingButtons.addItem(self.trainingSpacer)


        self.trainingLayout.addLayout(self.trainingButtons)

        self.hoursSplitter.addWidget(self.trainingPanel)

        self.hoursLayout.addWidget(self.hoursSplitter)

        self.hoursBottom = QHBoxLayout()
        self.hoursBottom.setObjectName(u"hoursBottom")
        self.summaryLabel = QLabel(self.hoursTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.hoursBottom.addWidget(self.summaryLabel)

        self.exportHoursButton = QPushButton(self.hoursTab)
        self.exportHoursButton.setObjectName(u"exportHoursButton")

        self.hoursBottom.addWidget(self.exportHoursButton)

        self.printHoursButton = QPushButton(self.hoursTab)
        self.printHoursButton.setObjectName(u"printHoursButton")

        self.hoursBottom.addWidget(self.printHoursButton)

        self.hoursBottom.setStretch(0, 1)

        self.hoursLayout.addLayout(self.hoursBottom)

        self.hoursLayout.setStretch(1, 1)
        self.tabs.addTab(self.hoursTab, "")
        self.firstTopicTab = QWidget()
        self.firstTopicTab.setObjectName(u"firstTopicTab")
        self.firstTopicLayout = QVBoxLayout(self.firstTopicTab)
        self.firstTopicLayout.setObjectName(u"firstTopicLayout")
        self.shareLabel = QLabel(self.firstTopicTab)
        self.shareLabel.setObjectName(u"shareLabel")
        self.shareLabel.setWordWrap(True)

        self.firstTopicLayout.addWidget(self.shareLabel)

        self.firstTopicTable = QTableWidget(self.firstTopicTab)
        self.firstTopicTable.setObjectName(u"firstTopicTable")
        self.firstTopicTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.firstTopicTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.firstTopicTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.firstTopicLayout.addWidget(self.firstTopicTable)

        self.firstTopicBottom = QHBoxLayout()
        self.firstTopicBottom.setObjectName(u"firstTopicBottom")
        self.editStudyButton = QPushButton(self.firstTopicTab)
        self.editStudyButton.setObjectName(u"editStudyButton")

        self.firstTopicBottom.addWidget(self.editStudyButton)

        self.openMeetingButton = QPushButton(self.firstTopicTab)
        self.openMeetingButton.setObjectName(u"openMeetingButton")

        self.firstTopicBottom.addWidget(self.openMeetingButton)

        self.firstTopicHint = QLabel(self.firstTopicTab)
        self.firstTopicHint.setObjectName(u"firstTopicHint")
        self.firstTopicHint.setWordWrap(True)

        self.firstTopicBottom.addWidget(self.firstTopicHint)

        self.exportFirstTopicButton = QPushButton(self.firstTopicTab)
        self.exportFirstTopicButton.setObjectName(u"exportFirstTopicButton")

        self.firstTopicBottom.addWidget(self.exportFirstTopicButton)

        self.printFirstTopicButton = QPushButton(self.firstTopicTab)
        self.printFirstTopicButton.setObjectName(u"printFirstTopicButton")

        self.firstTopicBottom.addWidget(self.printFirstTopicButton)

        self.firstTopicBottom.setStretch(2, 1)

        self.firstTopicLayout.addLayout(self.firstTopicBottom)

        self.firstTopicLayout.setStretch(1, 1)
        self.tabs.addTab(self.firstTopicTab, "")

        self.mainLayout.addWidget(self.tabs)


        self.retranslateUi(StudyScreen)
    # setupUi

    def retranslateUi(self, StudyScreen):
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("StudyScreen", u"title", None))
        self.titleLabel.setText(QCoreApplication.translate("StudyScreen", u"\u5b66\u4e60", None))
        self.yearLabel.setText(QCoreApplication.translate("StudyScreen", u"\u5e74\u5ea6\uff1a", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("StudyScreen", u"\u5e74\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.rulesLabel.setText("")
        self.rulesLabel.setProperty(u"role", QCoreApplication.translate("StudyScreen", u"hint", None))
#if QT_CONFIG(accessibility)
        self.hoursTable.setAccessibleName(QCoreApplication.translate("StudyScreen", u"\u515a\u5458\u5b66\u4e60\u5b66\u65f6", None))
#endif // QT_CONFIG(accessibility)
        self.trainingTitle.setText(QCoreApplication.translate("StudyScreen", u"\u5176\u4ed6\u5b66\u4e60\u767b\u8bb0", None))
        self.trainingTitle.setProperty(u"role", QCoreApplication.translate("StudyScreen", u"section", None))
        self.trainingHint.setText(QCoreApplication.translate("StudyScreen", u"\u4e0a\u7ea7\u7ec4\u7ec7\u7684\u57f9\u8bad\u73ed\u3001\u7f51\u7edc\u5b66\u4e60\u3001\u4e13\u9898\u8bb2\u5ea7\u7b49\uff0c\u6309\u4eba\u767b\u8bb0\u5b66\u65f6\u3002", None))
        self.trainingHint.setProperty(u"role", QCoreApplication.translate("StudyScreen", u"hint", None))
#if QT_CONFIG(accessibility)
        self.trainingsTable.setAccessibleName(QCoreApplication.translate("StudyScreen", u"\u5176\u4ed6\u5b66\u4e60\u767b\u8bb0", None))
#endif // QT_CONFIG(accessibility)
        self.addTrainingButton.setText(QCoreApplication.translate("StudyScreen", u"\u767b\u8bb0\u2026", None))
        self.editTrainingButton.setText(QCoreApplication.translate("StudyScreen", u"\u4fee\u6539\u2026", None))
        self.deleteTrainingButton.setText(QCoreApplication.translate("StudyScreen", u"\u5220\u9664", None))
        self.summaryLabel.setText("")
        self.exportHoursButton.setText(QCoreApplication.translate("StudyScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.printHoursButton.setText(QCoreApplication.translate("StudyScreen", u"\u6253\u5370\u7edf\u8ba1\u8868", None))
        self.tabs.setTabText(self.tabs.indexOf(self.hoursTab), QCoreApplication.translate("StudyScreen", u"\u515a\u5458\u5b66\u4e60\u5b66\u65f6", None))
        self.shareLabel.setText("")
#if QT_CONFIG(accessibility)
        self.firstTopicTable.setAccessibleName(QCoreApplication.translate("StudyScreen", u"\u7b2c\u4e00\u8bae\u9898\u5b66\u4e60\u53f0\u8d26", None))
#endif // QT_CONFIG(accessibility)
        self.editStudyButton.setText(QCoreApplication.translate("StudyScreen", u"\u8865\u767b\u53f0\u8d26\u2026", None))
        self.openMeetingButton.setText(QCoreApplication.translate("StudyScreen", u"\u6253\u5f00\u4f1a\u8bae\u8bb0\u5f55", None))
        self.firstTopicHint.setText(QCoreApplication.translate("StudyScreen", u"\u53cc\u51fb\u4e00\u884c\u53ef\u8865\u767b\u5b66\u4e60\u7bc7\u76ee\u3001\u51fa\u5904\u3001\u9886\u5b66\u4eba\u3001\u5b66\u4e60\u5f62\u5f0f\u548c\u8d2f\u5f7b\u843d\u5b9e\u63aa\u65bd\u3002", None))
        self.firstTopicHint.setProperty(u"role", QCoreApplication.translate("StudyScreen", u"hint", None))
        self.exportFirstTopicButton.setText(QCoreApplication.translate("StudyScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.printFirstTopicButton.setText(QCoreApplication.translate("StudyScreen", u"\u6253\u5370\u53f0\u8d26", None))
        self.tabs.setTabText(self.tabs.indexOf(self.firstTopicTab), QCoreApplication.translate("StudyScreen", u"\u7b2c\u4e00\u8bae\u9898\u5b66\u4e60\u53f0\u8d26", None))
        pass
    # retranslateUi

