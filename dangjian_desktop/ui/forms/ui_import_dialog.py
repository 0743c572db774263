# GENERATED from forms/import_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(1100, 680)
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.hintLabel = QLabel(ImportDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)

        self.sheetLabel = QLabel(ImportDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(ImportDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumSize(QSize(140, 0))

        self.fileLayout.addWidget(self.sheetCombo)

        self.templateButton = QPushButton(ImportDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.fileLayout.addWidget(self.templateButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.onlyErrorsCheck = QCheckBox(ImportDialog)
        self.onlyErrorsCheck.setObjectName(u"onlyErrorsCheck")

        self.summaryLayout.addWidget(self.onlyErrorsCheck)


        self.mainLayout.addLayout(self.summaryLayout)

        self.ambiguousBox = QGroupBox(ImportDialog)
        self.ambiguousBox.setObjectName(u"ambiguousBox")
        self.ambiguousLayout = QVBoxLayout(self.ambiguousBox)
        self.ambiguousLayout.setObjectName(u"ambiguousLayout")
        self.ambiguousHint = QLabel(self.ambiguousBox)
        self.ambiguousHint.setObjectName(u"ambiguousHint")
        self.ambiguousHint.setWordWrap(True)

        self.ambiguousLayout.addWidget(self.ambiguousHint)

        self.ambiguousTable = QTableWidget(self.ambiguousBox)
        self.ambiguousTable.setObjectName(u"ambiguousTable")
        self.ambiguousTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ambiguousTable.setMaximumSize(QSize(16777215, 160))

        self.ambiguousLayout.addWidget(self.ambiguousTable)


        self.mainLayout.addWidget(self.ambiguousBox)

        self.previewView = QTableView(ImportDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewView.setWordWrap(True)
        self.previewView.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.previewView)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.confirmButton = QPushButton(ImportDialog)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setProperty(u"primary", True)
        self.confirmButton.setEnabled(False)

        self.buttonLayout.addWidget(self.confirmButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.ambiguousTable)
        QWidget.setTabOrder(self.ambiguousTable, self.onlyErrorsCheck)
        QWidget.setTabOrder(self.onlyErrorsCheck, self.previewView)
        QWidget.setTabOrder(self.previewView, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.fileEdit)

        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u515a\u5458\u540d\u518c", None))
        self.hintLabel.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u515a\u5458\u540d\u518c\uff1a\u5bfc\u5165\u6a21\u677f\u3001\u5168\u56fd\u515a\u5458\u7ba1\u7406\u4fe1\u606f\u7cfb\u7edf\u6216\u7ec4\u7ec7\u90e8\u6a21\u677f\u5bfc\u51fa\u7684\u8868\u683c\u90fd\u53ef\u4ee5\uff08.xlsx\u3001.xls\u3001.ods\u3001.csv\uff09\u3002\u5148\u68c0\u67e5\u6bcf\u4e00\u884c\uff1a\u5df2\u5728\u540d\u518c\u4e2d\u7684\u515a\u5458\uff08\u6309\u8eab\u4efd\u8bc1\u53f7\uff0c\u6ca1\u6709\u65f6\u6309\u59d3\u540d\u548c\u51fa\u751f\u5e74\u6708\uff09\u53ea\u66f4\u65b0\u6709\u53d8\u5316\u7684\u5185\u5bb9\uff0c\u4e0d\u4f1a\u91cd\u590d\u6dfb\u52a0\u3002\u6709\u4efb\u4f55\u9519\u8bef\u884c\u65f6\u4e0d\u4f1a\u4fdd\u5b58\u3002", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("ImportDialog", u"hint", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"\u5c1a\u672a\u9009\u62e9\u6587\u4ef6", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\u6587\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6587\u4ef6(&O)\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportDialog", u"\u5de5\u4f5c\u8868\uff1a", None))
#if QT_CONFIG(accessibility)
        self.sheetCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\u5de5\u4f5c\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.templateButton.setText(QCoreApplication.translate("ImportDialog", u"\u4e0b\u8f7d\u5bfc\u5165\u6a21\u677f\u2026", None))
        self.summaryLabel.setText("")
        self.onlyErrorsCheck.setText(QCoreApplication.translate("ImportDialog", u"\u53ea\u663e\u793a\u6709\u95ee\u9898\u7684\u884c", None))
        self.ambiguousBox.setTitle(QCoreApplication.translate("ImportDialog", u"\u8bf7\u786e\u8ba4\u8fd9\u4e9b\u65e5\u671f", None))
        self.ambiguousHint.setText(QCoreApplication.translate("ImportDialog", u"Excel \u4f1a\u628a\u8f93\u5165\u7684 1990.10 \u5b58\u6210\u6570\u5b57 1990.1\uff0c\u7a0b\u5e8f\u65e0\u6cd5\u77e5\u9053\u662f1\u6708\u8fd8\u662f10\u6708\u3002\u8bf7\u9010\u4e2a\u9009\u62e9\uff0c\u9009\u5b8c\u540e\u4f1a\u91cd\u65b0\u68c0\u67e5\u3002", None))
        self.ambiguousHint.setProperty(u"role", QCoreApplication.translate("ImportDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.ambiguousTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\u9700\u8981\u786e\u8ba4\u7684\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewView.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u9884\u89c8", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("ImportDialog", u"\u786e\u8ba4\u5bfc\u5165", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"\u53d6\u6d88", None))
    # retranslateUi

