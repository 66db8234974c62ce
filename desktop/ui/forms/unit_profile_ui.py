# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_profile.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_UnitProfile(object):
    def setupUi(self, UnitProfile):
        if not UnitProfile.objectName():
            UnitProfile.setObjectName(u"UnitProfile")
        UnitProfile.resize(560, 340)
        self.profileLayout = QVBoxLayout(UnitProfile)
        self.profileLayout.setObjectName(u"profileLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.nameLabel = QLabel(UnitProfile)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(UnitProfile)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.levelLabel = QLabel(UnitProfile)
        self.levelLabel.setObjectName(u"levelLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelValue = QLabel(UnitProfile)
        self.levelValue.setObjectName(u"levelValue")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelValue)

        self.codeLabel = QLabel(UnitProfile)
        self.codeLabel.setObjectName(u"codeLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(UnitProfile)
        self.codeEdit.setObjectName(u"codeEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.contactLabel = QLabel(UnitProfile)
        self.contactLabel.setObjectName(u"contactLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(UnitProfile)
        self.contactEdit.setObjectName(u"contactEdit")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.freshnessLabel = QLabel(UnitProfile)
        self.freshnessLabel.setObjectName(u"freshnessLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.freshnessLabel)

        self.freshnessSpin = QSpinBox(UnitProfile)
        self.freshnessSpin.setObjectName(u"freshnessSpin")
        self.freshnessSpin.setMaximum(250)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.freshnessSpin)


        self.profileLayout.addLayout(self.fields)

        self.renameSubjectsCheck = QCheckBox(UnitProfile)
        self.renameSubjectsCheck.setObjectName(u"renameSubjectsCheck")
        self.renameSubjectsCheck.setChecked(True)

        self.profileLayout.addWidget(self.renameSubjectsCheck)

        self.errorLabel = QLabel(UnitProfile)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.profileLayout.addWidget(self.errorLabel)

        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profileLayout.addItem(self.profileSpacer)

        self.buttons = QDialogButtonBox(UnitProfile)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.profileLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.freshnessLabel.setBuddy(self.freshnessSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnitProfile)
        self.buttons.rejected.connect(UnitProfile.reject)

        QMetaObject.connectSlotsByName(UnitProfile)
    # setupUi

    def retranslateUi(self, UnitProfile):
        UnitProfile.setWindowTitle(QCoreApplication.translate("UnitProfile", u"\u672c\u5355\u4f4d\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("UnitProfile", u"\u5355\u4f4d\u540d\u79f0(&N)\uff1a", None))
        self.levelLabel.setText(QCoreApplication.translate("UnitProfile", u"\u5c42\u7ea7\uff1a", None))
#if QT_CONFIG(tooltip)
        self.levelValue.setToolTip(QCoreApplication.translate("UnitProfile", u"\u5c42\u7ea7\u51b3\u5b9a\u9002\u7528\u54ea\u4e9b\u6807\u51c6\u6307\u5f15\u4e8b\u9879\uff0c\u5efa\u597d\u5de5\u4f5c\u533a\u540e\u4e0d\u80fd\u66f4\u6539\uff1b\u5c42\u7ea7\u4e0d\u5bf9\u8bf7\u65b0\u5efa\u5de5\u4f5c\u533a\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.codeLabel.setText(QCoreApplication.translate("UnitProfile", u"\u533a\u5212\u4ee3\u7801\uff1a", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("UnitProfile", u"12 \u4f4d\u7edf\u8ba1\u7528\u533a\u5212\u4ee3\u7801\uff0c\u53ef\u4ee5\u4e0d\u586b", None))
        self.contactLabel.setText(QCoreApplication.translate("UnitProfile", u"\u8054\u7cfb\u4eba\uff1a", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("UnitProfile", u"\u8054\u7cfb\u4eba\u548c\u7535\u8bdd\uff0c\u53ef\u4ee5\u4e0d\u586b", None))
        self.freshnessLabel.setText(QCoreApplication.translate("UnitProfile", u"\u5b9a\u671f\u6838\u5bf9(&C)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.freshnessSpin.setToolTip(QCoreApplication.translate("UnitProfile", u"\u4e8b\u9879\u591a\u5c11\u4e2a\u5de5\u4f5c\u65e5\u6ca1\u6709\u6838\u5bf9\u5c31\u63d0\u793a\u201c\u8f83\u957f\u65f6\u95f4\u672a\u6838\u5bf9\u201d\uff1b0 \u8868\u793a\u4e0d\u63d0\u793a\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.freshnessSpin.setSpecialValueText(QCoreApplication.translate("UnitProfile", u"\u4e0d\u63d0\u793a", None))
        self.freshnessSpin.setSuffix(QCoreApplication.translate("UnitProfile", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.renameSubjectsCheck.setText(QCoreApplication.translate("UnitProfile", u"\u628a\u4e8b\u9879\u4e2d\u5199\u7740\u539f\u5355\u4f4d\u540d\u79f0\u7684\u201c\u516c\u5f00\u4e3b\u4f53\u201d\u4e00\u5e76\u6539\u4e3a\u65b0\u540d\u79f0(&S)", None))
    # retranslateUi

