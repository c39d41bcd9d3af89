"""Record a widget (the whole window or one panel) while it runs, then save it as GIF or MP4.

A :class:`Recorder` grabs its widget ``fps`` times a second on the GUI thread, for at most
``seconds``; ``stop()`` ends it sooner. Everything else happens in a worker thread: each frame
is scaled so that its longer side is at most ``max_side`` pixels, compressed as it comes
(:class:`~reludesk.ui.widgets.frames.FrameStore`, at most ``MAX_BYTES``), and written out after
the stop, so the window keeps training and painting while a file of hundreds of frames is
encoded.

What the GUI thread pays per frame is the grab (``grabber``): a copy of the pixels already
painted where the platform gives them (offscreen), elsewhere a repaint of only what changed on
screen since the last frame; the worker thread scales and compresses.

Timing: a frame stands for 1 / fps seconds. When the event loop was busy and a tick came late,
the last frame is repeated for the ticks it missed, so the file plays at the pace it was
recorded (a GIF stores repeats as one frame shown longer).
"""

from __future__ import annotations

import errno
import queue
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from reludesk.core.files import FileError, plain_problem
from reludesk.core.i18n import translate
from reludesk.ui.widgets import frames as frame_files
from reludesk.ui.widgets.frames import MAX_BYTES, FrameStore, available_formats
from reludesk.ui.widgets.grabber import Grabber

__all__ = ["DEFAULT_FPS", "DEFAULT_SECONDS", "MAX_SIDE", "Recorder", "available_formats"]

DEFAULT_FPS = 15
DEFAULT_SECONDS = 20
MAX_SIDE = 1920  # a larger window (a 4K screen) is scaled down: slides need no more
WRITE_REST = 1.0  # the writer rests this many times as long as each frame took it
QUEUE_BYTES = 64_000_000  # raw frames waiting for the worker at most (17 of 1280x720)


class _CancelledError(Exception):
    """Raised inside the writer to end it early: the recording was cancelled."""


class _Relay(QObject):
    """The worker's signals. It lives in the GUI thread; emitted from the worker thread, Qt
    queues them to the recorder's slots there."""

    progress = Signal(int, int)
    done = Signal(str)
    error = Signal(str)


class _Worker(threading.Thread):
    """Compresses grabbed frames into ``store`` as they come, then writes the file when told.

    Items on ``inbox``: a QImage (a frame), an int n (repeat the last frame n times more), a
    Path (write the file there, then end) or None (end, writing nothing). A Python thread, not
    a QThread: a QThread object deleted while its thread runs aborts the process, and a
    recorder may be thrown away at any moment (a window closing). Daemon: it never holds up
    the interpreter's exit."""

    def __init__(self, store: FrameStore, fps: float, max_side: int, relay: _Relay) -> None:
        super().__init__(name="reludesk-recorder", daemon=True)
        self.store, self.fps, self.max_side = store, fps, max_side
        self.relay = relay
        self.inbox: queue.Queue = queue.Queue()
        self.cancelled = False  # set from the GUI thread: writing stops at the next frame

    def run(self) -> None:
        trouble = ""  # why frames could not be kept, said when the file is due
        while True:
            item = self.inbox.get()
            if isinstance(item, QImage):
                try:
                    self._keep(item)
                except MemoryError:
                    trouble = trouble or translate(
                        "Recorder", "there was not enough memory for its frames")
                except ValueError as exc:
                    trouble = trouble or translate(
                        "Recorder", "a frame could not be kept ({problem})").format(problem=exc)
            elif isinstance(item, Path) and trouble:
                self._emit(self.relay.error, f"{item.name}: {trouble}")
                return
            elif isinstance(item, int):
                self.store.repeat_last(item)
            elif isinstance(item, Path):
                self._write(item)
                return
            else:  # None: recording abandoned
                return

    def _keep(self, image: QImage) -> None:
        if max(image.width(), image.height()) > self.max_side:
            image = image.scaled(self.max_side, self.max_side, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        width, height = image.width(), image.height()
        if self.store.size is not None and self.store.size != (width, height):
            # the widget was resized while recording: the video keeps its first size
            image = image.scaled(*self.store.size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
            width, height = self.store.size
        # a view of the picture's own pixels, rows padded to the stride cut off: no copy here
        # (the store makes the one it keeps)
        rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
        self.store.add(rows[:, : width * 4], width, height)

    def _write(self, path: Path) -> None:
        count = len(self.store)
        busy_since = time.perf_counter()

        def progress(done: int, total: int) -> None:
            nonlocal busy_since
            if self.cancelled:
                raise _CancelledError
            self._emit(self.relay.progress, done, total)
            # Encoding holds Python's GIL for much of its time, and the window trains in
            # Python too: rest as long as the frame took (WRITE_REST times), so training keeps
            # about half its pace while the file is written, which takes twice as long
            time.sleep(WRITE_REST * (time.perf_counter() - busy_since))
            busy_since = time.perf_counter()

        try:
            frame_files.write(self.store.images(), count, path, self.fps, progress)
        except _CancelledError:
            return
        except (FileError, ValueError) as exc:
            self._emit(self.relay.error, str(exc))
        except OSError as exc:
            self._emit(self.relay.error, str(plain_problem(exc, path, writing=True)))
        except Exception as exc:  # an encoder's own failure (ffmpeg): still one sentence
            self._emit(self.relay.error, translate(
                "Recorder", "{name}: it could not be written ({error})").format(
                    name=path.name, error=type(exc).__name__))
        else:
            self._emit(self.relay.done, str(path))

    def _emit(self, signal: object, *args: object) -> None:
        try:
            signal.emit(*args)  # type: ignore[attr-defined]
        except RuntimeError:  # the recorder (and its relay) was deleted: nobody listens
            self.cancelled = True


class Recorder(QObject):
    """Records ``widget`` at ``fps`` frames a second for at most ``seconds``, into the file
    given to ``start`` (.gif, or .mp4 when ``available_formats()`` lists it).

    Signals: ``started()``; ``elapsed(float)``, seconds recorded, after every frame;
    ``stopped(int)``, frames recorded, as saving begins; ``progress(int, int)``, frames written
    of all while saving; ``finished(str)``, the file's path once it is written; ``failed(str)``,
    one plain sentence naming the file and the problem (nothing written).

    ``max_bytes`` bounds the compressed frames kept (``MAX_BYTES``); when they fill it the
    recording stops early and saves what it has (``stopped_early`` then says why).
    """

    started = Signal()
    elapsed = Signal(float)
    stopped = Signal(int)
    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, widget: QWidget, *, fps: float = DEFAULT_FPS,
                 seconds: float = DEFAULT_SECONDS, max_side: int = MAX_SIDE,
                 max_bytes: int = MAX_BYTES, grab_mode: str = "auto",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not 0 < fps <= 60:
            raise ValueError(f"fps must be above 0 and at most 60, got {fps}")
        if not seconds > 0:
            raise ValueError(f"seconds must be above 0, got {seconds}")
        self.widget = widget
        self.fps, self.seconds, self.max_side = float(fps), float(seconds), int(max_side)
        self.store = FrameStore(max_bytes)
        self.grab_mode = grab_mode  # how frames are taken: ``grabber.MODES``
        self._grabber: Grabber | None = None
        self._frame_bytes = 0  # bytes of the last raw frame grabbed
        self.path: Path | None = None
        self.stopped_early = ""  # why the recording stopped before its length, if it did
        self._worker: _Worker | None = None
        self._state = "idle"  # idle, recording, saving, done
        self._frames = 0  # frames recorded, repeats included
        self._started_at = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(max(1, round(1000.0 / self.fps)))
        self._timer.timeout.connect(self._on_tick)
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._relay.done.connect(self._on_done)
        self._relay.error.connect(self._on_error)

    # --- state ----------------------------------------------------------------------------
    @property
    def max_frames(self) -> int:
        """Frames in a recording that runs its whole length."""
        return max(1, round(self.fps * self.seconds))

    def frame_count(self) -> int:
        """Frames recorded so far, repeats included."""
        return self._frames

    def seconds_recorded(self) -> float:
        """Seconds of video recorded so far (frames / fps)."""
        return self._frames / self.fps

    def is_recording(self) -> bool:
        return self._state == "recording"

    def is_saving(self) -> bool:
        return self._state == "saving"

    # --- actions --------------------------------------------------------------------------
    def start(self, path: str | Path, *, clocked: bool = True) -> bool:
        """Begin recording into ``path`` and take the first frame. The folder and the format
        are checked first: a problem emits ``failed`` and returns False, before any frame.
        ``clocked`` False takes no frames by itself: the caller calls ``take_frame`` (tests,
        and ``reludesk render``, which steps the network between frames)."""
        if self._state != "idle":
            raise RuntimeError("a Recorder records once; make a new one")
        path = Path(path)
        problem = _path_problem(path)
        if problem:
            self._state = "done"
            self.failed.emit(problem)
            return False
        self.path = path
        self._worker = _Worker(self.store, self.fps, self.max_side, self._relay)
        self._worker.start()
        self._grabber = Grabber(self.widget, self.grab_mode)
        self._state = "recording"
        self._started_at = time.perf_counter()
        self.started.emit()
        self.take_frame()
        if clocked and self.is_recording():
            self._timer.start()
        return True

    def take_frame(self, repeat: int = 1) -> None:
        """Grab the widget now as the next frame, standing for ``repeat`` frames of time; at
        the recording's length (or with the memory for frames full) it stops and saves."""
        if not self.is_recording():
            return
        repeat = max(1, min(int(repeat), self.max_frames - self._frames))
        worker = self._worker
        assert worker is not None
        if self.store.full:
            self.stopped_early = translate("Recorder", "the memory set aside for frames is full")
            self.stop()
            return
        if worker.inbox.qsize() * self._frame_bytes >= QUEUE_BYTES:
            worker.inbox.put(repeat)  # the worker lags: hold the last frame longer instead
        else:
            assert self._grabber is not None
            picture = self._grabber.grab()
            self._frame_bytes = picture.sizeInBytes()
            worker.inbox.put(picture)
            if repeat > 1:
                worker.inbox.put(repeat - 1)
        self._frames += repeat
        self.elapsed.emit(self.seconds_recorded())
        if self._frames >= self.max_frames:
            self.stop()

    def stop(self) -> None:
        """Stop grabbing and save in the worker thread (``finished`` or ``failed`` follows).
        Does nothing unless recording: a window-wide Esc may call it at any time."""
        if not self.is_recording():
            return
        self._timer.stop()
        self._close_grabber()
        self._state = "saving"
        self.stopped.emit(self._frames)
        assert self._worker is not None and self.path is not None
        self._worker.inbox.put(self.path)

    def cancel(self) -> None:
        """Stop without saving, and return once the worker has ended (the window is
        closing): a file being written is abandoned at its next frame, and no file is left."""
        if self._worker is not None and self._state in ("recording", "saving"):
            self._timer.stop()
            self._close_grabber()
            self._worker.cancelled = True
            self._worker.inbox.put(None)
            self._worker.join()
            self._state = "done"

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the worker has ended, at most ``seconds`` (None: however long); True if
        it has. For scripts and tests: the window never waits."""
        if self._worker is None:
            return True
        self._worker.join(seconds)
        return not self._worker.is_alive()

    # --- helpers --------------------------------------------------------------------------
    def _on_tick(self) -> None:
        # the frames due by the clock: a tick that came late stands for the ones it missed
        due = int((time.perf_counter() - self._started_at) * self.fps) + 1
        self.take_frame(max(1, due - self._frames))

    def _close_grabber(self) -> None:
        if self._grabber is not None:
            self._grabber.close()
            self._grabber.deleteLater()
            self._grabber = None

    def _on_done(self, path: str) -> None:
        self._end()
        self.finished.emit(path)

    def _on_error(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    def _end(self) -> None:
        self._state = "done"
        if self._worker is not None:
            self._worker.join()  # it emitted its last signal and is returning


def _path_problem(path: Path) -> str:
    """What stops a recording from being saved at ``path``, in one sentence; "" if nothing."""
    try:
        kind = frame_files.format_of(path)
    except ValueError as exc:
        return str(exc)
    if kind == "png" or kind not in available_formats():
        allowed = translate("Recorder", " or ").join(f".{k}" for k in available_formats())
        said = (translate("Recorder", "{name}: a recording is saved as {allowed}")
                if kind == "png"
                else translate("Recorder", "{name}: a recording is saved as {allowed} ({hint})"))
        return said.format(name=path.name, allowed=allowed,
                           hint=translate("Frames", frame_files.MP4_HINT))
    if path.is_dir():
        return str(plain_problem(OSError(errno.EISDIR, ""), path, writing=True))
    # a missing or read-only folder, a file in the way, a full disk: better said now than
    # after 20 s of recording, so a file is made there and thrown away
    try:
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as exc:
        return str(plain_problem(exc, path, writing=True))
    return ""
