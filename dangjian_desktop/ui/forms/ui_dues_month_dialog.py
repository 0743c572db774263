# GENERATED from forms/dues_month_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import DateEdit

class Ui_DuesMonthDialog(object):
    def setupUi(self, DuesMonthDialog):
        if not DuesMonthDialog.objectName():
            DuesMonthDialog.setObjectName(u"DuesMonthDialog")
        DuesMonthDialog.resize(760, 600)
        DuesMonthDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DuesMonthDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.monthComboLabel = QLabel(DuesMonthDialog)
        self.monthComboLabel.setObjectName(u"monthComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthComboLabel)

        self.monthCombo = QComboBox(DuesMonthDialog)
        self.monthCombo.setObjectName(u"monthCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.monthCombo)

        self.paidOnEditLabel = QLabel(DuesMonthDialog)
        self.paidOnEditLabel.setObjectName(u"paidOnEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paidOnEditLabel)

        self.paidOnEdit = DateEdit(DuesMonthDialog)
        self.paidOnEdit.setObjectName(u"paidOnEdit")
        self.paidOnEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paidOnEdit)

        self.wayComboLabel = QLabel(DuesMonthDialog)
        self.wayComboLabel.setObjectName(u"wayComboLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.wayComboLabel)

        self.wayCombo = QComboBox(DuesMonthDialog)
        self.wayCombo.setObjectName(u"wayCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.wayCombo)


        self.dialogLayout.addLayout(self.form)

        self.selectRow = QHBoxLayout()
        self.selectRow.setObjectName(u"selectRow")
        self.selectAllButton = QPushButton(DuesMonthDialog)
        self.selectAllButton.setObjectName(u"selectAllButton")

        self.selectRow.addWidget(self.selectAllButton)

        self.selectNoneButton = QPushButton(DuesMonthDialog)
        self.selectNoneButton.setObjectName(u"selectNoneButton")

        self.selectRow.addWidget(self.selectNoneButton)

        self.selectRowSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectRow.addItem(self.selectRowSpacer2)

        self.countLabel = QLabel(DuesMonthDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(False)

        self.selectRow.addWidget(self.countLabel)


        self.dialogLayout.addLayout(self.selectRow)

        self.monthTable = QTableWidget(DuesMonthDialog)
        self.monthTable.setObjectName(u"monthTable")
        self.monthTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.monthTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.monthTable)

        self.hintLabel = QLabel(DuesMonthDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(DuesMonthDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesMonthDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.monthComboLabel.setBuddy(self.monthCombo)
        self.paidOnEditLabel.setBuddy(self.paidOnEdit)
        self.wayComboLabel.setBuddy(self.wayCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesMonthDialog)
    # setupUi

    def retranslateUi(self, DuesMonthDialog):
        DuesMonthDialog.setWindowTitle(QCoreApplication.translate("DuesMonthDialog", u"\u6309\u6708\u767b\u8bb0\u515a\u8d39", None))
        self.monthComboLabel.setText(QCoreApplication.translate("DuesMonthDialog", u"\u6708\u4efd\uff1a", None))
        self.paidOnEditLabel.setText(QCoreApplication.translate("DuesMonthDialog", u"\u4ea4\u7eb3\u65e5\u671f\uff1a", None))
        self.paidOnEdit.setDisplayFormat(QCoreApplication.translate("DuesMonthDialog", u"yyyy-MM-dd", None))
        self.wayComboLabel.setText(QCoreApplication.translate("DuesMonthDialog", u"\u4ea4\u7eb3\u65b9\u5f0f\uff1a", None))
        self.selectAllButton.setText(QCoreApplication.translate("DuesMonthDialog", u"\u5168\u9009", None))
        self.selectNoneButton.setText(QCoreApplication.translate("DuesMonthDialog", u"\u5168\u4e0d\u9009", None))
        self.countLabel.setText("")
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("DuesMonthDialog", u"hint", None))
        self.hintLabel.setText(QCoreApplication.translate("DuesMonthDialog", u"\u52fe\u9009\u672c\u6708\u4ea4\u7eb3\u4e86\u515a\u8d39\u7684\u515a\u5458\u3002\u91d1\u989d\u9ed8\u8ba4\u4e3a\u6bcf\u6708\u6807\u51c6\uff0c\u81ea\u613f\u591a\u4ea4\u53ef\u76f4\u63a5\u4fee\u6539\uff1b\u5c11\u4ea4\u987b\u5148\u767b\u8bb0\u7ecf\u6279\u51c6\u7684\u5c11\u4ea4\u3002", None))
        self.errorLabel.setText("")
    # retranslateUi

