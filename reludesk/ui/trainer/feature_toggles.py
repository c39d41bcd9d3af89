"""The input features in use, as seven checkable buttons (TF Playground's inputs).

A user's click emits ``featuresChanged`` with the whole choice in the canonical order
(``features.FEATURES``); ``show_features`` sets the buttons from a Config without a word. The
network needs at least one input, so the last checked button refuses to be unchecked.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from reludesk.core import features
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.widgets.language import live

# buttons per row: x1 x2 x1² x2², then x1·x2 sin x1 sin x2; each row as wide as its own
# buttons (not a grid's aligned columns), so the settings column stays as narrow as before
ROWS = (4, 3)
# translated where shown (features.tip() translates the rest of the tooltip)
LAST_ONE_TIP = QT_TRANSLATE_NOOP("FeatureToggles",
                                 "\nThe network needs one input: the last one stays on")


class FeatureToggles(QWidget):
    """Seven checkable buttons, one per feature, in ``features.FEATURES`` order; emits
    ``featuresChanged(tuple)`` (the names checked, canonical order) after each user change."""

    featuresChanged = Signal(tuple)

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        """``title``, if given, heads the first row of buttons (a form's label that costs no
        row of its own): an English source marked with ``QT_TRANSLATE_NOOP("FeatureToggles",
        ...)``, shown translated."""
        super().__init__(parent)
        self.setObjectName("featureToggles")
        live(self, lambda w: w.setToolTip(_tip()))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        rows = []
        for _ in ROWS:
            row = QHBoxLayout()
            row.setSpacing(2)
            column.addLayout(row)
            rows.append(row)
        if title:
            label = QLabel(self)
            live(label, lambda w: (w.setText(translate("FeatureToggles", title)),
                                   w.setToolTip(_tip())))
            rows[0].addWidget(label)
            rows[0].addSpacing(4)
        self._buttons: dict[str, QToolButton] = {}
        for i, name in enumerate(features.FEATURES):
            button = QToolButton(self)
            button.setObjectName(f"feature_{name}")
            button.setText(features.label(name))
            button.setCheckable(True)
            button.setToolTip(features.tip(name))
            # toggled is emitted by setChecked too; clicked only by the user (and click())
            button.clicked.connect(lambda checked, n=name: self._on_button_clicked(n, checked))
            rows[0 if i < ROWS[0] else 1].addWidget(button)
            self._buttons[name] = button
        for row in rows:
            row.addStretch(1)
        self.show_features(features.DEFAULT)
        # the buttons' tooltips are the core's tips (translated when asked): asked again
        live(self, FeatureToggles._mark_last)

    def button(self, name: str) -> QToolButton:
        """The button of feature ``name`` (ValueError if there is no such feature)."""
        features.label(name)  # the core's one message for an unknown name
        return self._buttons[name]

    def chosen(self) -> tuple[str, ...]:
        """The names checked, in canonical order."""
        return tuple(n for n in features.FEATURES if self._buttons[n].isChecked())

    def show_features(self, names: Iterable[str]) -> None:
        """Check exactly ``names`` (any order; ValueError if empty or unknown) without emitting
        ``featuresChanged``."""
        chosen = features.normalize(names)
        for name, button in self._buttons.items():
            blocked = button.blockSignals(True)
            button.setChecked(name in chosen)
            button.blockSignals(blocked)
        self._mark_last()

    def _on_button_clicked(self, name: str, checked: bool) -> None:
        if not checked and not self.chosen():
            # the click has already unchecked it: put it back, as the core would refuse it
            blocked = self._buttons[name].blockSignals(True)
            self._buttons[name].setChecked(True)
            self._buttons[name].blockSignals(blocked)
            return
        self._mark_last()
        self.featuresChanged.emit(self.chosen())

    def _mark_last(self) -> None:
        """A lone checked button says in its tooltip why it will not uncheck."""
        chosen = self.chosen()
        for name, button in self._buttons.items():
            lone = chosen == (name,)
            last = translate("FeatureToggles", LAST_ONE_TIP) if lone else ""
            button.setToolTip(features.tip(name) + last)


def _tip() -> str:
    """The tooltip of the whole row and of its title, in the language chosen."""
    return translate("FeatureToggles",
                     "Inputs of the network: click to use a feature or stop using it (the first "
                     "layer has one input per feature in use)")
