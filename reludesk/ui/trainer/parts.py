"""The trainer panel's parts that are built, not wired: buttons, labels, the settings column.

``NetworkPanel`` connects them; keeping their construction here keeps the panel about what
happens, not how each widget looks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QWidget,
)

from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.trainer.status import FLOOR, burst_text
from reludesk.ui.widgets.language import live

COUNTER_SCALE = 1.35  # the dead counter: the number the class watches, but the bar is full
BANNER_STYLE = (
    # its own colours, so it reads the same on the light and the dark theme
    "QLabel {{ background: #FDE7D8; color: #3A1A00; border: 2px solid {border}; "
    "border-radius: 6px; padding: 8px; }}"
)


class TrainerButtons:
    """Play (checkable; Space), Step, Reset and Burst, with the actions a menu can reuse (and
    two with no button: new data with the same weights, new weights on the same data)."""

    def __init__(self, parent: QWidget) -> None:
        style = parent.style()
        icon = style.standardIcon
        pix = QStyle.StandardPixmap
        self.play = QPushButton(parent)
        self.play.setObjectName("playButton")
        self.play.setCheckable(True)
        self._play_icon, self._pause_icon = icon(pix.SP_MediaPlay), icon(pix.SP_MediaPause)
        self.step = QPushButton(parent)
        self.step.setObjectName("stepButton")
        self.step.setIcon(icon(pix.SP_MediaSeekForward))
        self.reset = QPushButton(parent)
        self.reset.setObjectName("resetButton")
        self.reset.setIcon(icon(pix.SP_BrowserReload))
        self.burst_action = QAction(parent)
        self.burst = QPushButton(parent)
        self.burst.setObjectName("burstButton")
        # no key of its own: the window's Space plays whatever tab is in front (one action per
        # key, or Qt finds two and fires neither), and calls this one for the Train tab
        self.play_action = QAction(parent)
        # the window gives them their keys (N, W) in the Training menu
        self.new_data_action = QAction(parent)
        self.new_weights_action = QAction(parent)
        self.show_running(False)
        live(self.play, TrainerButtons._name_play)
        live(self.burst, self._name_texts)

    def _name_texts(self, _owner: object = None) -> None:
        """Every text of the buttons and actions but Play's, in the language chosen."""
        self.play.setToolTip(translate("TrainerButtons", "Start or pause training (Space)"))
        self.step.setText(translate("TrainerButtons", "Step"))
        self.step.setToolTip(translate("TrainerButtons", "Train one step (one batch)"))
        self.reset.setText(translate("TrainerButtons", "Reset"))
        self.reset.setToolTip(translate(
            "TrainerButtons", "Build the network again from the settings: new start"))
        self.burst_action.setText(translate("TrainerButtons", "Burst"))
        self.burst_action.setToolTip(
            translate("TrainerButtons", "{burst}, then back").format(burst=burst_text()))
        self.burst.setText(translate("TrainerButtons", "Burst"))
        self.burst.setToolTip(self.burst_action.toolTip())
        self.play_action.setText(translate("TrainerButtons", "Play / pause"))
        self.new_data_action.setText(translate("TrainerButtons", "New &data, same weights"))
        self.new_data_action.setStatusTip(translate(
            "TrainerButtons",
            "New data from the next data seed; the network trains on with the weights it has"))
        self.new_weights_action.setText(translate("TrainerButtons", "New &weights, same data"))
        self.new_weights_action.setStatusTip(translate(
            "TrainerButtons", "A new network from the next seed, trained on the very same data"))

    @staticmethod
    def _name_play(play: QPushButton) -> None:
        """Play, or Pause while training runs (the button is checked then)."""
        play.setText(translate("TrainerButtons", "Pause") if play.isChecked()
                     else translate("TrainerButtons", "Play"))

    def widgets(self) -> list[QPushButton]:
        return [self.play, self.step, self.reset, self.burst]

    def show_running(self, running: bool) -> None:
        """Check Play and label it Pause while training runs, without emitting ``toggled``."""
        blocked = self.play.blockSignals(True)
        self.play.setChecked(running)
        self.play.blockSignals(blocked)
        self._name_play(self.play)
        self.play.setIcon(self._pause_icon if running else self._play_icon)


class TrainerLabels:
    """The dead counter, the inactive and saturated counts, the loss line, the banner (training
    diverged or is running away) and the line that says why a setting was refused."""

    def __init__(self, parent: QWidget) -> None:
        big = QFont(parent.font())
        big.setPointSizeF(big.pointSizeF() * COUNTER_SCALE)
        big.setBold(True)
        self.dead = QLabel(parent)
        self.dead.setObjectName("deadCountLabel")
        self.dead.setFont(big)
        self.inactive = QLabel(parent)
        self.inactive.setObjectName("inactiveCountLabel")
        self.saturated = QLabel(parent)
        self.saturated.setObjectName("saturatedCountLabel")
        self.saturated.hide()
        self.metrics = QLabel(parent)
        self.metrics.setObjectName("metricsLabel")
        self.metrics.setWordWrap(True)  # two lines in a narrow dock rather than a scroll bar
        self.banner = QLabel(parent)
        self.banner.setObjectName("divergedBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE.format(border=theme.OKABE_ITO["vermillion"]))
        self.banner.setFont(big)
        self.banner.hide()
        self.error = QLabel(parent)
        self.error.setObjectName("configErrorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.OKABE_ITO['vermillion']};")
        self.error.hide()
        live(self.dead, self._name_tips)

    def _name_tips(self, _owner: object = None) -> None:
        """The labels' tooltips in the language chosen (their texts come with each frame)."""
        self.dead.setToolTip(translate(
            "TrainerLabels",
            "Dead hidden units: f′(z) = 0 on every training input, so no gradient reaches them "
            "(a step unit is dead in this sense even while it fires: its f′ is 0 everywhere)"))
        self.inactive.setToolTip(translate(
            "TrainerLabels",
            "Inactive but alive: z < 0 on every input, yet gradient flows at slope alpha, "
            "so they can revive"))
        self.saturated.setToolTip(translate(
            "TrainerLabels",
            "Saturated: a smooth activation whose |f′(z)| is below {floor} on every input. "
            "Mathematically alive, numerically silent: not dead (its gradient is not exactly 0), "
            "but too small to move its weights").format(floor=FLOOR))
        self.metrics.setToolTip(
            translate("TrainerLabels", "Loss and accuracy on the training and the test points"))
        self.banner.setToolTip(
            translate("TrainerLabels", "What went wrong with training and what to do next"))
        self.error.setToolTip(
            translate("TrainerLabels", "Why the last setting was not applied"))


class SettingsColumn(QScrollArea):
    """The settings form, as narrow as its labels and ordinary fields allow.

    The hidden-layer editor, which grows with the layers, sits on a row of its own under its
    label, so it widens the column only once it has more layers than that width holds. The width
    follows the font (the presentation mode enlarges it) and always keeps room for the scroll bar
    a short panel shows: a column that widened only while its bar showed could set a panel
    swinging for ever (wider column, a header line unwrapped, a taller form, no bar, a narrower
    column, ...), which froze the window at some sizes.
    """

    def __init__(self, settings: QWidget, wide: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wide = wide
        self.setWidget(settings)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        settings.installEventFilter(self)

    def _column_width(self) -> int:
        form = self.widget().layout()
        assert isinstance(form, QFormLayout)
        labels = fields = 0
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                labels = max(labels, label.sizeHint().width())
                fields = max(fields, field.sizeHint().width())
        margins = form.contentsMargins()
        width = max(labels + form.horizontalSpacing() + fields, self._wide.sizeHint().width())
        width += margins.left() + margins.right() + 2 * self.frameWidth()
        return width + self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:
        return QSize(self._column_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._column_width(), super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a layer added or the font changed: maybe a new width
        return super().eventFilter(watched, event)
