"""Presentation mode: the window as a class sees it on a projector.

Full screen, every font about 1.4 times larger, plot lines thicker, and a high-contrast palette
(black on white, strong highlight): a projector washes out mid greys and thin lines. Everything
changed is written down first and put back exactly on the way out: the application's font and
palette, each widget's own font, each plot's text sizes and pens, the window's state and
geometry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import pyqtgraph as pg
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from reludesk.ui import theme

FONT_SCALE = 1.4
LINE_SCALE = 1.7
HIGH_CONTRAST = theme.PlotColours(
    background="#FFFFFF", foreground="#000000", grid_alpha=0.4, crosshair="#000000"
)
_SIZE = re.compile(r"^\s*([0-9.]+)\s*(pt|px)\s*$")


def high_contrast_palette() -> QPalette:
    """Black text on white, black frames, a deep blue highlight: legible on a washed-out
    projector, and far from the mid greys a beamer turns into one flat colour."""
    white, black, blue = QColor("#FFFFFF"), QColor("#000000"), QColor(theme.OKABE_ITO["blue"])
    roles = {
        QPalette.ColorRole.Window: white,
        QPalette.ColorRole.WindowText: black,
        QPalette.ColorRole.Base: white,
        QPalette.ColorRole.AlternateBase: QColor("#EDEDED"),
        QPalette.ColorRole.ToolTipBase: QColor("#FFFFE0"),
        QPalette.ColorRole.ToolTipText: black,
        QPalette.ColorRole.PlaceholderText: QColor("#555555"),
        QPalette.ColorRole.Text: black,
        QPalette.ColorRole.Button: QColor("#E4E4E4"),
        QPalette.ColorRole.ButtonText: black,
        QPalette.ColorRole.BrightText: QColor(theme.OKABE_ITO["vermillion"]),
        QPalette.ColorRole.Link: blue,
        QPalette.ColorRole.Highlight: blue,
        QPalette.ColorRole.HighlightedText: white,
        QPalette.ColorRole.Light: white,
        QPalette.ColorRole.Midlight: QColor("#D0D0D0"),
        QPalette.ColorRole.Mid: QColor("#707070"),
        QPalette.ColorRole.Dark: QColor("#404040"),
        QPalette.ColorRole.Shadow: black,
    }
    return theme.make_palette(roles, QColor("#6A6A6A"))


def scaled_font(font: QFont, factor: float) -> QFont:
    """A copy of ``font`` ``factor`` times larger (in points, or pixels if set in pixels)."""
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        out.setPixelSize(round(font.pixelSize() * factor))
    return out


def scaled_css_size(size: str | None, factor: float) -> str | None:
    """"12pt" -> "16.8pt" for ``factor`` 1.4; None or anything unreadable stays as it is."""
    match = _SIZE.match(size) if isinstance(size, str) else None
    if match is None:
        return size
    return f"{float(match.group(1)) * factor:.3g}{match.group(2)}"


@dataclass
class _Saved:
    """What presentation mode changed, as it was before."""

    app_font: QFont
    app_palette: QPalette
    window_state: Qt.WindowState
    geometry: QRect
    fonts: list[tuple[QWidget, QFont]] = field(default_factory=list)
    undo: list = field(default_factory=list)  # callables restoring plot text
    pens: dict[int, tuple[pg.PlotDataItem, QPen, QPen]] = field(default_factory=dict)
    titles: dict[int, tuple[pg.LabelItem, str]] = field(default_factory=dict)


class Presentation:
    """Switches ``window`` in and out of presentation mode (``enter`` / ``leave``).

    The palette and fonts are the application's, the plots are every PlotWidget inside
    ``window``; what only the window knows comes in as two callbacks: ``paint_plots(colours)``
    recolours every plot (entering paints them high-contrast) and ``restore_theme()`` puts
    the chosen theme back (on leaving, after the palette and fonts).
    """

    def __init__(
        self,
        window: QMainWindow,
        paint_plots: Callable[[theme.PlotColours], object],
        restore_theme: Callable[[], object],
    ) -> None:
        self._window = window
        self._paint_plots = paint_plots
        self._restore_theme = restore_theme
        self._saved: _Saved | None = None

    def is_on(self) -> bool:
        """True between ``enter`` and ``leave``."""
        return self._saved is not None

    def enter(self) -> None:
        """Full screen, larger text, thicker lines, high contrast; what it changes is written
        down for ``leave``. Nothing if it is on already."""
        if self._saved is not None:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        w = self._window
        saved = _Saved(QFont(app.font()), QPalette(app.palette()), w.windowState(),
                       QRect(w.geometry()))
        self._saved = saved
        # widgets that chose their own size do not follow the application's font: scale each
        own = [x for x in (w, *w.findChildren(QWidget))
               if x.testAttribute(Qt.WidgetAttribute.WA_SetFont)]
        saved.fonts = [(x, QFont(x.font())) for x in own]
        app.setFont(scaled_font(saved.app_font, FONT_SCALE))
        for widget, font in saved.fonts:
            widget.setFont(scaled_font(font, FONT_SCALE))
        app.setPalette(high_contrast_palette())
        pg.setConfigOptions(background=HIGH_CONTRAST.background,
                            foreground=HIGH_CONTRAST.foreground)
        self._paint_plots(HIGH_CONTRAST)
        for plot in self._plots():
            self._enlarge_text(plot, saved)
        self.refresh()
        w.showFullScreen()
        # without a window manager (a bare X server in a classroom kiosk) full screen keeps
        # the window where it was: put it on the screen's corner once it has its size
        QTimer.singleShot(0, self._fill_screen)

    def _fill_screen(self) -> None:
        w, screen = self._window, self._window.screen()
        if self._saved is not None and screen is not None and w.geometry() != screen.geometry():
            w.setGeometry(screen.geometry())

    def refresh(self) -> None:
        """Thicken the lines (and enlarge the titles) of plots restyled since presentation mode
        began: a new network, a new lesson. Nothing when it is off."""
        if self._saved is None:
            return
        self._enlarge_titles(self._saved)
        pens = self._saved.pens
        for plot in self._plots():
            for item in plot.getPlotItem().listDataItems():
                if not isinstance(item, pg.PlotDataItem) or item.opts.get("pen") is None:
                    continue
                current = pg.mkPen(item.opts["pen"])
                known = pens.get(id(item))
                if known is not None and known[0] is item and current == known[2]:
                    continue  # already thick
                thick = QPen(current)
                thick.setWidthF(max(current.widthF(), 1.0) * LINE_SCALE)
                pens[id(item)] = (item, current, thick)
                item.setPen(thick)

    def leave(self) -> None:
        """Put back exactly what ``enter`` changed, and the theme. Nothing if it is off."""
        saved, self._saved = self._saved, None
        if saved is None:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        w = self._window
        for item, original, thick in saved.pens.values():
            if pg.mkPen(item.opts.get("pen")) == thick:  # not restyled since: put it back
                item.setPen(original)
        for undo in reversed(saved.undo):
            undo()
        for title, size in saved.titles.values():
            title.setText(title.text, size=size)
        for widget, font in saved.fonts:
            widget.setFont(font)
        app.setFont(saved.app_font)
        app.setPalette(saved.app_palette)
        self._restore_theme()  # plot colours and pyqtgraph's defaults of the chosen theme
        app.setPalette(saved.app_palette)
        if saved.window_state & Qt.WindowState.WindowMaximized:
            w.showMaximized()
        else:
            w.showNormal()
            w.setGeometry(saved.geometry)  # the client area: restoreGeometry may add the frame
        w.setWindowState(saved.window_state)

    # --- helpers --------------------------------------------------------------------------
    def _plots(self) -> list[pg.PlotWidget]:
        return self._window.findChildren(pg.PlotWidget)

    @staticmethod
    def _enlarge_text(plot: pg.PlotWidget, saved: _Saved) -> None:
        """Titles, axis labels, tick numbers and legends FONT_SCALE larger; the way back goes
        onto ``saved.undo`` (titles into ``saved.titles``: a new network may set them again)."""
        item = plot.getPlotItem()
        title = item.titleLabel
        if title.text and "size" in title.opts:
            saved.titles[id(title)] = (title, title.opts["size"])
        for side in ("left", "bottom", "right", "top"):
            axis = item.getAxis(side)
            tick_font = axis.style.get("tickFont")
            if isinstance(tick_font, QFont):
                axis.setStyle(tickFont=scaled_font(tick_font, FONT_SCALE))
                saved.undo.append(partial(axis.setStyle, tickFont=QFont(tick_font)))
            style = dict(axis.labelStyle)
            # an axis with no label text shows no label: restyling it would show an empty one
            if "font-size" in style and (axis.labelText or axis.labelUnits):
                bigger = scaled_css_size(style["font-size"], FONT_SCALE)
                _set_label_style(axis, {**style, "font-size": bigger})
                saved.undo.append(partial(_set_label_style, axis, style))
        legend = item.legend
        if legend is not None:
            size = legend.opts.get("labelTextSize")
            bigger = scaled_css_size(size, FONT_SCALE)
            if bigger is not None and bigger != size:
                legend.setLabelTextSize(bigger)
                saved.undo.append(partial(legend.setLabelTextSize, size))

    @staticmethod
    def _enlarge_titles(saved: _Saved) -> None:
        """Plot titles at FONT_SCALE times their size (again, if a new network reset one)."""
        for title, size in saved.titles.values():
            bigger = scaled_css_size(size, FONT_SCALE)
            if title.opts.get("size") != bigger:
                title.setText(title.text, size=bigger)


def _set_label_style(axis: pg.AxisItem, style: dict[str, str]) -> None:
    """Draw ``axis``'s label in CSS ``style``; its text, units and SI prefixes stay as they
    are (``setLabel`` sets them all, so each is handed back)."""
    axis.setLabel(
        text=axis.labelText,
        units=axis.labelUnits,
        unitPrefix=axis.labelUnitPrefix,
        siPrefixEnableRanges=axis.getSIPrefixEnableRanges(),
        unitPower=axis.unitPower,
        **style,
    )
