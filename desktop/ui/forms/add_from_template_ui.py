# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_from_template.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_AddFromTemplate(object):
    def setupUi(self, AddFromTemplate):
        if not AddFromTemplate.objectName():
            AddFromTemplate.setObjectName(u"AddFromTemplate")
        AddFromTemplate.resize(860, 620)
        self.addLayout = QVBoxLayout(AddFromTemplate)
        self.addLayout.setObjectName(u"addLayout")
        self.domainBar = QHBoxLayout()
        self.domainBar.setObjectName(u"domainBar")
        self.domainLabel = QLabel(AddFromTemplate)
        self.domainLabel.setObjectName(u"domainLabel")

        self.domainBar.addWidget(self.domainLabel)

        self.domainCombo = QComboBox(AddFromTemplate)
        self.domainCombo.setObjectName(u"domainCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.domainCombo.sizePolicy().hasHeightForWidth())
        self.domainCombo.setSizePolicy(sizePolicy)

        self.domainBar.addWidget(self.domainCombo)


        self.addLayout.addLayout(self.domainBar)

        self.guidelineLabel = QLabel(AddFromTemplate)
        self.guidelineLabel.setObjectName(u"guidelineLabel")
        self.guidelineLabel.setWordWrap(True)

        self.addLayout.addWidget(self.guidelineLabel)

        self.choiceTable = QTableView(AddFromTemplate)
        self.choiceTable.setObjectName(u"choiceTable")
        self.choiceTable.setAlternatingRowColors(True)
        self.choiceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.choiceTable.verticalHeader().setVisible(False)

        self.addLayout.addWidget(self.choiceTable)

        self.reasonBar = QHBoxLayout()
        self.reasonBar.setObjectName(u"reasonBar")
        self.markRestCheck = QCheckBox(AddFromTemplate)
        self.markRestCheck.setObjectName(u"markRestCheck")

        self.reasonBar.addWidget(self.markRestCheck)

        self.reasonEdit = QLineEdit(AddFromTemplate)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonBar.addWidget(self.reasonEdit)


        self.addLayout.addLayout(self.reasonBar)

        self.buttons = QDialogButtonBox(AddFromTemplate)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.addLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.domainLabel.setBuddy(self.domainCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddFromTemplate)
        self.buttons.rejected.connect(AddFromTemplate.reject)

        QMetaObject.connectSlotsByName(AddFromTemplate)
    # setupUi

    def retranslateUi(self, AddFromTemplate):
        AddFromTemplate.setWindowTitle(QCoreApplication.translate("AddFromTemplate", u"\u4ece\u6807\u51c6\u6307\u5f15\u6dfb\u52a0\u4e8b\u9879", None))
        self.domainLabel.setText(QCoreApplication.translate("AddFromTemplate", u"\u9886\u57df(&D)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.choiceTable.setToolTip(QCoreApplication.translate("AddFromTemplate", u"\u52fe\u9009\u8981\u52a0\u5165\u76ee\u5f55\u7684\u4e8b\u9879\u3002\u5df2\u5728\u76ee\u5f55\u4e2d\u6216\u5df2\u6807\u4e3a\u4e0d\u9002\u7528\u7684\u4e8b\u9879\u4e0d\u80fd\u518d\u52fe\u9009\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.markRestCheck.setText(QCoreApplication.translate("AddFromTemplate", u"\u672a\u52fe\u9009\u7684\u4e8b\u9879\u6807\u4e3a\u201c\u4e0d\u9002\u7528\u201d\uff0c\u539f\u56e0(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AddFromTemplate", u"\u5982\uff1a\u672c\u9547\u65e0\u6b64\u9879\u4e1a\u52a1", None))
    # retranslateUi

