# GENERATED from forms/oversight_panel.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_OversightPanel(object):
    def setupUi(self, OversightPanel):
        if not OversightPanel.objectName():
            OversightPanel.setObjectName(u"OversightPanel")
        self.layout = QVBoxLayout(OversightPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, -1, 0, -1)
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.yearLabel = QLabel(OversightPanel)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(OversightPanel)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.topRow.addWidget(self.yearSpin)

        self.periodCombo = QComboBox(OversightPanel)
        self.periodCombo.setObjectName(u"periodCombo")

        self.topRow.addWidget(self.periodCombo)

        self.committeeLabel = QLabel(OversightPanel)
        self.committeeLabel.setObjectName(u"committeeLabel")

        self.topRow.addWidget(self.committeeLabel)

        self.committeeCombo = QComboBox(OversightPanel)
        self.committeeCombo.setObjectName(u"committeeCombo")
        self.committeeCombo.setMinimumContentsLength(10)
        self.committeeCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.topRow.addWidget(self.committeeCombo)

        self.busyLabel = QLabel(OversightPanel)
        self.busyLabel.setObjectName(u"busyLabel")

        self.topRow.addWidget(self.busyLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.printButton = QPushButton(OversightPanel)
        self.printButton.setObjectName(u"printButton")

        self.topRow.addWidget(self.printButton)

        self.exportButton = QPushButton(OversightPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.topRow.addWidget(self.exportButton)


        self.layout.addLayout(self.topRow)

        self.tabs = QTabWidget(OversightPanel)
        self.tabs.setObjectName(u"tabs")
        self.attentionTab = QWidget()
        self.attentionTab.setObjectName(u"attentionTab")
        self.attentionLayout = QVBoxLayout(self.attentionTab)
        self.attentionLayout.setObjectName(u"attentionLayout")
        self.attentionHint = QLabel(self.attentionTab)
        self.attentionHint.setObjectName(u"attentionHint")
        self.attentionHint.setWordWrap(True)

        self.attentionLayout.addWidget(self.attentionHint)

        self.attentionTable = QTableWidget(self.attentionTab)
        self.attentionTable.setObjectName(u"attentionTable")

        self.attentionLayout.addWidget(self.attentionTable)

        self.attentionEmpty = QLabel(self.attentionTab)
        self.attentionEmpty.setObjectName(u"attentionEmpty")
        self.attentionEmpty.setWordWrap(True)

        self.attentionLayout.addWidget(self.attentionEmpty)

        self.tabs.addTab(self.attentionTab, "")
        self.matrixTab = QWidget()
        self.matrixTab.setObjectName(u"matrixTab")
        self.matrixLayout = QVBoxLayout(self.matrixTab)
        self.matrixLayout.setObjectName(u"matrixLayout")
        self.matrixRow = QHBoxLayout()
        self.matrixRow.setObjectName(u"matrixRow")
        self.requirementLabel = QLabel(self.matrixTab)
        self.requirementLabel.setObjectName(u"requirementLabel")

        self.matrixRow.addWidget(self.requirementLabel)

        self.requirementCombo = QComboBox(self.matrixTab)
        self.requirementCombo.setObjectName(u"requirementCombo")

        self.matrixRow.addWidget(self.requirementCombo)

        self.matrixSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matrixRow.addItem(self.matrixSpacer)

        self.drillButton = QPushButton(self.matrixTab)
        self.drillButton.setObjectName(u"drillButton")

        self.matrixRow.addWidget(self.drillButton)


        self.matrixLayout.addLayout(self.matrixRow)

        self.matrixTable = QTableWidget(self.matrixTab)
        self.matrixTable.setObjectName(u"matrixTable")

        self.matrixLayout.addWidget(self.matrixTable)

        self.legendLabel = QLabel(self.matrixTab)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.matrixLayout.addWidget(self.legendLabel)

        self.tabs.addTab(self.matrixTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.committeeLabel.setBuddy(self.committeeCombo)
        self.requirementLabel.setBuddy(self.requirementCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OversightPanel)
    # setupUi

    def retranslateUi(self, OversightPanel):
        self.yearLabel.setText(QCoreApplication.translate("OversightPanel", u"\u5e74\u5ea6\uff1a", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("OversightPanel", u" \u5e74", None))
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("OversightPanel", u"\u9009\u5b63\u5ea6\u6216\u6708\u4efd\u65f6\uff0c\u4f1a\u8bae\u4e00\u680f\u53ea\u7edf\u8ba1\u5728\u8be5\u5b63\u5ea6\uff08\u6708\u4efd\uff09\u5230\u671f\u7684\u8981\u6c42\uff1b\u9700\u8981\u5173\u6ce8\u7684\u4e8b\u9879\u59cb\u7ec8\u6309\u5168\u5e74\u622a\u81f3\u4eca\u5929\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.committeeLabel.setText(QCoreApplication.translate("OversightPanel", u"\u6240\u5c5e\u515a\u7ec4\u7ec7\uff1a", None))
        self.busyLabel.setText(QCoreApplication.translate("OversightPanel", u"\u6b63\u5728\u6c47\u603b\u5404\u515a\u652f\u90e8\u7684\u60c5\u51b5\u2026", None))
        self.printButton.setText(QCoreApplication.translate("OversightPanel", u"\u6253\u5370\u6c47\u603b\u8868\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("OversightPanel", u"\u5bfc\u51faExcel\u2026", None))
        self.attentionHint.setText(QCoreApplication.translate("OversightPanel", u"\u6309\u5404\u515a\u652f\u90e8\u6570\u636e\u5305\u4e2d\u7684\u8bb0\u5f55\u548c\u652f\u90e8\u81ea\u5df1\u7684\u4f1a\u8bae\u89c4\u5219\u8ba1\u7b97\uff1b\u6700\u9700\u8981\u8054\u7cfb\u7684\u6392\u5728\u524d\u9762\u3002\u53cc\u51fb\u4e00\u884c\u67e5\u770b\u8be5\u652f\u90e8\u7684\u5b8c\u6210\u60c5\u51b5\u3002", None))
        self.attentionEmpty.setText(QCoreApplication.translate("OversightPanel", u"\u76ee\u524d\u6ca1\u6709\u9700\u8981\u63d0\u9192\u7684\u515a\u652f\u90e8\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attentionTab), QCoreApplication.translate("OversightPanel", u"\u9700\u8981\u5173\u6ce8\u7684\u515a\u652f\u90e8", None))
        self.requirementLabel.setText(QCoreApplication.translate("OversightPanel", u"\u53ea\u770b\uff1a", None))
        self.drillButton.setText(QCoreApplication.translate("OversightPanel", u"\u67e5\u770b\u660e\u7ec6\u2026", None))
        self.legendLabel.setText(QCoreApplication.translate("OversightPanel", u"\u4f1a\u8bae\u4e3a\u201c\u5df2\u5f00/\u5e94\u5f00\u201d\uff0c\u53ea\u8ba1\u5df2\u7ed3\u675f\u6216\u5df2\u5b8c\u6210\u7684\u5468\u671f\uff1b\u7ea2\u8272\u4e3a\u6709\u7f3a\u6f0f\u6216\u903e\u671f\u3002\u70b9\u51fb\u5217\u6807\u9898\u6392\u5e8f\uff0c\u53cc\u51fb\u683c\u5b50\u67e5\u770b\u5176\u80cc\u540e\u7684\u8bb0\u5f55\uff08\u4f1a\u8bae\u3001\u540d\u518c\u3001\u6362\u5c4a\u3001\u68c0\u67e5\u3001\u6574\u6539\u3001\u627f\u8bfa\uff09\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.matrixTab), QCoreApplication.translate("OversightPanel", u"\u5b8c\u6210\u60c5\u51b5\u77e9\u9635", None))
        pass
    # retranslateUi

