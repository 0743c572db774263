# GENERATED from forms/backups_tab.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BackupsTab(object):
    def setupUi(self, BackupsTab):
        if not BackupsTab.objectName():
            BackupsTab.setObjectName(u"BackupsTab")
        self.layout = QVBoxLayout(BackupsTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 16, 16, 16)
        self.hintLabel = QLabel(BackupsTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.backupsTable = QTableWidget(BackupsTab)
        if (self.backupsTable.columnCount() < 4):
            self.backupsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.setWordWrap(False)
        self.backupsTable.horizontalHeader().setStretchLastSection(True)
        self.backupsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.backupsTable)

        self.emptyLabel = QLabel(BackupsTab)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.layout.addWidget(self.emptyLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.backupNowButton = QPushButton(BackupsTab)
        self.backupNowButton.setObjectName(u"backupNowButton")
        self.backupNowButton.setProperty(u"primary", True)

        self.buttons.addWidget(self.backupNowButton)

        self.usbButton = QPushButton(BackupsTab)
        self.usbButton.setObjectName(u"usbButton")

        self.buttons.addWidget(self.usbButton)

        self.restoreButton = QPushButton(BackupsTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(BackupsTab)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.buttons.addWidget(self.restoreFileButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.openFolderButton = QPushButton(BackupsTab)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttons.addWidget(self.openFolderButton)


        self.layout.addLayout(self.buttons)

        self.statusLabel = QLabel(BackupsTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        QWidget.setTabOrder(self.backupsTable, self.backupNowButton)
        QWidget.setTabOrder(self.backupNowButton, self.usbButton)
        QWidget.setTabOrder(self.usbButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.restoreFileButton)
        QWidget.setTabOrder(self.restoreFileButton, self.openFolderButton)

        self.retranslateUi(BackupsTab)
    # setupUi

    def retranslateUi(self, BackupsTab):
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("BackupsTab", u"hint", None))
        self.hintLabel.setText(QCoreApplication.translate("BackupsTab", u"\u7a0b\u5e8f\u5728\u542f\u52a8\u548c\u9000\u51fa\u65f6\u81ea\u52a8\u5907\u4efd\uff08\u6570\u636e\u6709\u53d8\u5316\u65f6\uff09\uff0c\u4fdd\u7559\u6700\u8fd17\u5929\u30014\u5468\u548c12\u4e2a\u6708\u7684\u5907\u4efd\uff0c\u9644\u4ef6\u4e00\u5e76\u5907\u4efd\u3002\u5efa\u8bae\u6bcf\u6708\u7528\u201c\u5907\u4efd\u5230U\u76d8\u201d\u53e6\u5b58\u4e00\u4efd\uff0c\u653e\u5728\u522b\u5904\u4fdd\u7ba1\u3002", None))
        ___qtablewidgetitem = self.backupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BackupsTab", u"\u5907\u4efd\u65f6\u95f4", None))
        ___qtablewidgetitem1 = self.backupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BackupsTab", u"\u7c7b\u578b", None))
        ___qtablewidgetitem2 = self.backupsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BackupsTab", u"\u5927\u5c0f", None))
        ___qtablewidgetitem3 = self.backupsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BackupsTab", u"\u5185\u5bb9", None))
        self.emptyLabel.setProperty(u"role", QCoreApplication.translate("BackupsTab", u"hint", None))
        self.emptyLabel.setText(QCoreApplication.translate("BackupsTab", u"\u8fd8\u6ca1\u6709\u5907\u4efd\u3002\u70b9\u51fb\u201c\u7acb\u5373\u5907\u4efd\u201d\u505a\u7b2c\u4e00\u4efd\u5907\u4efd\uff1b\u4ee5\u540e\u7a0b\u5e8f\u4f1a\u81ea\u52a8\u5907\u4efd\u3002", None))
        self.backupNowButton.setText(QCoreApplication.translate("BackupsTab", u"\u7acb\u5373\u5907\u4efd", None))
        self.usbButton.setText(QCoreApplication.translate("BackupsTab", u"\u5907\u4efd\u5230U\u76d8\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsTab", u"\u6062\u590d\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("BackupsTab", u"\u628a\u5168\u90e8\u6570\u636e\u6062\u590d\u5230\u6240\u9009\u5907\u4efd\u65f6\u7684\u72b6\u6001\uff08\u5f53\u524d\u6570\u636e\u4f1a\u5148\u81ea\u52a8\u5907\u4efd\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.restoreFileButton.setText(QCoreApplication.translate("BackupsTab", u"\u4eceU\u76d8\u6062\u590d\u2026", None))
        self.openFolderButton.setText(QCoreApplication.translate("BackupsTab", u"\u6253\u5f00\u5907\u4efd\u6587\u4ef6\u5939", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

