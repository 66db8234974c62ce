# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_workspace.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_NewWorkspaceWizard(object):
    def setupUi(self, NewWorkspaceWizard):
        if not NewWorkspaceWizard.objectName():
            NewWorkspaceWizard.setObjectName(u"NewWorkspaceWizard")
        NewWorkspaceWizard.resize(720, 560)
        NewWorkspaceWizard.setWizardStyle(QWizard.ClassicStyle)
        self.unitPage = QWizardPage()
        self.unitPage.setObjectName(u"unitPage")
        self.unitLayout = QFormLayout(self.unitPage)
        self.unitLayout.setObjectName(u"unitLayout")
        self.nameLabel = QLabel(self.unitPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.unitLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.unitPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.unitLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.levelLabel = QLabel(self.unitPage)
        self.levelLabel.setObjectName(u"levelLabel")

        self.unitLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.unitPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.unitLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.codeLabel = QLabel(self.unitPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.unitLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.unitPage)
        self.codeEdit.setObjectName(u"codeEdit")

        self.unitLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.contactLabel = QLabel(self.unitPage)
        self.contactLabel.setObjectName(u"contactLabel")

        self.unitLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(self.unitPage)
        self.contactEdit.setObjectName(u"contactEdit")

        self.unitLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.fileLabel = QLabel(self.unitPage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.unitLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.unitPage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.unitPage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.unitLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.unitError = QLabel(self.unitPage)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setStyleSheet(u"color: #c62828;")
        self.unitError.setWordWrap(True)

        self.unitLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.unitError)

        NewWorkspaceWizard.addPage(self.unitPage)
        self.domainPage = QWizardPage()
        self.domainPage.setObjectName(u"domainPage")
        self.domainLayout = QVBoxLayout(self.domainPage)
        self.domainLayout.setObjectName(u"domainLayout")
        self.domainList = QListWidget(self.domainPage)
        self.domainList.setObjectName(u"domainList")

        self.domainLayout.addWidget(self.domainList)

        self.checkButtons = QHBoxLayout()
        self.checkButtons.setObjectName(u"checkButtons")
        self.checkAllButton = QPushButton(self.domainPage)
        self.checkAllButton.setObjectName(u"checkAllButton")

        self.checkButtons.addWidget(self.checkAllButton)

        self.checkNoneButton = QPushButton(self.domainPage)
        self.checkNoneButton.setObjectName(u"checkNoneButton")

        self.checkButtons.addWidget(self.checkNoneButton)

        self.checkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkButtons.addItem(self.checkSpacer)


        self.domainLayout.addLayout(self.checkButtons)

        self.reasonRow = QFormLayout()
        self.reasonRow.setObjectName(u"reasonRow")
        self.reasonLabel = QLabel(self.domainPage)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonRow.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.domainPage)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonRow.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.domainLayout.addLayout(self.reasonRow)

        NewWorkspaceWizard.addPage(self.domainPage)
        self.summaryPage = QWizardPage()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(self.summaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryLayout.addItem(self.summarySpacer)

        NewWorkspaceWizard.addPage(self.summaryPage)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.codeLabel.setBuddy(self.codeEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.fileLabel.setBuddy(self.fileEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.domainList)
        QWidget.setTabOrder(self.domainList, self.checkAllButton)
        QWidget.setTabOrder(self.checkAllButton, self.checkNoneButton)
        QWidget.setTabOrder(self.checkNoneButton, self.reasonEdit)

        self.retranslateUi(NewWorkspaceWizard)

        QMetaObject.connectSlotsByName(NewWorkspaceWizard)
    # setupUi

    def retranslateUi(self, NewWorkspaceWizard):
        NewWorkspaceWizard.setWindowTitle(QCoreApplication.translate("NewWorkspaceWizard", u"\u65b0\u5efa\u5de5\u4f5c\u533a", None))
        self.unitPage.setTitle(QCoreApplication.translate("NewWorkspaceWizard", u"\u7b2c\u4e00\u6b65\uff1a\u672c\u5355\u4f4d", None))
        self.unitPage.setSubTitle(QCoreApplication.translate("NewWorkspaceWizard", u"\u586b\u5199\u7f16\u5236\u76ee\u5f55\u7684\u5355\u4f4d\u3002\u5355\u4f4d\u540d\u79f0\u4f1a\u4f5c\u4e3a\u4e8b\u9879\u7684\u201c\u516c\u5f00\u4e3b\u4f53\u201d\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("NewWorkspaceWizard", u"\u5355\u4f4d\u540d\u79f0(&U)\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("NewWorkspaceWizard", u"\u5982\uff1a\u5e78\u798f\u9547\u4eba\u6c11\u653f\u5e9c", None))
        self.levelLabel.setText(QCoreApplication.translate("NewWorkspaceWizard", u"\u5c42\u7ea7(&L)\uff1a", None))
        self.codeLabel.setText(QCoreApplication.translate("NewWorkspaceWizard", u"\u533a\u5212\u4ee3\u7801\uff1a", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("NewWorkspaceWizard", u"12 \u4f4d\u7edf\u8ba1\u7528\u533a\u5212\u4ee3\u7801\uff0c\u53ef\u4ee5\u4e0d\u586b", None))
        self.contactLabel.setText(QCoreApplication.translate("NewWorkspaceWizard", u"\u8054\u7cfb\u4eba\uff1a", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("NewWorkspaceWizard", u"\u8054\u7cfb\u4eba\u548c\u7535\u8bdd\uff0c\u53ef\u4ee5\u4e0d\u586b", None))
        self.fileLabel.setText(QCoreApplication.translate("NewWorkspaceWizard", u"\u4fdd\u5b58\u4f4d\u7f6e\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("NewWorkspaceWizard", u"\u9009\u62e9\u4f4d\u7f6e\u2026", None))
        self.domainPage.setTitle(QCoreApplication.translate("NewWorkspaceWizard", u"\u7b2c\u4e8c\u6b65\uff1a\u9009\u62e9\u9886\u57df", None))
        self.domainPage.setSubTitle(QCoreApplication.translate("NewWorkspaceWizard", u"\u52fe\u9009\u672c\u5355\u4f4d\u8981\u7f16\u5236\u76ee\u5f55\u7684\u9886\u57df\u3002\u5df2\u52fe\u9009\u7684\u662f\u6807\u51c6\u6307\u5f15\u4e2d\u6709\u672c\u7ea7\u4e8b\u9879\u7684\u9886\u57df\uff1b\u6ca1\u6709\u52fe\u9009\u7684\u8bd5\u70b9\u9886\u57df\u5c06\u8bb0\u4e3a\u201c\u672a\u6d89\u53ca\u201d\u3002", None))
#if QT_CONFIG(tooltip)
        self.domainList.setToolTip(QCoreApplication.translate("NewWorkspaceWizard", u"\u628a\u9f20\u6807\u505c\u5728\u4e00\u4e2a\u9886\u57df\u4e0a\uff0c\u53ef\u4ee5\u770b\u5230\u5b83\u4f9d\u636e\u7684\u6807\u51c6\u6307\u5f15", None))
#endif // QT_CONFIG(tooltip)
        self.checkAllButton.setText(QCoreApplication.translate("NewWorkspaceWizard", u"\u5168\u9009", None))
        self.checkNoneButton.setText(QCoreApplication.translate("NewWorkspaceWizard", u"\u5168\u4e0d\u9009", None))
        self.reasonLabel.setText(QCoreApplication.translate("NewWorkspaceWizard", u"\u672a\u6d89\u53ca\u7684\u539f\u56e0(&R)\uff1a", None))
        self.summaryPage.setTitle(QCoreApplication.translate("NewWorkspaceWizard", u"\u7b2c\u4e09\u6b65\uff1a\u786e\u8ba4", None))
    # retranslateUi

