"""The workspace file: ``open_workspace(path)``, ``create_workspace(path, unit)``, ``Workspace``."""

from .backup import Backup, list_backups
from .errors import (
    CorruptWorkspace,
    ItemNotFound,
    NewerWorkspace,
    NotAWorkspace,
    UnexpectedSchema,
    WorkspaceError,
    WorkspaceExists,
    WorkspaceLocked,
)
from .files import SUFFIX
from .opening import MigrationFailed, create_workspace, open_workspace, restore_workspace
from .seeding import DEFAULT_OUT_OF_SCOPE_REASON, SeedResult, seed_catalog
from .snapshot import open_snapshot
from .workspace import AuditEntry, EditResult, Workspace

__all__ = [
    "DEFAULT_OUT_OF_SCOPE_REASON",
    "SUFFIX",
    "AuditEntry",
    "Backup",
    "CorruptWorkspace",
    "EditResult",
    "ItemNotFound",
    "MigrationFailed",
    "NewerWorkspace",
    "NotAWorkspace",
    "SeedResult",
    "UnexpectedSchema",
    "Workspace",
    "WorkspaceError",
    "WorkspaceExists",
    "WorkspaceLocked",
    "create_workspace",
    "list_backups",
    "open_snapshot",
    "open_workspace",
    "restore_workspace",
    "seed_catalog",
]
