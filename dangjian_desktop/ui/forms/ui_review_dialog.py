# GENERATED from forms/review_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(520, 300)
        ReviewDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ReviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.itemsValueLabel = QLabel(ReviewDialog)
        self.itemsValueLabel.setObjectName(u"itemsValueLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemsValueLabel)

        self.itemsValue = QLabel(ReviewDialog)
        self.itemsValue.setObjectName(u"itemsValue")
        self.itemsValue.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemsValue)

        self.commentEditLabel = QLabel(ReviewDialog)
        self.commentEditLabel.setObjectName(u"commentEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commentEditLabel)

        self.commentEdit = QPlainTextEdit(ReviewDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commentEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(ReviewDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.itemsValueLabel.setBuddy(self.itemsValue)
        self.commentEditLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"\u9000\u56de\u4fee\u6539", None))
        self.itemsValueLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u9000\u56de\u7684\u627f\u8bfa\uff1a", None))
        self.itemsValue.setText("")
        self.commentEditLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u9000\u56de\u539f\u56e0\uff1a", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"\u4f8b\u5982\uff1a\u5185\u5bb9\u7b3c\u7edf\uff0c\u8bf7\u5199\u660e\u5177\u4f53\u76ee\u6807\u3001\u8861\u91cf\u6807\u51c6\u548c\u5b8c\u6210\u65f6\u95f4", None))
        self.errorLabel.setText("")
    # retranslateUi

