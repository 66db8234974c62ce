"""Errors of opening and changing a workspace, each with a sentence a clerk can act on."""

from __future__ import annotations

from ..domain.errors import GkmlError


class WorkspaceError(GkmlError):
    code = "workspace"


class NotAWorkspace(WorkspaceError):
    """The path is not a workspace file at all (a folder, an xlsx, an empty file …)."""

    code = "not-a-workspace"


class CorruptWorkspace(WorkspaceError):
    code = "corrupt-workspace"


class NewerWorkspace(WorkspaceError):
    """The file records migrations this version does not know: never downgrade it."""

    code = "newer-workspace"


class WorkspaceLocked(WorkspaceError):
    code = "workspace-locked"


class WorkspaceExists(WorkspaceError):
    code = "workspace-exists"


class ItemNotFound(WorkspaceError):
    code = "item-not-found"


class UnexpectedSchema(WorkspaceError):
    """The file's tables, indexes, triggers or views are not exactly the ones we build."""

    code = "unexpected-schema"


class DiskFull(GkmlError):
    """The disk (or the USB stick, or the share's quota) ran out while writing: nothing
    was replaced, since every write goes to a temp file or a transaction first."""

    code = "disk-full"
