# GENERATED from forms/exchange_settings_tab.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_ExchangeSettingsTab(object):
    def setupUi(self, ExchangeSettingsTab):
        if not ExchangeSettingsTab.objectName():
            ExchangeSettingsTab.setObjectName(u"ExchangeSettingsTab")
        self.layout = QVBoxLayout(ExchangeSettingsTab)
        self.layout.setObjectName(u"layout")
        self.modeLabel = QLabel(ExchangeSettingsTab)
        self.modeLabel.setObjectName(u"modeLabel")
        self.modeLabel.setWordWrap(True)

        self.layout.addWidget(self.modeLabel)

        self.explainLabel = QLabel(ExchangeSettingsTab)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.explainLabel)

        self.hqGroup = QGroupBox(ExchangeSettingsTab)
        self.hqGroup.setObjectName(u"hqGroup")
        self.hqLayout = QFormLayout(self.hqGroup)
        self.hqLayout.setObjectName(u"hqLayout")
        self.nameLabel = QLabel(self.hqGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.hqLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.hqGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.hqLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.makeHqButton = QPushButton(self.hqGroup)
        self.makeHqButton.setObjectName(u"makeHqButton")

        self.hqLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.makeHqButton)


        self.layout.addWidget(self.hqGroup)

        self.statusLabel = QLabel(ExchangeSettingsTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExchangeSettingsTab)
    # setupUi

    def retranslateUi(self, ExchangeSettingsTab):
        self.modeLabel.setText("")
        self.explainLabel.setText("")
        self.hqGroup.setTitle(QCoreApplication.translate("ExchangeSettingsTab", u"\u628a\u8fd9\u4efd\u7a7a\u767d\u6570\u636e\u8bbe\u4e3a\u4e0a\u7ea7\u515a\u59d4\u6570\u636e", None))
        self.nameLabel.setText(QCoreApplication.translate("ExchangeSettingsTab", u"\u4e0a\u7ea7\u515a\u59d4\u540d\u79f0(&N)\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ExchangeSettingsTab", u"\u4f8b\u5982\uff1a\u793a\u8303\u80fd\u6e90\u516c\u53f8\u515a\u59d4", None))
        self.makeHqButton.setText(QCoreApplication.translate("ExchangeSettingsTab", u"\u8bbe\u4e3a\u4e0a\u7ea7\u515a\u59d4\u6570\u636e(&H)", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

