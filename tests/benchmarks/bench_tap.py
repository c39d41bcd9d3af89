"""Paint time of one tap frame, against painting a blank widget of the same size in the same run.

    uv run python tests/benchmarks/bench_tap.py [--frames N]

Each figure is the median of N renders into a QImage (``QWidget.render``); the target is at most
2 ms a frame at 600x400. The reference, a plain QWidget painting only its background, shows what
this machine's Qt costs for nothing, so the ratio travels between machines better than the ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a benchmark needs no display

# imported after the platform is chosen, which Qt reads when the application starts
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from reludesk.core import activations
from reludesk.core.tap import TapModel
from reludesk.ui.tap.widget import TapWidget

SIZES = ((600, 400), (1200, 800))
TARGET_MS = 2.0


def median_render_ms(widget: QWidget, frames: int) -> float:
    """Median wall time of rendering ``widget`` into an image of its size, in ms."""
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    for _ in range(10):  # warm up fonts, glyph caches and the image
        widget.render(image)
    times = []
    for _ in range(frames):
        start = time.perf_counter()
        widget.render(image)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000.0


def tap_in_state(z: float, seconds: float, size: tuple[int, int]) -> TapWidget:
    """A still tap widget after ``seconds`` at ``z``: droplets, hump and drip as in the app."""
    widget = TapWidget(
        TapModel(activations.get("relu")), TapModel(activations.get("leaky_relu", alpha=0.1))
    )
    widget.set_animated(False)
    widget.resize(*size)
    widget.set_z(z)
    for _ in range(round(seconds * 60)):
        widget.advance(1.0 / 60.0)
    return widget


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=300, help="renders per figure")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    print(f"tap paint time, median of {args.frames} frames (target <= {TARGET_MS} ms at 600x400)")
    print(f"{'size':>10} {'state':>9} {'tap ms':>8} {'blank ms':>9} {'ratio':>7}")
    for size in SIZES:
        blank = QWidget()
        blank.resize(*size)
        blank_ms = median_render_ms(blank, args.frames)
        for state, z, seconds in (("flowing", 2.0, 2.0), ("clogged", -2.0, 6.0)):
            tap_ms = median_render_ms(tap_in_state(z, seconds, size), args.frames)
            print(
                f"{size[0]:>5}x{size[1]:<4} {state:>9} {tap_ms:8.3f} {blank_ms:9.3f} "
                f"{tap_ms / blank_ms:6.1f}x"
            )
    frame_rate_while_training(app)
    del app


def frame_rate_while_training(app: QApplication, seconds: float = 4.0) -> None:
    """The tap's animation rate in the real window, paused and while the network trains at
    full speed (ratio against the paused run)."""
    import tempfile

    from PySide6.QtCore import QElapsedTimer, QSettings

    from reludesk.ui import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    tap = window.panels.tap.tap_widget
    tap.set_sweeping(True)
    ticks = [0]
    original = tap.advance

    def counting(dt: float) -> None:
        ticks[0] += 1
        original(dt)

    tap.advance = counting  # type: ignore[method-assign]
    rates = {}
    for label, training in (("paused", False), ("training", True)):
        window.panels.driver.set_running(training)
        clock = QElapsedTimer()
        clock.start()
        ticks[0] = 0
        steps = window.panels.driver.trainer.steps_done
        while clock.elapsed() < seconds * 1000:
            app.processEvents()
        rates[label] = ticks[0] / (clock.elapsed() / 1000)
        done = window.panels.driver.trainer.steps_done - steps
        print(f"tap frames/s {label:>8}: {rates[label]:5.1f}"
              + (f"  (network trained {done / seconds:,.0f} steps/s)" if training else ""))
    window.panels.driver.pause()
    print(f"tap frame rate while training / paused: {rates['training'] / rates['paused']:.2f}")
    window.close()


if __name__ == "__main__":
    main()
