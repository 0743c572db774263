# GENERATED from forms/dues_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_DuesScreen(object):
    def setupUi(self, DuesScreen):
        if not DuesScreen.objectName():
            DuesScreen.setObjectName(u"DuesScreen")
        self.mainLayout = QVBoxLayout(DuesScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 14, 20, 14)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(DuesScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.yearLabel = QLabel(DuesScreen)
        self.yearLabel.setObjectName(u"yearLabel")

        self.titleRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(DuesScreen)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumWidth(110)

        self.titleRow.addWidget(self.yearCombo)


        self.mainLayout.addLayout(self.titleRow)

        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.standardsButton = QPushButton(DuesScreen)
        self.standardsButton.setObjectName(u"standardsButton")

        self.toolRow.addWidget(self.standardsButton)

        self.monthButton = QPushButton(DuesScreen)
        self.monthButton.setObjectName(u"monthButton")
        self.monthButton.setProperty(u"primary", True)

        self.toolRow.addWidget(self.monthButton)

        self.paymentButton = QPushButton(DuesScreen)
        self.paymentButton.setObjectName(u"paymentButton")

        self.toolRow.addWidget(self.paymentButton)

        self.reductionButton = QPushButton(DuesScreen)
        self.reductionButton.setObjectName(u"reductionButton")

        self.toolRow.addWidget(self.reductionButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.printRegisterButton = QPushButton(DuesScreen)
        self.printRegisterButton.setObjectName(u"printRegisterButton")

        self.toolRow.addWidget(self.printRegisterButton)

        self.printNoticeButton = QPushButton(DuesScreen)
        self.printNoticeButton.setObjectName(u"printNoticeButton")

        self.toolRow.addWidget(self.printNoticeButton)

        self.exportButton = QPushButton(DuesScreen)
        self.exportButton.setObjectName(u"exportButton")

        self.toolRow.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.toolRow)

        self.hintLabel = QLabel(DuesScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.tabs = QTabWidget(DuesScreen)
        self.tabs.setObjectName(u"tabs")
        self.gridTab = QWidget()
        self.gridTab.setObjectName(u"gridTab")
        self.gridLayout = QVBoxLayout(self.gridTab)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridTable = QTableWidget(self.gridTab)
        self.gridTable.setObjectName(u"gridTable")
        self.gridTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.gridTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.gridLayout.addWidget(self.gridTable)

        self.legendLabel = QLabel(self.gridTab)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.gridLayout.addWidget(self.legendLabel)

        self.tabs.addTab(self.gridTab, "")
        self.paymentsTab = QWidget()
        self.paymentsTab.setObjectName(u"paymentsTab")
        self.paymentsLayout = QVBoxLayout(self.paymentsTab)
        self.paymentsLayout.setObjectName(u"paymentsLayout")
        self.paymentsTable = QTableWidget(self.paymentsTab)
        self.paymentsTable.setObjectName(u"paymentsTable")
        self.paymentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.paymentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.paymentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.paymentsTable.setAlternatingRowColors(True)

        self.paymentsLayout.addWidget(self.paymentsTable)

        self.paymentButtons = QHBoxLayout()
        self.paymentButtons.setObjectName(u"paymentButtons")
        self.editPaymentButton = QPushButton(self.paymentsTab)
        self.editPaymentButton.setObjectName(u"editPaymentButton")

        self.paymentButtons.addWidget(self.editPaymentButton)

        self.deletePaymentButton = QPushButton(self.paymentsTab)
        self.deletePaymentButton.setObjectName(u"deletePaymentButton")

        self.paymentButtons.addWidget(self.deletePaymentButton)

        self.receiptButton = QPushButton(self.paymentsTab)
        self.receiptButton.setObjectName(u"receiptButton")

        self.paymentButtons.addWidget(self.receiptButton)

        self.paymentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paymentButtons.addItem(self.paymentSpacer)

        self.exportPaymentsButton = QPushButton(self.paymentsTab)
        self.exportPaymentsButton.setObjectName(u"exportPaymentsButton")

        self.paymentButtons.addWidget(self.exportPaymentsButton)


        self.paymentsLayout.addLayout(self.paymentButtons)

        self.tabs.addTab(self.paymentsTab, "")
        self.arrearsTab = QWidget()
        self.arrearsTab.setObjectName(u"arrearsTab")
        self.arrearsLayout = QVBoxLayout(self.arrearsTab)
        self.arrearsLayout.setObjectName(u"arrearsLayout")
        self.arrearsHint = QLabel(self.arrearsTab)
        self.arrearsHint.setObjectName(u"arrearsHint")
        self.arrearsHint.setWordWrap(True)

        self.arrearsLayout.addWidget(self.arrearsHint)

        self.arrearsTable = QTableWidget(self.arrearsTab)
        self.arrearsTable.setObjectName(u"arrearsTable")
        self.arrearsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.arrearsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.arrearsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.arrearsTable.setAlternatingRowColors(True)

        self.arrearsLayout.addWidget(self.arrearsTable)

        self.arrearsButtons = QHBoxLayout()
        self.arrearsButtons.setObjectName(u"arrearsButtons")
        self.catchUpButton = QPushButton(self.arrearsTab)
        self.catchUpButton.setObjectName(u"catchUpButton")

        self.arrearsButtons.addWidget(self.catchUpButton)

        self.arrearsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.arrearsButtons.addItem(self.arrearsSpacer)


        self.arrearsLayout.addLayout(self.arrearsButtons)

        self.tabs.addTab(self.arrearsTab, "")
        self.remittanceTab = QWidget()
        self.remittanceTab.setObjectName(u"remittanceTab")
        self.remittanceLayout = QVBoxLayout(self.remittanceTab)
        self.remittanceLayout.setObjectName(u"remittanceLayout")
        self.remittanceTable = QTableWidget(self.remittanceTab)
        self.remittanceTable.setObjectName(u"remittanceTable")
        self.remittanceTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.remittanceTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.remittanceTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.remittanceTable.setAlternatingRowColors(True)

        self.remittanceLayout.addWidget(self.remittanceTable)

        self.remittanceButtons = QHBoxLayout()
        self.remittanceButtons.setObjectName(u"remittanceButtons")
        self.addRemittanceButton = QPushButton(self.remittanceTab)
        self.addRemittanceButton.setObjectName(u"addRemittanceButton")

        self.remittanceButtons.addWidget(self.addRemittanceButton)

        self.deleteRemittanceButton = QPushButton(self.remittanceTab)
        self.deleteRemittanceButton.setObjectName(u"deleteRemittanceButton")

        self.remittanceButtons.addWidget(self.deleteRemittanceButton)

        self.remittanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remittanceButtons.addItem(self.remittanceSpacer)

        self.printRemittanceButton = QPushButton(self.remittanceTab)
        self.printRemittanceButton.setObjectName(u"printRemittanceButton")

        self.remittanceButtons.addWidget(self.printRemittanceButton)


        self.remittanceLayout.addLayout(self.remittanceButtons)

        self.tabs.addTab(self.remittanceTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesScreen)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, DuesScreen):
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("DuesScreen", u"title", None))
        self.titleLabel.setText(QCoreApplication.translate("DuesScreen", u"\u515a\u8d39", None))
        self.yearLabel.setText(QCoreApplication.translate("DuesScreen", u"\u5e74\u5ea6\uff1a", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("DuesScreen", u"\u9009\u62e9\u8981\u67e5\u770b\u7684\u5e74\u5ea6", None))
#endif // QT_CONFIG(tooltip)
        self.standardsButton.setText(QCoreApplication.translate("DuesScreen", u"\u6838\u5b9a\u6807\u51c6\u2026", None))
#if QT_CONFIG(tooltip)
        self.standardsButton.setToolTip(QCoreApplication.translate("DuesScreen", u"\u6838\u5b9a\u672c\u5e74\u5ea6\u6bcf\u540d\u515a\u5458\u7684\u4ea4\u7eb3\u57fa\u6570\u548c\u6bcf\u6708\u91d1\u989d\uff08\u53ef\u4eceExcel\u7c98\u8d34\u6216\u5bfc\u5165\u4e00\u5217\u57fa\u6570\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.monthButton.setText(QCoreApplication.translate("DuesScreen", u"\u6309\u6708\u767b\u8bb0\u2026", None))
#if QT_CONFIG(tooltip)
        self.monthButton.setToolTip(QCoreApplication.translate("DuesScreen", u"\u4e00\u6b21\u767b\u8bb0\u5168\u652f\u90e8\u67d0\u4e2a\u6708\u7684\u515a\u8d39", None))
#endif // QT_CONFIG(tooltip)
        self.paymentButton.setText(QCoreApplication.translate("DuesScreen", u"\u767b\u8bb0\u4ea4\u7eb3\u2026", None))
#if QT_CONFIG(tooltip)
        self.paymentButton.setToolTip(QCoreApplication.translate("DuesScreen", u"\u767b\u8bb0\u4e00\u540d\u515a\u5458\u7684\u515a\u8d39\uff1a\u6309\u6708\u3001\u6309\u5b63\u5ea6\u3001\u9884\u4ea4\u6216\u8865\u4ea4", None))
#endif // QT_CONFIG(tooltip)
        self.reductionButton.setText(QCoreApplication.translate("DuesScreen", u"\u5c11\u4ea4/\u514d\u4ea4\u2026", None))
#if QT_CONFIG(tooltip)
        self.reductionButton.setToolTip(QCoreApplication.translate("DuesScreen", u"\u767b\u8bb0\u7ecf\u652f\u59d4\u4f1a\u7814\u7a76\u3001\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\u7684\u5c11\u4ea4\u6216\u514d\u4ea4", None))
#endif // QT_CONFIG(tooltip)
        self.printRegisterButton.setText(QCoreApplication.translate("DuesScreen", u"\u6253\u5370\u767b\u8bb0\u8868", None))
        self.printNoticeButton.setText(QCoreApplication.translate("DuesScreen", u"\u6253\u5370\u516c\u793a", None))
        self.exportButton.setText(QCoreApplication.translate("DuesScreen", u"\u5bfc\u51faExcel\u2026", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("DuesScreen", u"hint", None))
        self.hintLabel.setText("")
#if QT_CONFIG(tooltip)
        self.gridTable.setToolTip(QCoreApplication.translate("DuesScreen", u"\u53cc\u51fb\u67d0\u4e2a\u6708\u53ef\u767b\u8bb0\u8be5\u515a\u5458\u7684\u515a\u8d39", None))
#endif // QT_CONFIG(tooltip)
        self.legendLabel.setProperty(u"role", QCoreApplication.translate("DuesScreen", u"hint", None))
        self.legendLabel.setText(QCoreApplication.translate("DuesScreen", u"\u2713 \u5df2\u4ea4\u3000\u8865 \u8865\u4ea4\u3000\u6b20 \u5230\u671f\u672a\u4ea4\u3000\u7a7a\u767d \u5c1a\u672a\u5230\u671f\u3000\u514d \u7ecf\u6279\u51c6\u514d\u4ea4\u3000? \u672a\u6838\u5b9a\u6807\u51c6\u3000\u2014 \u4e0d\u5728\u672c\u652f\u90e8\u4ea4\u7eb3\u3002\u53cc\u51fb\u67d0\u4e2a\u6708\u53ef\u767b\u8bb0\u4ea4\u7eb3\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.gridTab), QCoreApplication.translate("DuesScreen", u"\u6536\u7f34\u8868", None))
        self.editPaymentButton.setText(QCoreApplication.translate("DuesScreen", u"\u4fee\u6539\u2026", None))
        self.deletePaymentButton.setText(QCoreApplication.translate("DuesScreen", u"\u5220\u9664", None))
        self.receiptButton.setText(QCoreApplication.translate("DuesScreen", u"\u6253\u5370\u6536\u636e", None))
        self.exportPaymentsButton.setText(QCoreApplication.translate("DuesScreen", u"\u5bfc\u51fa\u4ea4\u7eb3\u8bb0\u5f55\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.paymentsTab), QCoreApplication.translate("DuesScreen", u"\u4ea4\u7eb3\u8bb0\u5f55", None))
        self.arrearsHint.setProperty(u"role", QCoreApplication.translate("DuesScreen", u"hint", None))
        self.arrearsHint.setText(QCoreApplication.translate("DuesScreen", u"\u6309\u515a\u7ae0\u89c4\u5b9a\uff0c\u515a\u5458\u6ca1\u6709\u6b63\u5f53\u7406\u7531\uff0c\u8fde\u7eed\u516d\u4e2a\u6708\u4e0d\u4ea4\u7eb3\u515a\u8d39\uff0c\u5c31\u88ab\u8ba4\u4e3a\u662f\u81ea\u884c\u8131\u515a\u3002\u8bf7\u53ca\u65f6\u63d0\u9192\u6b20\u4ea4\u7684\u515a\u5458\u8865\u4ea4\uff0c\u5e76\u4e86\u89e3\u539f\u56e0\u3002", None))
        self.catchUpButton.setText(QCoreApplication.translate("DuesScreen", u"\u767b\u8bb0\u8865\u4ea4\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.arrearsTab), QCoreApplication.translate("DuesScreen", u"\u6b20\u4ea4\u540d\u5355", None))
        self.addRemittanceButton.setText(QCoreApplication.translate("DuesScreen", u"\u767b\u8bb0\u4e0a\u7f34\u2026", None))
        self.deleteRemittanceButton.setText(QCoreApplication.translate("DuesScreen", u"\u5220\u9664", None))
        self.printRemittanceButton.setText(QCoreApplication.translate("DuesScreen", u"\u6253\u5370\u4e0a\u7f34\u767b\u8bb0", None))
        self.tabs.setTabText(self.tabs.indexOf(self.remittanceTab), QCoreApplication.translate("DuesScreen", u"\u4e0a\u7f34\u8bb0\u5f55", None))
        pass
    # retranslateUi

