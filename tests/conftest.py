"""Shared test set-up: headless Qt and settings kept away from the user's home."""

import os

import pytest

# Must happen before anything imports Qt: the suite runs anywhere, without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def settings_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """Point QSettings of every Qt test at a fresh folder, never at the user's real settings.

    Applies to tests under tests/ui only, so that plain core tests never load Qt. A test may
    ask for ``settings_dir`` to see the folder.
    """
    if "ui" not in request.node.path.parts:
        yield None
        return
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("reludesk")
    QCoreApplication.setApplicationName("reludesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(folder))
    yield folder


@pytest.fixture(scope="session")
def catalogues() -> None:
    """The translations compiled from the .ts sources (as .ci/run and the wheel build them),
    so tests that switch language do not depend on a build step having been run by hand."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, str(root / "tools" / "build_translations.py")], cwd=root,
                   check=True, capture_output=True)
