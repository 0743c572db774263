# GENERATED from forms/dues_standards_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout)

class Ui_DuesStandardsDialog(object):
    def setupUi(self, DuesStandardsDialog):
        if not DuesStandardsDialog.objectName():
            DuesStandardsDialog.setObjectName(u"DuesStandardsDialog")
        DuesStandardsDialog.resize(900, 620)
        DuesStandardsDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DuesStandardsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(DuesStandardsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.fromMonthLabel = QLabel(DuesStandardsDialog)
        self.fromMonthLabel.setObjectName(u"fromMonthLabel")

        self.toolRow.addWidget(self.fromMonthLabel)

        self.fromMonthSpin = QSpinBox(DuesStandardsDialog)
        self.fromMonthSpin.setObjectName(u"fromMonthSpin")
        self.fromMonthSpin.setMinimum(1)
        self.fromMonthSpin.setMaximum(12)

        self.toolRow.addWidget(self.fromMonthSpin)

        self.toolRowSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolRowSpacer2)

        self.copyButton = QPushButton(DuesStandardsDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.toolRow.addWidget(self.copyButton)

        self.pasteButton = QPushButton(DuesStandardsDialog)
        self.pasteButton.setObjectName(u"pasteButton")

        self.toolRow.addWidget(self.pasteButton)

        self.importButton = QPushButton(DuesStandardsDialog)
        self.importButton.setObjectName(u"importButton")

        self.toolRow.addWidget(self.importButton)

        self.templateButton = QPushButton(DuesStandardsDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.toolRow.addWidget(self.templateButton)


        self.dialogLayout.addLayout(self.toolRow)

        self.standardsTable = QTableWidget(DuesStandardsDialog)
        self.standardsTable.setObjectName(u"standardsTable")
        self.standardsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.standardsTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.standardsTable)

        self.totalLabel = QLabel(DuesStandardsDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.totalLabel)

        self.errorLabel = QLabel(DuesStandardsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesStandardsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromMonthLabel.setBuddy(self.fromMonthSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesStandardsDialog)
    # setupUi

    def retranslateUi(self, DuesStandardsDialog):
        DuesStandardsDialog.setWindowTitle(QCoreApplication.translate("DuesStandardsDialog", u"\u6838\u5b9a\u515a\u8d39\u6807\u51c6", None))
        self.introLabel.setProperty(u"role", QCoreApplication.translate("DuesStandardsDialog", u"hint", None))
        self.introLabel.setText("")
        self.fromMonthLabel.setText(QCoreApplication.translate("DuesStandardsDialog", u"\u81ea", None))
        self.fromMonthSpin.setSuffix(QCoreApplication.translate("DuesStandardsDialog", u"\u6708\u8d77\u6267\u884c", None))
        self.copyButton.setText(QCoreApplication.translate("DuesStandardsDialog", u"\u6cbf\u7528\u4e0a\u5e74\u57fa\u6570", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("DuesStandardsDialog", u"\u672c\u5e74\u5ea6\u8fd8\u6ca1\u6709\u6807\u51c6\u7684\u515a\u5458\uff0c\u6309\u4e0a\u5e74\u7684\u7c7b\u522b\u548c\u57fa\u6570\u586b\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.pasteButton.setText(QCoreApplication.translate("DuesStandardsDialog", u"\u7c98\u8d34\u57fa\u6570", None))
#if QT_CONFIG(tooltip)
        self.pasteButton.setToolTip(QCoreApplication.translate("DuesStandardsDialog", u"\u4eceExcel\u590d\u5236\u4e00\u5217\u57fa\u6570\uff08\u6216\u201c\u59d3\u540d\u3001\u57fa\u6570\u201d\u4e24\u5217\uff09\u540e\u70b9\u8fd9\u91cc", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("DuesStandardsDialog", u"\u4eceExcel\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("DuesStandardsDialog", u"\u4ece\u8d22\u52a1\u63d0\u4f9b\u7684\u8868\u683c\u5bfc\u5165\u57fa\u6570\uff1a\u987b\u6709\u201c\u59d3\u540d\u201d\u548c\u201c\u4ea4\u7eb3\u57fa\u6570\u201d\u5217", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("DuesStandardsDialog", u"\u4e0b\u8f7d\u57fa\u6570\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("DuesStandardsDialog", u"\u751f\u6210\u4e00\u5f20\u586b\u597d\u672c\u652f\u90e8\u515a\u5458\u59d3\u540d\u7684\u57fa\u6570\u8868\uff0c\u8bf7\u8d22\u52a1\u586b\u5199\u540e\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.totalLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

