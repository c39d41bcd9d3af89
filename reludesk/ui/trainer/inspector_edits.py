"""The neuron inspector's edits: typed values, Kill, Revive and Undo, all through the trainer.

``Trainer.edit_unit`` checks the numbers (a value that is not finite, or beyond ±1000, is a
ValueError in one sentence, and nothing changes), ``kill_unit`` computes the bias that puts z
below 0 on every training input, ``revive_unit`` draws the unit afresh as the initialiser
does, and ``undo_edit`` puts the arrays back bit for bit; each notes an event in the history.
After an edit everything that draws the network hears of it at once, as after a single step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from reludesk.ui.trainer.inspector_fields import BIAS

if TYPE_CHECKING:
    from collections.abc import Callable

    from reludesk.core.experiment import Snapshot, Trainer
    from reludesk.ui.trainer.driver import TrainingDriver
    from reludesk.ui.trainer.inspector_fields import UnitFields
    from reludesk.ui.trainer.panel import NetworkPanel


class UnitEdits:
    """Mixed into :class:`reludesk.ui.trainer.inspector.NeuronInspector`, whose unit, fields
    and panel it edits."""

    # the inspector's own, read and written here; ``trainer()`` and ``refresh()`` are its too
    _unit: tuple[int, int] | None
    _edits: int
    _snapshot: Snapshot | None
    _panel: NetworkPanel
    _driver: TrainingDriver
    fields: UnitFields
    trainer: Callable[[], Trainer]
    refresh: Callable[[], bool]

    def _on_value_typed(self, index: int, value: float) -> None:
        assert self._unit is not None
        layer, unit = self._unit
        trainer = self.trainer()
        try:
            if index == BIAS:
                trainer.edit_unit(layer, unit, bias=value)
            else:
                weights = trainer.model.weights[layer][0, :, unit].copy()
                weights[index] = value
                trainer.edit_unit(layer, unit, weights=weights)
        except ValueError as error:
            self.fields.refuse(index, _sentence(error))
            return
        self._after_edit()

    def kill(self) -> float | None:
        """Push the unit's bias down until z < 0 on every training input; the new bias, or
        None (nothing inspected, or a diverged network whose z no bias can bound: said in
        the message line)."""
        if self._unit is None:
            return None
        try:
            # a diverged layer below feeds inf: the core refuses it, numpy need not warn too
            with np.errstate(all="ignore"):
                bias = self.trainer().kill_unit(*self._unit)
        except ValueError as error:
            self.fields.message.setText(_sentence(error))
            return None
        self._after_edit()
        return bias

    def revive(self) -> None:
        """Draw the unit's weights and bias afresh, as the network's initialiser would."""
        if self._unit is not None:
            self.trainer().revive_unit(*self._unit)
            self._after_edit()

    def undo(self) -> bool:
        """Undo the last edit, arrays restored exactly; False if there was none."""
        if not self.trainer().undo_edit():
            return False
        self._after_edit()
        return True

    def _after_edit(self) -> None:
        """Everything that draws the network sees the edit now, as after a single step."""
        self._edits += 1
        self.fields.message.clear()
        trainer = self.trainer()
        snapshot = trainer.evaluate()
        self._snapshot = snapshot
        self._driver.stepped.emit(snapshot)  # counters, neuron states, the linked tap
        view = self._panel.network_view
        view.refresh(snapshot, weights=True)
        view.refresh_heatmaps()
        self._panel.boundary.invalidate()
        self._panel.boundary.refresh(trainer.steps_done)
        self.refresh()


def _sentence(error: ValueError) -> str:
    """The core's one-sentence refusal, as a sentence begins."""
    text = str(error)
    return text[:1].upper() + text[1:]
