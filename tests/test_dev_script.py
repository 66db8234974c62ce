"""build/dev.py: the set-up commands on a fresh machine (standard library only)."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import ROOT


@pytest.fixture
def dev():
    spec = importlib.util.spec_from_file_location("dev", ROOT / "build" / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_run_names_the_missing_qt_libraries_and_the_apt_command(dev, monkeypatch):
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000)  # not root: nothing is installed
    monkeypatch.setattr(
        dev, "missing_desktop_packages", lambda: ["libxcb-cursor0", "libxkbcommon-x11-0"]
    )
    message = dev.check_desktop()
    assert "libxcb-cursor0 libxkbcommon-x11-0" in message
    assert "sudo apt-get install -y --no-install-recommends libxcb-cursor0" in message


def test_run_checks_nothing_offscreen_or_when_everything_is_there(dev, monkeypatch):
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert dev.check_desktop() is None
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setattr(dev, "missing_desktop_packages", lambda: [])
    assert dev.check_desktop() is None


def test_a_machine_without_a_display_is_told_how_to_take_a_screenshot(dev, monkeypatch):
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert "DISPLAY" in dev.check_desktop() and "--screenshot" in dev.check_desktop()


def test_missing_libraries_are_found_by_their_loader_names(dev):
    present = {"xcb-cursor", "EGL"}
    missing = dev.missing_desktop_packages(lambda name: name if name in present else None)
    assert "libxcb-cursor0" not in missing and "libegl1" not in missing
    assert "libxkbcommon-x11-0" in missing
