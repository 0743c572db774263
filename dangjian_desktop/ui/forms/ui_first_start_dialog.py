# GENERATED from forms/first_start_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets.branch_profile import BranchProfileWidget

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(860, 640)
        self.mainLayout = QVBoxLayout(FirstStartDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 20, 28, 20)
        self.titleLabel = QLabel(FirstStartDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.stack = QStackedWidget(FirstStartDialog)
        self.stack.setObjectName(u"stack")
        self.choicePage = QWidget()
        self.choicePage.setObjectName(u"choicePage")
        self.choiceLayout = QVBoxLayout(self.choicePage)
        self.choiceLayout.setSpacing(10)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.introLabel = QLabel(self.choicePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.choiceLayout.addWidget(self.introLabel)

        self.profileButton = QPushButton(self.choicePage)
        self.profileButton.setObjectName(u"profileButton")
        self.profileButton.setMinimumSize(QSize(0, 48))

        self.choiceLayout.addWidget(self.profileButton)

        self.profileHint = QLabel(self.choicePage)
        self.profileHint.setObjectName(u"profileHint")
        self.profileHint.setWordWrap(True)

        self.choiceLayout.addWidget(self.profileHint)

        self.demoButton = QPushButton(self.choicePage)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setMinimumSize(QSize(0, 48))

        self.choiceLayout.addWidget(self.demoButton)

        self.demoHint = QLabel(self.choicePage)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)

        self.choiceLayout.addWidget(self.demoHint)

        self.hqButton = QPushButton(self.choicePage)
        self.hqButton.setObjectName(u"hqButton")
        self.hqButton.setMinimumSize(QSize(0, 48))

        self.choiceLayout.addWidget(self.hqButton)

        self.hqHint = QLabel(self.choicePage)
        self.hqHint.setObjectName(u"hqHint")
        self.hqHint.setWordWrap(True)

        self.choiceLayout.addWidget(self.hqHint)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.stack.addWidget(self.choicePage)
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.profileLayout = QVBoxLayout(self.profilePage)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileIntro = QLabel(self.profilePage)
        self.profileIntro.setObjectName(u"profileIntro")
        self.profileIntro.setWordWrap(True)

        self.profileLayout.addWidget(self.profileIntro)

        self.profileForm = BranchProfileWidget(self.profilePage)
        self.profileForm.setObjectName(u"profileForm")

        self.profileLayout.addWidget(self.profileForm)

        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profileLayout.addItem(self.profileSpacer)

        self.stack.addWidget(self.profilePage)
        self.hqPage = QWidget()
        self.hqPage.setObjectName(u"hqPage")
        self.hqLayout = QVBoxLayout(self.hqPage)
        self.hqLayout.setObjectName(u"hqLayout")
        self.hqIntro = QLabel(self.hqPage)
        self.hqIntro.setObjectName(u"hqIntro")
        self.hqIntro.setWordWrap(True)

        self.hqLayout.addWidget(self.hqIntro)

        self.hqForm = QFormLayout()
        self.hqForm.setObjectName(u"hqForm")
        self.hqNameLabel = QLabel(self.hqPage)
        self.hqNameLabel.setObjectName(u"hqNameLabel")

        self.hqForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hqNameLabel)

        self.hqNameEdit = QLineEdit(self.hqPage)
        self.hqNameEdit.setObjectName(u"hqNameEdit")
        self.hqNameEdit.setMaxLength(200)

        self.hqForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hqNameEdit)


        self.hqLayout.addLayout(self.hqForm)

        self.hqErrorLabel = QLabel(self.hqPage)
        self.hqErrorLabel.setObjectName(u"hqErrorLabel")
        self.hqErrorLabel.setWordWrap(True)

        self.hqLayout.addWidget(self.hqErrorLabel)

        self.hqSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hqLayout.addItem(self.hqSpacer)

        self.stack.addWidget(self.hqPage)
        self.committeePage = QWidget()
        self.committeePage.setObjectName(u"committeePage")
        self.committeeLayout = QVBoxLayout(self.committeePage)
        self.committeeLayout.setObjectName(u"committeeLayout")
        self.committeeIntro = QLabel(self.committeePage)
        self.committeeIntro.setObjectName(u"committeeIntro")
        self.committeeIntro.setWordWrap(True)

        self.committeeLayout.addWidget(self.committeeIntro)

        self.committeeHost = QVBoxLayout()
        self.committeeHost.setObjectName(u"committeeHost")

        self.committeeLayout.addLayout(self.committeeHost)

        self.committeeErrorLabel = QLabel(self.committeePage)
        self.committeeErrorLabel.setObjectName(u"committeeErrorLabel")
        self.committeeErrorLabel.setWordWrap(True)

        self.committeeLayout.addWidget(self.committeeErrorLabel)

        self.stack.addWidget(self.committeePage)

        self.mainLayout.addWidget(self.stack)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backButton = QPushButton(FirstStartDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonLayout.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.laterButton = QPushButton(FirstStartDialog)
        self.laterButton.setObjectName(u"laterButton")

        self.buttonLayout.addWidget(self.laterButton)

        self.finishButton = QPushButton(FirstStartDialog)
        self.finishButton.setObjectName(u"finishButton")

        self.buttonLayout.addWidget(self.finishButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.hqNameLabel.setBuddy(self.hqNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"\u6b22\u8fce\u4f7f\u7528\u515a\u652f\u90e8\u5de5\u4f5c\u53f0\u8d26", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u6b22\u8fce\u4f7f\u7528\u515a\u652f\u90e8\u5de5\u4f5c\u53f0\u8d26", None))
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("FirstStartDialog", u"title", None))
        self.introLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u8fd9\u53f0\u7535\u8111\u4e0a\u8fd8\u6ca1\u6709\u515a\u652f\u90e8\u7684\u6570\u636e\u3002\u8bf7\u9009\u62e9\u4ece\u54ea\u91cc\u5f00\u59cb\uff08\u4ee5\u540e\u90fd\u53ef\u4ee5\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u4fee\u6539\uff09\uff1a", None))
        self.profileButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u586b\u5199\u515a\u652f\u90e8\u4fe1\u606f\uff08\u7b2c\u4e00\u6b21\u6b63\u5f0f\u4f7f\u7528\u8bf7\u9009\u8fd9\u91cc\uff09", None))
        self.profileHint.setText(QCoreApplication.translate("FirstStartDialog", u"\u586b\u5199\u515a\u652f\u90e8\u540d\u79f0\u3001\u4e0a\u7ea7\u515a\u59d4\u3001\u9009\u4e3e\u65e5\u671f\u7b49\uff1b\u4e4b\u540e\u53ef\u4ee5\u65b0\u589e\u515a\u5458\u6216\u4eceExcel\u5bfc\u5165\u515a\u5458\u540d\u518c\u3002", None))
        self.profileHint.setProperty(u"role", QCoreApplication.translate("FirstStartDialog", u"hint", None))
        self.demoButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u5148\u7528\u6f14\u793a\u6570\u636e\u770b\u770b", None))
        self.demoHint.setText(QCoreApplication.translate("FirstStartDialog", u"\u6253\u5f00\u4e00\u4e2a\u865a\u6784\u7684\u515a\u652f\u90e8\uff08\u7ea630\u540d\u515a\u5458\u30013\u4e2a\u515a\u5c0f\u7ec4\uff09\uff0c\u7528\u6765\u719f\u6089\u8f6f\u4ef6\u3002\u6f14\u793a\u6570\u636e\u653e\u5728\u5355\u72ec\u7684\u6587\u4ef6\u5939\u91cc\uff0c\u4e0d\u4f1a\u6df7\u5165\u6b63\u5f0f\u6570\u636e\uff1b\u770b\u5b8c\u540e\u70b9\u201c\u6e05\u9664\u6f14\u793a\u6570\u636e\uff0c\u5f00\u59cb\u6b63\u5f0f\u4f7f\u7528\u201d\u5373\u53ef\u56de\u5230\u8fd9\u91cc\u3002", None))
        self.demoHint.setProperty(u"role", QCoreApplication.translate("FirstStartDialog", u"hint", None))
        self.hqButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u4e0a\u7ea7\u515a\u59d4\u4f7f\u7528\uff08\u6c47\u603b\u5404\u652f\u90e8\u7684\u6570\u636e\u5305\uff09", None))
        self.hqHint.setText(QCoreApplication.translate("FirstStartDialog", u"\u4e0a\u7ea7\u515a\u59d4\u7684\u5de5\u4f5c\u4eba\u5458\u9009\u8fd9\u91cc\uff1a\u4e0d\u5f55\u5165\u515a\u5458\uff0c\u53ea\u5bfc\u5165\u548c\u68c0\u67e5\u5404\u515a\u652f\u90e8\u4ea4\u6765\u7684\u6570\u636e\u5305\u3002", None))
        self.hqHint.setProperty(u"role", QCoreApplication.translate("FirstStartDialog", u"hint", None))
        self.profileIntro.setText(QCoreApplication.translate("FirstStartDialog", u"\u7b2c\u4e00\u6b65\uff1a\u8bf7\u586b\u5199\u515a\u652f\u90e8\u7684\u57fa\u672c\u4fe1\u606f\u3002\u5e26 * \u7684\u5fc5\u987b\u586b\u5199\uff0c\u5176\u4f59\u53ef\u4ee5\u4ee5\u540e\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u8865\u5145\u3002\u4e0b\u4e00\u6b65\u586b\u5199\u652f\u90e8\u59d4\u5458\u4f1a\u3002", None))
        self.profileIntro.setProperty(u"role", QCoreApplication.translate("FirstStartDialog", u"hint", None))
        self.hqIntro.setText(QCoreApplication.translate("FirstStartDialog", u"\u4e0a\u7ea7\u515a\u59d4\u6a21\u5f0f\uff1a\u8fd9\u4efd\u6570\u636e\u53ea\u7528\u6765\u6c47\u603b\u5404\u515a\u652f\u90e8\u4ea4\u6765\u7684\u6570\u636e\u5305\uff0c\u4e0d\u80fd\u518d\u5f55\u5165\u672c\u652f\u90e8\u7684\u515a\u5458\u3002", None))
        self.hqIntro.setProperty(u"role", QCoreApplication.translate("FirstStartDialog", u"hint", None))
        self.hqNameLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u4e0a\u7ea7\u515a\u59d4\u540d\u79f0 *", None))
        self.hqNameEdit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"\u4f8b\u5982\uff1a\u67d0\u67d0\u80fd\u6e90\u516c\u53f8\u515a\u59d4", None))
        self.hqErrorLabel.setText("")
        self.hqErrorLabel.setProperty(u"role", QCoreApplication.translate("FirstStartDialog", u"error", None))
        self.committeeIntro.setText(QCoreApplication.translate("FirstStartDialog", u"\u7b2c\u4e8c\u6b65\uff1a\u652f\u90e8\u59d4\u5458\u4f1a\u3002\u586b\u5199\u4e66\u8bb0\u3001\u526f\u4e66\u8bb0\u548c\u59d4\u5458\uff0c\u5f00\u652f\u59d4\u4f1a\u65f6\u7684\u5e94\u5230\u540d\u5355\u7531\u6b64\u751f\u6210\u3002\u8fd8\u6ca1\u6709\u5f55\u5165\u515a\u5458\u540d\u518c\u4e5f\u6ca1\u5173\u7cfb\uff1a\u76f4\u63a5\u8f93\u5165\u59d3\u540d\u5373\u53ef\uff0c\u5f55\u5165\u540d\u518c\u540e\u4f1a\u81ea\u52a8\u5bf9\u5e94\u5230\u540c\u540d\u515a\u5458\u3002\u4e5f\u53ef\u4ee5\u8df3\u8fc7\uff0c\u4ee5\u540e\u5728\u201c\u8bbe\u7f6e \u203a \u652f\u90e8\u4fe1\u606f \u203a \u652f\u90e8\u59d4\u5458\u4f1a\u201d\u4e2d\u586b\u5199\u3002", None))
        self.committeeIntro.setProperty(u"role", QCoreApplication.translate("FirstStartDialog", u"hint", None))
        self.committeeErrorLabel.setText("")
        self.committeeErrorLabel.setProperty(u"role", QCoreApplication.translate("FirstStartDialog", u"error", None))
        self.backButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u4e0a\u4e00\u6b65", None))
        self.laterButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u4ee5\u540e\u518d\u8bf4", None))
        self.finishButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u5b8c\u6210", None))
    # retranslateUi

