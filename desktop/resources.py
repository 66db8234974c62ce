"""Where the files shipped with the program live: templates, rules, profiles, guide.

Everything is found through ``importlib.resources``, so the same code works from the
source checkout, an installed wheel and a PyInstaller bundle (which collects the data
files beside its frozen modules). Two folders sit at the top of the repository rather
than inside the package, ``domain_templates/`` and ``docs/``; ``pyproject.toml`` maps
them into the package (``desktop/domain_templates``, ``desktop/docs``) when a wheel is
built, and from a checkout they are found at the top of the repository.

    >>> package_path("domain", "rules.json").name
    'rules.json'

Files are returned as real paths, not ``Traversable`` objects: Qt (translations, the guide
and its screenshots) and SQLite read by path, and the program is never imported from
a zip archive.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_PACKAGE = "desktop"
GUIDE_NAME = "用户指南.md"


def package_path(*parts: str) -> Path:
    """A file or folder inside the installed ``desktop`` package."""
    return Path(str(resources.files(_PACKAGE).joinpath(*parts)))


def templates_dir() -> Path:
    """The bundled domain templates (one JSON file per domain, plus ``schema.json``)."""
    return _top_level("domain_templates")


def user_guide() -> Path:
    """The user guide; its screenshots are in ``screenshots/`` beside it."""
    return _top_level("docs") / GUIDE_NAME


def _top_level(name: str) -> Path:
    """A folder the build copies into the package, or else the checkout's own one.

    When neither exists (a broken install) the path inside the package is returned, so
    the message about what is missing names where an installed program looks.
    """
    inside = package_path(name)
    if inside.is_dir():
        return inside
    checkout = package_path().parent / name
    return checkout if checkout.is_dir() else inside
