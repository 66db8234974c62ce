"""Regenerate docs/screenshots/ from the demo workspace, offscreen.

Run: ``.venv/bin/python build/screenshots.py [--language en] [--out FOLDER]``.
It uses a throwaway data folder and settings, so the user's own are never touched;
each picture is taken once the window's background work has answered. Look at
every picture afterwards: the point is to see what a clerk sees. The print page
is the PDF's first page, drawn by pdftoppm (poppler-utils) when it is installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["GKML_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        return Shooter(Path(tmp), args.out, args.language).run()


class Shooter:
    def __init__(self, tmp: Path, out: Path, language: str) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop import APP_NAME
        from desktop.ui.app import install_translations

        self.app = QApplication.instance() or QApplication(["screenshots"])
        self.app.setApplicationName(APP_NAME)
        self.app.setOrganizationName("gkml-screenshots")
        install_translations(self.app, language)
        self.tmp, self.out = tmp, out
        out.mkdir(parents=True, exist_ok=True)

    def idle(self, window, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while window.workers.busy and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)
        for _ in range(5):
            self.app.processEvents()

    def save(self, widget, name: str) -> None:
        # A font or layout change settles over a few passes (each relayout posts the next).
        for _ in range(5):
            self.app.processEvents()
        path = self.out / name
        widget.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def run(self) -> int:
        from desktop.store.demo import ensure_demo_workspace
        from desktop.ui.main_window import MainWindow

        window = MainWindow()
        window.resize(1440, 900)
        window.show()
        assert window.open(ensure_demo_workspace())
        self.idle(window)
        window.finding_chosen(window.findings.index(0, 0))
        self.save(window, "main-window.png")
        window.view_menu.set_large_font(True)
        self.save(window, "main-window-large-font.png")
        window.view_menu.set_large_font(False)

        self.dialogs(window)
        self.print_page(window)

        wizard = window.file_actions.new_workspace()
        wizard.resize(760, 560)
        wizard.form.nameEdit.setText("幸福镇人民政府")
        wizard.form.codeEdit.setText("330102001000")
        wizard.form.contactEdit.setText("党政办 张明 0571-0000000")
        self.save(wizard, "wizard-unit.png")
        wizard.next()
        self.save(wizard, "wizard-domains.png")
        wizard.reject()

        window.close_workspace()
        window.resize(1100, 700)
        self.save(window, "start-page.png")
        window.close()
        return 0

    def dialogs(self, window) -> None:
        window.domain_panel.select("social-assistance")
        dashboard = window.catalog_actions.show_dashboard()
        self.save(dashboard, "dashboard.png")
        dashboard.reject()
        dialog = window.catalog_actions.add_from_template()
        self.save(dialog, "add-from-template.png")
        dialog.reject()
        dialog = window.file_actions.export()
        self.save(dialog, "export-dialog.png")
        dialog.reject()
        dialog = window.file_actions.print_preview()
        self.idle(window)
        self.save(dialog, "print-preview.png")
        dialog.reject()
        dialog = window.file_actions.import_file()
        dialog.form.fileEdit.setText(str(self.sample_file()))
        dialog.preview()
        self.idle(window)
        self.save(dialog, "import-dialog.png")
        dialog.reject()
        dialog = window.file_actions.import_file()
        dialog.form.fileEdit.setText(str(self.corrected_file(window)))
        dialog.preview()
        self.idle(window)
        self.save(dialog, "reimport-preview.png")
        dialog.reject()

    def corrected_file(self, window) -> Path:
        """The demo's 社会救助 catalog exported in the full layout, then corrected in three
        cells the way a clerk does in Excel: what re-importing it would change."""
        from openpyxl import load_workbook

        from desktop.exchange.exporting import export_catalog

        exported = export_catalog(
            window.workspace, "full", self.tmp / "corrected", domain="social-assistance"
        )
        path = exported.files[0]
        book = load_workbook(path)
        sheet = book.active
        columns = {cell.value: cell.column for cell in sheet[1]}
        sheet.cell(2, columns["公开内容"]).value = "申请条件、申请材料、办理流程、救助标准"
        sheet.cell(3, columns["公开时限"]).value = "信息形成或变更之日起10个工作日内"
        channels = sheet.cell(3, columns["公开渠道和载体"])
        channels.value = f"{channels.value}、村（居）公示栏"
        book.save(path)
        return path

    def sample_file(self) -> Path:
        """A small 社会救助 list as a clerk might bring it: one time limit left out, one
        basis that names no document."""
        from openpyxl import Workbook

        rows = [
            ("最低生活保障", "办事指南", "申请条件、办理流程", "《社会救助暂行办法》", "实时"),
            ("最低生活保障", "审核信息", "审核结果", "《社会救助暂行办法》", ""),
            ("特困人员救助供养", "办事指南", "申请条件、办理流程", "相关规定", "长期"),
        ]
        book = Workbook()
        sheet = book.active
        sheet.append(("一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体"))
        for row in rows:
            sheet.append((*row, "示范镇人民政府"))
        path = self.tmp / "社会救助目录.xlsx"
        book.save(path)
        return path

    def print_page(self, window) -> None:
        from desktop.exchange.layouts import official_sheets
        from desktop.ui.printing import print_catalog

        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            print("print-page.png left as it is: pdftoppm (poppler-utils) is not installed")
            return
        workspace = window.workspace
        home = workspace.home_unit
        items = workspace.items(domain="social-assistance", unit_id=home.id)
        pdf = self.tmp / "print-page.pdf"
        print_catalog(official_sheets(items, home, "2026-11-25"), home, "2026-11-25", pdf)
        stem = self.tmp / "print-page"
        subprocess.run(
            [pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
            check=True,
        )
        shutil.move(stem.with_suffix(".png"), self.out / "print-page.png")
        print(self.out / "print-page.png")


if __name__ == "__main__":
    sys.exit(main())
