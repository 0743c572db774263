# GENERATED from forms/development_rules_tab.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_DevelopmentRulesTab(object):
    def setupUi(self, DevelopmentRulesTab):
        if not DevelopmentRulesTab.objectName():
            DevelopmentRulesTab.setObjectName(u"DevelopmentRulesTab")
        self.layout = QVBoxLayout(DevelopmentRulesTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(DevelopmentRulesTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.ageLabel = QLabel(DevelopmentRulesTab)
        self.ageLabel.setObjectName(u"ageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageSpin = QSpinBox(DevelopmentRulesTab)
        self.ageSpin.setObjectName(u"ageSpin")
        self.ageSpin.setMinimum(14)
        self.ageSpin.setMaximum(30)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ageSpin)

        self.talkLabel = QLabel(DevelopmentRulesTab)
        self.talkLabel.setObjectName(u"talkLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.talkLabel)

        self.talkSpin = QSpinBox(DevelopmentRulesTab)
        self.talkSpin.setObjectName(u"talkSpin")
        self.talkSpin.setMinimum(1)
        self.talkSpin.setMaximum(6)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.talkSpin)

        self.activistLabel = QLabel(DevelopmentRulesTab)
        self.activistLabel.setObjectName(u"activistLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.activistLabel)

        self.activistSpin = QSpinBox(DevelopmentRulesTab)
        self.activistSpin.setObjectName(u"activistSpin")
        self.activistSpin.setMinimum(1)
        self.activistSpin.setMaximum(36)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activistSpin)

        self.assessmentLabel = QLabel(DevelopmentRulesTab)
        self.assessmentLabel.setObjectName(u"assessmentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.assessmentLabel)

        self.assessmentSpin = QSpinBox(DevelopmentRulesTab)
        self.assessmentSpin.setObjectName(u"assessmentSpin")
        self.assessmentSpin.setMinimum(1)
        self.assessmentSpin.setMaximum(12)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.assessmentSpin)

        self.trainingLabel = QLabel(DevelopmentRulesTab)
        self.trainingLabel.setObjectName(u"trainingLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.trainingLabel)

        self.trainingRow = QHBoxLayout()
        self.trainingRow.setObjectName(u"trainingRow")
        self.trainingDaysSpin = QDoubleSpinBox(DevelopmentRulesTab)
        self.trainingDaysSpin.setObjectName(u"trainingDaysSpin")
        self.trainingDaysSpin.setDecimals(1)
        self.trainingDaysSpin.setMinimum(0.500000000000000)
        self.trainingDaysSpin.setMaximum(60.000000000000000)

        self.trainingRow.addWidget(self.trainingDaysSpin)

        self.orLabel = QLabel(DevelopmentRulesTab)
        self.orLabel.setObjectName(u"orLabel")

        self.trainingRow.addWidget(self.orLabel)

        self.trainingHoursSpin = QDoubleSpinBox(DevelopmentRulesTab)
        self.trainingHoursSpin.setObjectName(u"trainingHoursSpin")
        self.trainingHoursSpin.setDecimals(1)
        self.trainingHoursSpin.setMinimum(1.000000000000000)
        self.trainingHoursSpin.setMaximum(500.000000000000000)

        self.trainingRow.addWidget(self.trainingHoursSpin)

        self.trainingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trainingRow.addItem(self.trainingSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.trainingRow)

        self.approvalLabel = QLabel(DevelopmentRulesTab)
        self.approvalLabel.setObjectName(u"approvalLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.approvalLabel)

        self.approvalSpin = QSpinBox(DevelopmentRulesTab)
        self.approvalSpin.setObjectName(u"approvalSpin")
        self.approvalSpin.setMinimum(1)
        self.approvalSpin.setMaximum(12)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.approvalSpin)

        self.probationLabel = QLabel(DevelopmentRulesTab)
        self.probationLabel.setObjectName(u"probationLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.probationLabel)

        self.probationSpin = QSpinBox(DevelopmentRulesTab)
        self.probationSpin.setObjectName(u"probationSpin")
        self.probationSpin.setMinimum(6)
        self.probationSpin.setMaximum(24)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.probationSpin)

        self.extensionLabel = QLabel(DevelopmentRulesTab)
        self.extensionLabel.setObjectName(u"extensionLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.extensionLabel)

        self.extensionRow = QHBoxLayout()
        self.extensionRow.setObjectName(u"extensionRow")
        self.extensionMinSpin = QSpinBox(DevelopmentRulesTab)
        self.extensionMinSpin.setObjectName(u"extensionMinSpin")
        self.extensionMinSpin.setMinimum(1)
        self.extensionMinSpin.setMaximum(24)

        self.extensionRow.addWidget(self.extensionMinSpin)

        self.toLabel = QLabel(DevelopmentRulesTab)
        self.toLabel.setObjectName(u"toLabel")

        self.extensionRow.addWidget(self.toLabel)

        self.extensionMaxSpin = QSpinBox(DevelopmentRulesTab)
        self.extensionMaxSpin.setObjectName(u"extensionMaxSpin")
        self.extensionMaxSpin.setMinimum(1)
        self.extensionMaxSpin.setMaximum(24)

        self.extensionRow.addWidget(self.extensionMaxSpin)

        self.extensionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.extensionRow.addItem(self.extensionSpacer)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.extensionRow)

        self.publicityLabel = QLabel(DevelopmentRulesTab)
        self.publicityLabel.setObjectName(u"publicityLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.publicityLabel)

        self.publicitySpin = QSpinBox(DevelopmentRulesTab)
        self.publicitySpin.setObjectName(u"publicitySpin")
        self.publicitySpin.setMinimum(1)
        self.publicitySpin.setMaximum(30)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.publicitySpin)

        self.reminderLabel = QLabel(DevelopmentRulesTab)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reminderLabel)

        self.reminderSpin = QSpinBox(DevelopmentRulesTab)
        self.reminderSpin.setObjectName(u"reminderSpin")
        self.reminderSpin.setMinimum(1)
        self.reminderSpin.setMaximum(180)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reminderSpin)

        self.fullDateLabel = QLabel(DevelopmentRulesTab)
        self.fullDateLabel.setObjectName(u"fullDateLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.fullDateLabel)

        self.fullDateCombo = QComboBox(DevelopmentRulesTab)
        self.fullDateCombo.setObjectName(u"fullDateCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.fullDateCombo)


        self.layout.addLayout(self.form)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vspacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.savedLabel = QLabel(DevelopmentRulesTab)
        self.savedLabel.setObjectName(u"savedLabel")

        self.buttons.addWidget(self.savedLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.resetButton = QPushButton(DevelopmentRulesTab)
        self.resetButton.setObjectName(u"resetButton")

        self.buttons.addWidget(self.resetButton)

        self.saveButton = QPushButton(DevelopmentRulesTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.ageLabel.setBuddy(self.ageSpin)
        self.talkLabel.setBuddy(self.talkSpin)
        self.activistLabel.setBuddy(self.activistSpin)
        self.assessmentLabel.setBuddy(self.assessmentSpin)
        self.trainingLabel.setBuddy(self.trainingDaysSpin)
        self.approvalLabel.setBuddy(self.approvalSpin)
        self.probationLabel.setBuddy(self.probationSpin)
        self.extensionLabel.setBuddy(self.extensionMinSpin)
        self.publicityLabel.setBuddy(self.publicitySpin)
        self.reminderLabel.setBuddy(self.reminderSpin)
        self.fullDateLabel.setBuddy(self.fullDateCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevelopmentRulesTab)
    # setupUi

    def retranslateUi(self, DevelopmentRulesTab):
        self.hintLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u9ed8\u8ba4\u6309\u300a\u4e2d\u56fd\u5171\u4ea7\u515a\u53d1\u5c55\u515a\u5458\u5de5\u4f5c\u7ec6\u5219\u300b\uff1a\u6536\u5230\u5165\u515a\u7533\u8bf7\u4e66\u540e\u4e00\u4e2a\u6708\u5185\u8c08\u8bdd\uff0c\u57f9\u517b\u6559\u80b2\u4e00\u5e74\u4ee5\u4e0a\u624d\u80fd\u786e\u5b9a\u4e3a\u53d1\u5c55\u5bf9\u8c61\uff0c\u6bcf\u534a\u5e74\u8003\u5bdf\u4e00\u6b21\uff0c\u96c6\u4e2d\u57f9\u8bad\u4e0d\u5c11\u4e8e\u4e09\u5929\uff08\u6216\u4e8c\u5341\u56db\u5b66\u65f6\uff09\uff0c\u4e0a\u7ea7\u515a\u59d4\u5728\u652f\u90e8\u5927\u4f1a\u540e\u4e09\u4e2a\u6708\u5185\u5ba1\u6279\uff0c\u9884\u5907\u671f\u4e00\u5e74\uff0c\u53ef\u5ef6\u957f\u4e00\u6b21\uff08\u516d\u4e2a\u6708\u81f3\u4e00\u5e74\uff09\u3002\u516c\u793a\u5929\u6570\u6309\u672c\u5730\u505a\u6cd5\u3002\u5982\u672c\u5730\u8981\u6c42\u4e0d\u540c\uff0c\u53ef\u5728\u6b64\u4fee\u6539\uff1b\u6838\u5bf9\u548c\u9996\u9875\u63d0\u9192\u6309\u8fd9\u91cc\u7684\u89c4\u5219\u8ba1\u7b97\u3002", None))
        self.ageLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u9012\u4ea4\u7533\u8bf7\u65f6\u5e94\u5e74\u6ee1", None))
        self.ageSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u5468\u5c81", None))
        self.talkLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u6536\u5230\u7533\u8bf7\u4e66\u540e\u8c08\u8bdd\u7684\u671f\u9650", None))
        self.talkSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u4e2a\u6708\u5185", None))
        self.activistLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u79ef\u6781\u5206\u5b50\u57f9\u517b\u6ee1\u591a\u4e45\u624d\u80fd\u786e\u5b9a\u4e3a\u53d1\u5c55\u5bf9\u8c61", None))
        self.activistSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u4e2a\u6708", None))
        self.assessmentLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u4e66\u9762\u8003\u5bdf\u95f4\u9694", None))
        self.assessmentSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u4e2a\u6708", None))
        self.trainingLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u96c6\u4e2d\u57f9\u8bad\u81f3\u5c11", None))
        self.trainingDaysSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u5929", None))
        self.orLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u6216", None))
        self.trainingHoursSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u5b66\u65f6", None))
        self.approvalLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u4e0a\u7ea7\u515a\u59d4\u5ba1\u6279\u671f\u9650\uff08\u652f\u90e8\u5927\u4f1a\u540e\uff09", None))
        self.approvalSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u4e2a\u6708\u5185", None))
        self.probationLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u9884\u5907\u671f", None))
        self.probationSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u4e2a\u6708", None))
        self.extensionLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u5ef6\u957f\u9884\u5907\u671f", None))
        self.extensionMinSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u4e2a\u6708", None))
        self.toLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u81f3", None))
        self.extensionMaxSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u4e2a\u6708", None))
        self.publicityLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u516c\u793a\u81f3\u5c11", None))
        self.publicitySpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.reminderLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u9996\u9875\u63d0\u524d\u63d0\u9192", None))
        self.reminderSpin.setSuffix(QCoreApplication.translate("DevelopmentRulesTab", u" \u5929", None))
        self.fullDateLabel.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u540d\u518c\u4e2d\u7684\u8f6c\u6b63\u65e5\u671f", None))
        self.savedLabel.setText("")
        self.resetButton.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.saveButton.setText(QCoreApplication.translate("DevelopmentRulesTab", u"\u4fdd\u5b58\u89c4\u5219", None))
        pass
    # retranslateUi

