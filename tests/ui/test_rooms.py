"""The rooms of reludesk.ui and which way their imports may point.

* ``widgets`` (shared parts) imports only ``theme``, ``widgets`` and the core;
* a feature room (explorer, trainer, tap, lessons) imports only ``theme``, ``widgets``, itself
  and the core, never another feature room and never ``window``;
* only ``window`` knows every room.

Every import statement counts, also those under ``if TYPE_CHECKING`` or inside a function: a
deferred import is still a dependency. The check reads the source with ``ast`` (nothing is
imported), and the probes below prove it reports each kind of wrong import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "reludesk" / "ui"
FEATURES = ("explorer", "trainer", "tap", "lessons")
SHARED = ("theme", "widgets")
ROOMS = (*FEATURES, *SHARED, "window")


def room_of(module: str) -> str | None:
    """The room of a dotted module name inside reludesk.ui; "window" for the package itself
    (``from reludesk.ui import MainWindow`` builds the window); None outside reludesk.ui."""
    parts = module.split(".")
    if parts[:2] != ["reludesk", "ui"]:
        return "above" if module in ("reludesk.app", "reludesk.cli") else None
    if len(parts) == 2:
        return "window"
    return parts[2] if parts[2] in ROOMS else "window"


def allowed(source_room: str, target_room: str) -> bool:
    if source_room == "window":
        return target_room != "above"
    if target_room == "above":
        return False
    if source_room == "theme":
        return target_room == "theme"
    if source_room == "widgets":
        return target_room in SHARED
    return target_room in (*SHARED, source_room)


def imported_modules(source: str, module: str) -> list[str]:
    """Every module that ``source`` (the text of ``module``) imports, relative imports resolved;
    ``from pkg import name`` yields ``pkg.name`` too, since name may be a submodule."""
    package = module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base != "reludesk.ui":  # the package's own names are looked at one by one
                found.append(base)
            found += [f"{base}.{alias.name}" for alias in node.names]
    return found


def violations(sources: dict[str, str]) -> list[str]:
    """``sources`` maps dotted module names under reludesk.ui to their text; returns one line
    per import that points the wrong way."""
    out = []
    for module, source in sorted(sources.items()):
        src = room_of(module)
        if module == "reludesk.ui":  # the package's lazy MainWindow
            continue
        for target in imported_modules(source, module):
            dst = room_of(target)
            if dst is not None and not allowed(src, dst):
                out.append(f"{module} ({src}) imports {target} ({dst})")
    return sorted(set(out))


def ui_sources() -> dict[str, str]:
    sources = {}
    for path in UI.rglob("*.py"):
        rel = path.relative_to(UI.parents[1]).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        sources[".".join(parts)] = path.read_text(encoding="utf-8")
    return sources


def test_every_module_is_in_a_room():
    sources = ui_sources()
    loose = [m for m in sources if m.split(".")[2:3] and m.split(".")[2] not in ROOMS]
    assert loose == [], f"modules outside every room: {loose}"
    assert {room_of(m) for m in sources if m != "reludesk.ui"} == set(ROOMS)


def test_imports_point_down_only():
    assert violations(ui_sources()) == []


PROBES = {
    "a feature imports another feature": (
        "reludesk.ui.explorer.probe", "from reludesk.ui.trainer.panel import NetworkPanel\n"),
    "a feature imports the window": (
        "reludesk.ui.tap.probe", "from reludesk.ui.window import experiment_io\n"),
    "a feature imports a room by the package": (
        "reludesk.ui.lessons.probe", "from reludesk.ui import trainer\n"),
    "a relative import across rooms": (
        "reludesk.ui.trainer.probe", "from ..explorer import panel\n"),
    "a deferred import under TYPE_CHECKING": (
        "reludesk.ui.trainer.probe",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from reludesk.ui.window.main_window import MainWindow\n"),
    "an import inside a function": (
        "reludesk.ui.tap.probe", "def f():\n    import reludesk.ui.lessons.dock\n"),
    "a shared part imports a feature": (
        "reludesk.ui.widgets.probe", "from reludesk.ui.explorer import table\n"),
    "the theme imports a shared part": (
        "reludesk.ui.theme", "from reludesk.ui.widgets import plots\n"),
    "a feature imports the app": ("reludesk.ui.trainer.probe", "import reludesk.app\n"),
}


@pytest.mark.parametrize("case", PROBES)
def test_the_check_catches(case):
    module, source = PROBES[case]
    assert violations({module: source}) != []


@pytest.mark.parametrize(
    "module, source",
    [
        ("reludesk.ui.trainer.probe", "from reludesk.ui.trainer.netview import view\n"),
        ("reludesk.ui.explorer.probe", "from reludesk.ui.widgets.plots import make_plot\n"
                                       "from reludesk.ui import theme\nimport numpy\n"),
        ("reludesk.ui.window.probe", "from reludesk.ui.trainer import panel\n"
                                     "from reludesk.ui.tap import widget\n"),
    ],
)
def test_the_check_lets_allowed_imports_pass(module, source):
    assert violations({module: source}) == []
