"""文件 › 用本省空白模板生成格式: the province's blank upload template becomes an export profile.

The same mapping as ``python main.py profile-from-template``, shown instead of printed:
one row per template column with a combo of what the export fills it with, so a clerk
corrects a guess or names a column the synonym table does not know, then saves it under
a name the export dialog lists from then on. A template is a small file read through
the input guard, so it is read on the UI thread; no workspace is involved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import GkmlError
from ..exchange.profiles import COLUMN_LABELS, save_user_profile
from ..exchange.template_profiles import BLANK, TemplateMapping, profile_from_template
from ..places import documents_dir
from .labels import data_text

#: The combo's choices: numbering and blank first, then the fields in the table's order.
_CHOICES = (
    "row_number",
    BLANK,
    *(key for key in COLUMN_LABELS if key not in {"seq", BLANK, "row_number"}),
)


class ProvinceTemplateDialog(QDialog):
    """Choose a blank template, check each column's field, name it, save the profile.

    Example::

        dialog = ProvinceTemplateDialog(parent=window)
        dialog.saved.connect(lambda name: ...)  # the profile's name, once written
        dialog.load(Path("浙江上传模板.xlsx"))
        dialog.open()
    """

    #: The saved profile's name.
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("用本省空白模板生成格式"))
        self.path: Path | None = None
        self.mapping: TemplateMapping | None = None
        self.file_edit = QLineEdit(readOnly=True)
        self.file_edit.setPlaceholderText(self.tr("选择本省下发的空白上传模板（.xlsx）"))
        browse = QPushButton(self.tr("选择(&C)…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("如 浙江上传"))
        self.name_edit.textChanged.connect(lambda _text: self._enable_save())
        form = QFormLayout()
        form.addRow(self.tr("模板文件(&F)："), file_row)
        form.addRow(self.tr("格式名称(&N)："), self.name_edit)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("列"), self.tr("模板中的表头"), self.tr("导出时填写")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(
            self.fontMetrics().horizontalAdvance("字") * 48, self.fontMetrics().height() * 30
        )
        self._enable_save()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择空白上传模板"),
            str(documents_dir()),
            self.tr("表格文件 (*.xlsx *.csv)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read the template's header and show the mapping; False (and why) if it cannot."""
        try:
            mapping = profile_from_template(path, self.name_edit.text() or Path(path).stem)
        except GkmlError as exc:
            self._show_error(exc.message)
            return False
        self.path, self.mapping = Path(path), mapping
        self.file_edit.setText(str(path))
        if not self.name_edit.text():
            self.name_edit.setText(Path(path).stem)
        self.table.setRowCount(0)
        for row, column in enumerate(mapping.profile.columns):
            self.table.insertRow(row)
            for place, text in enumerate((mapping.letters[row], data_text(column.header))):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, place, cell)
            combo = QComboBox()
            for key in _CHOICES:
                combo.addItem(COLUMN_LABELS[key], key)
            combo.setCurrentIndex(combo.findData(column.field))
            self.table.setCellWidget(row, 2, combo)
        self._describe(mapping)
        self._enable_save()
        return True

    def _describe(self, mapping: TemplateMapping) -> None:
        parts = [
            self.tr("工作表“{sheet}”，{count} 列。").format(
                sheet=data_text(mapping.profile.sheet), count=len(mapping.profile.columns)
            )
        ]
        if mapping.unmapped:
            names = "、".join(f"{letter} 列“{data_text(h)}”" for letter, h in mapping.unmapped)
            parts.append(
                self.tr("没有认出：{names}，导出时留空；如要填写，请在右边选择。").format(
                    names=names
                )
            )
        if mapping.profile.title_rows:
            parts.append(
                self.tr("表头上方的 {count} 行（标题等）导出时照原样保留。").format(
                    count=len(mapping.profile.title_rows)
                )
            )
        self.note.setStyleSheet("")
        self.note.setText("".join(parts))

    def _show_error(self, message: str) -> None:
        self.note.setStyleSheet("color: #b00020;")
        self.note.setText(message)

    def choices(self) -> dict[str, str]:
        """Heading → field as the combos now say (what ``profile_from_template`` takes)."""
        assert self.mapping is not None
        return {
            column.header: self.table.cellWidget(row, 2).currentData()
            for row, column in enumerate(self.mapping.profile.columns)
        }

    def _enable_save(self) -> None:
        ready = self.mapping is not None and bool(self.name_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    def save(self) -> None:
        """Write the profile into the user's profiles; it stays open with the reason if not."""
        if self.path is None or self.mapping is None:
            return
        try:
            mapping = profile_from_template(
                self.path, self.name_edit.text(), choices=self.choices()
            )
            save_user_profile(mapping.profile)
        except GkmlError as exc:
            self._show_error(exc.message)
            return
        self.saved.emit(mapping.profile.name)
        self.accept()
