"""报送上级 and 接收报送包 in the 文件 menu (village → township → county)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..exchange.packages import SUFFIX, Party, parent_code, write_package
from ..places import documents_dir

if TYPE_CHECKING:
    from .county_view import CountyView
    from .main_window import MainWindow
    from .packages_dialog import ReceiveDialog

#: The level a unit sends its package to.
_PARENT_LEVEL = {"村级": "乡级", "乡级": "县级"}


class PackageActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        form = window.form
        self.submit_action = QAction(self.tr("报送上级单位(&U)…"), window)
        self.submit_action.setStatusTip(self.tr("把本单位（和所辖单位）的目录写成报送包交上级"))
        self.submit_action.triggered.connect(self.submit)
        self.receive_action = QAction(self.tr("接收下级报送包(&G)…"), window)
        self.receive_action.setStatusTip(self.tr("核验、预览并接收下级单位交来的报送包"))
        self.receive_action.triggered.connect(self.receive)
        for action in (self.submit_action, self.receive_action):
            form.menuFile.insertAction(form.actionPrint, action)
        form.menuFile.insertSeparator(form.actionPrint)
        form.menuFile.aboutToShow.connect(self._enable)
        self.county_action = QAction(self.tr("上报情况(&S)…"), window)
        self.county_action.setStatusTip(self.tr("各下级单位的报送和审核状态"))
        self.county_action.triggered.connect(self.show_states)
        form.menuCatalog.addAction(self.county_action)

    def _enable(self) -> None:
        open_ = self.window.session is not None
        self.submit_action.setEnabled(open_)
        self.receive_action.setEnabled(open_)

    def submit(self, path: Path | None = None) -> Path | None:
        """Write the signed package for the level above (asks where when not given)."""
        session = self.window.session
        if session is None or session.workspace is None:
            return None
        home = session.workspace.home_unit
        code = parent_code(home.division_code)
        if not code or home.level not in _PARENT_LEVEL:
            QMessageBox.information(
                self.window,
                self.tr("无法报送"),
                self.tr(
                    "本单位没有 12 位区划代码（或已是县级），推不出上级单位。"
                    "请先在 文件 › 本单位信息 中填写区划代码。"
                ),
            )
            return None
        if path is None:
            suggested = documents_dir() / f"{home.name}-{date.today():%Y%m%d}{SUFFIX}"
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("保存报送包"), str(suggested), self.tr("报送包 (*.gkbs)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        receiver = Party("", _PARENT_LEVEL[home.level], code)
        session.background(
            lambda writer, _worker: write_package(writer, path, receiver),
            self._submitted,
            lambda message: QMessageBox.warning(self.window, self.tr("报送包没有生成"), message),
            write=True,
        )
        return path

    def _submitted(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("已生成报送包：{path}。请把它交给上级单位。").format(path=path), 10000
        )

    def show_states(self) -> CountyView | None:
        """上报情况, kept current while it is open."""
        session = self.window.session
        if session is None:
            return None
        from .county_view import CountyView

        view = CountyView(self.window)
        session.changed.connect(lambda _changes: view.isVisible() and view.refresh())
        session.validated.connect(lambda _view: view.isVisible() and view.refresh())
        view.show()
        return view

    def receive(self) -> ReceiveDialog | None:
        session = self.window.session
        if session is None:
            return None
        from .packages_dialog import ReceiveDialog

        dialog = ReceiveDialog(session, self.window)
        dialog.open()
        return dialog
