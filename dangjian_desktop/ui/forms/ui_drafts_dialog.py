# GENERATED from forms/drafts_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DraftsDialog(object):
    def setupUi(self, DraftsDialog):
        if not DraftsDialog.objectName():
            DraftsDialog.setObjectName(u"DraftsDialog")
        DraftsDialog.resize(620, 360)
        self.layout = QVBoxLayout(DraftsDialog)
        self.layout.setObjectName(u"layout")
        self.messageLabel = QLabel(DraftsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.draftsList = QListWidget(DraftsDialog)
        self.draftsList.setObjectName(u"draftsList")
        self.draftsList.setAlternatingRowColors(True)

        self.layout.addWidget(self.draftsList)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.openButton = QPushButton(DraftsDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setProperty(u"primary", True)

        self.buttons.addWidget(self.openButton)

        self.discardButton = QPushButton(DraftsDialog)
        self.discardButton.setObjectName(u"discardButton")

        self.buttons.addWidget(self.discardButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.laterButton = QPushButton(DraftsDialog)
        self.laterButton.setObjectName(u"laterButton")

        self.buttons.addWidget(self.laterButton)


        self.layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.draftsList, self.openButton)
        QWidget.setTabOrder(self.openButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.laterButton)

        self.retranslateUi(DraftsDialog)

        self.openButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DraftsDialog):
        DraftsDialog.setWindowTitle(QCoreApplication.translate("DraftsDialog", u"\u672a\u4fdd\u5b58\u7684\u5185\u5bb9", None))
        self.messageLabel.setText(QCoreApplication.translate("DraftsDialog", u"\u4e0a\u6b21\u5173\u95ed\u7a0b\u5e8f\u65f6\uff08\u6216\u505c\u7535\u3001\u6b7b\u673a\u65f6\uff09\uff0c\u4e0b\u9762\u8fd9\u4e9b\u6b63\u5728\u586b\u5199\u7684\u5185\u5bb9\u8fd8\u6ca1\u6709\u4fdd\u5b58\u3002\u53ef\u4ee5\u6253\u5f00\u7ee7\u7eed\u586b\u5199\uff0c\u4e5f\u53ef\u4ee5\u4e0d\u8981\u4e86\u3002", None))
        self.openButton.setText(QCoreApplication.translate("DraftsDialog", u"\u6253\u5f00\u7ee7\u7eed\u586b\u5199", None))
        self.discardButton.setText(QCoreApplication.translate("DraftsDialog", u"\u4e0d\u8981\u4e86\u2026", None))
        self.laterButton.setText(QCoreApplication.translate("DraftsDialog", u"\u4ee5\u540e\u518d\u8bf4", None))
    # retranslateUi

