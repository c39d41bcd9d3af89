"""The network view seen by accessibility tools (its nodes as list items) and driven by keys."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible

from reludesk.core import features
from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.ui.trainer.netview import accessible

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def interface(view):
    iface = QAccessible.queryAccessibleInterface(view)
    assert isinstance(iface, accessible.ViewAccessible)  # the factory answered, not Qt's own
    return iface


def child_named(iface, prefix):
    for i in range(iface.childCount()):
        if iface.child(i).text(NAME).startswith(prefix):
            return iface.child(i)
    raise AssertionError(f"no child named {prefix}...")


def test_children_are_the_inputs_and_every_neuron(make_view):
    trainer = Trainer(Config(hidden=(3, 5), seed=1))
    view = make_view(trainer)
    iface = interface(view)
    # seven candidate inputs, 3 + 5 hidden neurons, one output
    assert iface.childCount() == len(features.FEATURES) + 3 + 5 + 1
    names = [iface.child(i).text(NAME) for i in range(iface.childCount())]
    assert names[0] == f"Input {features.label(features.FEATURES[0])}, in use"
    assert names[3].endswith("not in use")  # x2² is offered, not used by default
    assert names[7].startswith("Hidden layer 1, neuron 1: ")
    assert names[10].startswith("Hidden layer 2, neuron 1: ")
    assert names[-1] == "Output neuron"
    assert len(set(names)) == len(names)
    for i in range(iface.childCount()):
        item = iface.child(i)
        assert item.role() == QAccessible.Role.ListItem
        assert item.parent() is iface and iface.indexOfChild(item) == i
        assert item.text(DESCRIPTION)


def test_view_names_and_describes_itself(make_view):
    view = make_view(Trainer(Config(hidden=(2,), seed=0)))
    iface = interface(view)
    assert iface.text(NAME) == accessible.VIEW_NAME
    assert "arrow keys" in iface.text(DESCRIPTION)
    assert iface.role() == QAccessible.Role.List


def test_rect_is_the_neuron_on_screen(make_view):
    view = make_view(Trainer(Config(hidden=(4,), seed=0)))
    iface = interface(view)
    item = child_named(iface, "Hidden layer 1, neuron 3")
    local = view.neuron_rect(0, 2).toAlignedRect()
    assert item.rect().topLeft() == view.mapToGlobal(local.topLeft())
    assert item.rect().size() == local.size()
    centre = item.rect().center()
    assert iface.childAt(centre.x(), centre.y()) is item


def test_killed_neuron_is_named_dead_with_its_share(make_view):
    trainer = Trainer(Config(hidden=(4,), activation="relu", seed=0))
    view = make_view(trainer)
    iface = interface(view)
    before = child_named(iface, "Hidden layer 1, neuron 2").text(NAME)
    assert "dead" not in before
    trainer.kill_unit(0, 1)
    view.refresh(trainer.evaluate())
    after = child_named(iface, "Hidden layer 1, neuron 2").text(NAME)
    assert view.unit_state(0, 1) == 2
    assert after == "Hidden layer 1, neuron 2: dead (no gradient), fires on 0% of training inputs"
    assert "nothing can bring it back" in child_named(iface, "Hidden layer 1, neuron 2").text(
        DESCRIPTION)  # the view's tooltip: first-layer deaths are for good


def test_leaky_unit_pushed_below_zero_is_inactive_not_dead(make_view):
    trainer = Trainer(Config(hidden=(4,), activation="leaky_relu", seed=0))
    view = make_view(trainer)
    trainer.kill_unit(0, 0)
    view.refresh(trainer.evaluate())
    name = child_named(interface(view), "Hidden layer 1, neuron 1").text(NAME)
    assert name.startswith("Hidden layer 1, neuron 1: inactive but alive (")
    assert "dead" not in name


def test_state_change_is_announced_once_for_that_neuron(make_view, monkeypatch):
    trainer = Trainer(Config(hidden=(4,), seed=0))
    view = make_view(trainer)
    sent = []
    monkeypatch.setattr(accessible, "listening", lambda: True)
    monkeypatch.setattr(accessible, "send", lambda ev: sent.append((ev.type(), ev.child())))
    view.refresh(trainer.evaluate())
    assert sent == []  # nothing changed: nothing to say
    trainer.kill_unit(0, 2)
    view.refresh(trainer.evaluate())
    index = len(features.FEATURES) + 2
    assert sent == [(QAccessible.Event.NameChanged, index)]
    view.refresh(trainer.evaluate())
    assert len(sent) == 1


def test_tab_gives_focus_arrows_move_and_enter_inspects(make_view, qtbot):
    trainer = Trainer(Config(hidden=(3, 2), seed=0))
    view = make_view(trainer)
    assert view.focusPolicy() == Qt.FocusPolicy.TabFocus  # a click leaves the keys where they were
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert view.cursor_node() == (1, 0)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.cursor_node() == (1, 1) and view.selected() == (0, 1)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # to the nearer of layer 2's two units
    assert view.cursor_node()[0] == 2 and view.selected() == (1, view.cursor_node()[1])
    with qtbot.waitSignal(view.neuronClicked) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [1, view.cursor_node()[1]]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected() is None
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.cursor_node()[0] == 0
    with qtbot.waitSignal(view.featureClicked) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert blocker.args == [features.FEATURES[view.cursor_node()[1]]]


def test_focused_item_follows_the_keys(make_view, qtbot):
    view = make_view(Trainer(Config(hidden=(3,), seed=0)))
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_End)
    focus = interface(view).focusChild()
    assert focus.text(NAME).startswith("Hidden layer 1, neuron 3")
    assert focus.state().focused and focus.state().selected


def test_cursor_ring_is_painted_only_with_focus(make_view, qtbot):
    from reludesk.ui import theme

    view = make_view(Trainer(Config(hidden=(3,), seed=0)))
    rect = view.neuron_rect(0, 0).toAlignedRect().adjusted(-5, -5, 5, 5)
    ring = theme.focus_colour()

    def ring_pixels() -> int:
        image = view.grab().toImage()
        top = rect.top()
        return sum(
            image.pixelColor(QPoint(x, top)).name() == ring.name()
            for x in range(rect.left(), rect.right())
        )

    assert ring_pixels() == 0
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert ring_pixels() > rect.width() // 4  # dashed: about half its length


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_Return])
def test_view_keeps_its_keys_from_window_shortcuts(make_view, qtbot, key):
    from PySide6.QtGui import QAction, QKeySequence

    view = make_view(Trainer(Config(hidden=(3,), seed=0)))
    fired = []
    action = QAction(view)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: fired.append(True))
    view.addAction(action)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, key)
    assert fired == []
