"""Installed like any app: the desktop entry and icon go to the user's XDG folders, and a wheel
built from the tree installs into a fresh venv and opens the window with its icon.

No test here writes to the real home: XDG_DATA_HOME and HOME point into tmp_path.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import zipfile
from email import message_from_bytes
from pathlib import Path

import pytest

from reludesk import desktop
from reludesk.cli import main

ROOT = Path(__file__).resolve().parent.parent
PACKAGED = ROOT / "reludesk" / "resources"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    status = main(["--install-desktop-entry"])
    out, err = capsys.readouterr()
    return status, out, err


def test_install_puts_entry_and_icon_in_xdg_data_home(tmp_path, monkeypatch, capsys):
    status, out, err = _install(tmp_path, monkeypatch, capsys)
    entry_path = tmp_path / "share" / "applications" / "reludesk.desktop"
    icon_path = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "reludesk.svg"
    assert (status, err) == (0, "")
    assert out.splitlines() == [f"wrote {entry_path}", f"wrote {icon_path}"]
    assert icon_path.read_bytes() == (PACKAGED / "reludesk.svg").read_bytes()
    installed, packaged = _entry(entry_path), _entry(PACKAGED / "reludesk.desktop")
    assert installed["Exec"] == desktop.exec_value(desktop.launcher())
    # all but Exec as packaged: the icon name matches the file the icon theme looks for
    assert {k: v for k, v in installed.items() if k != "Exec"} == {
        k: v for k, v in packaged.items() if k != "Exec"}
    assert installed["Icon"] == icon_path.stem


def test_install_twice_changes_nothing_and_repairs_a_changed_file(tmp_path, monkeypatch, capsys):
    _install(tmp_path, monkeypatch, capsys)
    entry = tmp_path / "share" / "applications" / "reludesk.desktop"
    icon = tmp_path / "share" / desktop.ICON_FOLDER / "reludesk.svg"
    before = {p: (p.stat().st_mtime_ns, p.stat().st_ino, p.read_bytes()) for p in (entry, icon)}
    status, out, _ = _install(tmp_path, monkeypatch, capsys)
    assert status == 0
    assert out.splitlines() == [f"up to date: {entry}", f"up to date: {icon}"]
    assert {p: (p.stat().st_mtime_ns, p.stat().st_ino, p.read_bytes())
            for p in (entry, icon)} == before
    icon.write_text("<svg/>", encoding="utf-8")  # an old or damaged icon is replaced
    status, out, _ = _install(tmp_path, monkeypatch, capsys)
    assert out.splitlines() == [f"up to date: {entry}", f"wrote {icon}"]
    assert icon.read_bytes() == (PACKAGED / "reludesk.svg").read_bytes()


def test_data_home_follows_the_xdg_spec(tmp_path):
    home = Path.home() / ".local" / "share"
    assert desktop.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert desktop.data_home({}) == home
    assert desktop.data_home({"XDG_DATA_HOME": ""}) == home
    assert desktop.data_home({"XDG_DATA_HOME": "relative/share"}) == home  # spec: ignore it


@pytest.mark.parametrize("blocker", ["share", "share/applications/reludesk.desktop"])
def test_unwritable_place_is_one_line_and_status_2(tmp_path, monkeypatch, capsys, blocker):
    # a file where a folder must be (or a folder where the entry must be) stops root as well
    # as anyone, which a permission bit would not
    path = tmp_path / blocker
    path.parent.mkdir(parents=True, exist_ok=True)
    if blocker == "share":
        path.write_text("not a folder")
    else:
        path.mkdir()
    status, out, err = _install(tmp_path, monkeypatch, capsys)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("reludesk: error: cannot install the desktop entry in ")
    assert str(tmp_path / "share" / "applications") in err


@pytest.mark.parametrize("extra", [["train"], ["--lesson", "relu"], ["--self-check"]])
def test_install_stands_alone(tmp_path, monkeypatch, capsys, extra):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--install-desktop-entry", *extra]) == 2
    assert "--install-desktop-entry stands alone" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_launcher_is_the_running_command(tmp_path, monkeypatch):
    script = tmp_path / "bin" / "reludesk"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script)])
    assert desktop.launcher() == [str(script)]
    monkeypatch.setattr(sys, "argv", [str(ROOT / "reludesk" / "__main__.py")])
    assert desktop.launcher() == [sys.executable, "-m", "reludesk"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # inside a PyInstaller bundle
    assert desktop.launcher() == [sys.executable]


@pytest.mark.parametrize(("command", "value"), [
    (["/usr/bin/reludesk"], "/usr/bin/reludesk"),
    (["/home/a b/.venv/bin/python", "-m", "reludesk"], '"/home/a b/.venv/bin/python" -m reludesk'),
    # the spec's two levels: quoted with \$, then the string's backslash doubled
    (["/opt/$x/reludesk"], '"/opt/\\\\$x/reludesk"'),
    (["/opt/100%/reludesk"], "/opt/100%%/reludesk"),
])
def test_exec_value_quotes_as_the_desktop_entry_spec_says(tmp_path, command, value):
    assert desktop.exec_value(command) == value
    if shutil.which("desktop-file-validate") is None:
        return
    entry = tmp_path / "reludesk.desktop"
    entry.write_text(desktop.entry_text(command), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(entry)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_exec_value_refuses_a_line_break():
    with pytest.raises(ValueError, match="line break"):
        desktop.exec_value(["/tmp/a\nb/reludesk"])


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    """The environment for a child process: offscreen Qt, every home folder in tmp_path."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "share"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return env


def test_self_check_fails_without_the_icon(tmp_path):
    # the wheel and bundle tests rely on --self-check failing when the icon is not found
    code = ("import sys, reludesk.desktop as d; d.icon_file = lambda: None; "
            "from reludesk.cli import main; sys.exit(main(['--self-check']))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=_isolated_env(tmp_path), check=False, timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "self-check failed: the icon is not in the package" in result.stderr
    assert result.stdout == ""


@pytest.mark.skipif(shutil.which("uv") is None, reason="uv builds the wheel and the venv")
def test_wheel_installs_into_a_fresh_venv_and_opens_with_its_icon(tmp_path):
    # uv keeps the real home (its cache holds the dependencies); the app gets tmp_path's
    uv_env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    run = {"capture_output": True, "text": True, "env": uv_env, "check": False, "timeout": 600}
    app = {**run, "env": _isolated_env(tmp_path), "cwd": tmp_path}  # tmp_path: not the tree
    built = subprocess.run(["uv", "build", "--wheel", "--out-dir", str(tmp_path / "dist"),
                            str(ROOT)], **run)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("reludesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        description = message_from_bytes(archive.read(metadata)).get_payload()
    assert "](assets/" not in description  # a relative image is broken on a package index
    assert "reludesk --install-desktop-entry" in description  # the short readme, not none
    assert {"reludesk/resources/reludesk.svg", "reludesk/resources/reludesk.desktop"} <= names

    venv = tmp_path / "venv"
    made = subprocess.run(["uv", "venv", "--python", sys.executable, str(venv)], **run)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    installed = subprocess.run(["uv", "pip", "install", "--python", str(python), str(wheel)],
                               **run)
    assert installed.returncode == 0, installed.stderr
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; "
                                "print(sysconfig.get_paths()['purelib'])"], **app).stdout.strip())

    checked = subprocess.run([str(venv / "bin" / "reludesk"), "--self-check"], **app)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.endswith(f"icon {site / 'reludesk' / 'resources' / 'reludesk.svg'}\n")

    entry = subprocess.run([str(venv / "bin" / "reludesk"), "--install-desktop-entry"], **app)
    assert entry.returncode == 0, entry.stderr
    assert _entry(tmp_path / "share" / "applications" / "reludesk.desktop")["Exec"] == str(
        venv / "bin" / "reludesk")


@pytest.mark.skipif(shutil.which("uv") is None, reason="uv builds the wheel")
def test_wheel_carries_the_translations_compiled(tmp_path):
    # a copy of the tree with one .ts of our own: the .qm files are built, not kept in git
    src = tmp_path / "src"
    shutil.copytree(ROOT / "reludesk", src / "reludesk",
                    ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    for name in ("pyproject.toml", "PACKAGE.md", "tools/hatch_build.py"):
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, src / name)
    (src / "reludesk" / "translations").mkdir(exist_ok=True)
    (src / "reludesk" / "translations" / "reludesk_eo.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="eo">'
        "<context><name>Check</name><message><source>Hello</source>"
        "<translation>Saluton</translation></message></context></TS>\n", encoding="utf-8")
    built = subprocess.run(["uv", "build", "--wheel", "--out-dir", str(tmp_path / "dist"),
                            str(src)], capture_output=True, text=True, check=False, timeout=600,
                           env={k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"})
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("reludesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        qm = tmp_path / "reludesk_eo.qm"
        qm.write_bytes(archive.read("reludesk/translations/reludesk_eo.qm"))
    assert "reludesk/translations/reludesk_eo.ts" not in names  # the source stays out
    assert not (src / "reludesk" / "translations" / "reludesk_eo.qm").exists()  # tree untouched
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Check", "Hello") == "Saluton"
