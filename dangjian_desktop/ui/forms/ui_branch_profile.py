# GENERATED from forms/branch_profile.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

class Ui_BranchProfileWidget(object):
    def setupUi(self, BranchProfileWidget):
        if not BranchProfileWidget.objectName():
            BranchProfileWidget.setObjectName(u"BranchProfileWidget")
        BranchProfileWidget.resize(900, 620)
        self.mainLayout = QVBoxLayout(BranchProfileWidget)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.groupsLayout = QHBoxLayout()
        self.groupsLayout.setSpacing(16)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.basicGroup = QGroupBox(BranchProfileWidget)
        self.basicGroup.setObjectName(u"basicGroup")
        self.basicForm = QFormLayout(self.basicGroup)
        self.basicForm.setObjectName(u"basicForm")
        self.basicForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.basicForm.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.basicGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.basicGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.basicGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.basicGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.parentLabel = QLabel(self.basicGroup)
        self.parentLabel.setObjectName(u"parentLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentEdit = QLineEdit(self.basicGroup)
        self.parentEdit.setObjectName(u"parentEdit")
        self.parentEdit.setMaxLength(200)

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.parentEdit)

        self.foundedLabel = QLabel(self.basicGroup)
        self.foundedLabel.setObjectName(u"foundedLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.foundedLabel)

        self.foundedDate = OptionalDateEdit(self.basicGroup)
        self.foundedDate.setObjectName(u"foundedDate")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.foundedDate)

        self.electionLabel = QLabel(self.basicGroup)
        self.electionLabel.setObjectName(u"electionLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.electionLabel)

        self.electionDate = OptionalDateEdit(self.basicGroup)
        self.electionDate.setObjectName(u"electionDate")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.electionDate)

        self.termLabel = QLabel(self.basicGroup)
        self.termLabel.setObjectName(u"termLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.termLayout = QHBoxLayout()
        self.termLayout.setObjectName(u"termLayout")
        self.termSpin = QSpinBox(self.basicGroup)
        self.termSpin.setObjectName(u"termSpin")
        self.termSpin.setMinimumSize(QSize(90, 0))
        self.termSpin.setMinimum(1)
        self.termSpin.setMaximum(10)
        self.termSpin.setValue(5)

        self.termLayout.addWidget(self.termSpin)

        self.term3Button = QPushButton(self.basicGroup)
        self.term3Button.setObjectName(u"term3Button")

        self.termLayout.addWidget(self.term3Button)

        self.term5Button = QPushButton(self.basicGroup)
        self.term5Button.setObjectName(u"term5Button")

        self.termLayout.addWidget(self.term5Button)

        self.termSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termLayout.addItem(self.termSpacer)


        self.basicForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.termLayout)

        self.termEndTitle = QLabel(self.basicGroup)
        self.termEndTitle.setObjectName(u"termEndTitle")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.termEndTitle)

        self.termEndLabel = QLabel(self.basicGroup)
        self.termEndLabel.setObjectName(u"termEndLabel")
        self.termEndLabel.setWordWrap(True)

        self.basicForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.termEndLabel)


        self.groupsLayout.addWidget(self.basicGroup)

        self.committeeGroup = QGroupBox(BranchProfileWidget)
        self.committeeGroup.setObjectName(u"committeeGroup")
        self.committeeLayout = QVBoxLayout(self.committeeGroup)
        self.committeeLayout.setObjectName(u"committeeLayout")
        self.committeeHint = QLabel(self.committeeGroup)
        self.committeeHint.setObjectName(u"committeeHint")
        self.committeeHint.setWordWrap(True)

        self.committeeLayout.addWidget(self.committeeHint)

        self.committeeTable = QTableWidget(self.committeeGroup)
        self.committeeTable.setObjectName(u"committeeTable")
        self.committeeTable.setMinimumSize(QSize(0, 200))
        self.committeeTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.committeeTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.committeeTable.setTabKeyNavigation(False)

        self.committeeLayout.addWidget(self.committeeTable)

        self.seatButtons = QHBoxLayout()
        self.seatButtons.setObjectName(u"seatButtons")
        self.addSeatButton = QPushButton(self.committeeGroup)
        self.addSeatButton.setObjectName(u"addSeatButton")

        self.seatButtons.addWidget(self.addSeatButton)

        self.removeSeatButton = QPushButton(self.committeeGroup)
        self.removeSeatButton.setObjectName(u"removeSeatButton")

        self.seatButtons.addWidget(self.removeSeatButton)

        self.seatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.seatButtons.addItem(self.seatSpacer)


        self.committeeLayout.addLayout(self.seatButtons)


        self.groupsLayout.addWidget(self.committeeGroup)

        self.groupsLayout.setStretch(0, 2)
        self.groupsLayout.setStretch(1, 3)

        self.mainLayout.addLayout(self.groupsLayout)

        self.errorLabel = QLabel(BranchProfileWidget)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.parentLabel.setBuddy(self.parentEdit)
        self.termLabel.setBuddy(self.termSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.parentEdit)
        QWidget.setTabOrder(self.parentEdit, self.foundedDate)
        QWidget.setTabOrder(self.foundedDate, self.electionDate)
        QWidget.setTabOrder(self.electionDate, self.termSpin)
        QWidget.setTabOrder(self.termSpin, self.term3Button)
        QWidget.setTabOrder(self.term3Button, self.term5Button)
        QWidget.setTabOrder(self.term5Button, self.committeeTable)
        QWidget.setTabOrder(self.committeeTable, self.addSeatButton)
        QWidget.setTabOrder(self.addSeatButton, self.removeSeatButton)

        self.retranslateUi(BranchProfileWidget)
    # setupUi

    def retranslateUi(self, BranchProfileWidget):
        self.basicGroup.setTitle(QCoreApplication.translate("BranchProfileWidget", u"\u57fa\u672c\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("BranchProfileWidget", u"\u515a\u7ec4\u7ec7\u540d\u79f0 *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("BranchProfileWidget", u"\u4f8b\u5982\uff1a\u67d0\u67d0\u516c\u53f8\u68c0\u4fee\u5206\u516c\u53f8\u515a\u652f\u90e8", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("BranchProfileWidget", u"\u515a\u7ec4\u7ec7\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("BranchProfileWidget", u"\u7c7b\u522b", None))
        self.parentLabel.setText(QCoreApplication.translate("BranchProfileWidget", u"\u4e0a\u7ea7\u515a\u59d4", None))
        self.foundedLabel.setText(QCoreApplication.translate("BranchProfileWidget", u"\u6210\u7acb\u65e5\u671f", None))
        self.electionLabel.setText(QCoreApplication.translate("BranchProfileWidget", u"\u672c\u5c4a\u652f\u59d4\u4f1a\u9009\u4e3e\u65e5\u671f", None))
        self.termLabel.setText(QCoreApplication.translate("BranchProfileWidget", u"\u4efb\u671f", None))
        self.termSpin.setSuffix(QCoreApplication.translate("BranchProfileWidget", u" \u5e74", None))
#if QT_CONFIG(accessibility)
        self.termSpin.setAccessibleName(QCoreApplication.translate("BranchProfileWidget", u"\u4efb\u671f\u5e74\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.term3Button.setText(QCoreApplication.translate("BranchProfileWidget", u"3\u5e74", None))
#if QT_CONFIG(tooltip)
        self.term3Button.setToolTip(QCoreApplication.translate("BranchProfileWidget", u"\u6309\u300a\u4e2d\u56fd\u5171\u4ea7\u515a\u652f\u90e8\u5de5\u4f5c\u6761\u4f8b\uff08\u8bd5\u884c\uff09\u300b\uff1a\u515a\u652f\u90e8\u59d4\u5458\u4f1a\u6bcf\u5c4a\u4e00\u822c3\u5e74", None))
#endif // QT_CONFIG(tooltip)
        self.term5Button.setText(QCoreApplication.translate("BranchProfileWidget", u"5\u5e74", None))
#if QT_CONFIG(tooltip)
        self.term5Button.setToolTip(QCoreApplication.translate("BranchProfileWidget", u"\u6309\u73b0\u884c\u515a\u7ae0\uff1a\u57fa\u5c42\u59d4\u5458\u4f1a\u6bcf\u5c4a5\u5e74", None))
#endif // QT_CONFIG(tooltip)
        self.termEndTitle.setText(QCoreApplication.translate("BranchProfileWidget", u"\u5c4a\u6ee1\u65e5\u671f", None))
        self.termEndLabel.setText("")
        self.committeeGroup.setTitle(QCoreApplication.translate("BranchProfileWidget", u"\u652f\u90e8\u59d4\u5458\u4f1a", None))
        self.committeeHint.setText(QCoreApplication.translate("BranchProfileWidget", u"\u6b63\u5f0f\u515a\u54587\u4eba\u4ee5\u4e0a\u7684\u515a\u652f\u90e8\u8bbe\u652f\u90e8\u59d4\u5458\u4f1a\uff08\u4e00\u822c3\u81f35\u4eba\uff09\uff1b\u4e0d\u8db37\u4eba\u7684\u53ea\u8bbe\u4e66\u8bb0\u3002\u59d3\u540d\u4ece\u515a\u5458\u540d\u518c\u4e2d\u9009\u62e9\uff0c\u540d\u518c\u4e2d\u8fd8\u6ca1\u6709\u7684\u53ef\u76f4\u63a5\u8f93\u5165\u3002", None))
        self.committeeHint.setProperty(u"role", QCoreApplication.translate("BranchProfileWidget", u"hint", None))
#if QT_CONFIG(accessibility)
        self.committeeTable.setAccessibleName(QCoreApplication.translate("BranchProfileWidget", u"\u652f\u59d4\u4f1a\u6210\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.addSeatButton.setText(QCoreApplication.translate("BranchProfileWidget", u"\u6dfb\u52a0\u4e00\u4f4d", None))
        self.removeSeatButton.setText(QCoreApplication.translate("BranchProfileWidget", u"\u79fb\u9664\u6240\u9009", None))
        self.errorLabel.setText("")
        self.errorLabel.setProperty(u"role", QCoreApplication.translate("BranchProfileWidget", u"error", None))
        pass
    # retranslateUi

