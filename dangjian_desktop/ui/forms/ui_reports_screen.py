# GENERATED from forms/reports_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout, QWidget)

class Ui_ReportsScreen(object):
    def setupUi(self, ReportsScreen):
        if not ReportsScreen.objectName():
            ReportsScreen.setObjectName(u"ReportsScreen")
        self.layout = QVBoxLayout(ReportsScreen)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 16, 24, 16)
        self.titleLabel = QLabel(ReportsScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ReportsScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.emptyLabel = QLabel(ReportsScreen)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.layout.addWidget(self.emptyLabel)

        self.documentsTable = QTableWidget(ReportsScreen)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.documentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.documentsTable.setWordWrap(True)

        self.layout.addWidget(self.documentsTable)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.yearLabel = QLabel(ReportsScreen)
        self.yearLabel.setObjectName(u"yearLabel")

        self.actionsRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(ReportsScreen)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.actionsRow.addWidget(self.yearSpin)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.previewButton = QPushButton(ReportsScreen)
        self.previewButton.setObjectName(u"previewButton")

        self.actionsRow.addWidget(self.previewButton)

        self.exportButton = QPushButton(ReportsScreen)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsRow.addWidget(self.exportButton)


        self.layout.addLayout(self.actionsRow)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentsTable, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.exportButton)

        self.retranslateUi(ReportsScreen)
    # setupUi

    def retranslateUi(self, ReportsScreen):
        self.titleLabel.setText(QCoreApplication.translate("ReportsScreen", u"\u62a5\u8868", None))
        self.hintLabel.setText(QCoreApplication.translate("ReportsScreen", u"\u9009\u62e9\u8981\u751f\u6210\u7684\u6587\u6863\uff1a\u201c\u9884\u89c8/\u6253\u5370\u201d\u5148\u5728\u5c4f\u5e55\u4e0a\u67e5\u770b\uff0c\u6ee1\u610f\u540e\u6253\u5370\uff1b\u201c\u5bfc\u51faPDF\u201d\u4fdd\u5b58\u4e3a\u6587\u4ef6\uff08\u53ef\u62f7\u8d1d\u5230U\u76d8\u6216\u53d1\u9001\uff09\u3002", None))
        self.emptyLabel.setText(QCoreApplication.translate("ReportsScreen", u"\u8fd8\u6ca1\u6709\u515a\u652f\u90e8\u4fe1\u606f\uff0c\u62a5\u8868\u65e0\u4ece\u751f\u6210\u3002\u8bf7\u5148\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u586b\u5199\u515a\u652f\u90e8\u57fa\u672c\u4fe1\u606f\uff0c\u5e76\u5728\u201c\u515a\u5458\u201d\u4e2d\u5f55\u5165\u515a\u5458\u540d\u518c\u3002", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportsScreen", u"\u5e74\u5ea6\uff1a", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("ReportsScreen", u" \u5e74", None))
        self.previewButton.setText(QCoreApplication.translate("ReportsScreen", u"\u9884\u89c8/\u6253\u5370\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsScreen", u"\u5bfc\u51faPDF\u2026", None))
        pass
    # retranslateUi

