"""The panels that paint themselves (the network view, the taps) follow the theme: dark paper in
the dark theme, light in the light one, white with black words in presentation mode. Before,
they kept their light paper on a dark window."""

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from reludesk.ui import theme


@pytest.fixture
def shown(window, qtbot):
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.set_presentation(False)


def paper(widget: QWidget) -> QColor:
    """The most common colour of ``widget``'s picture, on a grid of every 4th pixel: the
    paper, since neurons, lines, pipes and words cover far less than half of it."""
    image: QImage = widget.grab().toImage()
    counts = Counter(
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )
    return QColor(counts.most_common(1)[0][0])


def painted(window) -> dict[str, QWidget]:
    return {name: window.findChild(QWidget, name) for name in ("networkView", "tapWidget")}


def test_network_view_and_taps_paint_on_the_themes_paper(shown):
    shown.set_theme("dark")
    for name, widget in painted(shown).items():
        assert paper(widget).lightness() < 60, name  # #1E1E1E, the dark plots' background
    shown.set_theme("light")
    for name, widget in painted(shown).items():
        assert paper(widget).lightness() > 230, name
    shown.set_theme("dark")  # and back: the cached pictures are painted again
    for name, widget in painted(shown).items():
        assert paper(widget).name() == theme.PLOT_COLOURS["dark"].background.lower(), name


def test_presentation_paints_them_in_high_contrast_and_gives_the_theme_back(shown):
    shown.set_theme("dark")
    shown.set_presentation(True)
    for name, widget in painted(shown).items():
        assert paper(widget).name() == "#ffffff", name
    shown.set_presentation(False)
    for name, widget in painted(shown).items():
        assert paper(widget).lightness() < 60, name


def test_words_are_in_the_themes_ink_and_stay_readable():
    # muted words and rules sit between paper and ink; muted words still read (WCAG 4.5:1)
    for colours in theme.PLOT_COLOURS.values():
        page = theme.page_colours(colours)
        assert page.paper.name() == colours.background.lower()
        assert page.ink.name() == colours.foreground.lower()
        assert contrast(page.muted, page.paper) >= 4.5, colours
        assert contrast(page.ink, page.paper) > contrast(page.muted, page.paper) > contrast(
            page.rule, page.paper) > 1.0


def test_a_view_made_after_a_switch_starts_in_the_themes_colours(window, qtbot):
    # Compare's pair is built when its tab first shows: it reads the theme in use then
    from reludesk.core.experiment import Config, Trainer
    from reludesk.ui.trainer.netview.view import NetworkView

    window.set_theme("dark")
    view = NetworkView(Trainer(Config(hidden=(4,))))
    qtbot.addWidget(view)
    view.resize(400, 300)
    assert paper(view).name() == theme.PLOT_COLOURS["dark"].background.lower()
    window.set_theme("light")
    late = NetworkView(Trainer(Config(hidden=(4,))))
    qtbot.addWidget(late)
    late.resize(400, 300)
    assert paper(late).lightness() > 230


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def lum(c: QColor) -> float:
        ch = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
              for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
