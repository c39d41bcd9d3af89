"""Wheel build hook: compile the translations into the wheel.

The ``.qm`` catalogues are built from the ``.ts`` sources in ``reludesk/translations`` and not
kept in git, so hatchling (which leaves git-ignored files out) would build a wheel without them.
This hook compiles every ``.ts`` with ``pyside6-lrelease`` (PySide6-Essentials is a build
requirement, see pyproject.toml) into a temporary folder and puts the results into the wheel at
``reludesk/translations``, where the app reads them with importlib.resources. The source tree
is not written to. An editable install reads the tree itself: there, run
``tools/build_translations.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

FOLDER = "reludesk/translations"


def lrelease() -> str | None:
    """Qt's compiler of translations, beside the building Python (the build environment's
    PySide6) or else on PATH."""
    beside = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return shutil.which("pyside6-lrelease", path=beside)


class TranslationsHook(BuildHookInterface):
    """Adds ``reludesk_<code>.qm`` for each ``reludesk_<code>.ts`` to a standard wheel."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        sources = sorted(Path(self.root, FOLDER).glob("*.ts"))
        if version == "editable" or not sources:
            return
        tool = lrelease()
        if tool is None:  # a wheel without its languages would pass unnoticed: stop instead
            raise RuntimeError("pyside6-lrelease (PySide6-Essentials) is needed to compile "
                               f"the translations in {FOLDER} into the wheel")
        self._out = tempfile.TemporaryDirectory(prefix="reludesk-qm-")
        for ts in sources:
            qm = Path(self._out.name, ts.with_suffix(".qm").name)
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            build_data["force_include"][str(qm)] = f"{FOLDER}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
