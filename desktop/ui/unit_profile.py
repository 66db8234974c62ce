"""本单位信息: the unit's name, division code and contact, and the review period.

A typo in the unit's name found after the catalog was compiled is common; the
dialog can carry the new name into every 公开主体 that still says the old one, so
the clerk does not retype it item by item. The level is shown, not edited: it
decides which guideline items apply, so a wrong level means a new workspace.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ..domain.errors import GkmlError
from ..domain.model import Unit
from .forms.unit_profile_ui import Ui_UnitProfile
from .labels import data_text


class UnitProfileDialog(QDialog):
    """On accept: ``unit`` (checked), ``freshness_days`` and ``rename_subjects``."""

    def __init__(self, unit: Unit, freshness_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_UnitProfile()
        self.form.setupUi(self)
        self.original = unit
        self.unit = unit
        form = self.form
        form.nameEdit.setText(unit.name)
        form.levelValue.setText(data_text(unit.level))
        form.codeEdit.setText(unit.division_code)
        form.contactEdit.setText(unit.contact)
        form.freshnessSpin.setValue(freshness_days)
        form.nameEdit.textChanged.connect(lambda _text: self._name_changed())
        form.buttons.accepted.connect(self.accept)
        self._name_changed()

    @property
    def freshness_days(self) -> int:
        return self.form.freshnessSpin.value()

    @property
    def renamed(self) -> bool:
        return self.unit.name != self.original.name

    @property
    def rename_subjects(self) -> bool:
        return self.renamed and self.form.renameSubjectsCheck.isChecked()

    def _name_changed(self) -> None:
        changed = self.form.nameEdit.text().strip() != self.original.name
        self.form.renameSubjectsCheck.setEnabled(changed)

    def accept(self) -> None:
        """Close only with values a Unit accepts; otherwise say what is wrong."""
        try:
            self.unit = Unit(
                name=self.form.nameEdit.text(),
                level=self.original.level,
                division_code=self.form.codeEdit.text(),
                contact=self.form.contactEdit.text().strip(),
                parent_id=self.original.parent_id,
                id=self.original.id,
            )
        except GkmlError as exc:
            self.form.errorLabel.setText(exc.message)
            return
        super().accept()
