"""``neuronInspector``: one hidden unit of replica 0 looked at closely, and edited by hand.

It shows the unit's name and state (the network's own Snapshot decides, never this widget), the
histogram of its z over the training inputs (``inspector_hist``), its bias and incoming weights
as fields (``inspector_fields``), Kill, Revive and Undo (Ctrl+Z), and a switch that draws the
unit's output over the input plane on top of the big output plot.

Every change goes through the trainer (``inspector_edits``: ``Trainer.edit_unit``,
``kill_unit``, ``revive_unit``, ``undo_edit``), which checks the numbers, keeps the undo stack
and notes the edit in the history; after one, the whole panel is told at once (the driver's
``stepped`` with the new Snapshot), as after a single step. While training runs the inspector
redraws at most every ``REFRESH_MS``: one forward pass of the training inputs, not one per step.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reludesk.core import health
from reludesk.core.experiment import Snapshot, Trainer
from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.trainer.inspector_edits import UnitEdits
from reludesk.ui.trainer.inspector_fields import UnitFields
from reludesk.ui.trainer.inspector_hist import ZHistogram, caption, flat_below_zero
from reludesk.ui.trainer.netview.glyphs import state_name
from reludesk.ui.trainer.netview.heatmaps import to_rgba, unit_outputs
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.widgets.language import live

# a redraw costs a forward pass and a plot (~10 ms): twice a second while training keeps the
# histogram live and costs training about 2 % (bench_trainer.py --inspector)
REFRESH_MS = 500
OVERLAY_GRID = 60  # samples per side of the unit's picture on the output plot, as the plot's


class NeuronInspector(UnitEdits, QWidget):
    """The inspector of ``panel``'s network: ``show_unit(layer, unit)`` picks the unit (hidden
    layer counted from 0, as the network view and the Snapshot do)."""

    def __init__(self, panel: NetworkPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neuronInspector")
        self._panel = panel
        self._driver = panel.driver
        self._unit: tuple[int, int] | None = None
        self._snapshot: Snapshot | None = None
        self._drawn: tuple | None = None  # what the plot shows: (trainer, steps, edits)
        self._edits = 0  # bumped by every edit: the same step can show another unit
        self._z = np.zeros(0)
        self.title = QLabel(_nothing_shown(), self)
        self.title.setObjectName("inspectorTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.histogram = ZHistogram()
        self.caption = QLabel(self)
        self.caption.setObjectName("inspectorCaption")
        self.caption.setWordWrap(True)
        self.overlay = QCheckBox(self)
        self.overlay.setObjectName("overlayCheck")
        self.kill_button = QPushButton(self)
        self.kill_button.setObjectName("killButton")
        self.revive_button = QPushButton(self)
        self.revive_button.setObjectName("reviveButton")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoButton")
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.undo_action)
        self.fields = UnitFields(self)
        live(self, NeuronInspector._say)
        self._lay_out()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._connect()
        self._show_enabled()

    def _say(self) -> None:
        """Every text in the language chosen: the buttons' now, the unit's words by drawing it
        again (they are made when it is drawn)."""
        self.overlay.setText(translate("NeuronInspector", "Show on the output plot"))
        self.overlay.setToolTip(translate(
            "NeuronInspector", "Draw this neuron's output over the input plane in the big plot"))
        self.kill_button.setText(translate("NeuronInspector", "Kill"))
        self.kill_button.setToolTip(translate(
            "NeuronInspector",
            "Push the bias down just far enough that z < 0 on every training input"))
        self.revive_button.setText(translate("NeuronInspector", "Revive"))
        self.revive_button.setToolTip(translate(
            "NeuronInspector",
            "Draw this neuron's weights and bias afresh, as the network's initialiser does"))
        self.undo_button.setText(translate("NeuronInspector", "Undo"))
        self.undo_action.setText(translate("NeuronInspector", "Undo the last edit"))
        keys = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.undo_button.setToolTip(translate(
            "NeuronInspector",
            "Undo the last edit ({keys}): the numbers come back exactly").format(keys=keys))
        if self._unit is None:
            self.title.setText(_nothing_shown())
        else:
            self._drawn = None
            self.refresh()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for b in (self.kill_button, self.revive_button, self.undo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.fields)
        scroll.setMinimumHeight(60)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.histogram.plot, 3)
        box.addWidget(self.caption)
        box.addWidget(self.overlay)
        box.addLayout(buttons)
        box.addWidget(scroll, 2)

    def _connect(self) -> None:
        view = self._panel.network_view
        view.neuronSelected.connect(self._on_neuron_selected)
        view.selectionCleared.connect(self.clear)
        self._driver.stepped.connect(self._on_stepped)
        self._driver.trainerChanged.connect(self._on_trainer_changed)
        self.fields.valueTyped.connect(self._on_value_typed)
        self.kill_button.clicked.connect(self.kill)
        self.revive_button.clicked.connect(self.revive)
        self.undo_button.clicked.connect(self.undo)
        self.undo_action.triggered.connect(self.undo)
        self.overlay.toggled.connect(self._on_overlay_toggled)

    # --- what is shown -------------------------------------------------------------------------
    def trainer(self) -> Trainer:
        return self._driver.trainer

    def unit(self) -> tuple[int, int] | None:
        """(hidden layer, unit) inspected, or None."""
        return self._unit

    def z(self) -> np.ndarray:
        """(n_train,) z of the unit over the training inputs as last drawn."""
        return self._z

    def show_unit(self, layer: int, unit: int, focus: int | None = None) -> None:
        """Inspect hidden unit (layer, unit) of replica 0; ``focus``: the field to type in
        (``inspector_fields.BIAS`` or the weight from input ``focus``). Selects it in the
        network view too (the tap link follows the selection as before)."""
        self._panel.network_view.select(layer, unit)  # emits neuronSelected: shown from there
        if self._unit != (layer, unit):
            self._set_unit((layer, unit))
        if focus is not None:
            # after the events of this click: the dock that holds us may only now be shown,
            # and the mouse release would give the focus back to the network view
            QTimer.singleShot(0, lambda: self._focus_field(focus))

    def _focus_field(self, index: int) -> None:
        if self._unit is not None and index < len(self.fields.weights):
            field = self.fields.field(index)
            field.setFocus(Qt.FocusReason.MouseFocusReason)
            field.selectAll()

    def clear(self) -> None:
        """Inspect nothing (the network view's selection was cleared)."""
        self._unit = None
        self._timer.stop()
        self._panel.boundary.set_overlay(None)
        self.title.setText(_nothing_shown())
        self.caption.clear()
        self._show_enabled()

    def _set_unit(self, unit: tuple[int, int]) -> None:
        self._unit = unit
        self.fields.message.clear()
        self._drawn = None
        self._show_enabled()
        self.refresh()
        if self.isVisible():
            self._timer.start()

    def refresh(self) -> bool:
        """Redraw if the network moved since the last draw (a step or an edit); True if drawn."""
        trainer = self.trainer()
        if self._unit is None:
            return False
        key = (id(trainer), trainer.steps_done, self._edits)
        if key == self._drawn:
            return False
        self._drawn = key
        layer, unit = self._unit
        model = trainer.model
        with np.errstate(all="ignore"):  # a diverging network's z is shown as it is
            self._z = model.replica(0).pre_activations(trainer.X_train)[layer][0, :, unit]
        snap = self._snapshot if self._fresh(self._snapshot) else trainer.evaluate()
        masks = (snap.dead[layer][0], snap.inactive[layer][0], snap.saturated[layer][0])
        state = int(health.unit_states(*masks)[unit])
        config = trainer.config
        alpha = config.effective_alpha
        self.histogram.show(self._z, flat_below_zero(config.activation, alpha))
        below = float(np.mean(self._z <= 0.0)) if np.isfinite(self._z).all() else float("nan")
        self.caption.setText(caption(state, config.activation, alpha, below))
        self.title.setText(translate(
            "NeuronInspector", "Neuron {unit} of hidden layer {layer}: {state}").format(
                unit=unit + 1, layer=layer + 1, state=state_name(state)))
        self.fields.set_inputs(self._input_names(layer))
        bias = float(model.biases[layer][0, unit])
        self.fields.show_values(model.weights[layer][0, :, unit], bias)
        if self.overlay.isChecked():
            self._draw_overlay()
        self._show_enabled()
        return True

    def _fresh(self, snap: Snapshot | None) -> bool:
        """``snap`` describes the trainer as it is now (same step, no edit since)."""
        # an edit replaces self._snapshot with the trainer's new one, so a step count suffices
        return snap is not None and snap.steps == self.trainer().steps_done

    def _input_names(self, layer: int) -> list[str]:
        fan_in = self.trainer().model.weights[layer].shape[1]
        if layer == 0:
            said = translate("NeuronInspector", "from x{n}")
        else:
            said = translate("NeuronInspector", "from neuron {n}")
        return [said.format(n=i + 1) for i in range(fan_in)]

    def _show_enabled(self) -> None:
        some = self._unit is not None
        for w in (self.kill_button, self.revive_button, self.fields, self.overlay):
            w.setEnabled(some)
        can = some and self.trainer().can_undo()
        self.undo_button.setEnabled(can)
        self.undo_action.setEnabled(can)

    def _draw_overlay(self) -> None:
        assert self._unit is not None
        layer, unit = self._unit
        # the network view's own pictures of a unit, at the output plot's resolution
        values = unit_outputs(self.trainer().model, OVERLAY_GRID)[layer + 1][unit]
        rgba = to_rgba(values[None])[0]
        self._panel.boundary.set_overlay(rgba[::-1])  # image rows top-down -> plot's y upward

    # --- signals --------------------------------------------------------------------------------
    def _on_neuron_selected(self, layer: int, unit: int) -> None:
        if self._unit != (layer, unit):
            self._set_unit((layer, unit))

    def _on_stepped(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot  # states come from here; drawn on the timer, not per step

    def _on_trainer_changed(self, trainer: Trainer) -> None:
        self._snapshot = None
        self._drawn = None
        if self._unit is not None:
            widths = trainer.model.hidden_sizes
            layer, unit = self._unit
            if not (layer < len(widths) and unit < widths[layer]):
                self.clear()
                return
        self.refresh()

    def _on_overlay_toggled(self, on: bool) -> None:
        if on and self._unit is not None:
            self._draw_overlay()
        else:
            self._panel.boundary.set_overlay(None)

    def showEvent(self, event: QShowEvent) -> None:
        if self._unit is not None:
            self._drawn = None
            self.refresh()
            self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # nobody looks: training pays nothing for the inspector
        # the overlay belongs to the inspector: it would go stale on the output plot
        self._panel.boundary.set_overlay(None)
        super().hideEvent(event)

    def apply_theme(self, colours: theme.PlotColours) -> None:
        self.histogram.apply_theme(colours)


def _nothing_shown() -> str:
    """The title while no neuron is inspected, in the language chosen."""
    return translate("NeuronInspector", "Click a neuron in the network to look inside it")
