# GENERATED from forms/pledge_settings.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_PledgeSettings(object):
    def setupUi(self, PledgeSettings):
        if not PledgeSettings.objectName():
            PledgeSettings.setObjectName(u"PledgeSettings")
        self.layout = QVBoxLayout(PledgeSettings)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(PledgeSettings)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.lists = QHBoxLayout()
        self.lists.setObjectName(u"lists")
        self.categoriesBox = QVBoxLayout()
        self.categoriesBox.setObjectName(u"categoriesBox")
        self.categoriesLabel = QLabel(PledgeSettings)
        self.categoriesLabel.setObjectName(u"categoriesLabel")

        self.categoriesBox.addWidget(self.categoriesLabel)

        self.categoriesEdit = QPlainTextEdit(PledgeSettings)
        self.categoriesEdit.setObjectName(u"categoriesEdit")
        self.categoriesEdit.setTabChangesFocus(True)

        self.categoriesBox.addWidget(self.categoriesEdit)


        self.lists.addLayout(self.categoriesBox)

        self.gradesBox = QVBoxLayout()
        self.gradesBox.setObjectName(u"gradesBox")
        self.gradesLabel = QLabel(PledgeSettings)
        self.gradesLabel.setObjectName(u"gradesLabel")

        self.gradesBox.addWidget(self.gradesLabel)

        self.gradesEdit = QPlainTextEdit(PledgeSettings)
        self.gradesEdit.setObjectName(u"gradesEdit")
        self.gradesEdit.setTabChangesFocus(True)

        self.gradesBox.addWidget(self.gradesEdit)


        self.lists.addLayout(self.gradesBox)


        self.layout.addLayout(self.lists)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.defaultsButton = QPushButton(PledgeSettings)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.buttons.addWidget(self.defaultsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(PledgeSettings)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.categoriesLabel.setBuddy(self.categoriesEdit)
        self.gradesLabel.setBuddy(self.gradesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PledgeSettings)
    # setupUi

    def retranslateUi(self, PledgeSettings):
        self.hintLabel.setText(QCoreApplication.translate("PledgeSettings", u"\u6bcf\u884c\u4e00\u9879\u3002\u627f\u8bfa\u7c7b\u522b\u7528\u4e8e\u586b\u5199\u627f\u8bfa\u548c\u5bfc\u5165\u8868\u683c\uff1b\u8bc4\u5b9a\u7b49\u6b21\u7528\u4e8e\u5e74\u7ec8\u8bc4\u8bfa\u3002\u5df2\u4f7f\u7528\u7684\u65e7\u7c7b\u522b\u548c\u7b49\u6b21\u4ecd\u4f1a\u7167\u5e38\u663e\u793a\u3002", None))
        self.categoriesLabel.setText(QCoreApplication.translate("PledgeSettings", u"\u627f\u8bfa\u7c7b\u522b\uff1a", None))
        self.gradesLabel.setText(QCoreApplication.translate("PledgeSettings", u"\u8bc4\u8bfa\u7b49\u6b21\uff1a", None))
        self.defaultsButton.setText(QCoreApplication.translate("PledgeSettings", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.saveButton.setText(QCoreApplication.translate("PledgeSettings", u"\u4fdd\u5b58", None))
        pass
    # retranslateUi

