"""The bundled demo workspace: an embedded township compiled from the bundled templates.

It is built on first use in the user's data folder (``GKML_DATA_DIR`` overrides it,
for tests and portable installs) so that the first start shows a real catalog.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.model import Unit
from ..domain.templates import TemplateSet, load_templates
from ..places import data_dir
from .files import SUFFIX
from .opening import create_workspace

DEMO_UNIT_NAME = "示范镇人民政府"
#: 99 is no province's code: the demo can never be mistaken for a real township.
DEMO_DIVISION_CODE = "990101001000"


def demo_path() -> Path:
    return data_dir() / f"{DEMO_UNIT_NAME}{SUFFIX}"


def ensure_demo_workspace(templates: TemplateSet | None = None) -> Path:
    """The demo workspace's path, creating it from the templates if it is missing."""
    path = demo_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    templates = templates if templates is not None else load_templates()
    unit = Unit(
        name=DEMO_UNIT_NAME,
        level="乡级",
        division_code=DEMO_DIVISION_CODE,
        contact="党政综合办公室 0000-0000000",
    )
    with create_workspace(path, unit) as workspace:
        items = [
            row.to_item(template, unit)
            for template in templates
            for row in template.items_for_level(unit.level)
        ]
        workspace.add_items(items)
    return path
