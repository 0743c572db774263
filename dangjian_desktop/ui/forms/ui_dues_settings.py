# GENERATED from forms/dues_settings.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout)

class Ui_DuesSettingsTab(object):
    def setupUi(self, DuesSettingsTab):
        if not DuesSettingsTab.objectName():
            DuesSettingsTab.setObjectName(u"DuesSettingsTab")
        self.mainLayout = QVBoxLayout(DuesSettingsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(DuesSettingsTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.tiersRow = QHBoxLayout()
        self.tiersRow.setObjectName(u"tiersRow")
        self.employedGroup = QGroupBox(DuesSettingsTab)
        self.employedGroup.setObjectName(u"employedGroup")
        self.employedGroupLayout = QVBoxLayout(self.employedGroup)
        self.employedGroupLayout.setObjectName(u"employedGroupLayout")
        self.employedTable = QTableWidget(self.employedGroup)
        self.employedTable.setObjectName(u"employedTable")
        self.employedTable.setMaximumHeight(190)

        self.employedGroupLayout.addWidget(self.employedTable)


        self.tiersRow.addWidget(self.employedGroup)

        self.retiredGroup = QGroupBox(DuesSettingsTab)
        self.retiredGroup.setObjectName(u"retiredGroup")
        self.retiredGroupLayout = QVBoxLayout(self.retiredGroup)
        self.retiredGroupLayout.setObjectName(u"retiredGroupLayout")
        self.retiredTable = QTableWidget(self.retiredGroup)
        self.retiredTable.setObjectName(u"retiredTable")
        self.retiredTable.setMaximumHeight(190)

        self.retiredGroupLayout.addWidget(self.retiredTable)


        self.tiersRow.addWidget(self.retiredGroup)


        self.mainLayout.addLayout(self.tiersRow)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fixedEditLabel = QLabel(DuesSettingsTab)
        self.fixedEditLabel.setObjectName(u"fixedEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fixedEditLabel)

        self.fixedEdit = QLineEdit(DuesSettingsTab)
        self.fixedEdit.setObjectName(u"fixedEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fixedEdit)

        self.farmerMinEditLabel = QLabel(DuesSettingsTab)
        self.farmerMinEditLabel.setObjectName(u"farmerMinEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.farmerMinEditLabel)

        self.farmerMinEdit = QLineEdit(DuesSettingsTab)
        self.farmerMinEdit.setObjectName(u"farmerMinEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.farmerMinEdit)

        self.farmerMaxEditLabel = QLabel(DuesSettingsTab)
        self.farmerMaxEditLabel.setObjectName(u"farmerMaxEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.farmerMaxEditLabel)

        self.farmerMaxEdit = QLineEdit(DuesSettingsTab)
        self.farmerMaxEdit.setObjectName(u"farmerMaxEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.farmerMaxEdit)

        self.arrearsSpinLabel = QLabel(DuesSettingsTab)
        self.arrearsSpinLabel.setObjectName(u"arrearsSpinLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.arrearsSpinLabel)

        self.arrearsSpin = QSpinBox(DuesSettingsTab)
        self.arrearsSpin.setObjectName(u"arrearsSpin")
        self.arrearsSpin.setMinimum(1)
        self.arrearsSpin.setMaximum(11)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.arrearsSpin)

        self.lapseSpinLabel = QLabel(DuesSettingsTab)
        self.lapseSpinLabel.setObjectName(u"lapseSpinLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lapseSpinLabel)

        self.lapseSpin = QSpinBox(DuesSettingsTab)
        self.lapseSpin.setObjectName(u"lapseSpin")
        self.lapseSpin.setMinimum(2)
        self.lapseSpin.setMaximum(24)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lapseSpin)

        self.standardsMonthSpinLabel = QLabel(DuesSettingsTab)
        self.standardsMonthSpinLabel.setObjectName(u"standardsMonthSpinLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.standardsMonthSpinLabel)

        self.standardsMonthSpin = QSpinBox(DuesSettingsTab)
        self.standardsMonthSpin.setObjectName(u"standardsMonthSpin")
        self.standardsMonthSpin.setMinimum(1)
        self.standardsMonthSpin.setMaximum(12)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.standardsMonthSpin)


        self.mainLayout.addLayout(self.form)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(DuesSettingsTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.resetButton = QPushButton(DuesSettingsTab)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonRow.addWidget(self.resetButton)

        self.savedLabel = QLabel(DuesSettingsTab)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setWordWrap(False)

        self.buttonRow.addWidget(self.savedLabel)

        self.buttonRowSpacer3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonRowSpacer3)


        self.mainLayout.addLayout(self.buttonRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.fixedEditLabel.setBuddy(self.fixedEdit)
        self.farmerMinEditLabel.setBuddy(self.farmerMinEdit)
        self.farmerMaxEditLabel.setBuddy(self.farmerMaxEdit)
        self.arrearsSpinLabel.setBuddy(self.arrearsSpin)
        self.lapseSpinLabel.setBuddy(self.lapseSpin)
        self.standardsMonthSpinLabel.setBuddy(self.standardsMonthSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesSettingsTab)
    # setupUi

    def retranslateUi(self, DuesSettingsTab):
        self.hintLabel.setText(QCoreApplication.translate("DuesSettingsTab", u"\u6309\u300a\u5173\u4e8e\u4e2d\u56fd\u5171\u4ea7\u515a\u515a\u8d39\u6536\u7f34\u3001\u4f7f\u7528\u548c\u7ba1\u7406\u7684\u89c4\u5b9a\u300b\uff082008\u5e74\uff09\u8bbe\u7f6e\u9ed8\u8ba4\u503c\u3002\u5404\u6863\u6bd4\u4f8b\u9002\u7528\u4e8e\u5168\u90e8\u57fa\u6570\uff1b\u201c\u4e0a\u9650\u201d\u542b\u672c\u6570\uff0c\u6700\u540e\u4e00\u6863\u7559\u7a7a\u8868\u793a\u201c\u4ee5\u4e0a\u201d\u3002\u4fee\u6539\u53ea\u5f71\u54cd\u6b64\u540e\u6838\u5b9a\u7684\u6807\u51c6\uff0c\u5df2\u6838\u5b9a\u7684\u6807\u51c6\u4e0d\u53d8\u3002", None))
        self.employedGroup.setTitle(QCoreApplication.translate("DuesSettingsTab", u"\u5728\u804c\u515a\u5458\uff08\u6309\u6708\u5de5\u8d44\u6536\u5165\u4e2d\u7684\u56fa\u5b9a\u90e8\u5206\uff0c\u7a0e\u540e\uff09", None))
        self.retiredGroup.setTitle(QCoreApplication.translate("DuesSettingsTab", u"\u79bb\u9000\u4f11\u515a\u5458\uff08\u6309\u5b9e\u9645\u9886\u53d6\u7684\u79bb\u9000\u4f11\u8d39\uff09", None))
        self.fixedEditLabel.setText(QCoreApplication.translate("DuesSettingsTab", u"\u5b66\u751f\u3001\u4e0b\u5c97\u5931\u4e1a\u3001\u4f4e\u4fdd\u515a\u5458\u6bcf\u6708\uff08\u5143\uff09\uff1a", None))
        self.farmerMinEditLabel.setText(QCoreApplication.translate("DuesSettingsTab", u"\u519c\u6c11\u515a\u5458\u6bcf\u6708\u6700\u4f4e\uff08\u5143\uff09\uff1a", None))
        self.farmerMaxEditLabel.setText(QCoreApplication.translate("DuesSettingsTab", u"\u519c\u6c11\u515a\u5458\u6bcf\u6708\u6700\u9ad8\uff08\u5143\uff09\uff1a", None))
        self.arrearsSpinLabel.setText(QCoreApplication.translate("DuesSettingsTab", u"\u8fde\u7eed\u672a\u4ea4\u51e0\u4e2a\u6708\u5728\u9996\u9875\u63d0\u9192\uff1a", None))
        self.arrearsSpin.setSuffix(QCoreApplication.translate("DuesSettingsTab", u"\u4e2a\u6708", None))
        self.lapseSpinLabel.setText(QCoreApplication.translate("DuesSettingsTab", u"\u8fde\u7eed\u672a\u4ea4\u51e0\u4e2a\u6708\u4e3a\u201c\u81ea\u884c\u8131\u515a\u201d\u60c5\u5f62\uff1a", None))
        self.lapseSpin.setSuffix(QCoreApplication.translate("DuesSettingsTab", u"\u4e2a\u6708", None))
        self.standardsMonthSpinLabel.setText(QCoreApplication.translate("DuesSettingsTab", u"\u6bcf\u5e74\u6838\u5b9a\u6807\u51c6\u7684\u6708\u4efd\uff1a", None))
        self.standardsMonthSpin.setSuffix(QCoreApplication.translate("DuesSettingsTab", u"\u6708", None))
        self.saveButton.setText(QCoreApplication.translate("DuesSettingsTab", u"\u4fdd\u5b58", None))
        self.resetButton.setText(QCoreApplication.translate("DuesSettingsTab", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.savedLabel.setText("")
        pass
    # retranslateUi

