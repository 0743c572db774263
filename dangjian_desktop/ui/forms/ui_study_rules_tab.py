# GENERATED from forms/study_rules_tab.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QListView, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_StudyRulesTab(object):
    def setupUi(self, StudyRulesTab):
        if not StudyRulesTab.objectName():
            StudyRulesTab.setObjectName(u"StudyRulesTab")
        self.layout = QVBoxLayout(StudyRulesTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(StudyRulesTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.rulesForm = QFormLayout()
        self.rulesForm.setObjectName(u"rulesForm")
        self.rulesForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.rulesForm.setVerticalSpacing(10)
        self.targetLabel = QLabel(StudyRulesTab)
        self.targetLabel.setObjectName(u"targetLabel")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetRow = QHBoxLayout()
        self.targetRow.setObjectName(u"targetRow")
        self.targetSpin = QSpinBox(StudyRulesTab)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setMinimum(0)
        self.targetSpin.setMaximum(500)

        self.targetRow.addWidget(self.targetSpin)

        self.targetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetRow.addItem(self.targetSpacer)


        self.rulesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.targetRow)

        self.committeeLabel = QLabel(StudyRulesTab)
        self.committeeLabel.setObjectName(u"committeeLabel")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.committeeLabel)

        self.committeeRow = QHBoxLayout()
        self.committeeRow.setObjectName(u"committeeRow")
        self.committeeSpin = QSpinBox(StudyRulesTab)
        self.committeeSpin.setObjectName(u"committeeSpin")
        self.committeeSpin.setMinimum(0)
        self.committeeSpin.setMaximum(500)

        self.committeeRow.addWidget(self.committeeSpin)

        self.committeeHint = QLabel(StudyRulesTab)
        self.committeeHint.setObjectName(u"committeeHint")

        self.committeeRow.addWidget(self.committeeHint)

        self.committeeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.committeeRow.addItem(self.committeeSpacer)


        self.rulesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.committeeRow)

        self.secretaryLabel = QLabel(StudyRulesTab)
        self.secretaryLabel.setObjectName(u"secretaryLabel")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.secretaryLabel)

        self.secretaryRow = QHBoxLayout()
        self.secretaryRow.setObjectName(u"secretaryRow")
        self.secretarySpin = QSpinBox(StudyRulesTab)
        self.secretarySpin.setObjectName(u"secretarySpin")
        self.secretarySpin.setMinimum(0)
        self.secretarySpin.setMaximum(500)

        self.secretaryRow.addWidget(self.secretarySpin)

        self.secretarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.secretaryRow.addItem(self.secretarySpacer)


        self.rulesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.secretaryRow)

        self.minutesLabel = QLabel(StudyRulesTab)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesRow = QHBoxLayout()
        self.minutesRow.setObjectName(u"minutesRow")
        self.minutesSpin = QSpinBox(StudyRulesTab)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(30)
        self.minutesSpin.setMaximum(60)

        self.minutesRow.addWidget(self.minutesSpin)

        self.minutesHint = QLabel(StudyRulesTab)
        self.minutesHint.setObjectName(u"minutesHint")

        self.minutesRow.addWidget(self.minutesHint)

        self.minutesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minutesRow.addItem(self.minutesSpacer)


        self.rulesForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.minutesRow)

        self.typesLabel = QLabel(StudyRulesTab)
        self.typesLabel.setObjectName(u"typesLabel")

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.typesLabel)

        self.typesList = QListWidget(StudyRulesTab)
        self.typesList.setObjectName(u"typesList")
        self.typesList.setMaximumSize(QSize(16777215, 96))
        self.typesList.setFlow(QListView.LeftToRight)
        self.typesList.setProperty(u"isWrapping", True)
        self.typesList.setResizeMode(QListView.Adjust)
        self.typesList.setSpacing(6)

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.typesList)

        self.prorateCheck = QCheckBox(StudyRulesTab)
        self.prorateCheck.setObjectName(u"prorateCheck")

        self.rulesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.prorateCheck)


        self.layout.addLayout(self.rulesForm)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.defaultsButton = QPushButton(StudyRulesTab)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.buttons.addWidget(self.defaultsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(StudyRulesTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(StudyRulesTab)
    # setupUi

    def retranslateUi(self, StudyRulesTab):
        self.hintLabel.setText(QCoreApplication.translate("StudyRulesTab", u"\u6bcf\u540d\u515a\u5458\u6bcf\u5e74\u96c6\u4e2d\u5b66\u4e60\u4e0d\u5c11\u4e8e32\u5b66\u65f6\uff08\u300a\u4e2d\u56fd\u5171\u4ea7\u515a\u515a\u5458\u6559\u80b2\u7ba1\u7406\u5de5\u4f5c\u6761\u4f8b\u300b\uff09\u3002\u53c2\u52a0\u4e0b\u5217\u4f1a\u8bae\u6309\u5b9e\u9645\u51fa\u5e2d\u548c\u4f1a\u8bae\u8d77\u6b62\u65f6\u95f4\u8ba1\u5165\u5b66\u65f6\uff1b\u4e0a\u7ea7\u7ec4\u7ec7\u7684\u57f9\u8bad\u3001\u7f51\u7edc\u5b66\u4e60\u7b49\u5728\u201c\u5b66\u4e60\u201d\u9875\u6309\u4eba\u767b\u8bb0\u3002", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("StudyRulesTab", u"hint", None))
        self.targetLabel.setText(QCoreApplication.translate("StudyRulesTab", u"\u515a\u5458\u6bcf\u5e74\u4e0d\u5c11\u4e8e", None))
#if QT_CONFIG(accessibility)
        self.targetSpin.setAccessibleName(QCoreApplication.translate("StudyRulesTab", u"\u515a\u5458\u5e74\u5ea6\u5b66\u65f6", None))
#endif // QT_CONFIG(accessibility)
        self.targetSpin.setSuffix(QCoreApplication.translate("StudyRulesTab", u" \u5b66\u65f6", None))
        self.committeeLabel.setText(QCoreApplication.translate("StudyRulesTab", u"\u652f\u59d4\u59d4\u5458\u6bcf\u5e74\u4e0d\u5c11\u4e8e", None))
#if QT_CONFIG(accessibility)
        self.committeeSpin.setAccessibleName(QCoreApplication.translate("StudyRulesTab", u"\u652f\u59d4\u59d4\u5458\u5e74\u5ea6\u5b66\u65f6", None))
#endif // QT_CONFIG(accessibility)
        self.committeeSpin.setSuffix(QCoreApplication.translate("StudyRulesTab", u" \u5b66\u65f6", None))
        self.committeeHint.setText(QCoreApplication.translate("StudyRulesTab", u"\u5f53\u5730\u8981\u6c42\u66f4\u9ad8\u65f6\u586b\u5199\uff08\u598256\u5b66\u65f6\uff09", None))
        self.committeeHint.setProperty(u"role", QCoreApplication.translate("StudyRulesTab", u"hint", None))
        self.secretaryLabel.setText(QCoreApplication.translate("StudyRulesTab", u"\u4e66\u8bb0\u6bcf\u5e74\u4e0d\u5c11\u4e8e", None))
#if QT_CONFIG(accessibility)
        self.secretarySpin.setAccessibleName(QCoreApplication.translate("StudyRulesTab", u"\u4e66\u8bb0\u5e74\u5ea6\u5b66\u65f6", None))
#endif // QT_CONFIG(accessibility)
        self.secretarySpin.setSuffix(QCoreApplication.translate("StudyRulesTab", u" \u5b66\u65f6", None))
        self.minutesLabel.setText(QCoreApplication.translate("StudyRulesTab", u"\u6bcf\u5b66\u65f6", None))
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("StudyRulesTab", u"\u6bcf\u5b66\u65f6\u5206\u949f\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.minutesSpin.setSuffix(QCoreApplication.translate("StudyRulesTab", u" \u5206\u949f", None))
        self.minutesHint.setText(QCoreApplication.translate("StudyRulesTab", u"\u4e00\u822c\u4e3a60\u5206\u949f\uff0c\u90e8\u5206\u5730\u65b9\u630945\u5206\u949f\u8ba1", None))
        self.minutesHint.setProperty(u"role", QCoreApplication.translate("StudyRulesTab", u"hint", None))
        self.typesLabel.setText(QCoreApplication.translate("StudyRulesTab", u"\u8ba1\u5165\u5b66\u65f6\u7684\u4f1a\u8bae", None))
#if QT_CONFIG(accessibility)
        self.typesList.setAccessibleName(QCoreApplication.translate("StudyRulesTab", u"\u8ba1\u5165\u5b66\u65f6\u7684\u4f1a\u8bae", None))
#endif // QT_CONFIG(accessibility)
        self.prorateCheck.setText(QCoreApplication.translate("StudyRulesTab", u"\u5e74\u4e2d\u5165\u515a\u3001\u8f6c\u5165\u6216\u8f6c\u51fa\u7684\u515a\u5458\uff0c\u6309\u5728\u518c\u6708\u6570\u6298\u7b97\u5e74\u5ea6\u8981\u6c42", None))
        self.defaultsButton.setText(QCoreApplication.translate("StudyRulesTab", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.saveButton.setText(QCoreApplication.translate("StudyRulesTab", u"\u4fdd\u5b58", None))
        pass
    # retranslateUi

