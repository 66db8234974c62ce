"""The workspace schema as ordered sqlite-utils migrations.

Each migration runs inside ``db.atomic()`` together with its record in
``_sqlite_migrations`` (sqlite-utils does this), so a failure leaves the file as it
was. Names are never renamed or reused: the set of names *is* the schema version,
and a file holding a name this build does not know came from a newer build.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

#: SQLite ``PRAGMA application_id`` of every workspace ('gkml'), so a stray SQLite
#: file is told apart from a workspace before anything is read or written.
APPLICATION_ID = 0x676B6D6C

MIGRATIONS = Migrations("gkml")


@MIGRATIONS(name="0001_core")
def _core(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["unit"].create(
        {
            "id": str,
            "name": str,
            "level": str,
            "division_code": str,
            "parent_id": str,
            "contact": str,
            "is_home": int,
        },
        pk="id",
        not_null={"name", "level"},
        defaults={"division_code": "", "contact": "", "is_home": 0},
    )
    text_fields = [
        "level1",
        "name",
        "content",
        "basis",
        "time_limit",
        "subject",
        "method",
        "channels",
        "audience",
        "levels",
        "category",
        "link",
        "service_code",
        "status",
        "not_applicable_reason",
    ]
    db["item"].create(
        {
            "id": str,
            "unit_id": str,
            "domain": str,
            "template_item_id": str,
            "template_version": str,
            "seq": int,
            **{name: str for name in text_fields},
            "revision": int,
            "created_at": str,
            "updated_at": str,
            "confirmed_at": str,
            "deleted_at": str,
        },
        pk="id",
        not_null={"unit_id", "domain", "name", "revision", *text_fields},
        defaults={**{name: "" for name in text_fields}, "status": "草稿", "revision": 1, "seq": 0},
        foreign_keys=[("unit_id", "unit", "id")],
    )
    db["item"].create_index(["unit_id", "domain", "seq"])
    db["audit"].create(
        {
            "id": int,
            "item_id": str,
            "unit_id": str,
            "action": str,
            "field": str,
            "old": str,
            "new": str,
            "at": str,
            "actor": str,
        },
        pk="id",
        not_null={"action", "at"},
    )
    db["audit"].create_index(["item_id"])


@MIGRATIONS(name="0002_batches")
def _batches(db: Database) -> None:
    db["batch"].create(
        {
            "id": int,
            "profile": str,
            "created_at": str,
            "file_name": str,
            "sha256": str,
            "item_count": int,
            "changed_only": int,
        },
        pk="id",
    )
    db["batch_item"].create(
        {"batch_id": int, "item_id": str, "revision": int},
        pk=("batch_id", "item_id"),
        foreign_keys=[("batch_id", "batch", "id")],
    )


@MIGRATIONS(name="0003_domain_scope")
def _domain_scope(db: Database) -> None:
    # 未涉及领域事项说明: a unit declares a pilot domain out of its scope, with a reason.
    db["domain_scope"].create(
        {"unit_id": str, "domain": str, "reason": str, "updated_at": str},
        pk=("unit_id", "domain"),
        foreign_keys=[("unit_id", "unit", "id")],
    )
    # Newer template versions a user imported (provinces revise guidelines).
    db["template_import"].create(
        {"domain": str, "version": str, "imported_at": str, "body": str},
        pk=("domain", "version"),
    )


@MIGRATIONS(name="0004_exchange")
def _exchange(db: Database) -> None:
    # Each lower unit's signing key, pinned the first time one of its packages is merged.
    db["unit_key"].create(
        {
            "division_code": str,
            "unit_id": str,
            "public_key": str,
            "workspace_id": str,
            "pinned_at": str,
        },
        pk="division_code",
    )
    # Every package received: the same one twice changes nothing, an older one is refused.
    db["package_log"].create(
        {
            "package_id": str,
            "sha256": str,
            "kind": str,
            "sender_code": str,
            "created_at": str,
            "received_at": str,
        },
        pk="package_id",
    )
    # The version of each received item that was last accepted: the base of a three-way merge.
    db["merge_base"].create({"item_id": str, "revision": int, "content": str}, pk="item_id")


@MIGRATIONS(name="0005_review")
def _review(db: Database) -> None:
    # 逐级审核: each opinion a reviewer gave on a lower unit's item (通过, or 退回修改 with
    # the reason), kept here and carried back down in a return package.
    db["review"].create(
        {
            "id": int,
            "unit_id": str,
            "item_id": str,
            "action": str,
            "reason": str,
            "reviewer": str,
            "at": str,
        },
        pk="id",
        not_null={"unit_id", "item_id", "action", "at"},
        defaults={"reason": "", "reviewer": ""},
    )
    db["review"].create_index(["item_id"])


@MIGRATIONS(name="0006_batch_state")
def _batch_state(db: Database) -> None:
    # Exported is not uploaded: a batch is 已导出 until the clerk confirms that the
    # province's system accepted it (or says it was rejected). Batches written before
    # this migration already marked their items 已上传, so they count as accepted;
    # the bundled official and full layouts are not uploads and await nothing.
    db["batch"].add_column("state", str, not_null_default="exported")
    db["batch"].add_column("decided_at", str, not_null_default="")
    db.execute(
        "UPDATE batch SET decided_at = created_at, state = CASE WHEN profile IN "
        "('official', 'full') THEN 'kept' ELSE 'accepted' END"
    )


def known_migration_names() -> list[str]:
    """Every migration this build knows, in order (all are pending on an empty database)."""
    return [migration.name for migration in MIGRATIONS.pending(Database(memory=True))]
