# GENERATED from forms/import_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(1100, 680)
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.hintLabel = QLabel(ImportDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)

        self.templateButton = QPushButton(ImportDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.fileLayout.addWidget(self.templateButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.onlyErrorsCheck = QCheckBox(ImportDialog)
        self.onlyErrorsCheck.setObjectName(u"onlyErrorsCheck")

        self.summaryLayout.addWidget(self.onlyErrorsCheck)


        self.mainLayout.addLayout(self.summaryLayout)

        self.previewView = QTableView(ImportDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewView.setWordWrap(True)
        self.previewView.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.previewView)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.confirmButton = QPushButton(ImportDialog)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setEnabled(False)

        self.buttonLayout.addWidget(self.confirmButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.chooseButton, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.onlyErrorsCheck)
        QWidget.setTabOrder(self.onlyErrorsCheck, self.previewView)
        QWidget.setTabOrder(self.previewView, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.fileEdit)

        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u515a\u5458\u540d\u518c", None))
        self.hintLabel.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6309\u5bfc\u5165\u6a21\u677f\u586b\u5199\u7684 Excel \u8868\u683c\uff08.xlsx\uff09\u6216 .csv \u6587\u4ef6\u3002\u5148\u68c0\u67e5\u6bcf\u4e00\u884c\uff0c\u786e\u8ba4\u65e0\u8bef\u540e\u624d\u4f1a\u4fdd\u5b58\uff1b\u6709\u4efb\u4f55\u9519\u8bef\u884c\u65f6\u4e0d\u4f1a\u4fdd\u5b58\u3002", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("ImportDialog", u"hint", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"\u5c1a\u672a\u9009\u62e9\u6587\u4ef6", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\u6587\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6587\u4ef6(&O)\u2026", None))
        self.templateButton.setText(QCoreApplication.translate("ImportDialog", u"\u4e0b\u8f7d\u5bfc\u5165\u6a21\u677f\u2026", None))
        self.summaryLabel.setText("")
        self.onlyErrorsCheck.setText(QCoreApplication.translate("ImportDialog", u"\u53ea\u663e\u793a\u6709\u95ee\u9898\u7684\u884c", None))
#if QT_CONFIG(accessibility)
        self.previewView.setAccessibleName(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u9884\u89c8", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("ImportDialog", u"\u786e\u8ba4\u5bfc\u5165", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"\u53d6\u6d88", None))
    # retranslateUi

