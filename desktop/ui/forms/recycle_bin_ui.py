# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recycle_bin.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_RecycleBin(object):
    def setupUi(self, RecycleBin):
        if not RecycleBin.objectName():
            RecycleBin.setObjectName(u"RecycleBin")
        RecycleBin.resize(820, 520)
        self.binLayout = QVBoxLayout(RecycleBin)
        self.binLayout.setObjectName(u"binLayout")
        self.hintLabel = QLabel(RecycleBin)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.binLayout.addWidget(self.hintLabel)

        self.binTable = QTableView(RecycleBin)
        self.binTable.setObjectName(u"binTable")
        self.binTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.binTable.setAlternatingRowColors(True)
        self.binTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.binTable.verticalHeader().setVisible(False)

        self.binLayout.addWidget(self.binTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restoreButton = QPushButton(RecycleBin)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.buttons = QDialogButtonBox(RecycleBin)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttons)


        self.binLayout.addLayout(self.buttonRow)


        self.retranslateUi(RecycleBin)
        self.buttons.rejected.connect(RecycleBin.reject)

        QMetaObject.connectSlotsByName(RecycleBin)
    # setupUi

    def retranslateUi(self, RecycleBin):
        RecycleBin.setWindowTitle(QCoreApplication.translate("RecycleBin", u"\u56de\u6536\u7ad9", None))
        self.hintLabel.setText(QCoreApplication.translate("RecycleBin", u"\u5220\u9664\u7684\u4e8b\u9879\u90fd\u4fdd\u5b58\u5728\u8fd9\u91cc\uff0c\u4e0d\u4f1a\u4e22\u5931\u3002\u9009\u4e2d\u8981\u627e\u56de\u7684\u4e8b\u9879\uff0c\u70b9\u201c\u6062\u590d\u201d\uff0c\u5b83\u5c31\u56de\u5230\u76ee\u5f55\u539f\u6765\u7684\u4f4d\u7f6e\u3002", None))
        self.restoreButton.setText(QCoreApplication.translate("RecycleBin", u"\u6062\u590d(&R)", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("RecycleBin", u"\u628a\u9009\u4e2d\u7684\u4e8b\u9879\u653e\u56de\u76ee\u5f55\uff08\u53ef\u4ee5\u64a4\u9500\uff09", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

