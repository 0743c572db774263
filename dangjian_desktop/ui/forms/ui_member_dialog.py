# GENERATED from forms/member_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(860, 560)
        self.mainLayout = QVBoxLayout(MemberDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(28)
        self.columns.setObjectName(u"columns")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.leftForm.setVerticalSpacing(8)
        self.nameLabel = QLabel(MemberDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MemberDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(30)

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idLabel = QLabel(MemberDialog)
        self.idLabel.setObjectName(u"idLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(MemberDialog)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(22)

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.idStatusLabel = QLabel(MemberDialog)
        self.idStatusLabel.setObjectName(u"idStatusLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idStatusLabel)

        self.genderLabel = QLabel(MemberDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(MemberDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.birthLabel = QLabel(MemberDialog)
        self.birthLabel.setObjectName(u"birthLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthDate = OptionalDateEdit(MemberDialog)
        self.birthDate.setObjectName(u"birthDate")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthDate)

        self.ethnicityLabel = QLabel(MemberDialog)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityCombo = QComboBox(MemberDialog)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")
        self.ethnicityCombo.setEditable(True)

        self.leftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ethnicityCombo)

        self.educationLabel = QLabel(MemberDialog)
        self.educationLabel.setObjectName(u"educationLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationCombo = QComboBox(MemberDialog)
        self.educationCombo.setObjectName(u"educationCombo")
        self.educationCombo.setEditable(True)

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.phoneLabel = QLabel(MemberDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(MemberDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.nativePlaceLabel = QLabel(MemberDialog)
        self.nativePlaceLabel.setObjectName(u"nativePlaceLabel")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.nativePlaceLabel)

        self.nativePlaceEdit = QLineEdit(MemberDialog)
        self.nativePlaceEdit.setObjectName(u"nativePlaceEdit")
        self.nativePlaceEdit.setMaxLength(50)

        self.leftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.nativePlaceEdit)


        self.columns.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.rightForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.rightForm.setVerticalSpacing(8)
        self.categoryLabel = QLabel(MemberDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(MemberDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.joinedLabel = QLabel(MemberDialog)
        self.joinedLabel.setObjectName(u"joinedLabel")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.joinedLabel)

        self.joinedDate = OptionalDateEdit(MemberDialog)
        self.joinedDate.setObjectName(u"joinedDate")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.joinedDate)

        self.fullLabel = QLabel(MemberDialog)
        self.fullLabel.setObjectName(u"fullLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fullLabel)

        self.fullDate = OptionalDateEdit(MemberDialog)
        self.fullDate.setObjectName(u"fullDate")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fullDate)

        self.groupLabel = QLabel(MemberDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(MemberDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.positionLabel = QLabel(MemberDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(MemberDialog)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaxLength(100)

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.joinedBranchLabel = QLabel(MemberDialog)
        self.joinedBranchLabel.setObjectName(u"joinedBranchLabel")

        self.rightForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.joinedBranchLabel)

        self.joinedBranchDate = OptionalDateEdit(MemberDialog)
        self.joinedBranchDate.setObjectName(u"joinedBranchDate")

        self.rightForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.joinedBranchDate)

        self.statusTitleLabel = QLabel(MemberDialog)
        self.statusTitleLabel.setObjectName(u"statusTitleLabel")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusTitleLabel)

        self.statusLabel = QLabel(MemberDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusLabel)


        self.columns.addLayout(self.rightForm)


        self.mainLayout.addLayout(self.columns)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteLabel = QLabel(MemberDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(MemberDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 90))
        self.noteEdit.setTabChangesFocus(True)

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.noteForm)

        self.errorLabel = QLabel(MemberDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idLabel.setBuddy(self.idEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.ethnicityLabel.setBuddy(self.ethnicityCombo)
        self.educationLabel.setBuddy(self.educationCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.nativePlaceLabel.setBuddy(self.nativePlaceEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.positionLabel.setBuddy(self.positionEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.birthDate)
        QWidget.setTabOrder(self.birthDate, self.ethnicityCombo)
        QWidget.setTabOrder(self.ethnicityCombo, self.educationCombo)
        QWidget.setTabOrder(self.educationCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.nativePlaceEdit)
        QWidget.setTabOrder(self.nativePlaceEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.joinedDate)
        QWidget.setTabOrder(self.joinedDate, self.fullDate)
        QWidget.setTabOrder(self.fullDate, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.joinedBranchDate)
        QWidget.setTabOrder(self.joinedBranchDate, self.noteEdit)

        self.retranslateUi(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"\u515a\u5458\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"\u59d3\u540d *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("MemberDialog", u"\u59d3\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.idLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"18\u4f4d\uff0c\u586b\u5199\u540e\u81ea\u52a8\u586b\u51fa\u751f\u65e5\u671f\u548c\u6027\u522b", None))
#if QT_CONFIG(accessibility)
        self.idEdit.setAccessibleName(QCoreApplication.translate("MemberDialog", u"\u8eab\u4efd\u8bc1\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.idStatusLabel.setText("")
        self.idStatusLabel.setProperty(u"role", QCoreApplication.translate("MemberDialog", u"hint", None))
        self.genderLabel.setText(QCoreApplication.translate("MemberDialog", u"\u6027\u522b", None))
        self.birthLabel.setText(QCoreApplication.translate("MemberDialog", u"\u51fa\u751f\u65e5\u671f", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("MemberDialog", u"\u6c11\u65cf", None))
        self.educationLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5b66\u5386", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.nativePlaceLabel.setText(QCoreApplication.translate("MemberDialog", u"\u7c4d\u8d2f", None))
        self.nativePlaceEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\u5982 \u6cb3\u5317\u4fdd\u5b9a", None))
        self.categoryLabel.setText(QCoreApplication.translate("MemberDialog", u"\u515a\u5458\u7c7b\u522b", None))
        self.joinedLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5165\u515a\u65e5\u671f", None))
        self.fullLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8f6c\u6b63\u65e5\u671f", None))
        self.groupLabel.setText(QCoreApplication.translate("MemberDialog", u"\u515a\u5c0f\u7ec4", None))
        self.positionLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5c97\u4f4d/\u804c\u52a1", None))
        self.joinedBranchLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8f6c\u5165\u672c\u652f\u90e8\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.joinedBranchDate.setToolTip(QCoreApplication.translate("MemberDialog", u"\u4ece\u5176\u4ed6\u515a\u7ec4\u7ec7\u8f6c\u5165\u7684\u515a\u5458\u586b\u5199\uff1b\u4e00\u76f4\u5728\u672c\u652f\u90e8\u7684\u53ef\u4e0d\u586b", None))
#endif // QT_CONFIG(tooltip)
        self.statusTitleLabel.setText(QCoreApplication.translate("MemberDialog", u"\u72b6\u6001", None))
        self.statusLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5728\u518c", None))
#if QT_CONFIG(tooltip)
        self.statusLabel.setToolTip(QCoreApplication.translate("MemberDialog", u"\u8f6c\u51fa\u3001\u53bb\u4e16\u7b49\u8bf7\u5728\u540d\u5355\u4e2d\u70b9\u51fb\u201c\u53d8\u66f4\u72b6\u6001\u2026\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5907\u6ce8", None))
        self.errorLabel.setText("")
        self.errorLabel.setProperty(u"role", QCoreApplication.translate("MemberDialog", u"error", None))
    # retranslateUi

