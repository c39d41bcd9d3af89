"""The wall: importing every module of reludesk.core loads no Qt, no pyqtgraph, no reludesk.ui.

The check runs in a fresh interpreter, because this test process may already hold Qt (tests/ui).
Modules are found with pkgutil, so a module added to reludesk.core later is covered too.
"""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "reludesk.ui")

PROBE = """
import importlib, pkgutil, sys
import reludesk.core
{extra}
found = sorted(m.name for m in pkgutil.iter_modules(reludesk.core.__path__, "reludesk.core."))
for name in found:
    importlib.import_module(name)
print(",".join(found))
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in {forbidden_roots}
                      or m == "reludesk.ui" or m.startswith("reludesk.ui."))))
"""


def run_probe(extra: str = "") -> tuple[list[str], list[str]]:
    """Import reludesk.core's modules (and ``extra``) in a new interpreter.

    Returns the modules found and the forbidden modules that ended up loaded.
    """
    roots = {name for name in FORBIDDEN if "." not in name}
    code = PROBE.format(extra=extra, forbidden_roots=repr(roots))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    found, loaded = result.stdout.splitlines()[-2:]
    return found.split(","), [m for m in loaded.split(",") if m]


def test_core_imports_no_qt():
    found, loaded = run_probe()
    assert {"reludesk.core.activations", "reludesk.core.datasets"} <= set(found)
    assert loaded == []


@pytest.mark.parametrize("module", ["PySide6", "pyqtgraph"])
def test_probe_would_catch_a_qt_import(module):
    # the same probe, fed a forbidden import, must report it, or the test above proves nothing
    if importlib.util.find_spec(module) is None:  # find, not import: no Qt in this process
        pytest.skip(f"{module} is not installed")
    _, loaded = run_probe(extra=f"import {module}")
    assert module in loaded
