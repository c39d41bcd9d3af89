"""Colours and themes: one colour and line style per activation, light and dark palettes.

Every panel draws an activation with the same colour, so a student who learns "ReLU is
vermillion" in the explorer finds it vermillion in the trainer too. The colours are the
Okabe-Ito set, chosen to stay apart for the common kinds of colour blindness; because there are
more activations than safe colours, the line style (solid, dashed, dotted) tells apart the pairs
that share one. Yellow is left out: it vanishes on a white projector screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QApplication

THEMES: tuple[str, ...] = ("system", "light", "dark")
"""Theme choices in the View menu: follow the system, or force light or dark."""

THEME_LABELS: dict[str, str] = {
    "system": "Follow the system",
    "light": "Light",
    "dark": "Dark",
}

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#8C8C8C",  # not in the set; a mid grey reads on white and on black alike
}

_SOLID = Qt.PenStyle.SolidLine
_DASH = Qt.PenStyle.DashLine
_DOT = Qt.PenStyle.DotLine

# The two activations the app is about get the two most distinct colours.
ACTIVATION_STYLES: dict[str, tuple[str, Qt.PenStyle]] = {
    "relu": (OKABE_ITO["vermillion"], _SOLID),
    "leaky_relu": (OKABE_ITO["blue"], _SOLID),
    "sigmoid": (OKABE_ITO["bluish_green"], _SOLID),
    "tanh": (OKABE_ITO["reddish_purple"], _SOLID),
    "step": (OKABE_ITO["grey"], _SOLID),
    "linear": (OKABE_ITO["grey"], _DASH),
    "prelu": (OKABE_ITO["sky_blue"], _SOLID),
    "elu": (OKABE_ITO["orange"], _SOLID),
    "selu": (OKABE_ITO["orange"], _DASH),
    "gelu": (OKABE_ITO["bluish_green"], _DASH),
    "silu": (OKABE_ITO["reddish_purple"], _DASH),
    "softplus": (OKABE_ITO["sky_blue"], _DASH),
    "mish": (OKABE_ITO["vermillion"], _DOT),
}

_FALLBACK = list(OKABE_ITO.values())


def activation_colour(name: str) -> str:
    """The colour (``#RRGGBB``) of activation ``name``; unknown names get a stable fallback."""
    if name in ACTIVATION_STYLES:
        return ACTIVATION_STYLES[name][0]
    # A stable hash: str.__hash__ is salted per process, so colours would change between runs.
    return _FALLBACK[sum(name.encode()) % len(_FALLBACK)]


def activation_line_style(name: str) -> Qt.PenStyle:
    """The line style of activation ``name`` (solid, dashed or dotted)."""
    return ACTIVATION_STYLES.get(name, ("", _SOLID))[1]


def activation_pen(name: str, width: float = 3.0) -> QPen:
    """A cosmetic pen for curves of ``name``; 3 px by default so it reads on a projector."""
    pen = pg.mkPen(color=activation_colour(name), width=width, style=activation_line_style(name))
    # Round caps keep dotted lines visible as dots rather than hairline dashes.
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


@dataclass(frozen=True)
class PlotColours:
    """Colours a pyqtgraph plot needs for one resolved theme ("light" or "dark")."""

    background: str
    foreground: str
    grid_alpha: float
    crosshair: str


LEGEND_ALPHA = 190  # of 255: a plot legend's backdrop, in the plot's background colour

PLOT_COLOURS: dict[str, PlotColours] = {
    "light": PlotColours(
        background="#FFFFFF", foreground="#202020", grid_alpha=0.25, crosshair="#555555"
    ),
    "dark": PlotColours(
        background="#1E1E1E", foreground="#E6E6E6", grid_alpha=0.3, crosshair="#BBBBBB"
    ),
}


# The keyboard focus ring (WCAG 2.4.7 "focus visible"; 1.4.11 asks 3:1 against what it sits on):
# Okabe-Ito blue on a light window (4.5:1 on Fusion's #EFEFEF, 5.2:1 on white), sky blue on a
# dark one (6.1:1 on #2B2B2B, 4.9:1 on the fields' #3A3A3A); blue would sink there (2.7:1).
FOCUS_COLOURS: dict[str, str] = {"light": OKABE_ITO["blue"], "dark": OKABE_ITO["sky_blue"]}
FOCUS_WIDTH = 3  # px: a thin line vanishes on a projector


def focus_colour() -> QColor:
    """The focus ring's colour for the palette in use now: judged by the window colour, so a
    desktop's own dark palette ("system") gets the dark ring too."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return QColor(FOCUS_COLOURS["dark" if window.lightness() < 128 else "light"])


@dataclass(frozen=True)
class Page:
    """Colours of a panel that paints itself (the network view, the tap): the ``paper`` under
    it, the ``ink`` of its words and outlines on that paper, ``muted`` words and thin ``rule``
    lines. Marks inside a neuron or on the tap's metal keep their own colours: they sit on
    their own fills, and their meaning is told by shape as well as colour."""

    paper: QColor
    ink: QColor
    muted: QColor
    rule: QColor


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """a at t = 0, b at t = 1, channel by channel."""
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3],
                                                           strict=True)))


def page_colours(colours: PlotColours) -> Page:
    """The :class:`Page` that sits beside plots drawn in ``colours``: the same paper and ink,
    muted words two thirds of the way to the ink (they must still read: 4.5:1 on either paper)
    and rules a third of the way."""
    paper, ink = QColor(colours.background), QColor(colours.foreground)
    return Page(paper, ink, _blend(paper, ink, 0.66), _blend(paper, ink, 0.33))


def current_page() -> Page:
    """The page of the theme in use now, read from pyqtgraph's defaults (every theme switch
    and presentation mode set them): a panel made later starts in the right colours."""
    background = pg.getConfigOption("background")
    foreground = pg.getConfigOption("foreground")
    if background == "k":  # pyqtgraph's own default: no theme was applied yet
        return page_colours(plot_colours("system"))
    return page_colours(PlotColours(pg.mkColor(background).name(),
                                    pg.mkColor(foreground).name(), 0.0, ""))


@runtime_checkable
class Themed(Protocol):
    """A panel that restyles its plots and paint for a theme's colours (the window calls it on
    every theme switch and when the panel is put into a dock)."""

    def apply_theme(self, colours: PlotColours) -> None: ...


def resolve(theme: str) -> str:
    """``"light"`` or ``"dark"``: what ``theme`` means right now ("system" asks the desktop)."""
    if theme in ("light", "dark"):
        return theme
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return "dark"
    if scheme == Qt.ColorScheme.Light:
        return "light"
    # The desktop did not say: judge by the window colour of the current palette.
    return (
        "dark"
        if QGuiApplication.palette().color(QPalette.ColorRole.Window).value() < 128
        else "light"
    )


def plot_colours(theme: str) -> PlotColours:
    """Plot colours for ``theme`` (any of THEMES; "system" is resolved first)."""
    return PLOT_COLOURS[resolve(theme)]


def make_palette(roles: dict[QPalette.ColorRole, QColor], disabled: QColor) -> QPalette:
    """A palette with ``roles`` in every colour group, and ``disabled`` for the text of
    disabled widgets (window text, text and button text)."""
    p = QPalette()
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def _dark_palette() -> QPalette:
    # Fusion outlines check boxes in a darker shade of Window and fills them with Base; Base is
    # kept lighter than Window so that unticked boxes stay visible.
    window, base, text = QColor("#2B2B2B"), QColor("#3A3A3A"), QColor("#E6E6E6")
    disabled = QColor("#808080")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#333333"),
        QPalette.ColorRole.ToolTipBase: QColor("#3A3A3A"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#353535"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#FF6B6B"),
        QPalette.ColorRole.Link: QColor(OKABE_ITO["sky_blue"]),
        QPalette.ColorRole.Highlight: QColor(OKABE_ITO["blue"]),
        QPalette.ColorRole.HighlightedText: QColor("#FFFFFF"),
        QPalette.ColorRole.Light: QColor("#505050"),
        QPalette.ColorRole.Midlight: QColor("#404040"),
        QPalette.ColorRole.Mid: QColor("#303030"),
        QPalette.ColorRole.Dark: QColor("#1A1A1A"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    return make_palette(roles, disabled)


_system_palette: QPalette | None = None


def apply_app_theme(theme: str) -> str:
    """Give the running QApplication the palette of ``theme``; returns "light" or "dark".

    "system" puts back the palette the application started with, so the desktop's own colours
    (and its later changes) show through.
    """
    global _system_palette
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; choose one of: {', '.join(THEMES)}")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return resolve(theme)
    if _system_palette is None:
        if theme == "system":
            # Nothing was changed yet: leave the palette alone (and start-up cheap).
            return _set_plot_defaults(resolve(theme))
        _system_palette = QPalette(app.palette())
    if theme == "dark":
        app.setPalette(_dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_system_palette)
    return _set_plot_defaults(resolve(theme))


def _set_plot_defaults(resolved: str) -> str:
    # New plots pick these up when created; existing ones are restyled by style_plot.
    colours = PLOT_COLOURS[resolved]
    pg.setConfigOptions(background=colours.background, foreground=colours.foreground)
    return resolved


def style_plot(plot: pg.PlotWidget, colours: PlotColours) -> None:
    """Restyle an existing plot (background, axes, title, legend) for ``colours``."""
    plot.setBackground(colours.background)
    item = plot.getPlotItem()
    for side in ("left", "bottom", "right", "top"):
        axis = item.getAxis(side)
        axis.setPen(colours.foreground)
        axis.setTextPen(colours.foreground)
    if item.titleLabel.text:
        item.titleLabel.setText(item.titleLabel.text, color=colours.foreground)
    item.showGrid(x=True, y=True, alpha=colours.grid_alpha)
    if item.legend is not None:
        style_legend(item.legend, colours)


def style_legend(legend: pg.LegendItem, colours: PlotColours, alpha: int = LEGEND_ALPHA) -> None:
    """Restyle ``legend`` for ``colours``: text in the foreground colour, on a backdrop of the
    background colour at ``alpha`` (of 255), so a curve under it still shows through."""
    backdrop = pg.mkColor(colours.background)
    backdrop.setAlpha(alpha)
    legend.setBrush(backdrop)
    legend.setLabelTextColor(colours.foreground)  # for labels made from now on
    for _sample, label in legend.items:  # the option alone leaves these as drawn
        label.setText(label.text, color=colours.foreground)
