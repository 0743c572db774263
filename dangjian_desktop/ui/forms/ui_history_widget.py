# GENERATED from forms/history_widget.ui by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QTreeWidget, QVBoxLayout)

class Ui_HistoryWidget(object):
    def setupUi(self, HistoryWidget):
        if not HistoryWidget.objectName():
            HistoryWidget.setObjectName(u"HistoryWidget")
        self.layout = QVBoxLayout(HistoryWidget)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.historyTitle = QLabel(HistoryWidget)
        self.historyTitle.setObjectName(u"historyTitle")

        self.layout.addWidget(self.historyTitle)

        self.historyTree = QTreeWidget(HistoryWidget)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTree.setAlternatingRowColors(True)
        self.historyTree.setWordWrap(True)
        self.historyTree.setRootIsDecorated(True)

        self.layout.addWidget(self.historyTree)

        self.emptyLabel = QLabel(HistoryWidget)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.layout.addWidget(self.emptyLabel)


        self.retranslateUi(HistoryWidget)
    # setupUi

    def retranslateUi(self, HistoryWidget):
        self.historyTitle.setText(QCoreApplication.translate("HistoryWidget", u"\u4fee\u6539\u8bb0\u5f55", None))
        ___qtreewidgetitem = self.historyTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("HistoryWidget", u"\u5185\u5bb9", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("HistoryWidget", u"\u64cd\u4f5c", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("HistoryWidget", u"\u4fee\u6539\u4eba", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("HistoryWidget", u"\u65f6\u95f4", None))
        self.emptyLabel.setText(QCoreApplication.translate("HistoryWidget", u"\u8fd9\u6761\u8bb0\u5f55\u5b9a\u7a3f\u540e\u6ca1\u6709\u4fee\u6539\u8fc7\u3002", None))
        pass
    # retranslateUi

