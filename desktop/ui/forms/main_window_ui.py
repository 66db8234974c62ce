# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDockWidget,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QSplitter, QStatusBar, QTableView, QTreeView,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionOpenDemo = QAction(MainWindow)
        self.actionOpenDemo.setObjectName(u"actionOpenDemo")
        self.actionNewItem = QAction(MainWindow)
        self.actionNewItem.setObjectName(u"actionNewItem")
        self.actionDeleteItem = QAction(MainWindow)
        self.actionDeleteItem.setObjectName(u"actionDeleteItem")
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
        self.actionAddFromTemplate = QAction(MainWindow)
        self.actionAddFromTemplate.setObjectName(u"actionAddFromTemplate")
        self.actionDashboard = QAction(MainWindow)
        self.actionDashboard.setObjectName(u"actionDashboard")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionValidate = QAction(MainWindow)
        self.actionValidate.setObjectName(u"actionValidate")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.domainTree = QTreeView(self.splitter)
        self.domainTree.setObjectName(u"domainTree")
        self.domainTree.setMinimumSize(QSize(220, 0))
        self.domainTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.domainTree.setRootIsDecorated(False)
        self.domainTree.setHeaderHidden(True)
        self.splitter.addWidget(self.domainTree)
        self.catalogPane = QWidget(self.splitter)
        self.catalogPane.setObjectName(u"catalogPane")
        self.catalogLayout = QVBoxLayout(self.catalogPane)
        self.catalogLayout.setObjectName(u"catalogLayout")
        self.catalogLayout.setContentsMargins(0, 0, 0, 0)
        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.searchEdit = QLineEdit(self.catalogPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.searchEdit)

        self.statusFilterLabel = QLabel(self.catalogPane)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterBar.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(self.catalogPane)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterBar.addWidget(self.statusFilter)

        self.problemFilterLabel = QLabel(self.catalogPane)
        self.problemFilterLabel.setObjectName(u"problemFilterLabel")

        self.filterBar.addWidget(self.problemFilterLabel)

        self.problemFilter = QComboBox(self.catalogPane)
        self.problemFilter.setObjectName(u"problemFilter")

        self.filterBar.addWidget(self.problemFilter)


        self.catalogLayout.addLayout(self.filterBar)

        self.itemTable = QTableView(self.catalogPane)
        self.itemTable.setObjectName(u"itemTable")
        self.itemTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemTable.setAlternatingRowColors(True)
        self.itemTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemTable.setWordWrap(False)
        self.itemTable.verticalHeader().setVisible(False)

        self.catalogLayout.addWidget(self.itemTable)

        self.splitter.addWidget(self.catalogPane)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuCatalog = QMenu(self.menuBar)
        self.menuCatalog.setObjectName(u"menuCatalog")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
        self.findingsDock = QDockWidget(MainWindow)
        self.findingsDock.setObjectName(u"findingsDock")
        self.findingsDock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable|QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.findingsPane = QWidget()
        self.findingsPane.setObjectName(u"findingsPane")
        self.findingsLayout = QVBoxLayout(self.findingsPane)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsLayout.setContentsMargins(6, 0, 6, 0)
        self.findingsBar = QHBoxLayout()
        self.findingsBar.setObjectName(u"findingsBar")
        self.findingsSummary = QLabel(self.findingsPane)
        self.findingsSummary.setObjectName(u"findingsSummary")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.findingsSummary.sizePolicy().hasHeightForWidth())
        self.findingsSummary.setSizePolicy(sizePolicy)

        self.findingsBar.addWidget(self.findingsSummary)

        self.severityFilter = QComboBox(self.findingsPane)
        self.severityFilter.setObjectName(u"severityFilter")

        self.findingsBar.addWidget(self.severityFilter)


        self.findingsLayout.addLayout(self.findingsBar)

        self.findingsTable = QTableView(self.findingsPane)
        self.findingsTable.setObjectName(u"findingsTable")
        self.findingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findingsTable.setAlternatingRowColors(True)
        self.findingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findingsTable.setWordWrap(False)
        self.findingsTable.verticalHeader().setVisible(False)

        self.findingsLayout.addWidget(self.findingsTable)

        self.findingsDock.setWidget(self.findingsPane)
        MainWindow.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findingsDock)
#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.problemFilterLabel.setBuddy(self.problemFilter)
#endif // QT_CONFIG(shortcut)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuCatalog.menuAction())
        self.menuFile.addAction(self.actionNew)
        self.menuFile.addAction(self.actionOpen)
        self.menuFile.addAction(self.actionOpenDemo)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addAction(self.actionPrint)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuCatalog.addAction(self.actionNewItem)
        self.menuCatalog.addAction(self.actionDeleteItem)
        self.menuCatalog.addSeparator()
        self.menuCatalog.addAction(self.actionAddFromTemplate)
        self.menuCatalog.addAction(self.actionDashboard)
        self.menuCatalog.addSeparator()
        self.menuCatalog.addAction(self.actionFind)
        self.menuCatalog.addAction(self.actionValidate)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u516c\u5f00\u76ee\u5f55\u7f16\u5236\u5de5\u5177", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u5efa\u5de5\u4f5c\u533a(&N)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNew.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u76ee\u5f55(&E)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u5de5\u4f5c\u533a(&O)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpen.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenDemo.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u793a\u8303\u5de5\u4f5c\u533a(&D)", None))
        self.actionNewItem.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u589e\u4e8b\u9879(&A)", None))
#if QT_CONFIG(tooltip)
        self.actionNewItem.setToolTip(QCoreApplication.translate("MainWindow", u"\u5728\u5f53\u524d\u9886\u57df\u65b0\u589e\u4e00\u4e2a\u672c\u5355\u4f4d\u81ea\u6709\u7684\u4e8b\u9879", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewItem.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionDeleteItem.setText(QCoreApplication.translate("MainWindow", u"\u5220\u9664\u4e8b\u9879(&R)", None))
#if QT_CONFIG(tooltip)
        self.actionDeleteItem.setToolTip(QCoreApplication.translate("MainWindow", u"\u628a\u9009\u4e2d\u7684\u4e8b\u9879\u79fb\u5230\u56de\u6536\u7ad9\uff08\u53ef\u4ee5\u64a4\u9500\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionDeleteItem.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Del", None))
#endif // QT_CONFIG(shortcut)
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5370\u516c\u5f00\u680f\uff08PDF\uff09(&P)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionAddFromTemplate.setText(QCoreApplication.translate("MainWindow", u"\u4ece\u6807\u51c6\u6307\u5f15\u6dfb\u52a0\u4e8b\u9879(&T)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionAddFromTemplate.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionDashboard.setText(QCoreApplication.translate("MainWindow", u"\u5b8c\u6210\u60c5\u51b5(&D)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionDashboard.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"\u67e5\u627e(&F)", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionValidate.setText(QCoreApplication.translate("MainWindow", u"\u91cd\u65b0\u6821\u9a8c(&V)", None))
#if QT_CONFIG(shortcut)
        self.actionValidate.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&X)", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.domainTree.setToolTip(QCoreApplication.translate("MainWindow", u"\u6309\u9886\u57df\u67e5\u770b\u76ee\u5f55\uff1b\u62ec\u53f7\u4e2d\u662f\u4e8b\u9879\u6570", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"\u641c\u7d22\u4e8b\u9879\u540d\u79f0\u3001\u5185\u5bb9\u3001\u4f9d\u636e\u3001\u4e3b\u4f53\u2026\uff08Ctrl+F\uff09", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("MainWindow", u"\u8f93\u5165\u4efb\u610f\u51e0\u4e2a\u5b57\uff0c\u5728\u4e00\u7ea7\u4e8b\u9879\u3001\u4e8b\u9879\u540d\u79f0\u3001\u516c\u5f00\u5185\u5bb9\u3001\u516c\u5f00\u4f9d\u636e\u3001\u516c\u5f00\u4e3b\u4f53\u548c\u6e20\u9053\u4e2d\u67e5\u627e", None))
#endif // QT_CONFIG(tooltip)
        self.statusFilterLabel.setText(QCoreApplication.translate("MainWindow", u"\u72b6\u6001\uff1a", None))
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("MainWindow", u"\u53ea\u770b\u67d0\u4e2a\u72b6\u6001\u7684\u4e8b\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.problemFilterLabel.setText(QCoreApplication.translate("MainWindow", u"\u95ee\u9898\uff1a", None))
#if QT_CONFIG(tooltip)
        self.problemFilter.setToolTip(QCoreApplication.translate("MainWindow", u"\u53ea\u770b\u6709\u9519\u8bef\u6216\u8b66\u544a\u7684\u4e8b\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuCatalog.setTitle(QCoreApplication.translate("MainWindow", u"\u76ee\u5f55(&C)", None))
        self.findingsDock.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u6821\u9a8c\u7ed3\u679c", None))
        self.findingsSummary.setText(QCoreApplication.translate("MainWindow", u"\u6b63\u5728\u6821\u9a8c\u2026", None))
#if QT_CONFIG(tooltip)
        self.severityFilter.setToolTip(QCoreApplication.translate("MainWindow", u"\u6309\u4e25\u91cd\u7a0b\u5ea6\u7b5b\u9009\u6821\u9a8c\u7ed3\u679c", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.findingsTable.setToolTip(QCoreApplication.translate("MainWindow", u"\u53cc\u51fb\u4e00\u6761\u7ed3\u679c\uff0c\u8df3\u5230\u5bf9\u5e94\u7684\u4e8b\u9879", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

