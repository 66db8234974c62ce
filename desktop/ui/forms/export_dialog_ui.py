# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(760, 560)
        self.exportLayout = QVBoxLayout(ExportDialog)
        self.exportLayout.setObjectName(u"exportLayout")
        self.choices = QFormLayout()
        self.choices.setObjectName(u"choices")
        self.profileLabel = QLabel(ExportDialog)
        self.profileLabel.setObjectName(u"profileLabel")

        self.choices.setWidget(0, QFormLayout.ItemRole.LabelRole, self.profileLabel)

        self.profileCombo = QComboBox(ExportDialog)
        self.profileCombo.setObjectName(u"profileCombo")

        self.choices.setWidget(0, QFormLayout.ItemRole.FieldRole, self.profileCombo)

        self.profileAbout = QLabel(ExportDialog)
        self.profileAbout.setObjectName(u"profileAbout")
        self.profileAbout.setWordWrap(True)

        self.choices.setWidget(1, QFormLayout.ItemRole.FieldRole, self.profileAbout)

        self.domainLabel = QLabel(ExportDialog)
        self.domainLabel.setObjectName(u"domainLabel")

        self.choices.setWidget(2, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainCombo = QComboBox(ExportDialog)
        self.domainCombo.setObjectName(u"domainCombo")

        self.choices.setWidget(2, QFormLayout.ItemRole.FieldRole, self.domainCombo)

        self.changedOnlyCheck = QCheckBox(ExportDialog)
        self.changedOnlyCheck.setObjectName(u"changedOnlyCheck")

        self.choices.setWidget(3, QFormLayout.ItemRole.FieldRole, self.changedOnlyCheck)

        self.folderLabel = QLabel(ExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.choices.setWidget(4, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(ExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.choices.setLayout(4, QFormLayout.ItemRole.FieldRole, self.folderRow)


        self.exportLayout.addLayout(self.choices)

        self.stateLabel = QLabel(ExportDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.exportLayout.addWidget(self.stateLabel)

        self.confirmMissingCheck = QCheckBox(ExportDialog)
        self.confirmMissingCheck.setObjectName(u"confirmMissingCheck")
        self.confirmMissingCheck.setVisible(False)

        self.exportLayout.addWidget(self.confirmMissingCheck)

        self.progress = QProgressBar(ExportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)

        self.exportLayout.addWidget(self.progress)

        self.historyLabel = QLabel(ExportDialog)
        self.historyLabel.setObjectName(u"historyLabel")

        self.exportLayout.addWidget(self.historyLabel)

        self.historyTable = QTableView(ExportDialog)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.verticalHeader().setVisible(False)

        self.exportLayout.addWidget(self.historyTable)

        self.decisionRow = QHBoxLayout()
        self.decisionRow.setObjectName(u"decisionRow")
        self.decisionLabel = QLabel(ExportDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.decisionRow.addWidget(self.decisionLabel)

        self.acceptButton = QPushButton(ExportDialog)
        self.acceptButton.setObjectName(u"acceptButton")
        self.acceptButton.setEnabled(False)

        self.decisionRow.addWidget(self.acceptButton)

        self.rejectButton = QPushButton(ExportDialog)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setEnabled(False)

        self.decisionRow.addWidget(self.rejectButton)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionRow.addItem(self.decisionSpacer)


        self.exportLayout.addLayout(self.decisionRow)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Ok)

        self.exportLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.profileLabel.setBuddy(self.profileCombo)
        self.domainLabel.setBuddy(self.domainCombo)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
        self.buttons.rejected.connect(ExportDialog.reject)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u76ee\u5f55", None))
        self.profileLabel.setText(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u683c\u5f0f(&P)\uff1a", None))
        self.domainLabel.setText(QCoreApplication.translate("ExportDialog", u"\u9886\u57df(&D)\uff1a", None))
        self.changedOnlyCheck.setText(QCoreApplication.translate("ExportDialog", u"\u53ea\u5bfc\u51fa\u4e0a\u6b21\u786e\u8ba4\u88ab\u63a5\u6536\u7684\u4e0a\u4f20\u4ee5\u6765\u65b0\u589e\u6216\u4fee\u6539\u7684\u4e8b\u9879(&C)", None))
        self.folderLabel.setText(QCoreApplication.translate("ExportDialog", u"\u4fdd\u5b58\u5230(&F)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"\u9009\u62e9\u6587\u4ef6\u5939\u2026", None))
        self.historyLabel.setText(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u8bb0\u5f55\uff08\u6279\u6b21\uff09\uff1a", None))
        self.decisionLabel.setText(QCoreApplication.translate("ExportDialog", u"\u9009\u4e2d\u7684\u4e0a\u4f20\u6279\u6b21\uff1a", None))
#if QT_CONFIG(tooltip)
        self.acceptButton.setToolTip(QCoreApplication.translate("ExportDialog", u"\u7701\u7ea7\u7cfb\u7edf\u5df2\u63a5\u6536\u8fd9\u4e2a\u4e0a\u4f20\u6587\u4ef6\uff1a\u5176\u4e2d\u7684\u4e8b\u9879\u72b6\u6001\u6539\u4e3a\u201c\u5df2\u4e0a\u4f20\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.acceptButton.setText(QCoreApplication.translate("ExportDialog", u"\u5df2\u88ab\u7701\u7ea7\u7cfb\u7edf\u63a5\u6536(&A)", None))
#if QT_CONFIG(tooltip)
        self.rejectButton.setToolTip(QCoreApplication.translate("ExportDialog", u"\u7701\u7ea7\u7cfb\u7edf\u9000\u56de\u4e86\u8fd9\u4e2a\u4e0a\u4f20\u6587\u4ef6\uff1a\u4e8b\u9879\u72b6\u6001\u4e0d\u53d8\uff0c\u6539\u6b63\u540e\u518d\u5bfc\u51fa", None))
#endif // QT_CONFIG(tooltip)
        self.rejectButton.setText(QCoreApplication.translate("ExportDialog", u"\u88ab\u9000\u56de(&R)", None))
    # retranslateUi

