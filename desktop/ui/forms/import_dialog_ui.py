# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
    QProgressBar, QPushButton, QSizePolicy, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 620)
        self.importLayout = QVBoxLayout(ImportDialog)
        self.importLayout.setObjectName(u"importLayout")
        self.choices = QFormLayout()
        self.choices.setObjectName(u"choices")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.choices.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.choices.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.domainLabel = QLabel(ImportDialog)
        self.domainLabel.setObjectName(u"domainLabel")

        self.choices.setWidget(1, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainCombo = QComboBox(ImportDialog)
        self.domainCombo.setObjectName(u"domainCombo")

        self.choices.setWidget(1, QFormLayout.ItemRole.FieldRole, self.domainCombo)


        self.importLayout.addLayout(self.choices)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.importLayout.addWidget(self.summaryLabel)

        self.progress = QProgressBar(ImportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)

        self.importLayout.addWidget(self.progress)

        self.addUnitsCheck = QCheckBox(ImportDialog)
        self.addUnitsCheck.setObjectName(u"addUnitsCheck")
        self.addUnitsCheck.setVisible(False)

        self.importLayout.addWidget(self.addUnitsCheck)

        self.tabs = QTabWidget(ImportDialog)
        self.tabs.setObjectName(u"tabs")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesLayout = QVBoxLayout(self.changesTab)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesTable = QTableView(self.changesTab)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTable.setAlternatingRowColors(True)
        self.changesTable.setWordWrap(True)
        self.changesTable.verticalHeader().setVisible(False)

        self.changesLayout.addWidget(self.changesTable)

        self.tabs.addTab(self.changesTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsTable = QTableView(self.problemsTab)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setWordWrap(True)
        self.problemsTable.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problemsTable)

        self.tabs.addTab(self.problemsTab, "")

        self.importLayout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(ImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Apply)

        self.importLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.domainLabel.setBuddy(self.domainCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)
        self.buttons.rejected.connect(ImportDialog.reject)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u76ee\u5f55\u6587\u4ef6", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"\u6587\u4ef6(&F)\uff1a", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u".xlsx \u6216 .csv\uff1a\u6807\u51c6\u6307\u5f15\u683c\u5f0f\u3001\u4e0a\u4f20\u683c\u5f0f\u6216\u5b8c\u6574\u5907\u4efd\u683c\u5f0f", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.domainLabel.setText(QCoreApplication.translate("ImportDialog", u"\u9886\u57df(&D)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.domainCombo.setToolTip(QCoreApplication.translate("ImportDialog", u"\u6587\u4ef6\u7684\u6807\u9898\u3001\u5de5\u4f5c\u8868\u540d\u79f0\u6216\u201c\u6240\u5c5e\u9886\u57df\u201d\u5217\u80fd\u8bf4\u660e\u9886\u57df\u65f6\u9009\u201c\u81ea\u52a8\u8bc6\u522b\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6587\u4ef6\u540e\u70b9\u201c\u9884\u89c8\u201d\uff1a\u5148\u68c0\u67e5\uff0c\u4e0d\u5199\u5165\u5de5\u4f5c\u533a\u3002", None))
        self.addUnitsCheck.setText(QCoreApplication.translate("ImportDialog", u"\u628a\u5c5e\u4e8e\u5176\u4ed6\u5355\u4f4d\u7684\u4e8b\u9879\u4f5c\u4e3a\u4e0b\u7ea7\u5355\u4f4d\u52a0\u5165(&U)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changesTab), QCoreApplication.translate("ImportDialog", u"\u5c06\u8981\u4fee\u6539", None))
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("ImportDialog", u"\u672a\u5bfc\u5165\u4e0e\u8bf4\u660e", None))
    # retranslateUi

