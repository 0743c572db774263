# GENERATED from forms/checklist_template_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout)

class Ui_ChecklistTemplateDialog(object):
    def setupUi(self, ChecklistTemplateDialog):
        if not ChecklistTemplateDialog.objectName():
            ChecklistTemplateDialog.setObjectName(u"ChecklistTemplateDialog")
        ChecklistTemplateDialog.resize(720, 620)
        ChecklistTemplateDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ChecklistTemplateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.versionLabel = QLabel(ChecklistTemplateDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.versionLabel)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.itemsTable = QTableWidget(ChecklistTemplateDialog)
        if (self.itemsTable.columnCount() < 2):
            self.itemsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.body.addWidget(self.itemsTable)

        self.sideButtons = QVBoxLayout()
        self.sideButtons.setObjectName(u"sideButtons")
        self.sectionCombo = QComboBox(ChecklistTemplateDialog)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.sideButtons.addWidget(self.sectionCombo)

        self.addButton = QPushButton(ChecklistTemplateDialog)
        self.addButton.setObjectName(u"addButton")

        self.sideButtons.addWidget(self.addButton)

        self.renameButton = QPushButton(ChecklistTemplateDialog)
        self.renameButton.setObjectName(u"renameButton")

        self.sideButtons.addWidget(self.renameButton)

        self.upButton = QPushButton(ChecklistTemplateDialog)
        self.upButton.setObjectName(u"upButton")

        self.sideButtons.addWidget(self.upButton)

        self.downButton = QPushButton(ChecklistTemplateDialog)
        self.downButton.setObjectName(u"downButton")

        self.sideButtons.addWidget(self.downButton)

        self.removeButton = QPushButton(ChecklistTemplateDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.sideButtons.addWidget(self.removeButton)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideButtons.addItem(self.sideSpacer)

        self.resetButton = QPushButton(ChecklistTemplateDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.sideButtons.addWidget(self.resetButton)


        self.body.addLayout(self.sideButtons)


        self.dialogLayout.addLayout(self.body)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteLabel = QLabel(ChecklistTemplateDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ChecklistTemplateDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.noteForm)

        self.errorLabel = QLabel(ChecklistTemplateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ChecklistTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChecklistTemplateDialog)
    # setupUi

    def retranslateUi(self, ChecklistTemplateDialog):
        ChecklistTemplateDialog.setWindowTitle(QCoreApplication.translate("ChecklistTemplateDialog", u"\u7f16\u8f91\u201c\u4e94\u6709\u5341\u4e0a\u5899\u201d\u68c0\u67e5\u8868", None))
        self.versionLabel.setProperty(u"role", QCoreApplication.translate("ChecklistTemplateDialog", u"hint", None))
        self.versionLabel.setText("")
        ___qtablewidgetitem = self.itemsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ChecklistTemplateDialog", u"\u5206\u7c7b", None))
        ___qtablewidgetitem1 = self.itemsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ChecklistTemplateDialog", u"\u68c0\u67e5\u9879\u76ee\uff08\u53cc\u51fb\u4fee\u6539\u540d\u79f0\uff09", None))
        self.addButton.setText(QCoreApplication.translate("ChecklistTemplateDialog", u"\u6dfb\u52a0\u9879\u76ee", None))
        self.renameButton.setText(QCoreApplication.translate("ChecklistTemplateDialog", u"\u4fee\u6539\u540d\u79f0", None))
        self.upButton.setText(QCoreApplication.translate("ChecklistTemplateDialog", u"\u4e0a\u79fb", None))
        self.downButton.setText(QCoreApplication.translate("ChecklistTemplateDialog", u"\u4e0b\u79fb", None))
        self.removeButton.setText(QCoreApplication.translate("ChecklistTemplateDialog", u"\u5220\u9664\u9879\u76ee", None))
        self.resetButton.setText(QCoreApplication.translate("ChecklistTemplateDialog", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.noteLabel.setText(QCoreApplication.translate("ChecklistTemplateDialog", u"\u4fee\u6539\u8bf4\u660e\uff1a", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ChecklistTemplateDialog", u"\u4f8b\u5982\uff1a\u6309\u96c6\u56e2\u516c\u53f82026\u5e74\u6807\u51c6\u8c03\u6574", None))
        self.errorLabel.setText("")
    # retranslateUi

