# GENERATED from forms/amendment_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import DateEdit
from dangjian_desktop.ui.widgets.plain_paste_edit import PlainPasteEdit

class Ui_AmendmentDialog(object):
    def setupUi(self, AmendmentDialog):
        if not AmendmentDialog.objectName():
            AmendmentDialog.setObjectName(u"AmendmentDialog")
        AmendmentDialog.resize(640, 520)
        self.mainLayout = QVBoxLayout(AmendmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hintLabel = QLabel(AmendmentDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.hintLabel)

        self.fieldLabel = QLabel(AmendmentDialog)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldCombo = QComboBox(AmendmentDialog)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.oldLabel = QLabel(AmendmentDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.oldLabel)

        self.oldEdit = QPlainTextEdit(AmendmentDialog)
        self.oldEdit.setObjectName(u"oldEdit")
        self.oldEdit.setReadOnly(True)
        self.oldEdit.setMaximumHeight(110)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.oldEdit)

        self.newLabel = QLabel(AmendmentDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = PlainPasteEdit(AmendmentDialog)
        self.newEdit.setObjectName(u"newEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.reasonLabel = QLabel(AmendmentDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(AmendmentDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.dateLabel = QLabel(AmendmentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(AmendmentDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.whoLabel = QLabel(AmendmentDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoEdit = QLineEdit(AmendmentDialog)
        self.whoEdit.setObjectName(u"whoEdit")
        self.whoEdit.setMaxLength(50)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.whoEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(AmendmentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AmendmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fieldLabel.setBuddy(self.fieldCombo)
        self.newLabel.setBuddy(self.newEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.whoLabel.setBuddy(self.whoEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AmendmentDialog)
    # setupUi

    def retranslateUi(self, AmendmentDialog):
        AmendmentDialog.setWindowTitle(QCoreApplication.translate("AmendmentDialog", u"\u767b\u8bb0\u66f4\u6b63", None))
        self.hintLabel.setText(QCoreApplication.translate("AmendmentDialog", u"\u539f\u8bb0\u5f55\u4e0d\u4f1a\u88ab\u6539\u52a8\uff1b\u66f4\u6b63\u5185\u5bb9\u3001\u65e5\u671f\u548c\u539f\u56e0\u4f1a\u53e6\u884c\u8bb0\u8f7d\uff0c\u5e76\u6253\u5370\u5728\u4f1a\u8bae\u8bb0\u5f55\u4e4b\u540e\u3002", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("AmendmentDialog", u"hint", None))
        self.fieldLabel.setText(QCoreApplication.translate("AmendmentDialog", u"\u66f4\u6b63\u9879\u76ee", None))
        self.oldLabel.setText(QCoreApplication.translate("AmendmentDialog", u"\u73b0\u6709\u5185\u5bb9", None))
        self.newLabel.setText(QCoreApplication.translate("AmendmentDialog", u"\u66f4\u6b63\u4e3a", None))
        self.reasonLabel.setText(QCoreApplication.translate("AmendmentDialog", u"\u66f4\u6b63\u539f\u56e0", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AmendmentDialog", u"\u4f8b\u5982\uff1a\u6f0f\u8bb0\u4e00\u540d\u540c\u5fd7\u7684\u53d1\u8a00", None))
        self.dateLabel.setText(QCoreApplication.translate("AmendmentDialog", u"\u66f4\u6b63\u65e5\u671f", None))
        self.whoLabel.setText(QCoreApplication.translate("AmendmentDialog", u"\u767b\u8bb0\u4eba", None))
        self.whoEdit.setPlaceholderText(QCoreApplication.translate("AmendmentDialog", u"\u767b\u8bb0\u8fd9\u6b21\u66f4\u6b63\u7684\u540c\u5fd7\uff0c\u4f8b\u5982\u652f\u90e8\u4e66\u8bb0\u7684\u59d3\u540d", None))
        self.errorLabel.setText("")
    # retranslateUi

