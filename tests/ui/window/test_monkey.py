"""A seeded random user: 200 actions on the real window, and it must still work afterwards.

Replay a failing run with
``RELUDESK_MONKEY_SEED=<seed> uv run pytest tests/ui/window/test_monkey.py``;
the long run is ``tests/benchmarks/bench_monkey.py``.
"""

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from monkey import Monkey

from reludesk.ui import MainWindow

SEED = int(os.environ.get("RELUDESK_MONKEY_SEED", "20261126"))
ACTIONS = 200


class _Ping(QObject):
    pong = Signal()


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.panels.driver.pause()
    w.panels.compare.pause()
    if w.panels.seeds.is_running():
        w.panels.seeds.cancel()


def test_monkey_short_run(window, qtbot, tmp_path, capsys):
    print(f"monkey seed {SEED} (replay: RELUDESK_MONKEY_SEED={SEED})")
    monkey = Monkey(window, SEED, tmp_path)
    try:
        monkey.run(ACTIONS, watchdog=60.0)
    except Exception as exc:  # the seed and the last steps make the failure replayable
        tail = "\n".join(monkey.log[-15:])
        raise AssertionError(f"monkey seed {SEED} failed: {exc!r}\nlast actions:\n{tail}") from exc
    assert len(monkey.log) == ACTIONS

    # the event loop still turns: a queued signal arrives
    ping = _Ping()
    with qtbot.waitSignal(ping.pong, timeout=2000):
        QTimer.singleShot(0, ping.pong.emit)

    # training still works from the state the monkey left
    network = window.panels.network
    window.panels.driver.pause()
    network.reset_button.click()
    steps = network.driver.trainer.steps_done
    network.step_button.click()
    assert network.driver.trainer.steps_done == steps + 1

    # the last saved experiment opens back equal
    if hasattr(window, "save_experiment"):
        path = tmp_path / "final.reludesk.json"
        saved = network.config()
        window.save_experiment(path)
        window.panels.network.set_config(saved.replace(seed=(saved.seed + 1) % 1000))
        assert window.open_experiment(path)
        assert network.config() == saved
