# GENERATED from forms/database_settings_tab.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_DatabaseSettingsTab(object):
    def setupUi(self, DatabaseSettingsTab):
        if not DatabaseSettingsTab.objectName():
            DatabaseSettingsTab.setObjectName(u"DatabaseSettingsTab")
        self.layout = QVBoxLayout(DatabaseSettingsTab)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(DatabaseSettingsTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.currentLabel = QLabel(DatabaseSettingsTab)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)
        self.currentLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.currentLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hostLabel = QLabel(DatabaseSettingsTab)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(DatabaseSettingsTab)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(255)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(DatabaseSettingsTab)
        self.portLabel.setObjectName(u"portLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(DatabaseSettingsTab)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(DatabaseSettingsTab)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(DatabaseSettingsTab)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setMaxLength(63)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(DatabaseSettingsTab)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(DatabaseSettingsTab)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(63)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(DatabaseSettingsTab)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(DatabaseSettingsTab)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.rememberCheck = QCheckBox(DatabaseSettingsTab)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rememberCheck)

        self.keyringLabel = QLabel(DatabaseSettingsTab)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.keyringLabel)


        self.layout.addLayout(self.form)

        self.statusLabel = QLabel(DatabaseSettingsTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.statusLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.localButton = QPushButton(DatabaseSettingsTab)
        self.localButton.setObjectName(u"localButton")

        self.buttons.addWidget(self.localButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.testButton = QPushButton(DatabaseSettingsTab)
        self.testButton.setObjectName(u"testButton")

        self.buttons.addWidget(self.testButton)

        self.saveButton = QPushButton(DatabaseSettingsTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.testButton)
        QWidget.setTabOrder(self.testButton, self.saveButton)

        self.retranslateUi(DatabaseSettingsTab)
    # setupUi

    def retranslateUi(self, DatabaseSettingsTab):
        self.hintLabel.setText(QCoreApplication.translate("DatabaseSettingsTab", u"\u4e0a\u7ea7\u515a\u59d4\u7684\u6570\u636e\u53ef\u4ee5\u4fdd\u5b58\u5728\u672c\u673a\u7684\u6570\u636e\u6587\u4ef6\u4e2d\uff0c\u4e5f\u53ef\u4ee5\u4fdd\u5b58\u5728\u5355\u4f4d\u5185\u7f51\u7684 PostgreSQL \u6570\u636e\u5e93\u670d\u52a1\u5668\u4e0a\uff0c\u4f9b\u51e0\u4f4d\u540c\u5fd7\u5728\u5404\u81ea\u7684\u7535\u8111\u4e0a\u540c\u65f6\u5bfc\u5165\u548c\u67e5\u770b\u3002\u6570\u636e\u5e93\u7531\u7ba1\u7406\u5458\u5efa\u7acb\uff08\u89c1\u4f7f\u7528\u8bf4\u660e\uff09\uff0c\u8fd9\u91cc\u586b\u5199\u8fde\u63a5\u4fe1\u606f\u3002\u7a0b\u5e8f\u4e0d\u4f1a\u628a\u5bc6\u7801\u5199\u8fdb\u81ea\u5df1\u7684\u6587\u4ef6\u3002", None))
        self.currentLabel.setText("")
        self.hostLabel.setText(QCoreApplication.translate("DatabaseSettingsTab", u"\u670d\u52a1\u5668\u5730\u5740", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("DatabaseSettingsTab", u"\u4f8b\u5982 192.168.1.20 \u6216 dbserver", None))
        self.portLabel.setText(QCoreApplication.translate("DatabaseSettingsTab", u"\u7aef\u53e3", None))
        self.databaseLabel.setText(QCoreApplication.translate("DatabaseSettingsTab", u"\u6570\u636e\u5e93\u540d", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("DatabaseSettingsTab", u"\u4f8b\u5982 dangjian_hq", None))
        self.userLabel.setText(QCoreApplication.translate("DatabaseSettingsTab", u"\u7528\u6237\u540d", None))
        self.passwordLabel.setText(QCoreApplication.translate("DatabaseSettingsTab", u"\u5bc6\u7801", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("DatabaseSettingsTab", u"\u53ea\u7528\u4e8e\u6d4b\u8bd5\u8fde\u63a5\u548c\u8bb0\u4f4f\u5bc6\u7801", None))
        self.rememberCheck.setText(QCoreApplication.translate("DatabaseSettingsTab", u"\u8bb0\u4f4f\u5bc6\u7801\uff08\u4fdd\u5b58\u5728\u7cfb\u7edf\u51ed\u636e\u7ba1\u7406\u5668\u4e2d\uff09", None))
        self.keyringLabel.setText("")
        self.statusLabel.setText("")
        self.localButton.setText(QCoreApplication.translate("DatabaseSettingsTab", u"\u6539\u56de\u4f7f\u7528\u672c\u673a\u6570\u636e\u6587\u4ef6", None))
        self.testButton.setText(QCoreApplication.translate("DatabaseSettingsTab", u"\u6d4b\u8bd5\u8fde\u63a5", None))
        self.saveButton.setText(QCoreApplication.translate("DatabaseSettingsTab", u"\u4fdd\u5b58\uff0c\u4e0b\u6b21\u542f\u52a8\u65f6\u4f7f\u7528", None))
        pass
    # retranslateUi

