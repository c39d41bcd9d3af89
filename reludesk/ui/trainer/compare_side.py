"""One network of compare mode's pair: its activation, its dead counter and a picture of it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reludesk.core.experiment import Snapshot, Trainer
from reludesk.ui.trainer import status
from reludesk.ui.trainer.netview.view import NetworkView
from reludesk.ui.widgets.language import live

TITLE_SCALE = 1.2  # the name and the count: read from the back of the room


class CompareSide(QWidget):
    """``compare<Key>Title``, ``compare<Key>DeadLabel`` and ``compare<Key>NetworkView`` for
    ``trainer``; ``key`` is "Left" or "Right"."""

    def __init__(self, key: str, trainer: Trainer, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName(f"compare{key}Title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        self.title.setFont(font)
        self.dead_label = QLabel(self)
        self.dead_label.setObjectName(f"compare{key}DeadLabel")
        self.dead_label.setWordWrap(True)
        self.dead_label.setFont(font)  # the number the class is watching: as large as the name
        self.view = NetworkView(trainer, self)
        # the main trainer owns "networkView": ours must not be found in its place
        self.view.setObjectName(f"compare{key}NetworkView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.dead_label)
        layout.addWidget(self.view, 1)
        # the name is the activation's label, translated: said again after a change of language
        # (the counter is said anew every frame)
        live(self.title, lambda w: w.setText(status.activation_title(self.view.trainer().config)))
        # the counter is said anew every frame while training; paused, a switch says it again
        live(self.dead_label, lambda _w: self._say_count())

    def _say_count(self) -> None:
        trainer = self.view.trainer()
        diverged_at = trainer.steps_done if trainer.diverged else None
        self.dead_label.setText(status.counter_text(trainer.evaluate(), trainer.config,
                                                    diverged_at))

    def set_trainer(self, trainer: Trainer, colour: str) -> None:
        """Show ``trainer``, its activation named in ``colour`` (its curves' colour)."""
        self.title.setText(status.activation_title(trainer.config))
        self.title.setStyleSheet(f"color: {colour};")
        if self.view.trainer() is not trainer:  # built with it: do not draw it twice
            self.view.set_trainer(trainer)

    def refresh(self, snap: Snapshot, trainer: Trainer) -> None:
        """The counter and the neurons' states from ``snap`` (cheap: every frame)."""
        diverged_at = trainer.steps_done if trainer.diverged else None
        self.dead_label.setText(status.counter_text(snap, trainer.config, diverged_at))
        self.view.refresh(snap)

    def refresh_slow(self) -> None:
        """The costly part of the picture (the view's heatmaps), a few times a second."""
        self.view.refresh_heatmaps()
