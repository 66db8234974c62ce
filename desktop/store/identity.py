"""A workspace's own identity for the packages it sends: an id and an Ed25519 key.

Made the first time the workspace sends a package and kept in the file, so a
copied workspace signs as the same unit (that is what the receiver pins), and a
reinstalled computer with a new workspace is told apart from the old one.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .workspace import Workspace

_ID_KEY = "workspace_id"
_SIGNING_KEY = "signing_key"


@dataclass(frozen=True, slots=True)
class Identity:
    workspace_id: str
    key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        """The public key as base64 text (what a manifest carries and a receiver pins)."""
        raw = self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    def sign(self, data: bytes) -> bytes:
        return self.key.sign(data)


def identity(workspace: Workspace) -> Identity:
    """This workspace's id and signing key, made (and committed) on first use."""
    workspace_id = workspace.get_meta(_ID_KEY)
    secret = workspace.get_meta(_SIGNING_KEY)
    if workspace_id is None or secret is None:
        workspace_id = workspace_id or uuid.uuid4().hex
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes_raw()
        with workspace.atomic():
            workspace.set_meta(_ID_KEY, workspace_id)
            workspace.set_meta(_SIGNING_KEY, base64.b64encode(raw).decode("ascii"))
        return Identity(workspace_id, key)
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret))
    return Identity(workspace_id, key)
