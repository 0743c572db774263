# GENERATED from forms/campaign_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_CampaignDialog(object):
    def setupUi(self, CampaignDialog):
        if not CampaignDialog.objectName():
            CampaignDialog.setObjectName(u"CampaignDialog")
        CampaignDialog.resize(480, 220)
        CampaignDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CampaignDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.yearSpinLabel = QLabel(CampaignDialog)
        self.yearSpinLabel.setObjectName(u"yearSpinLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearSpinLabel)

        self.yearSpin = QSpinBox(CampaignDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.nameEditLabel = QLabel(CampaignDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(CampaignDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.announcedEditLabel = QLabel(CampaignDialog)
        self.announcedEditLabel.setObjectName(u"announcedEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.announcedEditLabel)

        self.announcedRow = QHBoxLayout()
        self.announcedRow.setObjectName(u"announcedRow")
        self.announcedEdit = OptionalDateEdit(CampaignDialog)
        self.announcedEdit.setObjectName(u"announcedEdit")

        self.announcedRow.addWidget(self.announcedEdit)

        self.announcedHint = QLabel(CampaignDialog)
        self.announcedHint.setObjectName(u"announcedHint")

        self.announcedRow.addWidget(self.announcedHint)

        self.announcedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.announcedRow.addItem(self.announcedSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.announcedRow)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(CampaignDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CampaignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearSpinLabel.setBuddy(self.yearSpin)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.announcedEditLabel.setBuddy(self.announcedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CampaignDialog)
    # setupUi

    def retranslateUi(self, CampaignDialog):
        CampaignDialog.setWindowTitle(QCoreApplication.translate("CampaignDialog", u"\u65b0\u5efa\u627f\u8bfa\u5e74\u5ea6", None))
        self.yearSpinLabel.setText(QCoreApplication.translate("CampaignDialog", u"\u5e74\u5ea6\uff1a", None))
        self.nameEditLabel.setText(QCoreApplication.translate("CampaignDialog", u"\u540d\u79f0\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"\u7559\u7a7a\u5373\u201c\u67d0\u5e74\u5ea6\u515a\u5458\u627f\u8bfa\u201d\uff1b\u4e13\u9879\u627f\u8bfa\u53ef\u53e6\u8d77\u540d\u79f0", None))
        self.announcedEditLabel.setText(QCoreApplication.translate("CampaignDialog", u"\u516c\u793a\u65e5\u671f\uff1a", None))
        self.announcedHint.setText(QCoreApplication.translate("CampaignDialog", u"\u516c\u793a\u65e5\u671f\uff0c\u672a\u516c\u793a\u53ef\u4e0d\u586b", None))
        self.announcedHint.setProperty(u"role", QCoreApplication.translate("CampaignDialog", u"hint", None))
        self.errorLabel.setText("")
    # retranslateUi

