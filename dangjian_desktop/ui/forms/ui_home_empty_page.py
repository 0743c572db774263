# GENERATED from forms/home_empty_page.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HomeEmptyPage(object):
    def setupUi(self, HomeEmptyPage):
        if not HomeEmptyPage.objectName():
            HomeEmptyPage.setObjectName(u"HomeEmptyPage")
        self.emptyLayout = QVBoxLayout(HomeEmptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTitleLabel = QLabel(HomeEmptyPage)
        self.emptyTitleLabel.setObjectName(u"emptyTitleLabel")

        self.emptyLayout.addWidget(self.emptyTitleLabel)

        self.emptyLabel = QLabel(HomeEmptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.setupButton = QPushButton(HomeEmptyPage)
        self.setupButton.setObjectName(u"setupButton")

        self.emptyButtons.addWidget(self.setupButton)

        self.demoButton = QPushButton(HomeEmptyPage)
        self.demoButton.setObjectName(u"demoButton")

        self.emptyButtons.addWidget(self.demoButton)

        self.emptyButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyButtonsSpacer)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)

        QWidget.setTabOrder(self.setupButton, self.demoButton)

        self.retranslateUi(HomeEmptyPage)
    # setupUi

    def retranslateUi(self, HomeEmptyPage):
        self.emptyTitleLabel.setText(QCoreApplication.translate("HomeEmptyPage", u"\u6b22\u8fce\u4f7f\u7528\u515a\u652f\u90e8\u5de5\u4f5c\u53f0\u8d26", None))
        self.emptyLabel.setText(QCoreApplication.translate("HomeEmptyPage", u"\u8fd8\u6ca1\u6709\u586b\u5199\u515a\u652f\u90e8\u7684\u57fa\u672c\u4fe1\u606f\u3002\u8bf7\u5148\u586b\u5199\u515a\u652f\u90e8\u540d\u79f0\u3001\u4e0a\u7ea7\u515a\u59d4\u3001\u652f\u59d4\u4f1a\u548c\u672c\u5c4a\u9009\u4e3e\u65e5\u671f\uff0c\u518d\u5728\u201c\u515a\u5458\u201d\u4e2d\u5f55\u5165\u6216\u5bfc\u5165\u515a\u5458\u540d\u518c\u3002\u4e4b\u540e\u8fd9\u91cc\u4f1a\u663e\u793a\u672c\u6708\u5e94\u5f00\u7684\u4f1a\u8bae\u3001\u9700\u8981\u5904\u7406\u7684\u63d0\u9192\u4e8b\u9879\u548c\u5168\u5e74\u6982\u51b5\u3002\n"
"\u5982\u679c\u60f3\u5148\u770b\u770b\u8f6f\u4ef6\u7684\u6837\u5b50\uff0c\u53ef\u4ee5\u6253\u5f00\u6f14\u793a\u6570\u636e\uff1a\u5b83\u653e\u5728\u5355\u72ec\u7684\u6587\u4ef6\u5939\u91cc\uff0c\u4e0d\u4f1a\u6df7\u5165\u6b63\u5f0f\u6570\u636e\uff0c\u770b\u5b8c\u540e\u4e00\u952e\u6e05\u9664\u3002", None))
        self.setupButton.setText(QCoreApplication.translate("HomeEmptyPage", u"\u586b\u5199\u515a\u652f\u90e8\u4fe1\u606f", None))
        self.demoButton.setText(QCoreApplication.translate("HomeEmptyPage", u"\u5148\u7528\u6f14\u793a\u6570\u636e\u770b\u770b", None))
        pass
    # retranslateUi

