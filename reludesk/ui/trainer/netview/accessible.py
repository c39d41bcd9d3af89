"""The network view as accessibility tools see it: a list whose items are its nodes.

The view paints its neurons itself, so Qt knows nothing of them; a screen reader would hear one
blank picture. :class:`ViewAccessible` (installed for every ``NetworkView`` by :func:`install`
through ``QAccessible.installFactory``) gives the view one child per node, in the view's own
reading order: the seven candidate inputs (``core.features``: used or only offered), the
hidden neurons layer by layer, then the output. A hidden neuron's name tells its layer, its
index, its state in the view's words (``glyphs.STATE_NAMES``, the legend's reason) and its
active share, e.g. "Hidden layer 1, neuron 3: dead (no gradient), fires on 0% of training
inputs"; its description is the view's tooltip (computed only when a tool asks). The rect is
the node's square on screen.

Nodes are addressed as ``(col, unit)``: col 0 the candidate inputs (unit = index in
``features.FEATURES``), cols 1..n the hidden layers, the last the output.

Lifetime: Qt keeps the interfaces it is handed (its cache holds raw pointers), while Python
frees an object no one refers to. So the view keeps its interface, the interface keeps every
item it ever made (a pool that only grows with the largest network shown), and items are
registered with Qt once, by id, and deleted through Qt when the view goes.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from reludesk.core import features
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.trainer.netview.glyphs import DEAD, INACTIVE, SATURATED, STATE_NAMES
from reludesk.ui.trainer.netview.text import FLOOR

if TYPE_CHECKING:
    from reludesk.ui.trainer.netview.view import NetworkView

Node = tuple[int, int]  # (col, unit): col 0 candidate inputs, then hidden layers, then output

VIEW_NAME = QT_TRANSLATE_NOOP("NetworkViewAccessible", "Network: neurons and weights")
VIEW_DESCRIPTION = QT_TRANSLATE_NOOP(
    "NetworkViewAccessible",
    "Every input and neuron with its state. Tab into it; the arrow keys move between neurons, "
    "Enter opens the inspector on one (or toggles an input), Escape clears the selection")
# why a state is what it is, in the legend's short words (text._ITEMS)
_REASONS = {
    DEAD: QT_TRANSLATE_NOOP("NetworkViewAccessible", "no gradient"),
    INACTIVE: QT_TRANSLATE_NOOP("NetworkViewAccessible", "z < 0 everywhere, gradient still leaks"),
    SATURATED: QT_TRANSLATE_NOOP("NetworkViewAccessible", "|f′| < {floor} on every input"),
}
# a step unit is dead in the gradient sense only
_STEP_DEAD = QT_TRANSLATE_NOOP("NetworkViewAccessible", "f′ = 0, may still fire")


def name_view(view: QWidget) -> None:
    """Give ``view`` its accessible name and description (``VIEW_NAME``, ``VIEW_DESCRIPTION``)
    in the language in use."""
    view.setAccessibleName(translate("NetworkViewAccessible", VIEW_NAME))
    view.setAccessibleDescription(translate("NetworkViewAccessible", VIEW_DESCRIPTION))


def nodes(view: NetworkView) -> list[Node]:
    """Every node of ``view`` in reading order: the candidate inputs, each hidden layer top to
    bottom, the output(s)."""
    sizes = view.trainer().model.layer_sizes
    out = [(0, i) for i in range(len(features.FEATURES))]
    for col, n in enumerate(sizes[1:], start=1):
        out.extend((col, unit) for unit in range(n))
    return out


def node_name(view: NetworkView, node: Node) -> str:
    """What a tool reads for ``node``: an input's label and whether it is used, a hidden
    neuron's layer, index, state and active share as the view last drew them, the output."""
    col, unit = node
    sizes = view.trainer().model.layer_sizes
    if col == 0:
        name, label = features.FEATURES[unit], features.label(features.FEATURES[unit])
        if view.input_state(name) == "used":
            return translate("NetworkViewAccessible", "Input {label}, in use").format(label=label)
        return translate("NetworkViewAccessible", "Input {label}, not in use").format(label=label)
    if col == len(sizes) - 1:
        if sizes[-1] == 1:
            return translate("NetworkViewAccessible", "Output neuron")
        return translate("NetworkViewAccessible", "Output neuron {unit}").format(unit=unit + 1)
    layer = col - 1
    state = view.unit_state(layer, unit)
    reason = _REASONS.get(state)
    if state == DEAD and view.trainer().config.activation == "step":
        reason = _STEP_DEAD
    words = translate("NetworkView", STATE_NAMES[state])  # the view's own word, as it shows it
    if reason:
        words += f" ({translate('NetworkViewAccessible', reason).format(floor=FLOOR)})"
    share = view.active_share(layer, unit)
    fires = f"{share:.0%}"
    if not math.isfinite(share):
        fires = translate("NetworkViewAccessible", "an unknown share")
    return translate(
        "NetworkViewAccessible",
        "Hidden layer {layer}, neuron {unit}: {state}, fires on {share} of training inputs",
    ).format(layer=col, unit=unit + 1, state=words, share=fires)


def node_description(view: NetworkView, node: Node) -> str:
    """The view's own tooltip of ``node`` (a hidden neuron's computes a gradient: asked for
    only when a tool reads it), and what the keyboard does there."""
    col, unit = node
    if col == 0:
        keys = translate("NetworkViewAccessible", "Enter does what a click does")
        return f"{view.input_tooltip(features.FEATURES[unit])}\n{keys}"
    tip = view.tooltip_text(col - 1, unit)
    last = len(view.trainer().model.layer_sizes) - 1
    if col == last:
        return tip
    return f"{tip}\n" + translate("NetworkViewAccessible", "Press Enter to inspect it")


def node_rect(view: NetworkView, node: Node) -> QRect:
    """The square of ``node`` in ``view``'s coordinates."""
    col, unit = node
    if col == 0:
        return view.input_rect(features.FEATURES[unit]).toAlignedRect()
    return view.neuron_rect(col - 1, unit).toAlignedRect()


class NodeAccessible(QAccessibleInterface):
    """One node of the view (found by its place in :func:`nodes`, read afresh on each ask)."""

    def __init__(self, owner: ViewAccessible, index: int) -> None:
        super().__init__()
        self._owner = owner
        self._index = index

    def _node(self) -> Node | None:
        found = self._owner.nodes()
        return found[self._index] if self._index < len(found) else None

    def isValid(self) -> bool:
        return self._node() is not None

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self._owner.window()

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list:
        return []

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def parent(self) -> QAccessibleInterface:
        return self._owner

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, t: QAccessible.Text) -> str:
        node = self._node()
        if node is None:
            return ""
        if t == QAccessible.Text.Name:
            return node_name(self._owner.view(), node)
        if t == QAccessible.Text.Description:
            return node_description(self._owner.view(), node)
        return ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass  # a node's words are the view's, not a tool's to change

    def rect(self) -> QRect:
        node = self._node()
        if node is None:
            return QRect()
        view = self._owner.view()
        local = node_rect(view, node)
        return QRect(view.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        s = QAccessible.State()
        node = self._node()
        if node is None:
            s.invalid = True
            return s
        view = self._owner.view()
        s.focusable = s.selectable = True
        col, unit = node
        s.selected = view.selected() == (col - 1, unit)
        s.focused = view.hasFocus() and view.cursor_node() == node
        s.invisible = not view.isVisible()
        return s


class ViewAccessible(QAccessibleWidget):
    """The network view: a list of its nodes (:class:`NodeAccessible`)."""

    def __init__(self, view: NetworkView) -> None:
        super().__init__(view, QAccessible.Role.List)
        self._view = view
        self._pool: list[NodeAccessible] = []
        self._ids: list[int] = []
        view.destroyed.connect(self._forget)

    def view(self) -> NetworkView:
        return self._view

    def nodes(self) -> list[Node]:
        return nodes(self._view)

    def item(self, index: int) -> NodeAccessible:
        """The pooled item of node ``index``, made and registered with Qt the first time."""
        while len(self._pool) <= index:
            item = NodeAccessible(self, len(self._pool))
            self._pool.append(item)
            self._ids.append(QAccessible.registerAccessibleInterface(item))
        return self._pool[index]

    def childCount(self) -> int:
        return len(self.nodes())

    def child(self, index: int) -> QAccessibleInterface | None:
        return self.item(index) if 0 <= index < self.childCount() else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for i, item in enumerate(self._pool[: self.childCount()]):
            if item is child:
                return i
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        local = self._view.mapFromGlobal(QPoint(x, y))
        for i, node in enumerate(self.nodes()):
            if node_rect(self._view, node).contains(local):
                return self.item(i)
        return None

    def focusChild(self) -> QAccessibleInterface | None:
        node = self._view.cursor_node()
        if not self._view.hasFocus() or node is None or node not in self.nodes():
            return None
        return self.item(self.nodes().index(node))

    def _forget(self) -> None:
        # Qt deletes what it was handed; Python then holds only spent wrappers
        for uid in self._ids:
            QAccessible.deleteAccessibleInterface(uid)
        self._ids.clear()


_VIEW_CLASS: list[type] = []


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if _VIEW_CLASS and isinstance(obj, _VIEW_CLASS[0]):
        return obj.accessible_interface()  # type: ignore[attr-defined]
    return None


def install(view_class: type[QWidget]) -> None:
    """Make Qt ask ``view_class`` widgets for their interface (once per process)."""
    if not _VIEW_CLASS:
        _VIEW_CLASS.append(view_class)
        QAccessible.installFactory(_factory)


def listening() -> bool:
    """True when an accessibility tool is connected (only then are changes announced)."""
    return QAccessible.isActive()


def send(event: QAccessibleEvent) -> None:
    """Hand ``event`` to the tools (one place, so a test can listen)."""
    QAccessible.updateAccessibility(event)


def announce(view: NetworkView, changed: list[Node], event: QAccessible.Event) -> None:
    """Tell the tools that ``changed`` nodes of ``view`` changed (``event``: NameChanged when
    a state did, Focus / Selection when the keyboard moved), by their place in :func:`nodes`."""
    if not changed or not listening():
        return
    order = {node: i for i, node in enumerate(nodes(view))}
    for node in changed:
        if node in order:
            ev = QAccessibleEvent(view, event)
            ev.setChild(order[node])
            send(ev)
