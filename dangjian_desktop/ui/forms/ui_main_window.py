# GENERATED from forms/main_window.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
        self.actionExportPdf = QAction(MainWindow)
        self.actionExportPdf.setObjectName(u"actionExportPdf")
        self.actionExportXlsx = QAction(MainWindow)
        self.actionExportXlsx.setObjectName(u"actionExportXlsx")
        self.actionBackupNow = QAction(MainWindow)
        self.actionBackupNow.setObjectName(u"actionBackupNow")
        self.actionOpenDataFolder = QAction(MainWindow)
        self.actionOpenDataFolder.setObjectName(u"actionOpenDataFolder")
        self.actionLeaveDemo = QAction(MainWindow)
        self.actionLeaveDemo.setObjectName(u"actionLeaveDemo")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.outerLayout = QVBoxLayout(self.central)
        self.outerLayout.setSpacing(0)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.demoBanner = QFrame(self.central)
        self.demoBanner.setObjectName(u"demoBanner")
        self.demoBannerLayout = QHBoxLayout(self.demoBanner)
        self.demoBannerLayout.setObjectName(u"demoBannerLayout")
        self.demoBannerLayout.setContentsMargins(16, 6, 16, 6)
        self.demoLabel = QLabel(self.demoBanner)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setWordWrap(True)

        self.demoBannerLayout.addWidget(self.demoLabel)

        self.leaveDemoButton = QPushButton(self.demoBanner)
        self.leaveDemoButton.setObjectName(u"leaveDemoButton")

        self.demoBannerLayout.addWidget(self.leaveDemoButton)


        self.outerLayout.addWidget(self.demoBanner)

        self.centralLayout = QHBoxLayout()
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.navList = QListWidget(self.central)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(200, 0))
        self.navList.setMaximumSize(QSize(200, 16777215))
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.navList.setIconSize(QSize(22, 22))
        self.navList.setSpacing(2)

        self.centralLayout.addWidget(self.navList)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)


        self.outerLayout.addLayout(self.centralLayout)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionPrint)
        self.menuFile.addAction(self.actionExportPdf)
        self.menuFile.addAction(self.actionExportXlsx)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackupNow)
        self.menuFile.addAction(self.actionOpenDataFolder)
        self.menuFile.addAction(self.actionLeaveDemo)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u515a\u652f\u90e8\u5de5\u4f5c\u53f0\u8d26", None))
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5370(&P)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportPdf.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51faPDF(&E)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExportPdf.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportXlsx.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51faExcel(&X)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExportXlsx.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionBackupNow.setText(QCoreApplication.translate("MainWindow", u"\u7acb\u5373\u5907\u4efd(&B)", None))
        self.actionOpenDataFolder.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u6570\u636e\u6587\u4ef6\u5939(&D)", None))
        self.actionLeaveDemo.setText(QCoreApplication.translate("MainWindow", u"\u6e05\u9664\u6f14\u793a\u6570\u636e\uff0c\u5f00\u59cb\u6b63\u5f0f\u4f7f\u7528(&L)\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&Q)", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e(&A)", None))
#if QT_CONFIG(accessibility)
        self.demoBanner.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u6f14\u793a\u6570\u636e\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.demoLabel.setText(QCoreApplication.translate("MainWindow", u"\u73b0\u5728\u770b\u5230\u7684\u662f\u6f14\u793a\u6570\u636e\uff08\u4e00\u4e2a\u865a\u6784\u7684\u515a\u652f\u90e8\uff09\uff0c\u53ef\u4ee5\u968f\u610f\u8bd5\u7528\uff1b\u6b63\u5f0f\u6570\u636e\u4e0d\u53d7\u5f71\u54cd\u3002", None))
        self.leaveDemoButton.setText(QCoreApplication.translate("MainWindow", u"\u6e05\u9664\u6f14\u793a\u6570\u636e\uff0c\u5f00\u59cb\u6b63\u5f0f\u4f7f\u7528\u2026", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u5bfc\u822a", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"\u67e5\u770b(&V)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

