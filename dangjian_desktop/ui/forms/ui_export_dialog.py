# GENERATED from forms/export_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(620, 660)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.targetGroup = QGroupBox(ExportDialog)
        self.targetGroup.setObjectName(u"targetGroup")
        self.targetLayout = QVBoxLayout(self.targetGroup)
        self.targetLayout.setObjectName(u"targetLayout")
        self.drivesHint = QLabel(self.targetGroup)
        self.drivesHint.setObjectName(u"drivesHint")
        self.drivesHint.setWordWrap(True)

        self.targetLayout.addWidget(self.drivesHint)

        self.drivesList = QListWidget(self.targetGroup)
        self.drivesList.setObjectName(u"drivesList")
        self.drivesList.setMinimumSize(QSize(0, 96))

        self.targetLayout.addWidget(self.drivesList)

        self.targetButtons = QHBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.refreshButton = QPushButton(self.targetGroup)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.targetButtons.addWidget(self.refreshButton)

        self.chooseFolderButton = QPushButton(self.targetGroup)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")
        self.chooseFolderButton.setAutoDefault(False)

        self.targetButtons.addWidget(self.chooseFolderButton)

        self.targetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetButtons.addItem(self.targetSpacer)


        self.targetLayout.addLayout(self.targetButtons)

        self.targetLabel = QLabel(self.targetGroup)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setWordWrap(True)

        self.targetLayout.addWidget(self.targetLabel)


        self.layout.addWidget(self.targetGroup)

        self.contentGroup = QGroupBox(ExportDialog)
        self.contentGroup.setObjectName(u"contentGroup")
        self.contentLayout = QVBoxLayout(self.contentGroup)
        self.contentLayout.setObjectName(u"contentLayout")
        self.fullRadio = QRadioButton(self.contentGroup)
        self.fullRadio.setObjectName(u"fullRadio")
        self.fullRadio.setChecked(True)

        self.contentLayout.addWidget(self.fullRadio)

        self.sinceLastRadio = QRadioButton(self.contentGroup)
        self.sinceLastRadio.setObjectName(u"sinceLastRadio")

        self.contentLayout.addWidget(self.sinceLastRadio)

        self.lastExportLabel = QLabel(self.contentGroup)
        self.lastExportLabel.setObjectName(u"lastExportLabel")
        self.lastExportLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.lastExportLabel)


        self.layout.addWidget(self.contentGroup)

        self.passwordGroup = QGroupBox(ExportDialog)
        self.passwordGroup.setObjectName(u"passwordGroup")
        self.passwordLayout = QFormLayout(self.passwordGroup)
        self.passwordLayout.setObjectName(u"passwordLayout")
        self.passwordLabel = QLabel(self.passwordGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.passwordGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.passwordLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(self.passwordGroup)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.passwordLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.passwordGroup)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.passwordLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.noEncryptCheck = QCheckBox(self.passwordGroup)
        self.noEncryptCheck.setObjectName(u"noEncryptCheck")

        self.passwordLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.noEncryptCheck)

        self.warningLabel = QLabel(self.passwordGroup)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.passwordLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.warningLabel)


        self.layout.addWidget(self.passwordGroup)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(True)

        self.layout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setProperty(u"primary", True)

        self.buttons.addWidget(self.exportButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.drivesList, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.fullRadio)
        QWidget.setTabOrder(self.fullRadio, self.sinceLastRadio)
        QWidget.setTabOrder(self.sinceLastRadio, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.noEncryptCheck)
        QWidget.setTabOrder(self.noEncryptCheck, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.closeButton)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u6570\u636e\u5305", None))
        self.targetGroup.setTitle(QCoreApplication.translate("ExportDialog", u"1. \u4fdd\u5b58\u5230\u54ea\u91cc", None))
        self.drivesHint.setText(QCoreApplication.translate("ExportDialog", u"\u8bf7\u63d2\u5165U\u76d8\uff0c\u7136\u540e\u5728\u4e0b\u9762\u9009\u62e9\u5b83\uff1b\u4e5f\u53ef\u4ee5\u9009\u62e9\u7535\u8111\u4e0a\u7684\u6587\u4ef6\u5939\u3002", None))
#if QT_CONFIG(accessibility)
        self.drivesList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"\u53ef\u79fb\u52a8\u78c1\u76d8", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("ExportDialog", u"\u5237\u65b0(&R)", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("ExportDialog", u"\u9009\u62e9\u6587\u4ef6\u5939(&F)\u2026", None))
        self.targetLabel.setText("")
        self.contentGroup.setTitle(QCoreApplication.translate("ExportDialog", u"2. \u5bfc\u51fa\u54ea\u4e9b\u6570\u636e", None))
        self.fullRadio.setText(QCoreApplication.translate("ExportDialog", u"\u5b8c\u6574\u6570\u636e\u5305\uff08\u5168\u90e8\u8bb0\u5f55\uff0c\u63a8\u8350\uff09", None))
        self.sinceLastRadio.setText(QCoreApplication.translate("ExportDialog", u"\u53ea\u5bfc\u51fa\u4e0a\u6b21\u5bfc\u51fa\u4ee5\u6765\u7684\u53d8\u5316\uff08\u589e\u91cf\uff09", None))
        self.lastExportLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"hint", None))
        self.lastExportLabel.setText("")
        self.passwordGroup.setTitle(QCoreApplication.translate("ExportDialog", u"3. \u8bbe\u7f6e\u5bc6\u7801\uff08\u4e0a\u7ea7\u515a\u59d4\u5bfc\u5165\u65f6\u9700\u8981\u8f93\u5165\uff09", None))
        self.passwordLabel.setText(QCoreApplication.translate("ExportDialog", u"\u5bc6\u7801(&P)\uff1a", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"\u81f3\u5c116\u4e2a\u5b57\u7b26", None))
        self.confirmLabel.setText(QCoreApplication.translate("ExportDialog", u"\u518d\u8f93\u4e00\u6b21(&C)\uff1a", None))
        self.noEncryptCheck.setText(QCoreApplication.translate("ExportDialog", u"\u4e0d\u52a0\u5bc6\uff08\u4e0d\u63a8\u8350\uff09", None))
        self.warningLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"warning", None))
        self.warningLabel.setText(QCoreApplication.translate("ExportDialog", u"\u6ce8\u610f\uff1a\u4e0d\u52a0\u5bc6\u7684\u6570\u636e\u5305\u4e2d\uff0c\u515a\u5458\u7684\u8eab\u4efd\u8bc1\u53f7\u3001\u7535\u8bdd\u7b49\u4e2a\u4eba\u4fe1\u606f\u4efb\u4f55\u62ff\u5230U\u76d8\u7684\u4eba\u90fd\u80fd\u8bfb\u53d6\u3002", None))
        self.statusLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa(&E)", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"\u5173\u95ed", None))
    # retranslateUi

