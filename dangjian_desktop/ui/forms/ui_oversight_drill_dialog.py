# GENERATED from forms/oversight_drill_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QTableWidget, QVBoxLayout)

class Ui_OversightDrillDialog(object):
    def setupUi(self, OversightDrillDialog):
        if not OversightDrillDialog.objectName():
            OversightDrillDialog.setObjectName(u"OversightDrillDialog")
        OversightDrillDialog.resize(720, 460)
        self.layout = QVBoxLayout(OversightDrillDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(OversightDrillDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.layout.addWidget(self.titleLabel)

        self.noteLabel = QLabel(OversightDrillDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.table = QTableWidget(OversightDrillDialog)
        self.table.setObjectName(u"table")

        self.layout.addWidget(self.table)

        self.buttonBox = QDialogButtonBox(OversightDrillDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(OversightDrillDialog)
    # setupUi

    def retranslateUi(self, OversightDrillDialog):
        OversightDrillDialog.setWindowTitle(QCoreApplication.translate("OversightDrillDialog", u"\u660e\u7ec6", None))
        self.titleLabel.setText("")
        self.noteLabel.setText("")
    # retranslateUi

