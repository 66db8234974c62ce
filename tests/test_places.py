"""The folders outside any workspace: data, logs and the user's documents."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from desktop.places import data_dir, documents_dir, log_dir


def test_gkml_data_dir_moves_the_data_and_the_logs(data_dir: Path):
    assert log_dir() == data_dir / "logs"


def test_documents_is_the_folder_the_os_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path))
    assert documents_dir() == tmp_path


def test_a_documents_folder_that_is_not_there_falls_back_to_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "无此文件夹"))
    assert documents_dir() == data_dir()


def test_the_export_dialog_starts_in_the_documents_folder(
    workspace, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from desktop.ui.export_dialog import ExportDialog
    from desktop.ui.session import WorkspaceSession
    from desktop.ui.workers import Workers

    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path))
    dialog = ExportDialog(WorkspaceSession(workspace, Workers()))
    qtbot.addWidget(dialog)
    assert dialog.form.folderEdit.text() == str(tmp_path)
    qtbot.waitUntil(lambda: dialog.blockers is not None)  # its check is done before teardown
