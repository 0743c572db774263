# GENERATED from forms/training_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets.date_edit import DateEdit

class Ui_TrainingDialog(object):
    def setupUi(self, TrainingDialog):
        if not TrainingDialog.objectName():
            TrainingDialog.setObjectName(u"TrainingDialog")
        TrainingDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(TrainingDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.memberLabel = QLabel(TrainingDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(TrainingDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.dateLabel = QLabel(TrainingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(TrainingDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.kindLabel = QLabel(TrainingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(TrainingDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.contentLabel = QLabel(TrainingDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.titleEdit = QLineEdit(TrainingDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.organiserLabel = QLabel(TrainingDialog)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organiserLabel)

        self.organiserEdit = QLineEdit(TrainingDialog)
        self.organiserEdit.setObjectName(u"organiserEdit")
        self.organiserEdit.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organiserEdit)

        self.hoursLabel = QLabel(TrainingDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursEdit = QLineEdit(TrainingDialog)
        self.hoursEdit.setObjectName(u"hoursEdit")
        self.hoursEdit.setMaxLength(10)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hoursEdit)

        self.noteLabel = QLabel(TrainingDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(TrainingDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(2000)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(TrainingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TrainingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.memberCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.organiserEdit)
        QWidget.setTabOrder(self.organiserEdit, self.hoursEdit)
        QWidget.setTabOrder(self.hoursEdit, self.noteEdit)

        self.retranslateUi(TrainingDialog)
    # setupUi

    def retranslateUi(self, TrainingDialog):
        TrainingDialog.setWindowTitle(QCoreApplication.translate("TrainingDialog", u"\u767b\u8bb0\u5176\u4ed6\u5b66\u4e60", None))
        self.memberLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u515a\u5458 *", None))
#if QT_CONFIG(accessibility)
        self.memberCombo.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"\u515a\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u5b66\u4e60\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"\u5b66\u4e60\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u5b66\u4e60\u65b9\u5f0f", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"\u5b66\u4e60\u65b9\u5f0f", None))
#endif // QT_CONFIG(accessibility)
        self.contentLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u5b66\u4e60\u5185\u5bb9 *", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"\u5b66\u4e60\u5185\u5bb9", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TrainingDialog", u"\u4f8b\u5982\uff1a\u4e0a\u7ea7\u515a\u59d4\u515a\u652f\u90e8\u4e66\u8bb0\u8f6e\u8bad\u73ed", None))
        self.organiserLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u7ec4\u7ec7\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.organiserEdit.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"\u7ec4\u7ec7\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.hoursLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u5b66\u65f6 *", None))
#if QT_CONFIG(accessibility)
        self.hoursEdit.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"\u5b66\u65f6", None))
#endif // QT_CONFIG(accessibility)
        self.hoursEdit.setPlaceholderText(QCoreApplication.translate("TrainingDialog", u"\u4f8b\u5982\uff1a8 \u6216 2.5", None))
        self.noteLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u5907\u6ce8", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"\u5907\u6ce8", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

