"""Measures the window as a class sees it on a projector-sized screen.

Run as a script in a process of its own (the offscreen platform takes its screen size from a
JSON file when Qt starts, so each screen needs a fresh process)::

    python -m tests.ui.window.stage_probe 1280 720 dying_relu leaky_relu

prints one JSON object per lesson and mode (presentation, maximised) with the network view's
size, the diagram's size inside it, the tap's size, every clipped label by its text, the scroll
frames that scroll, and the dead count's text. ``clipped_labels`` is also used in-process by the
tests.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = {"name": "p", "x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


def screen_config(width: int, height: int, folder: Path) -> str:
    """Write the offscreen platform's screen file for ``width`` x ``height`` into ``folder``;
    the value for QT_QPA_PLATFORM."""
    path = folder / f"screen_{width}x{height}.json"
    path.write_text(json.dumps({"screens": [{**SCREEN, "width": width, "height": height}]}))
    return f"offscreen:configfile={path}"


def clipped_labels(root, *, cut: bool = True) -> list[str]:
    """The text of every visible label, button or plot title under ``root`` that is too small
    for its text or (if ``cut``) cut by a panel or scroll edge (part of it is not on screen)."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    found: list[str] = []
    check_cut = cut
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            text, short = widget.text(), _label_too_small(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text()
            short = widget.width() < widget.minimumSizeHint().width() - 1
        else:
            continue
        if not text.strip() or widget.width() <= 0:
            continue
        rect = widget.rect()
        cut = check_cut and (widget.visibleRegion().boundingRect() != rect
                             or not _inside_window(widget, root))
        if short or cut:
            found.append(_plain(text))
    for plot in root.findChildren(pg.PlotWidget):
        if plot.isVisible():
            found += _plot_titles_cut(plot)
    return found


def _label_too_small(label) -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return False
    room = label.contentsRect()
    margin = 2 * label.margin() + 2 * max(label.indent(), 0)
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + 1
    if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
        return label.minimumSizeHint().width() > label.width() + 1 or \
            label.sizeHint().height() > label.height() + 1
    metrics = QFontMetrics(label.font())
    lines = label.text().split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines) + margin
    height = metrics.lineSpacing() * len(lines)
    return width > room.width() + 1 or height > room.height() + 2


def _inside_window(widget, root) -> bool:
    from PySide6.QtCore import QRect

    top_left = widget.mapTo(root, widget.rect().topLeft())
    return QRect(0, 0, root.width(), root.height()).contains(QRect(top_left, widget.size()))


def _plot_titles_cut(plot) -> list[str]:
    """A plot title wider than its plot is drawn cut at the plot's edges."""
    item = plot.getPlotItem()
    title = item.titleLabel
    if not title.text or not title.isVisible():
        return []
    needed = title.item.boundingRect().width()
    return [_plain(title.text)] if needed > plot.width() + 1 else []


def _plain(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")[:80]


def measure(window) -> dict:
    """The figures the stage's targets are about, for ``window`` as it is now."""
    from PySide6.QtWidgets import QDockWidget, QScrollArea, QWidget

    screen = window.screen().geometry()
    view = window.findChild(QWidget, "networkView")
    tap = window.findChild(QWidget, "tapWidget")
    explorer = window.explorer
    diagram = view.diagram_rect() if hasattr(view, "diagram_rect") else None
    scrolling = [
        frame.widget().objectName() or frame.objectName() or type(frame).__name__
        for frame in window.findChildren(QScrollArea)
        if frame.isVisible() and frame.widget() is not None and (
            frame.verticalScrollBar().isVisible() or frame.horizontalScrollBar().isVisible())
    ]
    dead = window.findChild(QWidget, "deadCountLabel")
    return {
        "screen": [screen.width(), screen.height()],
        "window": [window.width(), window.height()],
        "network_view": [view.width(), view.height()] if view.isVisible() else [0, 0],
        "diagram": [round(diagram.width()), round(diagram.height())] if diagram else None,
        "tap": [tap.width(), tap.height()] if tap.isVisible() else [0, 0],
        "explorer": [explorer.width(), explorer.height()] if explorer.isVisible() else [0, 0],
        "clipped": clipped_labels(window),
        "too_small": clipped_labels(window, cut=False),
        "scrolling": scrolling,
        "dead_count": dead.text() if dead.isVisible() else None,
        "docks": {
            d.objectName(): [d.x(), d.y(), d.width(), d.height()]
            for d in window.findChildren(QDockWidget) if d.isVisible()
        },
    }


def main(argv: list[str]) -> int:
    code = None
    if "--lang" in argv:  # measure the window in another language: --lang de
        i = argv.index("--lang")
        code = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    width, height, *lessons = argv
    with tempfile.TemporaryDirectory() as folder:
        os.environ["QT_QPA_PLATFORM"] = screen_config(int(width), int(height), Path(folder))
        from PySide6.QtCore import QCoreApplication, QSettings

        QCoreApplication.setOrganizationName("reludesk-probe")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        from reludesk.app import make_app
        from reludesk.ui.window.main_window import MainWindow

        app = make_app()
        if code is not None:
            from reludesk.ui.widgets import language

            if not language.set_language(code):
                raise SystemExit(f"no catalogue for {code}: run tools/build_translations.py")
            QSettings().setValue("window/language", code)
        keep = []
        for lesson in lessons or ["dying_relu", "leaky_relu"]:
            window = MainWindow()
            window.open_lesson(lesson)
            window.showMaximized()
            _settle(app)
            print(json.dumps({"lesson": lesson, "mode": "maximised", **measure(window)}))
            window.set_presentation(True)
            _settle(app)
            print(json.dumps({"lesson": lesson, "mode": "presentation", **measure(window)}))
            window.set_presentation(False)
            window.close()
            keep.append(window)
            _settle(app)
    return 0


def _settle(app) -> None:
    """Let layouts and resizes run their course (they post events to themselves)."""
    for _ in range(6):
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
