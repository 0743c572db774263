# GENERATED from forms/pdf_preview_dialog.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(960, 1000)
        self.layout = QVBoxLayout(PdfPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.infoLabel = QLabel(PdfPreviewDialog)
        self.infoLabel.setObjectName(u"infoLabel")

        self.bar.addWidget(self.infoLabel)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.barSpacer)

        self.prevButton = QPushButton(PdfPreviewDialog)
        self.prevButton.setObjectName(u"prevButton")

        self.bar.addWidget(self.prevButton)

        self.pageSpin = QSpinBox(PdfPreviewDialog)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)

        self.bar.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(PdfPreviewDialog)
        self.pageCountLabel.setObjectName(u"pageCountLabel")

        self.bar.addWidget(self.pageCountLabel)

        self.nextButton = QPushButton(PdfPreviewDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.bar.addWidget(self.nextButton)

        self.zoomOutButton = QPushButton(PdfPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.bar.addWidget(self.zoomOutButton)

        self.zoomCombo = QComboBox(PdfPreviewDialog)
        self.zoomCombo.setObjectName(u"zoomCombo")

        self.bar.addWidget(self.zoomCombo)

        self.zoomInButton = QPushButton(PdfPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.bar.addWidget(self.zoomInButton)

        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.bar.addWidget(self.printButton)

        self.saveButton = QPushButton(PdfPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bar.addWidget(self.saveButton)

        self.closeButton = QPushButton(PdfPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bar.addWidget(self.closeButton)


        self.layout.addLayout(self.bar)

        self.scroll = QScrollArea(PdfPreviewDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.pagesHost = QWidget()
        self.pagesHost.setObjectName(u"pagesHost")
        self.pagesLayout = QVBoxLayout(self.pagesHost)
        self.pagesLayout.setSpacing(14)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.scroll.setWidget(self.pagesHost)

        self.layout.addWidget(self.scroll)

        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.prevButton)
        QWidget.setTabOrder(self.prevButton, self.pageSpin)
        QWidget.setTabOrder(self.pageSpin, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomCombo)
        QWidget.setTabOrder(self.zoomCombo, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.scroll)

        self.retranslateUi(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"\u6253\u5370\u9884\u89c8", None))
        self.infoLabel.setText("")
        self.prevButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"\u4e0a\u4e00\u9875", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"\u4e0a\u4e00\u9875 (PgUp)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.pageSpin.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"\u8df3\u5230\u7b2c\u51e0\u9875", None))
#endif // QT_CONFIG(tooltip)
        self.pageCountLabel.setText(QCoreApplication.translate("PdfPreviewDialog", u"/ 1", None))
        self.nextButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"\u4e0b\u4e00\u9875", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"\u4e0b\u4e00\u9875 (PgDn)", None))
#endif // QT_CONFIG(tooltip)
        self.zoomOutButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"\u7f29\u5c0f", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"\u7f29\u5c0f (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomCombo.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"\u663e\u793a\u6bd4\u4f8b", None))
#endif // QT_CONFIG(tooltip)
        self.zoomInButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"\u653e\u5927", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"\u653e\u5927 (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"\u6253\u5370\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"\u53e6\u5b58\u4e3aPDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"\u5173\u95ed", None))
    # retranslateUi

