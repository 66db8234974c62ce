# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
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

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(760, 460)
        self.backupsLayout = QVBoxLayout(BackupsDialog)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.hintLabel = QLabel(BackupsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.backupsLayout.addWidget(self.hintLabel)

        self.backupsTable = QTableView(BackupsDialog)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.verticalHeader().setVisible(False)

        self.backupsLayout.addWidget(self.backupsTable)

        self.resultLabel = QLabel(BackupsDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.backupsLayout.addWidget(self.resultLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backupButton = QPushButton(BackupsDialog)
        self.backupButton.setObjectName(u"backupButton")

        self.buttonRow.addWidget(self.backupButton)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.buttons = QDialogButtonBox(BackupsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttons)


        self.backupsLayout.addLayout(self.buttonRow)


        self.retranslateUi(BackupsDialog)
        self.buttons.rejected.connect(BackupsDialog.reject)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.hintLabel.setText(QCoreApplication.translate("BackupsDialog", u"\u6bcf\u5929\u7b2c\u4e00\u6b21\u6253\u5f00\u65f6\u3001\u6bcf\u6b21\u5bfc\u5165\u524d\u90fd\u4f1a\u81ea\u52a8\u5907\u4efd\uff08\u4fdd\u7559\u6700\u65b0 10 \u4e2a\uff09\u3002\u8981\u64a4\u9500\u4e00\u6b21\u5bfc\u5165\uff0c\u9009\u4e2d\u5b83\u7684\u201c\u5bfc\u5165\u524d\u201d\u5907\u4efd\uff0c\u70b9\u201c\u6062\u590d\u5230\u6240\u9009\u5907\u4efd\u201d\u3002\u6062\u590d\u524d\u7684\u5185\u5bb9\u4f1a\u53e6\u5b58\u4e3a\u4e00\u4e2a\u5907\u4efd\uff0c\u6062\u590d\u9519\u4e86\u4e5f\u80fd\u518d\u6062\u590d\u56de\u6765\u3002", None))
        self.resultLabel.setText("")
        self.backupButton.setText(QCoreApplication.translate("BackupsDialog", u"\u7acb\u5373\u5907\u4efd(&N)", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"\u6062\u590d\u5230\u6240\u9009\u5907\u4efd(&R)\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"\u7528\u9009\u4e2d\u7684\u5907\u4efd\u66ff\u6362\u5de5\u4f5c\u533a\u73b0\u5728\u7684\u5185\u5bb9\uff1b\u73b0\u5728\u7684\u5185\u5bb9\u5148\u53e6\u5b58\u4e3a\u5907\u4efd", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

