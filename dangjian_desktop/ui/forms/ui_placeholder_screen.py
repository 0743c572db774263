# GENERATED from forms/placeholder_screen.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PlaceholderScreen(object):
    def setupUi(self, PlaceholderScreen):
        if not PlaceholderScreen.objectName():
            PlaceholderScreen.setObjectName(u"PlaceholderScreen")
        self.layout = QVBoxLayout(PlaceholderScreen)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(32, 24, -1, -1)
        self.titleLabel = QLabel(PlaceholderScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.messageLabel = QLabel(PlaceholderScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.layout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)


        self.retranslateUi(PlaceholderScreen)
    # setupUi

    def retranslateUi(self, PlaceholderScreen):
        self.titleLabel.setObjectName(QCoreApplication.translate("PlaceholderScreen", u"titleLabel", None))
        self.titleLabel.setText(QCoreApplication.translate("PlaceholderScreen", u"\u9875\u9762", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

