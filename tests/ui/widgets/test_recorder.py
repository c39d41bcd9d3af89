"""Recorder: frames grabbed on demand, written as GIF and MP4 off the GUI thread, decoded back;
the formats without the video extra; problems as one plain sentence; the red dot; the dialog."""

import errno
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageSequence
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from reludesk.ui.widgets import frames
from reludesk.ui.widgets.frames import MP4_HINT, FrameStore, available_formats, gif_durations
from reludesk.ui.widgets.grabber import Grabber
from reludesk.ui.widgets.record_indicator import RecordIndicator, elapsed_text
from reludesk.ui.widgets.recorder import Recorder
from reludesk.ui.window.record_dialog import RecordControl, RecordDialog, formats_text

GREY = (128, 128, 128)
COLOURS = [(220, 40, 40), (40, 180, 60), (30, 90, 220), (240, 200, 20), (150, 40, 160)]


class Swatch(QWidget):
    """Left half grey for good; the right half in ``colour``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = COLOURS[0]
        self.paints = 0
        self.resize(64, 48)

    def paintEvent(self, _event) -> None:
        self.paints += 1
        painter = QPainter(self)
        half = self.width() // 2
        painter.fillRect(0, 0, half, self.height(), QColor(*GREY))
        painter.fillRect(half, 0, self.width() - half, self.height(), QColor(*self.colour))
        painter.end()

    def show_colour(self, colour: tuple[int, int, int]) -> None:
        """Change colour as widgets do (``update``) and let Qt paint it on screen now."""
        self.colour = colour
        self.update()
        QApplication.processEvents()


@pytest.fixture(params=[("shown", "auto"), ("shown", "dirty"), ("hidden", "auto")])
def swatch(request, qtbot):
    """Each way of grabbing: shown, the offscreen platform's back buffer is copied ("auto"), or
    what was repainted since the last frame is painted again ("dirty", a real screen's way);
    hidden, the widget is painted again whole (QWidget.grab)."""
    widget = Swatch()
    qtbot.addWidget(widget)
    shown, widget.grab_mode = request.param
    if shown == "shown":
        widget.show()
        qtbot.waitExposed(widget)
        QApplication.processEvents()  # the first paint: exposed is not yet painted
    return widget


def record(qtbot, widget: Swatch, path: Path, colours, fps: float = 10) -> Recorder:
    """Record one frame per colour (the first at start), stop, wait until it is written."""
    recorder = Recorder(widget, fps=fps, seconds=60,
                        grab_mode=getattr(widget, "grab_mode", "auto"))
    widget.show_colour(colours[0])
    assert recorder.start(path, clocked=False)
    for colour in colours[1:]:
        widget.show_colour(colour)
        recorder.take_frame()
    with qtbot.waitSignal(recorder.finished, timeout=20000) as done:
        recorder.stop()
    assert done.args == [str(path)]
    return recorder


def pixels(image: QImage) -> np.ndarray:
    """(height, width, 3) int RGB of ``image``."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(bytes(image.constBits()), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)


def gif_frames(path: Path) -> tuple[list[np.ndarray], list[int]]:
    with Image.open(path) as gif:
        pictures, durations = [], []
        for frame in ImageSequence.Iterator(gif):
            pictures.append(np.asarray(frame.convert("RGB")).astype(int))
            durations.append(frame.info["duration"])
    return pictures, durations


def test_gif_has_a_frame_per_grab_at_the_widgets_size_and_shows_what_changed(
    qtbot, swatch, tmp_path
):
    path = tmp_path / "swatch.gif"
    recorder = record(qtbot, swatch, path, COLOURS)
    assert recorder.frame_count() == len(COLOURS)
    pictures, durations = gif_frames(path)
    assert len(pictures) == len(COLOURS)
    assert all(p.shape == (48, 64, 3) for p in pictures)
    for picture, colour in zip(pictures, COLOURS, strict=True):
        # colours survive the 256-colour palette within a few levels
        assert np.abs(picture[:, 40:] - np.array(colour)).max() <= 8
        assert np.abs(picture[:, :28] - np.array(GREY)).max() <= 8
    # 10 fps: each frame 100 ms, the loop forever
    assert durations == [100] * len(COLOURS)
    with Image.open(path) as gif:
        assert gif.info["loop"] == 0


def test_a_frame_held_longer_is_one_gif_frame_shown_longer(qtbot, tmp_path):
    widget = Swatch()
    qtbot.addWidget(widget)
    recorder = Recorder(widget, fps=15, seconds=60)
    path = tmp_path / "held.gif"
    assert recorder.start(path, clocked=False)
    recorder.take_frame(repeat=14)  # the same picture: the clock moved on 14 frames
    widget.show_colour(COLOURS[2])
    recorder.take_frame()
    with qtbot.waitSignal(recorder.finished, timeout=20000):
        recorder.stop()
    assert recorder.frame_count() == 16
    pictures, durations = gif_frames(path)
    assert len(pictures) == 2
    # 15 frames of 1/15 s: exactly one second, though a GIF counts in hundredths
    assert durations == [1000, 70]


def test_gif_durations_keep_the_frame_rate_in_hundredths():
    assert gif_durations(15, 15) == [70, 60, 70] * 5  # 200 ms every three frames
    assert sum(gif_durations(300, 15)) == 20000
    assert gif_durations(4, 10) == [100] * 4


def test_recording_stops_by_itself_at_its_length(qtbot, tmp_path):
    widget = Swatch()
    qtbot.addWidget(widget)
    recorder = Recorder(widget, fps=10, seconds=0.3)  # three frames
    assert recorder.start(tmp_path / "short.gif", clocked=False)
    with qtbot.waitSignal(recorder.finished, timeout=20000):
        for colour in COLOURS[1:]:
            widget.show_colour(colour)
            recorder.take_frame()
    assert recorder.frame_count() == 3
    pictures, _ = gif_frames(tmp_path / "short.gif")
    assert len(pictures) == 3


def test_the_clock_takes_frames_by_itself(qtbot, tmp_path):
    widget = Swatch()
    qtbot.addWidget(widget)
    recorder = Recorder(widget, fps=30, seconds=60)
    elapsed: list[float] = []
    recorder.elapsed.connect(elapsed.append)
    with qtbot.waitSignal(recorder.started):
        assert recorder.start(tmp_path / "clock.gif")
    qtbot.waitUntil(lambda: recorder.frame_count() >= 4, timeout=5000)
    assert elapsed[-1] == pytest.approx(recorder.frame_count() / 30)
    with qtbot.waitSignal(recorder.finished, timeout=20000):
        recorder.stop()
    assert not recorder.is_recording()


def test_mp4_is_written_and_read_back_with_its_frame_count(qtbot, tmp_path):
    if "mp4" not in available_formats():
        pytest.skip("the video extra (imageio, imageio-ffmpeg) is not installed")
    import imageio.v3 as iio

    widget = Swatch()
    qtbot.addWidget(widget)
    path = tmp_path / "swatch.mp4"
    record(qtbot, widget, path, COLOURS)
    video = iio.imread(path, index=None, plugin="FFMPEG")
    assert video.shape == (len(COLOURS), 48, 64, 3)
    for picture, colour in zip(video.astype(int), COLOURS, strict=True):
        # H.264 blurs colour edges; the middle of the right half keeps its colour
        assert np.abs(picture[16:32, 44:60].mean(axis=(0, 1)) - colour).max() <= 20


def test_without_the_video_extra_gif_only_and_the_dialog_says_how_to_get_mp4(
    qtbot, monkeypatch, tmp_path
):
    monkeypatch.setitem(sys.modules, "imageio", None)  # import imageio fails, as without it
    monkeypatch.setitem(sys.modules, "imageio.v2", None)
    assert available_formats() == ["gif"]
    widget = Swatch()
    qtbot.addWidget(widget)
    dialog = RecordDialog({"Whole window": widget}, folder=tmp_path)
    qtbot.addWidget(dialog)
    combo = dialog.format_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["gif"]
    assert dialog.format_hint.text() == MP4_HINT == "MP4 needs: pip install reludesk[video]"
    assert dialog.format_hint.isVisibleTo(dialog)
    assert MP4_HINT in formats_text()
    failed: list[str] = []
    recorder = Recorder(widget)
    recorder.failed.connect(failed.append)
    assert not recorder.start(tmp_path / "clip.mp4")
    assert failed == [f"clip.mp4: a recording is saved as .gif ({MP4_HINT})"]


def test_with_the_video_extra_the_dialog_offers_mp4_and_no_hint(qtbot, tmp_path):
    widget = Swatch()
    qtbot.addWidget(widget)
    dialog = RecordDialog({"Whole window": widget}, formats=["gif", "mp4"], folder=tmp_path)
    qtbot.addWidget(dialog)
    combo = dialog.format_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["gif", "mp4"]
    assert not dialog.format_hint.isVisibleTo(dialog)
    assert "pip install" not in formats_text(["gif", "mp4"])


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("missing/clip.gif", "clip.gif: its folder does not exist"),
        ("a_file/clip.gif", "clip.gif: a part of its path is a file, not a folder"),
        ("a_folder.gif", "a_folder.gif: a folder has that name"),
        ("clip.avi", "clip.avi: the file name must end in .gif, .mp4 or .png"),
    ],
)
def test_a_path_that_cannot_be_written_fails_at_once_in_one_sentence(
    qtbot, tmp_path, where, message
):
    (tmp_path / "a_file").write_text("not a folder")
    (tmp_path / "a_folder.gif").mkdir()
    widget = Swatch()
    qtbot.addWidget(widget)
    recorder = Recorder(widget)
    failed: list[str] = []
    recorder.failed.connect(failed.append)
    assert not recorder.start(tmp_path / where)
    assert failed == [message]
    assert recorder.frame_count() == 0 and not recorder.is_recording()


def test_a_full_disk_while_writing_is_one_sentence_and_leaves_no_file(
    qtbot, tmp_path, monkeypatch
):
    def no_room(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(frames, "_write_gif", no_room)
    widget = Swatch()
    qtbot.addWidget(widget)
    recorder = Recorder(widget)
    assert recorder.start(tmp_path / "full.gif", clocked=False)
    with qtbot.waitSignal(recorder.failed, timeout=20000) as failed:
        recorder.stop()
    assert failed.args == ["full.gif: the disk is full"]
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary


def test_no_memory_for_a_frame_fails_in_one_sentence_when_the_file_is_due(
    qtbot, tmp_path, monkeypatch
):
    def no_memory(*_args):
        raise MemoryError

    monkeypatch.setattr(FrameStore, "add", no_memory)
    widget = Swatch()
    qtbot.addWidget(widget)
    recorder = Recorder(widget)
    assert recorder.start(tmp_path / "big.gif", clocked=False)
    with qtbot.waitSignal(recorder.failed, timeout=20000) as failed:
        recorder.stop()
    assert failed.args == ["big.gif: there was not enough memory for its frames"]
    assert not recorder.is_saving()
    assert list(tmp_path.iterdir()) == []


def test_frames_stop_when_their_memory_is_full(qtbot, tmp_path):
    widget = Swatch()
    qtbot.addWidget(widget)
    recorder = Recorder(widget, fps=10, seconds=60, max_bytes=1)  # full after one frame
    assert recorder.start(tmp_path / "bounded.gif", clocked=False)
    qtbot.waitUntil(lambda: recorder.store.stored == 1, timeout=5000)
    with qtbot.waitSignal(recorder.finished, timeout=20000):
        widget.show_colour(COLOURS[1])
        recorder.take_frame()
    assert recorder.frame_count() == 1
    assert recorder.stopped_early == "the memory set aside for frames is full"


def test_frames_waiting_for_a_slow_worker_are_bounded_and_time_is_kept(
    qtbot, tmp_path, monkeypatch
):
    from reludesk.ui.widgets import recorder as recorder_module

    release = threading.Event()
    add = FrameStore.add

    def slow_add(self, *args):
        release.wait(20)  # the worker is stuck until the test lets it go
        return add(self, *args)

    monkeypatch.setattr(FrameStore, "add", slow_add)
    widget = Swatch()
    qtbot.addWidget(widget)
    monkeypatch.setattr(recorder_module, "QUEUE_BYTES", 3 * 64 * 48 * 4)  # three raw frames
    recorder = Recorder(widget, fps=10, seconds=60)
    path = tmp_path / "lag.gif"
    assert recorder.start(path, clocked=False)
    for k in range(10):
        widget.show_colour(COLOURS[k % len(COLOURS)])
        recorder.take_frame()
    waiting = [item for item in list(recorder._worker.inbox.queue) if isinstance(item, QImage)]
    assert len(waiting) <= 3  # the others were held as repeats of the frame before
    assert recorder.frame_count() == 11
    release.set()
    with qtbot.waitSignal(recorder.finished, timeout=20000):
        recorder.stop()
    _, durations = gif_frames(path)
    assert sum(durations) == 1100  # 11 frames at 10 fps: no time lost with the frames held


def test_frames_are_scaled_to_the_largest_side(qtbot, tmp_path):
    widget = Swatch()
    widget.resize(200, 100)
    qtbot.addWidget(widget)
    recorder = Recorder(widget, fps=10, seconds=60, max_side=50)
    path = tmp_path / "small.gif"
    assert recorder.start(path, clocked=False)
    with qtbot.waitSignal(recorder.finished, timeout=20000):
        recorder.stop()
    with Image.open(path) as gif:
        assert gif.size == (50, 25)


def test_a_dirty_grab_paints_again_only_what_was_repainted(qtbot):
    host = QWidget()
    host.resize(120, 48)
    left, right = Swatch(host), Swatch(host)
    left.setGeometry(0, 0, 56, 48)
    right.setGeometry(64, 0, 56, 48)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    QApplication.processEvents()  # the first paint: exposed is not yet painted
    grabber = Grabber(host, "dirty")
    assert grabber.mode == "dirty"
    first = pixels(grabber.grab())
    again = grabber.grab()
    assert grabber.painted == 0  # nothing repainted on screen: nothing painted again
    right.show_colour(COLOURS[2])
    picture = pixels(grabber.grab())
    assert grabber.painted == 1
    assert np.abs(picture[:, 100] - COLOURS[2]).max() <= 1  # right's right half: new colour
    assert np.array_equal(picture[:, :60], first[:, :60])  # left as it was
    # a picture handed out earlier stays as it was
    assert np.abs(pixels(again)[:, 100] - COLOURS[0]).max() <= 1
    grabber.close()


def test_a_dirty_grab_leaves_alone_what_lies_between_two_changes(qtbot):
    host = QWidget()
    host.resize(180, 48)
    parts = [Swatch(host) for _ in range(3)]
    for k, part in enumerate(parts):
        part.setGeometry(60 * k, 0, 56, 48)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    QApplication.processEvents()
    grabber = Grabber(host, "dirty")
    grabber.grab()
    left, middle, right = parts
    left.show_colour(COLOURS[1])
    right.show_colour(COLOURS[3])
    before = middle.paints
    picture = pixels(grabber.grab())
    assert middle.paints == before  # between the two changes: not painted again
    assert np.abs(picture[:, 40] - COLOURS[1]).max() <= 1
    assert np.abs(picture[:, 160] - COLOURS[3]).max() <= 1
    assert np.abs(picture[:, 100] - COLOURS[0]).max() <= 1
    grabber.close()


def test_the_store_gives_back_the_pixels_it_was_given():
    store = FrameStore()
    rng = np.random.default_rng(0)
    given = rng.integers(0, 256, size=(4, 3, 5, 4), dtype=np.uint8)
    given[2, :2] = given[1, :2]  # a frame that changes only in part, as screens do
    given[3] = given[2]  # and one that does not change at all
    for k, bgrx in enumerate(given):
        assert store.add(bgrx.tobytes(), 5, 3)
        if k == 1:
            store.repeat_last(2)
    images = [np.asarray(im) for im in store.images()]
    assert len(store) == 6 == len(images)
    expected = [given[0], given[1], given[1], given[1], given[2], given[3]]
    for image, bgrx in zip(images, expected, strict=True):
        assert np.array_equal(image, bgrx[:, :, 2::-1])  # B G R X -> R G B
    with pytest.raises(ValueError, match="5x3"):
        store.add(bytes(16), 2, 2)


def test_indicator_shows_the_red_dot_and_whole_seconds(qtbot):
    indicator = RecordIndicator()
    qtbot.addWidget(indicator)
    assert indicator.isHidden()
    assert [elapsed_text(s) for s in (0, 7.9, 65, 600)] == ["0:00", "0:07", "1:05", "10:00"]
    indicator.show_elapsed(7.9)
    assert indicator.text() == "● REC 0:07" and not indicator.isHidden()
    indicator.show_saving(3, 12)
    assert indicator.text() == "Saving… 25 %"
    indicator.clear()
    assert indicator.isHidden()


def test_dialog_choice_has_the_defaults_and_the_formats_suffix(qtbot, tmp_path):
    window, panel = Swatch(), Swatch()
    for w in (window, panel):
        qtbot.addWidget(w)
    dialog = RecordDialog({"Whole window": window, "Network": panel},
                          formats=["gif", "mp4"], folder=tmp_path)
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert (choice.target, choice.widget, choice.format) == ("Whole window", window, "gif")
    assert (choice.fps, choice.seconds) == (15, 20)
    assert choice.path == tmp_path / "reludesk-whole-window.gif"
    dialog.target_combo.setCurrentIndex(1)
    dialog.format_combo.setCurrentIndex(1)
    assert dialog.choice().path == tmp_path / "reludesk-network.mp4"
    assert dialog.choice().widget is panel
    dialog.path_edit.setText(str(tmp_path / "burst"))
    assert dialog.choice().path == tmp_path / "burst.mp4"


def test_control_records_shows_the_dot_and_says_what_it_saved(qtbot, tmp_path):
    widget = Swatch()
    qtbot.addWidget(widget)
    host = QWidget()
    qtbot.addWidget(host)
    control = RecordControl(host)
    dialog = RecordDialog({"Network": widget}, formats=["gif"], folder=tmp_path)
    qtbot.addWidget(dialog)
    states: list[bool] = []
    messages: list[str] = []
    control.recordingChanged.connect(states.append)
    control.message.connect(messages.append)
    recorder = control.start(dialog.choice())
    assert recorder is not None and control.is_recording()
    assert states == [True] and not control.indicator.isHidden()
    assert control.indicator.text() == "● REC 0:00"
    with qtbot.waitSignal(recorder.finished, timeout=20000):
        control.stop()
    assert states == [True, False]
    assert control.indicator.isHidden()
    path = tmp_path / "reludesk-network.gif"
    assert path.exists()
    assert messages[-1].startswith(f"Saved {path.name}: {recorder.frame_count()} frames, ")
    control.stop()  # Esc when nothing records: nothing happens
    assert states == [True, False]


def test_control_says_in_one_sentence_why_it_cannot_record(qtbot, tmp_path):
    widget = Swatch()
    qtbot.addWidget(widget)
    host = QWidget()
    qtbot.addWidget(host)
    control = RecordControl(host)
    dialog = RecordDialog({"Network": widget}, formats=["gif"], folder=tmp_path / "gone")
    qtbot.addWidget(dialog)
    states: list[bool] = []
    control.recordingChanged.connect(states.append)
    with qtbot.waitSignal(control.failed) as failed:
        assert control.start(dialog.choice()) is None
    assert failed.args == ["reludesk-network.gif: its folder does not exist"]
    assert states == [] and control.indicator.isHidden() and not control.is_busy()
