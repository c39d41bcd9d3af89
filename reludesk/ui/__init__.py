"""Qt widgets of reludesk; each is handed the core object it shows.

``MainWindow`` is imported on first use, so ``import reludesk.ui.theme`` (say) does not build
the whole window module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reludesk.ui.window.main_window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from reludesk.ui.window.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
