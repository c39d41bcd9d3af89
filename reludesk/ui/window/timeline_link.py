"""The window's Undo (Ctrl+Z): the latest thing done by hand to the Train tab's network.

Two things can be taken back: a unit edited in the neuron inspector (``Trainer.undo_edit``) and
training on from an earlier step of the timeline, which set the later steps aside
(``TrainingDriver.undo_continue``). One action answers Ctrl+Z for both, because two actions with
one key in a window make Qt fire neither: the inspector's own Undo action gives its key up to
this one (its button stays). Which goes first needs no bookkeeping: going back to an earlier
step clears the edits' undo stack (``Trainer.restore``), so an edit that can still be undone was
made after the latest continuation, and is undone before it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reludesk.core.i18n import translate
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.inspector import NeuronInspector
from reludesk.ui.widgets.language import live


class UndoLink(QObject):
    """``undo_action`` (its key is set by the Training menu) for ``driver``'s network and
    ``inspector``'s edits. Signal ``statusMessage(str)``: what it took back."""

    statusMessage = Signal(str)

    def __init__(self, driver: TrainingDriver, inspector: NeuronInspector,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._driver, self._inspector = driver, inspector
        inspector.undo_action.setShortcut(QKeySequence())  # this action answers the key
        self.undo_action = QAction(parent)
        live(self.undo_action, _name_undo)
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())

    def undo(self) -> str:
        """Take back the latest edit, else the latest continuation; says and returns what."""
        trainer = self._driver.trainer
        if trainer.can_undo():
            self._inspector.undo()
            text = translate("UndoLink", "Edit undone: the unit's numbers are back")
        elif self._driver.undo_continue():
            text = translate(
                "UndoLink", "Back at step {step}: the later steps are back, and what was "
                "trained from the earlier step is gone").format(
                    step=f"{self._driver.trainer.steps_done:,}")
        else:
            text = translate("UndoLink", "Nothing to undo")
        self.statusMessage.emit(text)
        return text


def _name_undo(action: QAction) -> None:
    """The Undo action's words in the language chosen (its key stays the menu's)."""
    action.setText(translate("UndoLink", "&Undo"))
    action.setStatusTip(translate(
        "UndoLink", "Undo the latest thing done by hand: an edited unit, or training on from an "
        "earlier step (the later steps come back)"))
