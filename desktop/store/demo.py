"""The bundled demo workspace: an embedded township compiled from the bundled templates.

It is built on first use in the user's data folder (``GKML_DATA_DIR`` overrides it,
for tests and portable installs) so that the first start shows a real catalog.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.model import Unit
from ..places import data_dir
from .files import SUFFIX
from .opening import create_workspace
from .seeding import DEFAULT_OUT_OF_SCOPE_REASON, domains_with_items, seed_catalog
from .template_versions import workspace_templates

DEMO_UNIT_NAME = "示范镇人民政府"
#: 99 is no province's code: the demo can never be mistaken for a real township.
DEMO_DIVISION_CODE = "990101001000"


def demo_path() -> Path:
    return data_dir() / f"{DEMO_UNIT_NAME}{SUFFIX}"


def ensure_demo_workspace() -> Path:
    """The demo workspace's path, creating it from the templates if it is missing.

    It compiles every domain with items at 乡级, as a new township does by default.

    Example::

        MainWindow().open(ensure_demo_workspace())
    """
    path = demo_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    unit = Unit(
        name=DEMO_UNIT_NAME,
        level="乡级",
        division_code=DEMO_DIVISION_CODE,
        contact="党政综合办公室 0000-0000000",
    )
    try:
        with create_workspace(path, unit) as workspace:
            domains = domains_with_items(workspace_templates(workspace), unit.level)
            seed_catalog(workspace, domains, DEFAULT_OUT_OF_SCOPE_REASON)
    except BaseException:
        # A demo left half-built (no templates, a full disk) would open as if whole
        # on every later start.
        path.unlink(missing_ok=True)
        raise
    return path
