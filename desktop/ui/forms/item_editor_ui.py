# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_ItemEditor(object):
    def setupUi(self, ItemEditor):
        if not ItemEditor.objectName():
            ItemEditor.setObjectName(u"ItemEditor")
        ItemEditor.resize(420, 760)
        self.editorLayout = QGridLayout(ItemEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.level1Label = QLabel(ItemEditor)
        self.level1Label.setObjectName(u"level1Label")

        self.editorLayout.addWidget(self.level1Label, 2, 0, 1, 1)

        self.level1Edit = QLineEdit(ItemEditor)
        self.level1Edit.setObjectName(u"level1Edit")

        self.editorLayout.addWidget(self.level1Edit, 2, 1, 1, 1)

        self.nameLabel = QLabel(ItemEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.editorLayout.addWidget(self.nameLabel, 3, 0, 1, 1)

        self.nameEdit = QLineEdit(ItemEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.editorLayout.addWidget(self.nameEdit, 3, 1, 1, 1)

        self.contentLabel = QLabel(ItemEditor)
        self.contentLabel.setObjectName(u"contentLabel")

        self.editorLayout.addWidget(self.contentLabel, 4, 0, 1, 1)

        self.contentEdit = QPlainTextEdit(ItemEditor)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)
        self.contentEdit.setMaximumSize(QSize(16777215, 90))

        self.editorLayout.addWidget(self.contentEdit, 4, 1, 1, 1)

        self.basisLabel = QLabel(ItemEditor)
        self.basisLabel.setObjectName(u"basisLabel")

        self.editorLayout.addWidget(self.basisLabel, 5, 0, 1, 1)

        self.basisBox = QVBoxLayout()
        self.basisBox.setSpacing(2)
        self.basisBox.setObjectName(u"basisBox")
        self.basisEdit = QPlainTextEdit(ItemEditor)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setTabChangesFocus(True)
        self.basisEdit.setMaximumSize(QSize(16777215, 90))

        self.basisBox.addWidget(self.basisEdit)

        self.basisTools = QHBoxLayout()
        self.basisTools.setObjectName(u"basisTools")
        self.citeButton = QToolButton(ItemEditor)
        self.citeButton.setObjectName(u"citeButton")
        self.citeButton.setPopupMode(QToolButton.InstantPopup)
        self.citeButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.basisTools.addWidget(self.citeButton)

        self.quoteButton = QToolButton(ItemEditor)
        self.quoteButton.setObjectName(u"quoteButton")

        self.basisTools.addWidget(self.quoteButton)

        self.basisToolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.basisTools.addItem(self.basisToolsSpacer)


        self.basisBox.addLayout(self.basisTools)


        self.editorLayout.addLayout(self.basisBox, 5, 1, 1, 1)

        self.timeLimitLabel = QLabel(ItemEditor)
        self.timeLimitLabel.setObjectName(u"timeLimitLabel")

        self.editorLayout.addWidget(self.timeLimitLabel, 6, 0, 1, 1)

        self.timeLimitEdit = QComboBox(ItemEditor)
        self.timeLimitEdit.setObjectName(u"timeLimitEdit")
        self.timeLimitEdit.setEditable(True)
        self.timeLimitEdit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.timeLimitEdit.setMinimumContentsLength(8)

        self.editorLayout.addWidget(self.timeLimitEdit, 6, 1, 1, 1)

        self.subjectLabel = QLabel(ItemEditor)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.editorLayout.addWidget(self.subjectLabel, 7, 0, 1, 1)

        self.subjectEdit = QLineEdit(ItemEditor)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.editorLayout.addWidget(self.subjectEdit, 7, 1, 1, 1)

        self.channelsLabel = QLabel(ItemEditor)
        self.channelsLabel.setObjectName(u"channelsLabel")

        self.editorLayout.addWidget(self.channelsLabel, 8, 0, 1, 1)

        self.channelList = QListWidget(ItemEditor)
        self.channelList.setObjectName(u"channelList")
        self.channelList.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.channelList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.channelList.setFlow(QListView.Flow.LeftToRight)
        self.channelList.setProperty(u"isWrapping", True)
        self.channelList.setResizeMode(QListView.ResizeMode.Adjust)

        self.editorLayout.addWidget(self.channelList, 8, 1, 1, 1)

        self.otherChannelsLabel = QLabel(ItemEditor)
        self.otherChannelsLabel.setObjectName(u"otherChannelsLabel")

        self.editorLayout.addWidget(self.otherChannelsLabel, 9, 0, 1, 1)

        self.otherChannelsEdit = QLineEdit(ItemEditor)
        self.otherChannelsEdit.setObjectName(u"otherChannelsEdit")

        self.editorLayout.addWidget(self.otherChannelsEdit, 9, 1, 1, 1)

        self.audienceLabel = QLabel(ItemEditor)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.editorLayout.addWidget(self.audienceLabel, 10, 0, 1, 1)

        self.audienceCombo = QComboBox(ItemEditor)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.editorLayout.addWidget(self.audienceCombo, 10, 1, 1, 1)

        self.methodLabel = QLabel(ItemEditor)
        self.methodLabel.setObjectName(u"methodLabel")

        self.editorLayout.addWidget(self.methodLabel, 11, 0, 1, 1)

        self.methodCombo = QComboBox(ItemEditor)
        self.methodCombo.setObjectName(u"methodCombo")

        self.editorLayout.addWidget(self.methodCombo, 11, 1, 1, 1)

        self.levelsLabel = QLabel(ItemEditor)
        self.levelsLabel.setObjectName(u"levelsLabel")

        self.editorLayout.addWidget(self.levelsLabel, 12, 0, 1, 1)

        self.levelsLayout = QHBoxLayout()
        self.levelsLayout.setObjectName(u"levelsLayout")
        self.countyCheck = QCheckBox(ItemEditor)
        self.countyCheck.setObjectName(u"countyCheck")

        self.levelsLayout.addWidget(self.countyCheck)

        self.townshipCheck = QCheckBox(ItemEditor)
        self.townshipCheck.setObjectName(u"townshipCheck")

        self.levelsLayout.addWidget(self.townshipCheck)

        self.villageCheck = QCheckBox(ItemEditor)
        self.villageCheck.setObjectName(u"villageCheck")

        self.levelsLayout.addWidget(self.villageCheck)


        self.editorLayout.addLayout(self.levelsLayout, 12, 1, 1, 1)

        self.linkLabel = QLabel(ItemEditor)
        self.linkLabel.setObjectName(u"linkLabel")

        self.editorLayout.addWidget(self.linkLabel, 13, 0, 1, 1)

        self.linkEdit = QLineEdit(ItemEditor)
        self.linkEdit.setObjectName(u"linkEdit")

        self.editorLayout.addWidget(self.linkEdit, 13, 1, 1, 1)

        self.statusLabel = QLabel(ItemEditor)
        self.statusLabel.setObjectName(u"statusLabel")

        self.editorLayout.addWidget(self.statusLabel, 14, 0, 1, 1)

        self.statusCombo = QComboBox(ItemEditor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.editorLayout.addWidget(self.statusCombo, 14, 1, 1, 1)

        self.reasonLabel = QLabel(ItemEditor)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.editorLayout.addWidget(self.reasonLabel, 15, 0, 1, 1)

        self.reasonEdit = QLineEdit(ItemEditor)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.editorLayout.addWidget(self.reasonEdit, 15, 1, 1, 1)

        self.itemFindings = QLabel(ItemEditor)
        self.itemFindings.setObjectName(u"itemFindings")
        self.itemFindings.setWordWrap(True)
        self.itemFindings.setTextFormat(Qt.TextFormat.RichText)

        self.editorLayout.addWidget(self.itemFindings, 0, 0, 1, 2)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.fixButton = QPushButton(ItemEditor)
        self.fixButton.setObjectName(u"fixButton")

        self.buttonsLayout.addWidget(self.fixButton)

        self.confirmButton = QPushButton(ItemEditor)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttonsLayout.addWidget(self.confirmButton)


        self.editorLayout.addLayout(self.buttonsLayout, 1, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.level1Label.setBuddy(self.level1Edit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.contentLabel.setBuddy(self.contentEdit)
        self.basisLabel.setBuddy(self.basisEdit)
        self.timeLimitLabel.setBuddy(self.timeLimitEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.channelsLabel.setBuddy(self.channelList)
        self.otherChannelsLabel.setBuddy(self.otherChannelsEdit)
        self.audienceLabel.setBuddy(self.audienceCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.levelsLabel.setBuddy(self.countyCheck)
        self.linkLabel.setBuddy(self.linkEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ItemEditor)

        QMetaObject.connectSlotsByName(ItemEditor)
    # setupUi

    def retranslateUi(self, ItemEditor):
        self.level1Label.setText(QCoreApplication.translate("ItemEditor", u"\u4e00\u7ea7\u4e8b\u9879(&1)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.level1Edit.setToolTip(QCoreApplication.translate("ItemEditor", u"\u4e00\u7ea7\u4e8b\u9879\uff1a\u6807\u51c6\u6307\u5f15\u4e2d\u4e8b\u9879\u6240\u5c5e\u7684\u5927\u7c7b\uff0c\u5982\u201c\u6700\u4f4e\u751f\u6d3b\u4fdd\u969c\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("ItemEditor", u"\u4e8b\u9879\u540d\u79f0(&N)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("ItemEditor", u"\u4e8b\u9879\u540d\u79f0\uff08\u4e8c\u7ea7\u4e8b\u9879\uff09\uff1a\u5982\u201c\u529e\u4e8b\u6307\u5357\u201d\u201c\u5ba1\u6838\u4fe1\u606f\u201d\u3002\u540c\u4e00\u4e00\u7ea7\u4e8b\u9879\u4e0b\u4e0d\u80fd\u91cd\u590d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.contentLabel.setText(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u5185\u5bb9\uff1a", None))
#if QT_CONFIG(tooltip)
        self.contentEdit.setToolTip(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u5185\u5bb9\uff08\u8981\u7d20\uff09\uff1a\u8981\u516c\u5f00\u7684\u5177\u4f53\u4fe1\u606f\uff0c\u5982\u201c\u529e\u7406\u6761\u4ef6\u3001\u7533\u8bf7\u6750\u6599\u3001\u529e\u7406\u6d41\u7a0b\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.basisLabel.setText(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u4f9d\u636e\uff1a", None))
#if QT_CONFIG(tooltip)
        self.basisEdit.setToolTip(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u4f9d\u636e\uff1a\u5199\u660e\u6cd5\u5f8b\u3001\u6cd5\u89c4\u3001\u89c4\u7ae0\u6216\u6587\u4ef6\u7684\u5168\u79f0\u5e76\u52a0\u4e66\u540d\u53f7\uff0c\u5982\u300a\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u6761\u4f8b\u300b\uff0c\u6216\u5199\u51fa\u6587\u53f7\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.citeButton.setToolTip(QCoreApplication.translate("ItemEditor", u"\u4ece\u672c\u9886\u57df\u6807\u51c6\u6307\u5f15\u5f15\u7528\u8fc7\u7684\u6cd5\u89c4\u6587\u4ef6\u4e2d\u9009\u4e00\u4e2a\uff0c\u52a0\u4e66\u540d\u53f7\u63d2\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.citeButton.setText(QCoreApplication.translate("ItemEditor", u"\u5f15\u7528\u6cd5\u89c4(&B)", None))
#if QT_CONFIG(tooltip)
        self.quoteButton.setToolTip(QCoreApplication.translate("ItemEditor", u"\u7ed9\u9009\u4e2d\u7684\u6587\u4ef6\u540d\u79f0\u52a0\u4e0a\u4e66\u540d\u53f7\u300a\u300b", None))
#endif // QT_CONFIG(tooltip)
        self.quoteButton.setText(QCoreApplication.translate("ItemEditor", u"\u52a0\u4e66\u540d\u53f7\u300a\u300b", None))
        self.timeLimitLabel.setText(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u65f6\u9650\uff1a", None))
#if QT_CONFIG(tooltip)
        self.timeLimitEdit.setToolTip(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u65f6\u9650\uff1a\u53ef\u4ee5\u6267\u884c\u7684\u671f\u9650\uff0c\u5982\u201c\u4fe1\u606f\u5f62\u6210\u6216\u53d8\u66f4\u4e4b\u65e5\u8d7720\u4e2a\u5de5\u4f5c\u65e5\u5185\u201d\u201c\u5b9e\u65f6\u201d\u201c\u957f\u671f\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.subjectLabel.setText(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u4e3b\u4f53\uff1a", None))
#if QT_CONFIG(tooltip)
        self.subjectEdit.setToolTip(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u4e3b\u4f53\uff1a\u8d1f\u8d23\u516c\u5f00\u7684\u673a\u5173\u6216\u7ec4\u7ec7\uff0c\u4e00\u822c\u662f\u672c\u5355\u4f4d\uff0c\u5982\u201c\u5e78\u798f\u9547\u4eba\u6c11\u653f\u5e9c\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.channelsLabel.setText(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u6e20\u9053\uff1a", None))
#if QT_CONFIG(tooltip)
        self.channelList.setToolTip(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u6e20\u9053\u548c\u8f7d\u4f53\uff1a\u52fe\u9009\u6807\u51c6\u6307\u5f15\u5217\u51fa\u7684\u6e20\u9053\uff1b\u672c\u5730\u7279\u6709\u7684\u6e20\u9053\u5199\u5728\u4e0b\u9762\u4e00\u680f\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.otherChannelsLabel.setText(QCoreApplication.translate("ItemEditor", u"\u5176\u4ed6\u6e20\u9053\uff1a", None))
#if QT_CONFIG(tooltip)
        self.otherChannelsEdit.setToolTip(QCoreApplication.translate("ItemEditor", u"\u6807\u51c6\u6e05\u5355\u4ee5\u5916\u7684\u6e20\u9053\uff0c\u591a\u4e2a\u7528\u987f\u53f7\u201c\u3001\u201d\u5206\u9694\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.audienceLabel.setText(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u5bf9\u8c61\uff1a", None))
#if QT_CONFIG(tooltip)
        self.audienceCombo.setToolTip(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u5bf9\u8c61\uff1a\u5168\u793e\u4f1a\uff0c\u6216\u7279\u5b9a\u7fa4\u4f53\uff08\u5982\u7533\u8bf7\u4eba\u3001\u5f81\u6536\u8303\u56f4\u5185\u7684\u6751\u6c11\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.methodLabel.setText(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u65b9\u5f0f\uff1a", None))
#if QT_CONFIG(tooltip)
        self.methodCombo.setToolTip(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u65b9\u5f0f\uff1a\u4e3b\u52a8\u516c\u5f00\uff0c\u6216\u4f9d\u7533\u8bf7\u516c\u5f00\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.levelsLabel.setText(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u5c42\u7ea7\uff1a", None))
        self.countyCheck.setText(QCoreApplication.translate("ItemEditor", u"\u53bf\u7ea7", None))
#if QT_CONFIG(tooltip)
        self.countyCheck.setToolTip(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u5c42\u7ea7\uff1a\u5728\u54ea\u4e00\u7ea7\u516c\u5f00\u3002\u4e61\u9547\u76ee\u5f55\u4e2d\u7684\u4e8b\u9879\u5e94\u5f53\u5305\u542b\u201c\u4e61\u7ea7\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.townshipCheck.setText(QCoreApplication.translate("ItemEditor", u"\u4e61\u7ea7", None))
#if QT_CONFIG(tooltip)
        self.townshipCheck.setToolTip(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u5c42\u7ea7\uff1a\u5728\u54ea\u4e00\u7ea7\u516c\u5f00\u3002\u4e61\u9547\u76ee\u5f55\u4e2d\u7684\u4e8b\u9879\u5e94\u5f53\u5305\u542b\u201c\u4e61\u7ea7\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.villageCheck.setText(QCoreApplication.translate("ItemEditor", u"\u6751\u7ea7", None))
#if QT_CONFIG(tooltip)
        self.villageCheck.setToolTip(QCoreApplication.translate("ItemEditor", u"\u516c\u5f00\u5c42\u7ea7\uff1a\u5728\u54ea\u4e00\u7ea7\u516c\u5f00\u3002\u4e61\u9547\u76ee\u5f55\u4e2d\u7684\u4e8b\u9879\u5e94\u5f53\u5305\u542b\u201c\u4e61\u7ea7\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.linkLabel.setText(QCoreApplication.translate("ItemEditor", u"\u7cbe\u51c6\u94fe\u63a5\uff1a", None))
#if QT_CONFIG(tooltip)
        self.linkEdit.setToolTip(QCoreApplication.translate("ItemEditor", u"\u7cbe\u51c6\u94fe\u63a5\uff1a\u8be5\u4fe1\u606f\u5728\u7f51\u7ad9\u4e0a\u7684\u7f51\u5740\uff0c\u4ee5 http:// \u6216 https:// \u5f00\u5934\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("ItemEditor", u"\u72b6\u6001\uff1a", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("ItemEditor", u"\u72b6\u6001\uff1a\u8349\u7a3f\u3001\u5f85\u5ba1\u3001\u5df2\u5ba1\u3001\u5df2\u4e0a\u4f20\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("ItemEditor", u"\u4e0d\u9002\u7528\u539f\u56e0\uff1a", None))
#if QT_CONFIG(tooltip)
        self.reasonEdit.setToolTip(QCoreApplication.translate("ItemEditor", u"\u672c\u5355\u4f4d\u6ca1\u6709\u8fd9\u4e00\u4e8b\u9879\u65f6\u5199\u660e\u539f\u56e0\uff0c\u4e8b\u9879\u5373\u6807\u4e3a\u201c\u4e0d\u9002\u7528\u201d\uff0c\u4e0d\u516c\u5f00\u4e5f\u4e0d\u4e0a\u4f20\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.fixButton.setText(QCoreApplication.translate("ItemEditor", u"\u4e00\u952e\u4fee\u6b63(&X)", None))
#if QT_CONFIG(tooltip)
        self.fixButton.setToolTip(QCoreApplication.translate("ItemEditor", u"\u6309\u6821\u9a8c\u89c4\u5219\u5b89\u5168\u5730\u4fee\u6b63\u8fd9\u4e00\u4e8b\u9879\u4e2d\u80fd\u81ea\u52a8\u4fee\u6b63\u7684\u95ee\u9898\uff08\u53bb\u6389\u591a\u4f59\u5b57\u7b26\u3001\u6539\u4e3a\u6807\u51c6\u5199\u6cd5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.confirmButton.setText(QCoreApplication.translate("ItemEditor", u"\u786e\u8ba4\u65e0\u8bef(&K)", None))
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("ItemEditor", u"\u6838\u5bf9\u8fc7\u8fd9\u4e00\u4e8b\u9879\u4ecd\u7136\u51c6\u786e\uff1a\u8bb0\u4e0b\u4eca\u5929\u7684\u65e5\u671f\uff08\u76ee\u5f55\u8981\u5b9a\u671f\u6838\u5bf9\u3001\u52a8\u6001\u8c03\u6574\uff09", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

