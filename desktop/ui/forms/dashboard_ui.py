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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_Dashboard(object):
    def setupUi(self, Dashboard):
        if not Dashboard.objectName():
            Dashboard.setObjectName(u"Dashboard")
        Dashboard.resize(900, 640)
        self.dashboardLayout = QVBoxLayout(Dashboard)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.unitRow = QHBoxLayout()
        self.unitRow.setObjectName(u"unitRow")
        self.unitLabel = QLabel(Dashboard)
        self.unitLabel.setObjectName(u"unitLabel")

        self.unitRow.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(Dashboard)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.unitRow.addWidget(self.unitCombo)

        self.unitSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitRow.addItem(self.unitSpacer)


        self.dashboardLayout.addLayout(self.unitRow)

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

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Dashboard)
        self.buttons.rejected.connect(Dashboard.reject)

        QMetaObject.connectSlotsByName(Dashboard)
    # setupUi

    def retranslateUi(self, Dashboard):
        Dashboard.setWindowTitle(QCoreApplication.translate("Dashboard", u"\u5b8c\u6210\u60c5\u51b5", None))
        self.unitLabel.setText(QCoreApplication.translate("Dashboard", u"\u5355\u4f4d(&U)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("Dashboard", u"\u53bf\u7ea7\u5de5\u4f5c\u533a\u6c47\u603b\u4e86\u591a\u4e2a\u5355\u4f4d\u7684\u76ee\u5f55\u65f6\uff0c\u9009\u4e00\u4e2a\u5355\u4f4d\u770b\u5b83\u7684\u5b8c\u6210\u60c5\u51b5", None))
#endif // QT_CONFIG(tooltip)
        self.overallProgress.setFormat(QCoreApplication.translate("Dashboard", u"\u603b\u4f53\u5b8c\u6210 %p%", None))
#if QT_CONFIG(tooltip)
        self.progressTable.setToolTip(QCoreApplication.translate("Dashboard", u"\u6bcf\u4e2a\u9886\u57df\uff1a\u6807\u51c6\u6307\u5f15\u4e2d\u9002\u7528\u4e8e\u672c\u5355\u4f4d\u5c42\u7ea7\u7684\u4e8b\u9879\u6709\u591a\u5c11\uff0c\u5df2\u7f16\u5165\u591a\u5c11\uff0c\u6807\u4e3a\u4e0d\u9002\u7528\u591a\u5c11\uff0c\u8fd8\u6709\u591a\u5c11\u9519\u8bef\u548c\u8b66\u544a\u3002\u53cc\u51fb\u4e00\u884c\u6253\u5f00\u8be5\u9886\u57df\u3002", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

