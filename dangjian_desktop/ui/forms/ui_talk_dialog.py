# GENERATED from forms/talk_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout)

from dangjian_desktop.ui.widgets.date_edit import DateEdit

class Ui_TalkDialog(object):
    def setupUi(self, TalkDialog):
        if not TalkDialog.objectName():
            TalkDialog.setObjectName(u"TalkDialog")
        TalkDialog.resize(600, 600)
        TalkDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TalkDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(TalkDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(TalkDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.placeLabel = QLabel(TalkDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(TalkDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.aLabel = QLabel(TalkDialog)
        self.aLabel.setObjectName(u"aLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aLabel)

        self.aCombo = QComboBox(TalkDialog)
        self.aCombo.setObjectName(u"aCombo")
        self.aCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aCombo)

        self.bLabel = QLabel(TalkDialog)
        self.bLabel.setObjectName(u"bLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bLabel)

        self.bCombo = QComboBox(TalkDialog)
        self.bCombo.setObjectName(u"bCombo")
        self.bCombo.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bCombo)

        self.kindLabel = QLabel(TalkDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(TalkDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.contentLabel = QLabel(TalkDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(TalkDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)
        self.contentEdit.setMinimumHeight(110)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.viewsLabel = QLabel(TalkDialog)
        self.viewsLabel.setObjectName(u"viewsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.viewsLabel)

        self.viewsEdit = QPlainTextEdit(TalkDialog)
        self.viewsEdit.setObjectName(u"viewsEdit")
        self.viewsEdit.setTabChangesFocus(True)
        self.viewsEdit.setMinimumHeight(70)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.viewsEdit)

        self.followLabel = QLabel(TalkDialog)
        self.followLabel.setObjectName(u"followLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.followLabel)

        self.followEdit = QPlainTextEdit(TalkDialog)
        self.followEdit.setObjectName(u"followEdit")
        self.followEdit.setTabChangesFocus(True)
        self.followEdit.setMinimumHeight(60)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.followEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(TalkDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TalkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.aLabel.setBuddy(self.aCombo)
        self.bLabel.setBuddy(self.bCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.contentLabel.setBuddy(self.contentEdit)
        self.viewsLabel.setBuddy(self.viewsEdit)
        self.followLabel.setBuddy(self.followEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TalkDialog)
    # setupUi

    def retranslateUi(self, TalkDialog):
        TalkDialog.setWindowTitle(QCoreApplication.translate("TalkDialog", u"\u8c08\u5fc3\u8c08\u8bdd", None))
        self.dateLabel.setText(QCoreApplication.translate("TalkDialog", u"\u8c08\u8bdd\u65e5\u671f\uff1a", None))
        self.placeLabel.setText(QCoreApplication.translate("TalkDialog", u"\u8c08\u8bdd\u5730\u70b9\uff1a", None))
        self.aLabel.setText(QCoreApplication.translate("TalkDialog", u"\u8c08\u8bdd\u4eba\uff1a", None))
        self.bLabel.setText(QCoreApplication.translate("TalkDialog", u"\u8c08\u8bdd\u5bf9\u8c61\uff1a", None))
#if QT_CONFIG(tooltip)
        self.bCombo.setToolTip(QCoreApplication.translate("TalkDialog", u"\u53ef\u4ece\u540d\u518c\u4e2d\u9009\u62e9\uff0c\u4e5f\u53ef\u76f4\u63a5\u8f93\u5165\u540d\u518c\u4ee5\u5916\u7684\u4eba\uff08\u5982\u5165\u515a\u7533\u8bf7\u4eba\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("TalkDialog", u"\u8c08\u8bdd\u7c7b\u578b\uff1a", None))
        self.contentLabel.setText(QCoreApplication.translate("TalkDialog", u"\u8c08\u8bdd\u4e3b\u8981\u5185\u5bb9\uff1a", None))
        self.viewsLabel.setText(QCoreApplication.translate("TalkDialog", u"\u53cd\u6620\u7684\u95ee\u9898\u548c\u610f\u89c1\u5efa\u8bae\uff1a", None))
        self.followLabel.setText(QCoreApplication.translate("TalkDialog", u"\u540e\u7eed\u8ddf\u8fdb\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

