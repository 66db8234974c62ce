"""The workspace file: ``open_workspace(path)``, ``create_workspace(path, unit)``, ``Workspace``."""

from .backup import Backup, list_backups
from .errors import (
    CorruptWorkspace,
    ItemNotFound,
    NewerWorkspace,
    NotAWorkspace,
    WorkspaceError,
    WorkspaceExists,
    WorkspaceLocked,
)
from .files import SUFFIX
from .opening import MigrationFailed, create_workspace, open_workspace, restore_workspace
from .workspace import AuditEntry, EditResult, Workspace

__all__ = [
    "SUFFIX",
    "AuditEntry",
    "Backup",
    "CorruptWorkspace",
    "EditResult",
    "ItemNotFound",
    "MigrationFailed",
    "NewerWorkspace",
    "NotAWorkspace",
    "Workspace",
    "WorkspaceError",
    "WorkspaceExists",
    "WorkspaceLocked",
    "create_workspace",
    "list_backups",
    "open_workspace",
    "restore_workspace",
]
