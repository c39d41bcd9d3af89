"""Accessible names and descriptions for every control and panel of the window, and the
keyboard's order and focus ring kept right as widgets come and go (issue 20, point 2).

Names come, in turn, from: a name already set (never overwritten); Qt itself where the visible
text is the name (a button's, a dock's title, a tab's), so that a Play button that turns into
Pause is read as it shows; the table ``NAMES`` (objectName or class name: icon-like buttons,
fields whose label is not beside them); the label just left of the control in the same row;
a plot's title; a tab page's tab text; the first phrase of the tooltip. Descriptions: Qt reads
the tooltip when there is one (and follows it when it changes); else ``DESCRIPTIONS``, else a
sentence saying how the keyboard works the control.

Later widgets (the Compare and 32 seeds tabs built when first shown, the inspector, a lesson's
buttons, a new layer's spin box) are named when :class:`Keeper` runs again: on show, whenever
focus moves inside the window, a tab widget changes page or a dock is shown. These are the
moments a keyboard or screen-reader user can meet a new widget, and they are rare (one pass
over the window costs a few milliseconds), so nothing watches every event of the application.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)
from shiboken6 import Shiboken

from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.window.focus_ring import FocusRing
from reludesk.ui.window.tab_order import control, set_tab_order, takes_tab

# objectName (or class name) -> name, where neither the control's text nor a label beside it
# says what it is
NAMES: dict[str, str] = {
    "removeLayerButton": QT_TRANSLATE_NOOP("Accessibility", "Remove the last hidden layer"),
    "addLayerButton": QT_TRANSLATE_NOOP("Accessibility", "Add a hidden layer"),
    "learningRateQuick": QT_TRANSLATE_NOOP("Accessibility", "Learning rate quick picks"),
    "speedCombo": QT_TRANSLATE_NOOP("Accessibility", "Training speed"),
    "tapWidget": QT_TRANSLATE_NOOP("Accessibility", "Water tap"),
    "explorerGuideView": QT_TRANSLATE_NOOP("Accessibility", "What to look for"),
    "explorerTabs": QT_TRANSLATE_NOOP("Accessibility", "Explorer tabs"),
    "trainerTabs": QT_TRANSLATE_NOOP("Accessibility", "Trainer tabs"),
    "SettingsColumn": QT_TRANSLATE_NOOP("Accessibility", "Network settings"),
    "activationList": QT_TRANSLATE_NOOP("Accessibility", "Activations shown"),
    "propertiesTable": QT_TRANSLATE_NOOP("Accessibility", "Properties of the activations"),
    "timelineSlider": QT_TRANSLATE_NOOP("Accessibility", "Timeline: the step shown"),
    "qt_tableview_cornerbutton": QT_TRANSLATE_NOOP("Accessibility", "Select the whole table"),
    "qt_toolbar_ext_button": QT_TRANSLATE_NOOP("Accessibility", "More tools"),
}

DESCRIPTIONS: dict[str, str] = {
    "explorerDock": QT_TRANSLATE_NOOP(
        "Accessibility", "f(z) and f′(z) of every activation side by side, and their properties"),
    "trainerDock": QT_TRANSLATE_NOOP(
        "Accessibility",
        "A small network training live on 2-D points; dead neurons greyed as they die"),
    "tapDock": QT_TRANSLATE_NOOP(
        "Accessibility",
        "The water-tap picture of a neuron: a ReLU pipe clogs below zero, a leaky one drips"),
    "lessonDock": QT_TRANSLATE_NOOP(
        "Accessibility", "The guided lesson: its text, what to watch and its steps"),
    "inspectorDock": QT_TRANSLATE_NOOP(
        "Accessibility", "One neuron looked at closely: its z over the inputs, its weights"),
    "SettingsColumn": QT_TRANSLATE_NOOP(
        "Accessibility", "The settings of the network and its data; Tab walks them top to bottom"),
}

# how the keyboard works a kind of control, for those with no tooltip
_KEYS: tuple[tuple[type, str], ...] = (
    (QAbstractSpinBox, QT_TRANSLATE_NOOP(
        "Accessibility", "Type a value, or change it with the Up and Down arrow keys")),
    (QComboBox, QT_TRANSLATE_NOOP(
        "Accessibility", "Choose with the Up and Down arrow keys; Alt+Down opens the list")),
    (QAbstractSlider, QT_TRANSLATE_NOOP(
        "Accessibility", "Move it with the arrow keys, Page Up and Page Down")),
    (QTabBar, QT_TRANSLATE_NOOP("Accessibility", "The Left and Right arrow keys choose a tab")),
    (QAbstractItemView, QT_TRANSLATE_NOOP("Accessibility", "Move through it with the arrow keys")),
    (pg.PlotWidget, QT_TRANSLATE_NOOP(
        "Accessibility", "A plot; the mouse reads values, the wheel zooms")),
    (QAbstractScrollArea, QT_TRANSLATE_NOOP(
        "Accessibility", "Scroll it with the arrow keys and Page Up / Page Down")),
)

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description
_HOOKED = "reludeskAccessibilityHooked"  # a dynamic property: the Keeper listens to it
# dynamic properties holding what name_everything set (and so may set again in a new language)
_SET_NAME, _SET_DESCRIPTION = "reludeskNameSet", "reludeskDescriptionSet"
_TAGS = re.compile(r"<[^>]+>")
_FIRST_PHRASE = re.compile(r"[:;,.(\n]")


def _tr(text: str) -> str:
    """A table entry (marked with QT_TRANSLATE_NOOP) in the language in use."""
    return translate("Accessibility", text)


def _plain(text: str) -> str:
    """Rich text and mnemonics to the words a reader hears: no tags, no '&', no trailing ':'."""
    text = _TAGS.sub("", text).replace("&nbsp;", " ").replace("&", "")
    return " ".join(text.split()).rstrip(":").strip()


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)  # "−" and "+" are marks, not names


def needs_name(widget: QWidget) -> bool:
    """True if ``widget`` has no name of its own set and either ``NAMES`` has one for it or
    Qt's (the visible text) is empty, only marks, or a combo box's current item (a value,
    not a name)."""
    if widget.accessibleName():
        return False
    if widget.objectName() in NAMES:
        return True
    iface = QAccessible.queryAccessibleInterface(widget)
    said = iface.text(NAME) if iface is not None else ""
    return isinstance(widget, QComboBox) or not _has_words(said)


def _left_neighbour(widget: QWidget) -> QWidget | None:
    """The shown sibling nearest to the left of ``widget`` in its row, or a label whose buddy
    it is."""
    parent = widget.parentWidget()
    if parent is None:
        return None
    box = widget.geometry()
    middle = box.center().y()
    best: tuple[int, QWidget] | None = None
    for other in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if other is widget or not other.isVisible() or other.isWindow():
            continue
        if isinstance(other, QLabel) and other.buddy() is widget:
            return other
        g = other.geometry()
        if g.top() <= middle <= g.bottom() and g.right() <= box.left():
            gap = box.left() - g.right()
            if best is None or gap < best[0]:
                best = (gap, other)
    return best[1] if best is not None else None


def _label_beside(widget: QWidget, levels: int = 2) -> str:
    """The text of the label just left of ``widget`` in its row, nothing between them; a
    label that has no buddy yet gets ``widget`` (Qt then tells tools the field is labelled by
    it). If a control is to its left (a spin box after its slider) or nothing is, the label
    of the row ``widget``'s container sits in (``levels`` containers up at most)."""
    near = _left_neighbour(widget)
    if isinstance(near, QLabel) and near.buddy() in (None, widget):
        near.setBuddy(widget)
        return _plain(near.text())
    parent = widget.parentWidget()
    if levels == 0 or parent is None or isinstance(parent, (QDockWidget, QStackedWidget)):
        return ""
    return _label_beside(parent, levels - 1)


def _plot_name(plot: pg.PlotWidget) -> str:
    """"Plot: Loss (log scale) over step": its title and, if it has one, its x axis."""
    item = plot.getPlotItem()
    title = _plain(item.titleLabel.text or "") or _plain(item.getAxis("left").labelText or "")
    bottom = _plain(item.getAxis("bottom").labelText or "")
    if not title:
        return ""
    if bottom and bottom not in title:
        words = translate("Accessibility", "Plot: {title} over {axis}")
        return words.format(title=title, axis=bottom)
    return translate("Accessibility", "Plot: {title}").format(title=title)


def _tab_text(widget: QWidget) -> str:
    """The tab text of a tab page (the page of a QTabWidget), else ""."""
    stack = widget.parentWidget()
    tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
    if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
        return _plain(tabs.tabText(tabs.indexOf(widget)))
    return ""


def _context(widget: QWidget) -> str:
    """The title of the dock ``widget`` is in, or ""."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return _plain(parent.windowTitle()) if parent is not None else ""


def _humane(identifier: str) -> str:
    """"explorerGuideView" -> "Explorer guide view"."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", identifier).split()
    return " ".join(words).capitalize()


def name_for(widget: QWidget) -> str:
    """A name for ``widget`` from the sources in the module's order (never empty)."""
    key = widget.objectName()
    found = NAMES.get(key) or NAMES.get(type(widget).__name__)
    if found:
        return _tr(found)
    if isinstance(widget, pg.PlotWidget) and (name := _plot_name(widget)):
        return name
    if name := _label_beside(widget) or _tab_text(widget):
        return name
    tip = _plain(widget.toolTip())
    if tip:
        phrase = _FIRST_PHRASE.split(tip, maxsplit=1)[0].strip()
        if _has_words(phrase) and len(phrase) <= 60:
            return phrase
    if isinstance(widget, QAbstractScrollArea) and (where := _context(widget)):
        return translate("Accessibility", "{panel} panel").format(panel=where)
    return _humane(key or type(widget).__name__)


def description_for(widget: QWidget) -> str:
    """A description for ``widget``: the table's, else how the keyboard works its kind."""
    key = widget.objectName()
    found = DESCRIPTIONS.get(key) or DESCRIPTIONS.get(type(widget).__name__)
    if found:
        return _tr(found)
    where = _context(widget)
    if isinstance(widget, QTabWidget):
        pages = ", ".join(_plain(widget.tabText(i)) for i in range(widget.count()))
        words = translate("Accessibility", "Pages: {pages}. Ctrl+Tab turns to the next")
        return words.format(pages=pages)
    if isinstance(widget, QDockWidget):
        words = translate("Accessibility", "The {panel} panel")
        return words.format(panel=_plain(widget.windowTitle()))
    if isinstance(widget, QAbstractButton):
        if widget.isCheckable():
            return translate("Accessibility", "Space switches it on or off")
        return translate("Accessibility", "Space presses it")
    if page := _tab_text(widget):
        if where:
            words = translate("Accessibility", "The {page} page of the {panel} panel")
            return words.format(page=page, panel=where)
        return translate("Accessibility", "The {page} page").format(page=page)
    for kind, words in _KEYS:
        if isinstance(widget, kind):
            return _tr(words)
    if where:
        return translate("Accessibility", "Part of the {panel} panel").format(panel=where)
    return translate("Accessibility", "Part of the window")


def is_named_kind(widget: QWidget) -> bool:
    """True for the widgets that must carry a name and description: controls (Tab stops,
    buttons) and panels (docks, tab pages, plots)."""
    if isinstance(widget, QLabel):
        return False  # read as the text they show
    return (
        (takes_tab(widget) and control(widget) is widget)
        or isinstance(widget, (QAbstractButton, QDockWidget, pg.PlotWidget, QTabWidget, QTabBar))
        or bool(_tab_text(widget))
    )


def name_everything(root: QWidget) -> int:
    """Give every shown control and panel under ``root`` (and ``root``) that tools would read
    without a name or a description one (:func:`name_for`, :func:`description_for`); names
    and descriptions already there are kept. Changes the widgets' accessibleName and
    accessibleDescription; returns how many widgets it changed."""
    changed = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not is_named_kind(widget):
            continue  # a hidden one is named when it shows: its label is placed by then
        touched = False
        if needs_name(widget):
            widget.setAccessibleName(name_for(widget))
            widget.setProperty(_SET_NAME, widget.accessibleName())
            touched = True
        iface = QAccessible.queryAccessibleInterface(widget)
        # a dock's interface reads no description at all: the one set is kept all the same
        said = widget.accessibleDescription() or (iface.text(DESCRIPTION) if iface else "")
        if not said:
            widget.setAccessibleDescription(description_for(widget))
            widget.setProperty(_SET_DESCRIPTION, widget.accessibleDescription())
            touched = True
        changed += touched
    return changed


def forget_names(root: QWidget) -> int:
    """Take back every name and description :func:`name_everything` set under ``root`` (after
    a change of language: the labels and tooltips they came from changed too). Returns how
    many widgets it cleared; those set by others (even over one set here) are kept."""
    cleared = 0
    for widget in [root, *root.findChildren(QWidget)]:
        named, described = widget.property(_SET_NAME), widget.property(_SET_DESCRIPTION)
        if not (named or described):
            continue
        if named and widget.accessibleName() == named:
            widget.setAccessibleName("")
        if described and widget.accessibleDescription() == described:
            widget.setAccessibleDescription("")
        widget.setProperty(_SET_NAME, "")
        widget.setProperty(_SET_DESCRIPTION, "")
        cleared += 1
    return cleared


class Keeper(QObject):
    """Keeps a window's names, Tab order and focus ring up to date (see the module's notes);
    one pass per burst of triggers, run from the event loop."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.ring = FocusRing(window)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update_now)
        window.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def schedule(self) -> None:
        """Run :meth:`update_now` once the event loop is free (many asks, one pass)."""
        self._timer.start()

    def pending(self) -> bool:
        """True while a pass is asked for and has not run yet."""
        return self._timer.isActive()

    def update_now(self) -> None:
        """Name what is new, chain the Tab order, hook new tab widgets and docks."""
        name_everything(self._window)
        set_tab_order(self._window)
        for tabs in self._window.findChildren(QTabWidget):
            self._hook(tabs, tabs.currentChanged)
        for dock in self._window.findChildren(QDockWidget):
            self._hook(dock, dock.visibilityChanged)

    def _hook(self, widget: QWidget, signal: object) -> None:
        # marked on the widget itself: a set of ids would mistake a new widget for a gone one
        if not widget.property(_HOOKED):
            widget.setProperty(_HOOKED, True)
            signal.connect(self.schedule)  # type: ignore[attr-defined]

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not Shiboken.isValid(self._window):
            return  # the application outlives the window it was told of
        if new is not None and new.window() is self._window:
            self.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self.schedule()
        elif watched is self._window and event.type() == QEvent.Type.LanguageChange:
            forget_names(self._window)  # named again, from the new texts, in the next pass
            self.schedule()
        elif event.type() == QEvent.Type.ShortcutOverride and self._space_for_button(event):
            event.accept()  # the button's own key, not the window's Play
            return True
        return False

    def _space_for_button(self, event: QEvent) -> bool:
        """True for Space while a button has focus that the keyboard gave it: Space presses
        it. After a click (no keyboard focus change) Space stays the window's Play key."""
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Space:
            return False
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        focus = QApplication.focusWidget()
        keyboard = self._window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        return keyboard and isinstance(focus, QAbstractButton) and focus.window() is self._window


def install(window: QWidget) -> Keeper:
    """Name ``window``'s controls and panels, order its Tab chain and give it a focus ring,
    now and whenever widgets appear (:class:`Keeper`, owned by the window). One keeper per
    window: asked again, the one there runs a pass and is returned."""
    keeper = window.findChild(Keeper, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if keeper is None:
        keeper = Keeper(window)
    keeper.update_now()
    return keeper
