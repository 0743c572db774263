# GENERATED from forms/development_publicity_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import DateEdit

class Ui_DevelopmentPublicityDialog(object):
    def setupUi(self, DevelopmentPublicityDialog):
        if not DevelopmentPublicityDialog.objectName():
            DevelopmentPublicityDialog.setObjectName(u"DevelopmentPublicityDialog")
        DevelopmentPublicityDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(DevelopmentPublicityDialog)
        self.layout.setObjectName(u"layout")
        self.personLabel = QLabel(DevelopmentPublicityDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.layout.addWidget(self.personLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(DevelopmentPublicityDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DevelopmentPublicityDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.startLabel = QLabel(DevelopmentPublicityDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = DateEdit(DevelopmentPublicityDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(DevelopmentPublicityDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = DateEdit(DevelopmentPublicityDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.daysLabel = QLabel(DevelopmentPublicityDialog)
        self.daysLabel.setObjectName(u"daysLabel")
        self.daysLabel.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.daysLabel)

        self.outcomeLabel = QLabel(DevelopmentPublicityDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(DevelopmentPublicityDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")
        self.outcomeCombo.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.noteLabel = QLabel(DevelopmentPublicityDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(DevelopmentPublicityDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(DevelopmentPublicityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DevelopmentPublicityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevelopmentPublicityDialog)
    # setupUi

    def retranslateUi(self, DevelopmentPublicityDialog):
        DevelopmentPublicityDialog.setWindowTitle(QCoreApplication.translate("DevelopmentPublicityDialog", u"\u516c\u793a", None))
        self.personLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("DevelopmentPublicityDialog", u"\u516c\u793a\uff1a", None))
        self.startLabel.setText(QCoreApplication.translate("DevelopmentPublicityDialog", u"\u5f00\u59cb\u65e5\u671f\uff1a", None))
        self.endLabel.setText(QCoreApplication.translate("DevelopmentPublicityDialog", u"\u7ed3\u675f\u65e5\u671f\uff1a", None))
        self.daysLabel.setText("")
        self.outcomeLabel.setText(QCoreApplication.translate("DevelopmentPublicityDialog", u"\u516c\u793a\u7ed3\u679c\uff1a", None))
        self.noteLabel.setText(QCoreApplication.translate("DevelopmentPublicityDialog", u"\u8bf4\u660e\uff1a", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("DevelopmentPublicityDialog", u"\u516c\u793a\u671f\u95f4\u53cd\u6620\u7684\u95ee\u9898\u53ca\u6838\u5b9e\u60c5\u51b5", None))
        self.errorLabel.setText("")
    # retranslateUi

