"""Build a standalone one-folder reludesk for the machine this runs on, with PyInstaller.

    uv run python tools/build_bundle.py [--dist DIR] [--work DIR]

The folder (``dist/reludesk`` by default) holds Python, Qt, numpy, pyqtgraph, Pillow, the
package's resources and its translations (compiled first by tools/build_translations.py). Copy
it anywhere and start ``reludesk`` (``reludesk.exe`` on Windows, ``reludesk.app`` on macOS)
without installing anything. PyInstaller cannot cross-build: run this on each system the
bundle is for. ``dist/reludesk/reludesk --self-check`` opens the window, checks its icon and
exits, which says whether the bundle is whole.

What is left out keeps the folder small: Qt binding modules and optional libraries that
reludesk never imports (PyInstaller would otherwise follow pyqtgraph's optional imports), and
MP4 through imageio (the ``video`` extra: the bundle records GIF only).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "reludesk"

EXCLUDED = [
    # other Qt bindings and toolkits pyqtgraph can use
    "PyQt5", "PyQt6", "PySide2", "tkinter", "_tkinter",
    # optional parts of pyqtgraph: 3-D views, plots in Jupyter, its examples
    "pyqtgraph.opengl", "pyqtgraph.jupyter", "pyqtgraph.examples", "OpenGL",
    # libraries pyqtgraph or Pillow use when they happen to be installed
    "matplotlib", "scipy", "pandas", "h5py", "IPython", "cupy", "numba", "metaarray",
    "yaml",  # numpy's show_config prints YAML when it can
    # Qt modules no part of reludesk or pyqtgraph needs (pyqtgraph's curves import QtOpenGL
    # and QtOpenGLWidgets, so those stay)
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtPdf", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtDBus", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtConcurrent", "PySide6.QtXml",
    # MP4 (the video extra) and the development tools of the venv
    "imageio", "imageio_ffmpeg", "pytest", "hypothesis", "mutmut",
]


def pyinstaller_args(dist: Path, work: Path) -> list[str]:
    """PyInstaller's command-line arguments for the one-folder bundle (no side effects)."""
    args = [
        str(ROOT / NAME / "__main__.py"),  # what ``python -m reludesk`` runs: the CLI
        "--name", NAME,
        # no --strip: it saves 7% on Linux but breaks numpy's OpenBLAS ("ELF load command
        # address/offset not page-aligned" on import)
        "--onedir", "--noconfirm", "--clean",
        "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work),
        "--paths", str(ROOT),
        # the icon and desktop entry, and whatever else lives beside the code (translations)
        "--collect-data", NAME,
        # every module of the app, also those the window loads only when asked (recording,
        # rendering), so their own imports (Pillow's GIF writer) are followed and bundled
        "--collect-submodules", NAME,
    ]
    # a Windows or macOS classroom starts it from a file manager: no console window behind it
    # (the Linux executable is the same either way)
    if sys.platform in ("win32", "darwin"):
        args.append("--windowed")
    for module in EXCLUDED:
        args += ["--exclude-module", module]
    return args


def folder_size(path: Path) -> int:
    """Bytes in the files under ``path``, as ``du --apparent-size`` counts them."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle folder goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's working folder (default build/pyinstaller)")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("build_bundle: PyInstaller is not installed: run it with `uv run` (PyInstaller is "
              "in the dev group) or `pip install pyinstaller` first", file=sys.stderr)
        return 1
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        print("build_bundle: PyInstaller reads Linux libraries with objdump, which is missing: "
              "install binutils (sudo apt-get install binutils)", file=sys.stderr)
        return 1
    if any((ROOT / NAME / "translations").glob("*.ts")):
        # the .qm catalogues are built, not kept in git: compile them into the tree, where
        # --collect-data finds them
        compiled = subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py")],
                                  check=False)
        if compiled.returncode != 0:
            print("build_bundle: the translations did not compile; see above", file=sys.stderr)
            return 1
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the tree's reludesk, not a stale install
    done = subprocess.run([sys.executable, "-m", "PyInstaller",
                           *pyinstaller_args(args.dist.resolve(), args.work.resolve())],
                          env=env, check=False)
    if done.returncode != 0:
        print(f"build_bundle: PyInstaller failed (status {done.returncode}); its messages are "
              "above", file=sys.stderr)
        return 1
    folder = args.dist.resolve() / NAME
    print(f"build_bundle: {folder} ({folder_size(folder) / 1e6:.0f} MB); try: "
          f"{folder / NAME} --self-check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
