# GENERATED from forms/ballot_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout)

class Ui_BallotDialog(object):
    def setupUi(self, BallotDialog):
        if not BallotDialog.objectName():
            BallotDialog.setObjectName(u"BallotDialog")
        BallotDialog.resize(900, 620)
        BallotDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(BallotDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.helpLabel = QLabel(BallotDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.helpLabel)

        self.ballotTools = QHBoxLayout()
        self.ballotTools.setObjectName(u"ballotTools")
        self.addBallotButton = QPushButton(BallotDialog)
        self.addBallotButton.setObjectName(u"addBallotButton")

        self.ballotTools.addWidget(self.addBallotButton)

        self.removeBallotButton = QPushButton(BallotDialog)
        self.removeBallotButton.setObjectName(u"removeBallotButton")

        self.ballotTools.addWidget(self.removeBallotButton)

        self.allQualifiedButton = QPushButton(BallotDialog)
        self.allQualifiedButton.setObjectName(u"allQualifiedButton")

        self.ballotTools.addWidget(self.allQualifiedButton)

        self.spacer13 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ballotTools.addItem(self.spacer13)

        self.issuedLabel = QLabel(BallotDialog)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.ballotTools.addWidget(self.issuedLabel)

        self.issuedSpin = QSpinBox(BallotDialog)
        self.issuedSpin.setObjectName(u"issuedSpin")
        self.issuedSpin.setMaximum(9999)

        self.ballotTools.addWidget(self.issuedSpin)


        self.dialogLayout.addLayout(self.ballotTools)

        self.ballotTable = QTableWidget(BallotDialog)
        self.ballotTable.setObjectName(u"ballotTable")
        self.ballotTable.setAlternatingRowColors(True)
        self.ballotTable.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.ballotTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ballotTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ballotTable.setWordWrap(True)

        self.dialogLayout.addWidget(self.ballotTable)

        self.tallyLabel = QLabel(BallotDialog)
        self.tallyLabel.setObjectName(u"tallyLabel")
        self.tallyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.tallyLabel)

        self.errorLabel = QLabel(BallotDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(BallotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.issuedLabel.setBuddy(self.issuedSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BallotDialog)
    # setupUi

    def retranslateUi(self, BallotDialog):
        BallotDialog.setWindowTitle(QCoreApplication.translate("BallotDialog", u"\u5f55\u5165\u6d4b\u8bc4\u7968", None))
        self.helpLabel.setProperty(u"role", QCoreApplication.translate("BallotDialog", u"hint", None))
        self.helpLabel.setText(QCoreApplication.translate("BallotDialog", u"\u6bcf\u4e00\u5217\u662f\u4e00\u5f20\u6d4b\u8bc4\u7968\u3002\u9009\u4e2d\u683c\u5b50\u540e\u6309\u952e\u5f55\u5165\uff1a1 \u6216 \u4f18 = \u4f18\u79c0\uff0c2 \u6216 \u5408 = \u5408\u683c\uff0c3 \u6216 \u57fa = \u57fa\u672c\u5408\u683c\uff0c4 \u6216 \u4e0d = \u4e0d\u5408\u683c\uff0c\u7a7a\u683c\u6216\u5220\u9664\u952e = \u672a\u9009\u3002\u5f55\u5b8c\u4e00\u5f20\u540e\u70b9\u201c\u589e\u52a0\u4e00\u5f20\u201d\u3002", None))
        self.addBallotButton.setText(QCoreApplication.translate("BallotDialog", u"\u589e\u52a0\u4e00\u5f20", None))
        self.removeBallotButton.setText(QCoreApplication.translate("BallotDialog", u"\u5220\u9664\u6240\u9009\u7684\u7968", None))
        self.allQualifiedButton.setText(QCoreApplication.translate("BallotDialog", u"\u672c\u5f20\u5176\u4f59\u586b\u201c\u5408\u683c\u201d", None))
#if QT_CONFIG(tooltip)
        self.allQualifiedButton.setToolTip(QCoreApplication.translate("BallotDialog", u"\u628a\u6240\u9009\u6d4b\u8bc4\u7968\u4e2d\u8fd8\u7a7a\u7740\u7684\u683c\u5b50\u586b\u4e3a\u201c\u5408\u683c\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.issuedLabel.setText(QCoreApplication.translate("BallotDialog", u"\u53d1\u51fa\u6d4b\u8bc4\u7968\uff1a", None))
        self.issuedSpin.setSuffix(QCoreApplication.translate("BallotDialog", u" \u5f20", None))
        self.tallyLabel.setProperty(u"role", QCoreApplication.translate("BallotDialog", u"hint", None))
        self.tallyLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

