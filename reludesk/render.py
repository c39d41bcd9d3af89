"""Render a lesson's run offscreen, for slides: a GIF, an MP4 or a series of PNG files.

    python -m reludesk.render --lesson dying_relu --burst-at 300 --steps 3000 \\
        --panel network --out burst.gif [--size 800x600] [--fps 15] [--every N]

No window opens: Qt runs on its offscreen platform (set before Qt starts, unless
QT_QPA_PLATFORM says otherwise) and the widgets are painted into pictures. The lesson's Config
is trained for ``--steps`` steps as the window trains it; at ``--burst-at`` comes a burst
(``Trainer.burst``: 100 steps at learning rate 1, cut short by the end of the run), and a frame
is grabbed every ``--every`` steps (by default so that the video lasts about 10 s at ``--fps``):
frames at steps 0, every, 2 every, ... and at the last step. A caption strip at the foot of
each frame names the lesson and the step, in red while the burst runs.

What is drawn (``--panel``): network (the network view), output (the output plot), tap (the
water tap, linked to the unit the lesson follows), loss (the loss plot), dead (the dead share
plot), window (the whole main window with the lesson open). The panels are the app's own, wired
as the window wires them, in the light theme; settings are neither read nor written.

The output's suffix says the format: .gif; .mp4 (with the extra ``reludesk[video]``); .png for
a series ``name_0000.png``, ``name_0001.png``, ... beside it; or an existing folder (or a path
ending in a slash) for ``frame_0000.png``, ... in it. Bad arguments exit with status 2 and one
line naming the problem and what is allowed; a progress bar goes to stderr when it is a terminal.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reludesk.core import lessons
from reludesk.core.experiment import BURST_LR, BURST_STEPS
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

PANELS = ("network", "output", "tap", "loss", "dead", "window")
DEFAULT_SIZE = (800, 600)
WINDOW_SIZE = (1280, 720)  # the whole window's default: a projector's size, above its least
DEFAULT_FPS = 15
SECONDS = 10.0  # what --every aims at by default: a video of about ten seconds
MIN_SIDE, MAX_SIDE = 64, 3840
MAX_FPS = 60
MAX_FRAMES = 3000  # 200 s at 15 fps: more is no slide, and the frames' memory stays bounded
MAX_STEPS = 1_000_000

Progress = Callable[[int, int, str], None]  # (done, total, "training" or "writing")
# the progress bar's words for those, translated where the bar is drawn
STAGES = {"training": QT_TRANSLATE_NOOP("Render", "training"),
          "writing": QT_TRANSLATE_NOOP("Render", "writing")}


class RenderError(ValueError):
    """A bad argument: the message names it and what is allowed, in one line."""


def default_every(steps: int, fps: float) -> int:
    """Steps between frames so that ``steps`` make about ``SECONDS`` of video at ``fps``."""
    return max(1, round(steps / (SECONDS * fps)))


def default_size(panel: str) -> tuple[int, int]:
    """(width, height) of a frame when none is asked for."""
    return WINDOW_SIZE if panel == "window" else DEFAULT_SIZE


def frame_steps(steps: int, every: int) -> list[int]:
    """The steps a frame is grabbed at: 0, every, 2 every, ..., and ``steps`` itself."""
    marks = list(range(0, steps + 1, every))
    return marks if marks[-1] == steps else [*marks, steps]


def parse_size(text: str) -> tuple[int, int]:
    """"800x600" -> (800, 600); RenderError naming the allowed form otherwise."""
    parts = text.lower().replace("×", "x").split("x")
    try:
        width, height = (int(p) for p in parts)
    except ValueError:
        raise RenderError(translate(
            "Render", "--size must be WIDTHxHEIGHT in pixels, e.g. 800x600, got {text}").format(
                text=repr(text))) from None
    return check_size((width, height))


def check_size(size: tuple[int, int]) -> tuple[int, int]:
    width, height = (int(v) for v in size)
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise RenderError(translate(
            "Render", "--size sides must be {low} to {high} pixels, got {width}x{height}").format(
                low=MIN_SIDE, high=MAX_SIDE, width=width, height=height))
    return width, height


def output_files(out: Path) -> tuple[str, Path]:
    """(format, the path to write) for ``out``: ("gif", out), ("mp4", out), or ("png",
    ``name.png``) whose frames are ``name_0000.png``, ...; a folder gives ``frame.png`` in it.
    RenderError for a folder that does not exist, a suffix that is no format, MP4 without the
    extra."""
    from reludesk.ui.widgets.frames import MP4_HINT, mp4_available

    text = str(out)
    if out.is_dir() or text.endswith(("/", os.sep)):
        if not out.is_dir():
            raise RenderError(translate("Render", "--out: the folder {folder} does not exist")
                              .format(folder=text))
        return "png", out / "frame.png"
    suffix = out.suffix.lower()
    if suffix not in (".gif", ".mp4", ".png"):
        raise RenderError(translate(
            "Render", "--out must end in .gif, .mp4 or .png, or be a folder, got {text}").format(
                text=repr(text)))
    folder = out.parent
    if not folder.is_dir():
        raise RenderError(translate("Render", "--out: the folder {folder} does not exist")
                          .format(folder=folder))
    if suffix == ".mp4" and not mp4_available():
        raise RenderError(f"--out {out.name}: {translate('Frames', MP4_HINT)}")
    return suffix[1:], out


def check(lesson: str, burst_at: int | None, steps: int, panel: str, fps: float,
          every: int | None) -> int:
    """Check the arguments (RenderError naming the first bad one); returns ``every``."""
    if lesson not in lessons.names():
        raise RenderError(translate(
            "Render", "--lesson: unknown lesson {lesson}; choose one of: {names}").format(
                lesson=repr(lesson), names=", ".join(lessons.names())))
    if panel not in PANELS:
        raise RenderError(translate(
            "Render", "--panel: unknown panel {panel}; choose one of: {names}").format(
                panel=repr(panel), names=", ".join(PANELS)))
    if not 1 <= steps <= MAX_STEPS:
        raise RenderError(translate("Render", "--steps must be 1 to {most}, got {steps}").format(
            most=f"{MAX_STEPS:,}", steps=steps))
    if burst_at is not None and not 0 <= burst_at <= steps:
        raise RenderError(translate(
            "Render", "--burst-at must be 0 to --steps ({steps}), got {burst_at}").format(
                steps=steps, burst_at=burst_at))
    if not (math.isfinite(fps) and 1 <= fps <= MAX_FPS):
        raise RenderError(translate("Render", "--fps must be 1 to {most}, got {fps}").format(
            most=MAX_FPS, fps=f"{fps:g}"))
    every = default_every(steps, fps) if every is None else every
    if every < 1:
        raise RenderError(translate("Render", "--every must be at least 1 step, got {every}")
                          .format(every=every))
    frames = len(frame_steps(steps, every))
    if frames > MAX_FRAMES:
        least = math.ceil(steps / (MAX_FRAMES - 1))
        raise RenderError(translate(
            "Render", "--every {every} makes {frames} frames, at most {most}: take --every "
            "{least} or more").format(every=every, frames=f"{frames:,}",
                                      most=f"{MAX_FRAMES:,}", least=least))
    return every


def render(lesson: str, burst_at: int | None, steps: int, panel: str, out: str | Path,
           size: tuple[int, int] | None = None, fps: float = DEFAULT_FPS,
           every: int | None = None, progress: Progress | None = None,
           caption: bool = True) -> Path:
    """Train lesson ``lesson``'s network ``steps`` steps (a burst at step ``burst_at``, None for
    none), grab ``panel`` every ``every`` steps into frames of ``size`` (width, height; None:
    ``WINDOW_SIZE`` for the window, ``DEFAULT_SIZE`` for a panel), the caption in a strip at
    their foot, and write them to ``out`` at ``fps``; returns the file written (the first PNG
    of a series).

    Arguments are checked first (RenderError, nothing written). Makes a QApplication on the
    offscreen platform if none runs; one that runs is used as it is. ``progress(done, total,
    what)`` follows the frames grabbed ("training") and written ("writing"). Writing problems
    raise FileError (an OSError) in plain words naming the file.
    """
    from reludesk.ui.widgets import frames as frame_files

    out = Path(out)
    every = check(lesson, burst_at, steps, panel, fps, every)
    size = check_size(size if size is not None else default_size(panel))
    _, target_path = output_files(out)
    app = _application()
    marks = frame_steps(steps, every)
    store = frame_files.FrameStore()
    room = (size[0], size[1] - (caption_height(size) if caption else 0))
    scene = _Scene(lessons.get(lesson), panel, room, fps)
    try:
        for k, (picture, mark) in enumerate(scene.frames(marks, burst_at), start=1):
            text = _caption_text(scene.lesson, mark, scene.bursting) if caption else ""
            image = _compose(picture, size, text, scene.bursting)
            if not store.add(_bgrx(image), image.width(), image.height()):
                raise RenderError(translate(
                    "Render", "the frames filled {mb} MB at frame {k}: take a larger --every or "
                    "a smaller --size").format(mb=store.max_bytes // 1_000_000, k=k))
            if progress is not None:
                progress(k, len(marks), "training")
    finally:
        scene.close()
        app.processEvents()
    written = frame_files.write(
        store.images(), len(store), target_path, fps,
        None if progress is None else lambda done, total: progress(done, total, "writing"),
    )
    if target_path.suffix.lower() == ".png":
        return frame_files.png_names(written, len(store))[0]
    return written


class _Scene:
    """The lesson's network trained by the app's own driver, and the widget to grab."""

    def __init__(self, lesson: lessons.Lesson, panel: str, size: tuple[int, int],
                 fps: float) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        from reludesk.ui import theme
        from reludesk.ui.window import lesson_setup
        from reludesk.ui.window.docks import build_panels

        self.dt = 1.0 / fps
        self.lesson = lesson
        self.bursting = False
        self._host = QWidget()  # the panels' parent: never shown
        colours = theme.PLOT_COLOURS[theme.resolve("light")]
        if panel == "window":
            from reludesk.ui.window.main_window import MainWindow

            self._window = MainWindow(lesson.config)
            self._window.open_lesson(lesson.name)
            self.panels = self._window.panels
            shown: QWidget = self._window
        else:
            self._window = None
            self.panels = build_panels(lesson.config, self._host)
            self.panels.network.apply_theme(colours)
            self.panels.tap.apply_theme(colours)
            self.panels.link.set_auto(lesson_setup.tap_rule(lesson))
            network = self.panels.network
            widget = {
                "network": network.network_view,
                "output": network.boundary.plot,
                "loss": network.history_plots.loss_plot,
                "dead": network.history_plots.dead_plot,
                "tap": self.panels.tap,
            }[panel]
            shown = QWidget()  # a frame of the size asked for, holding the panel alone
            layout = QVBoxLayout(shown)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(widget)  # taken out of the trainer panel's layout
        self.tap = self.panels.tap.tap_widget
        self.tap.set_animated(False)  # the tap moves on by one frame's time per frame
        self.shown = shown
        # painted into pictures only: no window appears, whatever the platform
        shown.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        shown.resize(*size)
        shown.show()
        if self._window is not None:
            shown.resize(*size)  # its first show fits the docks to the size

    def frames(self, marks: list[int], burst_at: int | None) -> Iterator[tuple[QImage, int]]:
        """(picture, step) at every step of ``marks``, the network trained in between, with a
        burst from ``burst_at`` on."""
        from PySide6.QtWidgets import QApplication

        driver = self.panels.driver
        trainer = driver.trainer
        burst_end = -1 if burst_at is None else min(burst_at + BURST_STEPS, marks[-1])
        stops = sorted({*marks, *(() if burst_at is None else (burst_at, burst_end))})
        done, rate = 0, trainer.config.learning_rate
        wanted = set(marks)
        for stop in stops:
            if stop > done:
                driver.step_once(stop - done)
                done = trainer.steps_done
                if done < stop:  # diverged: the picture stays as it stopped
                    done = stop
            if burst_at is not None and stop == burst_end and self.bursting:
                trainer.set_learning_rate(rate)
                self.bursting = False
            if burst_at is not None and stop == burst_at and burst_end > burst_at:
                trainer.mark_burst(burst_end - burst_at, BURST_LR)
                trainer.set_learning_rate(BURST_LR)
                self.bursting = True
            if stop in wanted:
                self.panels.network.refresh_plots_now()
                self.panels.link.refresh()
                self.tap.advance(self.dt)
                QApplication.processEvents()  # layouts and texts follow the new numbers
                yield self.shown.grab().toImage(), stop

    def close(self) -> None:
        self.panels.stop()
        self.shown.hide()
        for widget in (self.shown, self._host):
            widget.deleteLater()


def _application() -> Any:
    """The running QApplication, or a new one on the offscreen platform, in the light theme,
    with settings in a temporary folder (the user's are neither read nor written)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtCore
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    QtCore.qInstallMessageHandler(_quiet_platform)
    app = QApplication([sys.argv[0] if sys.argv else "reludesk"])
    app.setOrganizationName("reludesk")
    app.setApplicationName("reludesk")
    app.setStyle("Fusion")
    folder = tempfile.mkdtemp(prefix="reludesk-render-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, folder)
    from reludesk.ui import theme

    theme.apply_app_theme("light")
    return app


def _quiet_platform(kind: Any, _context: Any, message: str) -> None:
    """Qt's messages to stderr, less the offscreen platform's note that it cannot pass size
    hints to a window manager (it has none): a render has nothing to do with it."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(f"{message}\n")


def caption_height(size: tuple[int, int]) -> int:
    """Pixels of the caption strip under the picture of a frame of ``size``."""
    return _caption_px(size) + 10


def _caption_px(size: tuple[int, int]) -> int:
    return max(11, min(size) // 32)


def _compose(picture: QImage, size: tuple[int, int], text: str, bursting: bool) -> QImage:
    """A frame of exactly ``size``: ``picture`` on top (scaled down to fit, if the widget
    would not shrink to the size asked: the main window has a least size), and ``text`` in a
    strip below it ("" for none), red while the burst runs."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    width, height = size
    strip = caption_height(size) if text else 0
    frame = QImage(width, height, QImage.Format.Format_RGB32)
    frame.fill(QColor("white"))
    room = QRect(0, 0, width, height - strip)
    if picture.size() != room.size():
        picture = picture.scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(frame)
    painter.drawImage(QPoint((width - picture.width()) // 2, 0), picture)
    if text:
        font = QFont()
        font.setPixelSize(_caption_px(size))
        painter.setFont(font)
        painter.setPen(QColor("#c0392b") if bursting else QColor("#303030"))
        painter.drawText(QRect(8, height - strip, width - 16, strip),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    return frame


def _caption_text(lesson: lessons.Lesson, step: int, bursting: bool) -> str:
    title = translate("Lessons", lesson.title)  # marked where the lesson is defined
    if bursting:
        return translate("Render", "{title}  ·  step {step}  ·  burst: learning rate {rate}"
                         ).format(title=title, step=f"{step:,}", rate=f"{BURST_LR:g}")
    return translate("Render", "{title}  ·  step {step}").format(title=title, step=f"{step:,}")


def _bgrx(image: QImage) -> bytes:
    """The pixels of ``image`` as bytes B, G, R, X, row after row with no padding."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    bits = bytes(image.constBits())
    if stride == width * 4:
        return bits
    return b"".join(bits[y * stride: y * stride + width * 4] for y in range(height))


# --- command line -----------------------------------------------------------------------------
class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line, exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{_error_line(self.prog, message)}\n")


def _one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _error_line(prog: str, reason: str) -> str:
    """"<prog>: error: <reason>" on one line, in the language chosen."""
    return translate("Render", "{prog}: error: {reason}").format(
        prog=prog, reason=_one_line(reason))


def build_parser(prog: str = "reludesk render") -> argparse.ArgumentParser:
    parser = _Parser(prog=prog, description=translate(
        "Render", "Render a lesson's run offscreen, for slides: a GIF, an MP4 or a series of PNG "
        "files."))
    # argparse fills in %(default)s itself: a translation keeps that placeholder, and a bare %
    # is written %% (English has none)
    one_of = translate("Render", "one of: {names}")
    parser.add_argument("--lesson", required=True,
                        help=one_of.format(names=", ".join(lessons.names())))
    parser.add_argument("--burst-at", type=int, default=None, metavar="STEP",
                        help=translate("Render", "step of the burst ({steps} steps at learning "
                                       "rate {rate}); none if left out").format(
                            steps=BURST_STEPS, rate=f"{BURST_LR:g}"))
    parser.add_argument("--steps", type=int, required=True,
                        help=translate("Render", "steps to train in all"))
    parser.add_argument("--panel", default="network", help=one_of.format(names=", ".join(PANELS)))
    parser.add_argument("--out", required=True,
                        help=translate("Render", "file .gif, .mp4 or .png (a numbered series), "
                                       "or a folder"))
    parser.add_argument("--size", default=None,
                        help=translate("Render", "WIDTHxHEIGHT in pixels (default {size}, the "
                                       "window {window})").format(
                            size=f"{DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]}",
                            window=f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}"))
    parser.add_argument("--fps", type=float, default=DEFAULT_FPS,
                        help=translate("Render", "frames a second (default %(default)s)"))
    parser.add_argument("--every", type=int, default=None, metavar="N",
                        help=translate("Render", "a frame every N steps (default: about "
                                       "{seconds} s of video)").format(seconds=f"{SECONDS:g}"))
    parser.add_argument("--no-caption", action="store_true",
                        help=translate("Render", "no caption strip (lesson, step, burst) at the "
                                       "foot"))
    return parser


def _terminal_bar(stream: Any) -> Progress:
    """A progress bar redrawn on one line of ``stream``."""
    def show(done: int, total: int, what: str) -> None:
        width = 30
        filled = round(width * done / max(total, 1))
        what = translate("Render", STAGES.get(what, what))
        stream.write(f"\r{what:<9} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


def main(argv: list[str] | None = None, prog: str = "reludesk render") -> int:
    """``reludesk render``: returns the exit status (2 for a bad argument)."""
    from reludesk import cli_language
    from reludesk.core.files import FileError, size_text

    cli_language.install()  # the system's language, as the reludesk command speaks
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    try:
        size = parse_size(args.size) if args.size is not None else default_size(args.panel)
        check(args.lesson, args.burst_at, args.steps, args.panel, args.fps, args.every)
        output_files(Path(args.out))
    except RenderError as exc:
        print(_error_line(prog, str(exc)), file=sys.stderr)
        return 2
    progress = _terminal_bar(sys.stderr) if sys.stderr.isatty() else None
    try:
        path = render(args.lesson, args.burst_at, args.steps, args.panel, Path(args.out), size,
                      args.fps, args.every, progress, caption=not args.no_caption)
    except RenderError as exc:
        print(_error_line(prog, str(exc)), file=sys.stderr)
        return 2
    except FileError as exc:
        print(_error_line(prog, str(exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    wrote = translate("Render", "wrote {path}")
    if path.suffix.lower() == ".png":
        print(wrote.format(path=path.parent / path.name.replace("_0000", "_*")))
    else:
        print(translate("Render", "wrote {path} ({size})").format(
            path=path, size=size_text(path.stat().st_size)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], prog="python -m reludesk.render"))
