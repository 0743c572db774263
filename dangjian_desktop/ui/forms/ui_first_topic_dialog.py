# GENERATED from forms/first_topic_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_FirstTopicDialog(object):
    def setupUi(self, FirstTopicDialog):
        if not FirstTopicDialog.objectName():
            FirstTopicDialog.setObjectName(u"FirstTopicDialog")
        FirstTopicDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(FirstTopicDialog)
        self.layout.setObjectName(u"layout")
        self.meetingLabel = QLabel(FirstTopicDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setWordWrap(True)

        self.layout.addWidget(self.meetingLabel)

        self.hintLabel = QLabel(FirstTopicDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.studyTitleLabel = QLabel(FirstTopicDialog)
        self.studyTitleLabel.setObjectName(u"studyTitleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.studyTitleLabel)

        self.titleEdit = QLineEdit(FirstTopicDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.sourceLabel = QLabel(FirstTopicDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(FirstTopicDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.speechDateLabel = QLabel(FirstTopicDialog)
        self.speechDateLabel.setObjectName(u"speechDateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.speechDateLabel)

        self.speechDate = OptionalDateEdit(FirstTopicDialog)
        self.speechDate.setObjectName(u"speechDate")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.speechDate)

        self.ledByLabel = QLabel(FirstTopicDialog)
        self.ledByLabel.setObjectName(u"ledByLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ledByLabel)

        self.ledByCombo = QComboBox(FirstTopicDialog)
        self.ledByCombo.setObjectName(u"ledByCombo")
        self.ledByCombo.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ledByCombo)

        self.formLabel = QLabel(FirstTopicDialog)
        self.formLabel.setObjectName(u"formLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formCombo = QComboBox(FirstTopicDialog)
        self.formCombo.setObjectName(u"formCombo")
        self.formCombo.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.followUpLabel = QLabel(FirstTopicDialog)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpEdit = QPlainTextEdit(FirstTopicDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setTabChangesFocus(True)
        self.followUpEdit.setMinimumSize(QSize(0, 110))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.followUpEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(FirstTopicDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FirstTopicDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.titleEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.speechDate)
        QWidget.setTabOrder(self.speechDate, self.ledByCombo)
        QWidget.setTabOrder(self.ledByCombo, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.followUpEdit)

        self.retranslateUi(FirstTopicDialog)
    # setupUi

    def retranslateUi(self, FirstTopicDialog):
        FirstTopicDialog.setWindowTitle(QCoreApplication.translate("FirstTopicDialog", u"\u7b2c\u4e00\u8bae\u9898\u5b66\u4e60\u53f0\u8d26", None))
        self.meetingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("FirstTopicDialog", u"\u7b2c\u4e00\u8bae\u9898\u5b66\u4e60\u53f0\u8d26\uff1a\u5b66\u4e60\u7684\u8bb2\u8bdd\u3001\u6587\u7ae0\u6216\u6307\u793a\u7cbe\u795e\uff0c\u51fa\u5904\u548c\u8bb2\u8bdd\u65e5\u671f\uff0c\u9886\u5b66\u4eba\uff0c\u5b66\u4e60\u5f62\u5f0f\uff0c\u4ee5\u53ca\u7ed3\u5408\u652f\u90e8\u5de5\u4f5c\u7684\u8d2f\u5f7b\u843d\u5b9e\u63aa\u65bd\u3002", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("FirstTopicDialog", u"hint", None))
        self.studyTitleLabel.setText(QCoreApplication.translate("FirstTopicDialog", u"\u5b66\u4e60\u7bc7\u76ee *", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("FirstTopicDialog", u"\u5b66\u4e60\u7bc7\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("FirstTopicDialog", u"\u4f8b\u5982\uff1a\u4e60\u8fd1\u5e73\u603b\u4e66\u8bb0\u5728\u2026\u2026\u4e0a\u7684\u91cd\u8981\u8bb2\u8bdd", None))
        self.sourceLabel.setText(QCoreApplication.translate("FirstTopicDialog", u"\u51fa\u5904", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("FirstTopicDialog", u"\u51fa\u5904", None))
#endif // QT_CONFIG(accessibility)
        self.speechDateLabel.setText(QCoreApplication.translate("FirstTopicDialog", u"\u8bb2\u8bdd\uff08\u53d1\u8868\uff09\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.speechDate.setAccessibleName(QCoreApplication.translate("FirstTopicDialog", u"\u8bb2\u8bdd\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.ledByLabel.setText(QCoreApplication.translate("FirstTopicDialog", u"\u9886\u5b66\u4eba", None))
#if QT_CONFIG(accessibility)
        self.ledByCombo.setAccessibleName(QCoreApplication.translate("FirstTopicDialog", u"\u9886\u5b66\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel.setText(QCoreApplication.translate("FirstTopicDialog", u"\u5b66\u4e60\u5f62\u5f0f", None))
#if QT_CONFIG(accessibility)
        self.formCombo.setAccessibleName(QCoreApplication.translate("FirstTopicDialog", u"\u5b66\u4e60\u5f62\u5f0f", None))
#endif // QT_CONFIG(accessibility)
        self.followUpLabel.setText(QCoreApplication.translate("FirstTopicDialog", u"\u8d2f\u5f7b\u843d\u5b9e\u63aa\u65bd", None))
#if QT_CONFIG(accessibility)
        self.followUpEdit.setAccessibleName(QCoreApplication.translate("FirstTopicDialog", u"\u8d2f\u5f7b\u843d\u5b9e\u63aa\u65bd", None))
#endif // QT_CONFIG(accessibility)
        self.followUpEdit.setPlaceholderText(QCoreApplication.translate("FirstTopicDialog", u"\u7ed3\u5408\u672c\u652f\u90e8\u5de5\u4f5c\u7684\u5177\u4f53\u63aa\u65bd\u3001\u8d23\u4efb\u4eba\u548c\u65f6\u9650", None))
        self.errorLabel.setText("")
    # retranslateUi

