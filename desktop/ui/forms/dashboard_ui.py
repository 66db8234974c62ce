# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QProgressBar,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_Dashboard(object):
    def setupUi(self, Dashboard):
        if not Dashboard.objectName():
            Dashboard.setObjectName(u"Dashboard")
        Dashboard.resize(900, 640)
        self.dashboardLayout = QVBoxLayout(Dashboard)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.verdictLabel = QLabel(Dashboard)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)

        self.dashboardLayout.addWidget(self.verdictLabel)

        self.overallProgress = QProgressBar(Dashboard)
        self.overallProgress.setObjectName(u"overallProgress")

        self.dashboardLayout.addWidget(self.overallProgress)

        self.progressTable = QTableView(Dashboard)
        self.progressTable.setObjectName(u"progressTable")
        self.progressTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progressTable.setAlternatingRowColors(True)
        self.progressTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.progressTable.verticalHeader().setVisible(False)

        self.dashboardLayout.addWidget(self.progressTable)

        self.buttons = QDialogButtonBox(Dashboard)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dashboardLayout.addWidget(self.buttons)


        self.retranslateUi(Dashboard)
        self.buttons.rejected.connect(Dashboard.reject)

        QMetaObject.connectSlotsByName(Dashboard)
    # setupUi

    def retranslateUi(self, Dashboard):
        Dashboard.setWindowTitle(QCoreApplication.translate("Dashboard", u"\u5b8c\u6210\u60c5\u51b5", None))
        self.overallProgress.setFormat(QCoreApplication.translate("Dashboard", u"\u603b\u4f53\u5b8c\u6210 %p%", None))
#if QT_CONFIG(tooltip)
        self.progressTable.setToolTip(QCoreApplication.translate("Dashboard", u"\u6bcf\u4e2a\u9886\u57df\uff1a\u6807\u51c6\u6307\u5f15\u4e2d\u9002\u7528\u4e8e\u672c\u5355\u4f4d\u5c42\u7ea7\u7684\u4e8b\u9879\u6709\u591a\u5c11\uff0c\u5df2\u7f16\u5165\u591a\u5c11\uff0c\u6807\u4e3a\u4e0d\u9002\u7528\u591a\u5c11\uff0c\u8fd8\u6709\u591a\u5c11\u9519\u8bef\u548c\u8b66\u544a\u3002\u53cc\u51fb\u4e00\u884c\u6253\u5f00\u8be5\u9886\u57df\u3002", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

