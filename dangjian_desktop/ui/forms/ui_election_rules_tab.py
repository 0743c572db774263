# GENERATED from forms/election_rules_tab.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_ElectionRulesTab(object):
    def setupUi(self, ElectionRulesTab):
        if not ElectionRulesTab.objectName():
            ElectionRulesTab.setObjectName(u"ElectionRulesTab")
        self.layout = QVBoxLayout(ElectionRulesTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(ElectionRulesTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.rulesForm = QFormLayout()
        self.rulesForm.setObjectName(u"rulesForm")
        self.rulesForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.rulesForm.setVerticalSpacing(10)
        self.marginLabel = QLabel(ElectionRulesTab)
        self.marginLabel.setObjectName(u"marginLabel")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.marginLabel)

        self.marginRow = QHBoxLayout()
        self.marginRow.setObjectName(u"marginRow")
        self.marginSpin = QSpinBox(ElectionRulesTab)
        self.marginSpin.setObjectName(u"marginSpin")
        self.marginSpin.setMinimum(0)
        self.marginSpin.setMaximum(100)

        self.marginRow.addWidget(self.marginSpin)

        self.marginHint = QLabel(ElectionRulesTab)
        self.marginHint.setObjectName(u"marginHint")

        self.marginRow.addWidget(self.marginHint)

        self.marginSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.marginRow.addItem(self.marginSpacer)


        self.rulesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.marginRow)

        self.quorumLabel = QLabel(ElectionRulesTab)
        self.quorumLabel.setObjectName(u"quorumLabel")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quorumLabel)

        self.quorumRow = QHBoxLayout()
        self.quorumRow.setObjectName(u"quorumRow")
        self.quorumNumSpin = QSpinBox(ElectionRulesTab)
        self.quorumNumSpin.setObjectName(u"quorumNumSpin")
        self.quorumNumSpin.setMinimum(1)
        self.quorumNumSpin.setMaximum(99)

        self.quorumRow.addWidget(self.quorumNumSpin)

        self.slashLabel = QLabel(ElectionRulesTab)
        self.slashLabel.setObjectName(u"slashLabel")

        self.quorumRow.addWidget(self.slashLabel)

        self.quorumDenSpin = QSpinBox(ElectionRulesTab)
        self.quorumDenSpin.setObjectName(u"quorumDenSpin")
        self.quorumDenSpin.setMinimum(2)
        self.quorumDenSpin.setMaximum(100)

        self.quorumRow.addWidget(self.quorumDenSpin)

        self.quorumHint = QLabel(ElectionRulesTab)
        self.quorumHint.setObjectName(u"quorumHint")

        self.quorumRow.addWidget(self.quorumHint)

        self.quorumSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quorumRow.addItem(self.quorumSpacer)


        self.rulesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.quorumRow)

        self.basisLabel = QLabel(ElectionRulesTab)
        self.basisLabel.setObjectName(u"basisLabel")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisCombo = QComboBox(ElectionRulesTab)
        self.basisCombo.setObjectName(u"basisCombo")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.basisCombo)

        self.basisCite = QLabel(ElectionRulesTab)
        self.basisCite.setObjectName(u"basisCite")
        self.basisCite.setWordWrap(True)

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.basisCite)

        self.delayLabel = QLabel(ElectionRulesTab)
        self.delayLabel.setObjectName(u"delayLabel")

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.delayLabel)

        self.delayRow = QHBoxLayout()
        self.delayRow.setObjectName(u"delayRow")
        self.delaySpin = QSpinBox(ElectionRulesTab)
        self.delaySpin.setObjectName(u"delaySpin")
        self.delaySpin.setMinimum(1)
        self.delaySpin.setMaximum(24)

        self.delayRow.addWidget(self.delaySpin)

        self.delaySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.delayRow.addItem(self.delaySpacer)


        self.rulesForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.delayRow)


        self.layout.addLayout(self.rulesForm)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.defaultsButton = QPushButton(ElectionRulesTab)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.buttons.addWidget(self.defaultsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(ElectionRulesTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ElectionRulesTab)
    # setupUi

    def retranslateUi(self, ElectionRulesTab):
        self.hintLabel.setText(QCoreApplication.translate("ElectionRulesTab", u"\u6362\u5c4a\u9009\u4e3e\u7684\u89c4\u5219\u6570\u5b57\uff0c\u9ed8\u8ba4\u6309\u300a\u4e2d\u56fd\u5171\u4ea7\u515a\u57fa\u5c42\u7ec4\u7ec7\u9009\u4e3e\u5de5\u4f5c\u6761\u4f8b\u300b\uff082020\u5e74\uff09\u3002\u4e0a\u7ea7\u515a\u59d4\u53e6\u6709\u8981\u6c42\u7684\uff0c\u6309\u8981\u6c42\u4fee\u6539\u3002", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("ElectionRulesTab", u"hint", None))
        self.marginLabel.setText(QCoreApplication.translate("ElectionRulesTab", u"\u5dee\u989d\u6bd4\u4f8b", None))
#if QT_CONFIG(accessibility)
        self.marginSpin.setAccessibleName(QCoreApplication.translate("ElectionRulesTab", u"\u5dee\u989d\u6bd4\u4f8b", None))
#endif // QT_CONFIG(accessibility)
        self.marginSpin.setSuffix(QCoreApplication.translate("ElectionRulesTab", u" %", None))
        self.marginHint.setText(QCoreApplication.translate("ElectionRulesTab", u"\u5019\u9009\u4eba\u6570\u591a\u4e8e\u5e94\u9009\u4eba\u6570\u7684\u6bd4\u4f8b\uff08\u5c0f\u6570\u8fdb\u4e00\uff09", None))
        self.marginHint.setProperty(u"role", QCoreApplication.translate("ElectionRulesTab", u"hint", None))
        self.quorumLabel.setText(QCoreApplication.translate("ElectionRulesTab", u"\u5230\u4f1a\u4eba\u6570\u987b\u8d85\u8fc7\u5e94\u5230\u7684", None))
#if QT_CONFIG(accessibility)
        self.quorumNumSpin.setAccessibleName(QCoreApplication.translate("ElectionRulesTab", u"\u5206\u5b50", None))
#endif // QT_CONFIG(accessibility)
        self.slashLabel.setText(QCoreApplication.translate("ElectionRulesTab", u"/", None))
#if QT_CONFIG(accessibility)
        self.quorumDenSpin.setAccessibleName(QCoreApplication.translate("ElectionRulesTab", u"\u5206\u6bcd", None))
#endif // QT_CONFIG(accessibility)
        self.quorumHint.setText(QCoreApplication.translate("ElectionRulesTab", u"\u6709\u9009\u4e3e\u6743\u7684\u5230\u4f1a\u4eba\u6570\u8d85\u8fc7\u5e94\u5230\u4f1a\u4eba\u6570\u7684\u8fd9\u4e00\u6bd4\u4f8b\uff0c\u4f1a\u8bae\u6709\u6548", None))
        self.quorumHint.setProperty(u"role", QCoreApplication.translate("ElectionRulesTab", u"hint", None))
        self.basisLabel.setText(QCoreApplication.translate("ElectionRulesTab", u"\u5f53\u9009\u987b\u8d85\u8fc7\u534a\u6570\u7684", None))
#if QT_CONFIG(accessibility)
        self.basisCombo.setAccessibleName(QCoreApplication.translate("ElectionRulesTab", u"\u5f53\u9009\u6807\u51c6", None))
#endif // QT_CONFIG(accessibility)
        self.basisCite.setText("")
        self.basisCite.setProperty(u"role", QCoreApplication.translate("ElectionRulesTab", u"hint", None))
        self.delayLabel.setText(QCoreApplication.translate("ElectionRulesTab", u"\u5ef6\u671f\u6362\u5c4a\u6700\u957f", None))
#if QT_CONFIG(accessibility)
        self.delaySpin.setAccessibleName(QCoreApplication.translate("ElectionRulesTab", u"\u5ef6\u671f\u6700\u957f\u6708\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.delaySpin.setSuffix(QCoreApplication.translate("ElectionRulesTab", u" \u4e2a\u6708", None))
        self.defaultsButton.setText(QCoreApplication.translate("ElectionRulesTab", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.saveButton.setText(QCoreApplication.translate("ElectionRulesTab", u"\u4fdd\u5b58", None))
        pass
    # retranslateUi

