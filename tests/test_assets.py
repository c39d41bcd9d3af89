"""The icon and the desktop entry that desktops use to show and start reludesk: package data,
so that a wheel carries them."""

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ASSETS = Path(__file__).resolve().parent.parent / "reludesk" / "resources"


def test_icon_is_a_square_svg():
    root = ET.parse(ASSETS / "reludesk.svg").getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 256 256"
    assert len(list(root.iter())) > 3  # it draws something


def test_desktop_entry_starts_the_installed_command():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in desktop files
    entry.read(ASSETS / "reludesk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "reludesk"  # the [project.scripts] entry point
    assert section["Icon"] == "reludesk"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(ASSETS / "reludesk.desktop")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()
