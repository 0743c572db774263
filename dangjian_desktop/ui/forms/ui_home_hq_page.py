# GENERATED from forms/home_hq_page.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_HomeHqPage(object):
    def setupUi(self, HomeHqPage):
        if not HomeHqPage.objectName():
            HomeHqPage.setObjectName(u"HomeHqPage")
        self.hqLayout = QVBoxLayout(HomeHqPage)
        self.hqLayout.setObjectName(u"hqLayout")
        self.hqLabel = QLabel(HomeHqPage)
        self.hqLabel.setObjectName(u"hqLabel")
        self.hqLabel.setWordWrap(True)

        self.hqLayout.addWidget(self.hqLabel)

        self.hqButtons = QHBoxLayout()
        self.hqButtons.setObjectName(u"hqButtons")
        self.exchangeButton = QPushButton(HomeHqPage)
        self.exchangeButton.setObjectName(u"exchangeButton")

        self.hqButtons.addWidget(self.exchangeButton)

        self.hqButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hqButtons.addItem(self.hqButtonsSpacer)


        self.hqLayout.addLayout(self.hqButtons)

        self.hqSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hqLayout.addItem(self.hqSpacer)


        self.retranslateUi(HomeHqPage)
    # setupUi

    def retranslateUi(self, HomeHqPage):
        self.hqLabel.setText("")
        self.exchangeButton.setText(QCoreApplication.translate("HomeHqPage", u"\u6253\u5f00\u201c\u6570\u636e\u4ea4\u6362\u201d", None))
        pass
    # retranslateUi

