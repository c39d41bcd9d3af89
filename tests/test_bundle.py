"""The standalone bundle of tools/build_bundle.py builds on Linux and starts offscreen.

Slow (a PyInstaller build): run with RELUDESK_SLOW=1, which ``.ci/run`` passes on when asked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reludesk.cli import main

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("RELUDESK_SLOW") != "1",
                       reason="slow: builds a PyInstaller bundle; run with RELUDESK_SLOW=1"),
    pytest.mark.skipif(sys.platform != "linux", reason="the bundle test runs on Linux"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle folder, built once for the module's tests."""
    out = tmp_path_factory.mktemp("bundle")
    built = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_bundle.py"),
         "--dist", str(out / "dist"), "--work", str(out / "work")],
        capture_output=True, text=True, check=False, timeout=1200,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return out / "dist" / "reludesk"


def _run(bundle: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """The bundle's executable with ``args``, offscreen, every home folder in tmp_path and
    nothing of this venv in its environment (a bundle must not need it)."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "share"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), PATH="/usr/bin:/bin")
    return subprocess.run([str(bundle / "reludesk"), *args], capture_output=True, text=True,
                          env=env, cwd=tmp_path, check=False, timeout=300)


def test_bundle_opens_the_window_with_its_icon(bundle, tmp_path):
    checked = _run(bundle, tmp_path, "--self-check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    icon = bundle / "_internal" / "reludesk" / "resources" / "reludesk.svg"
    assert checked.stdout.endswith(f"icon {icon}\n")
    assert "offscreen platform" in checked.stdout


def test_bundle_trains_as_the_tree_does(bundle, tmp_path, capsys):
    args = ["train", "--steps", "10", "--seed", "3", "--json"]
    trained = _run(bundle, tmp_path, *args)
    assert trained.returncode == 0, trained.stderr
    assert main(args) == 0
    # same seed, same numpy code: the bundled numpy must give the tree's figures
    assert json.loads(trained.stdout) == json.loads(capsys.readouterr().out)


def test_bundle_refuses_bad_input_in_one_line(bundle, tmp_path):
    refused = _run(bundle, tmp_path, "--lesson", "nope")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "unknown lesson" in refused.stderr


def test_bundle_installs_a_desktop_entry_that_starts_itself(bundle, tmp_path):
    installed = _run(bundle, tmp_path, "--install-desktop-entry")
    assert installed.returncode == 0, installed.stderr
    entry = (tmp_path / "share" / "applications" / "reludesk.desktop").read_text()
    assert f"\nExec={bundle / 'reludesk'}\n" in entry


def test_bundle_leaves_out_what_reludesk_does_not_use(bundle):
    inside = {p.name for p in (bundle / "_internal").iterdir()}
    assert {"PySide6", "numpy", "pyqtgraph", "PIL", "reludesk"} <= inside
    assert not inside & {"PyQt5", "PyQt6", "tkinter", "imageio", "imageio_ffmpeg", "yaml"}


def test_bundle_carries_every_translation_compiled(bundle):
    sources = sorted((ROOT / "reludesk" / "translations").glob("*.ts"))
    if not sources:
        pytest.skip("no translations in the tree yet")
    inside = bundle / "_internal" / "reludesk" / "translations"
    assert sorted(p.stem for p in inside.glob("*.qm")) == [p.stem for p in sources]
