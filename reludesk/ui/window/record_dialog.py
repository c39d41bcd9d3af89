"""File > Record…: what to record, in which format, how fast and how long, and where to.

:class:`RecordDialog` asks; :class:`RecordControl` runs one recording at a time from it: the
:class:`~reludesk.ui.widgets.recorder.Recorder`, the status bar's red dot
(:class:`~reludesk.ui.widgets.record_indicator.RecordIndicator`) and what to say when the file
is written or cannot be. The window owns the menu entry, the Esc shortcut and the status bar;
it connects them to a RecordControl (see ``RecordControl``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reludesk.core.files import size_text
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.widgets.frames import MP4_HINT, available_formats
from reludesk.ui.widgets.record_indicator import RecordIndicator
from reludesk.ui.widgets.recorder import DEFAULT_FPS, DEFAULT_SECONDS, Recorder

MAX_FPS = 30  # a screen redraws the network about 35 times a second: more shows nothing new
MAX_SECONDS = 120
# translated where shown: translate("RecordDialog", FORMAT_TEXT[kind])
FORMAT_TEXT = {
    "gif": QT_TRANSLATE_NOOP("RecordDialog", "GIF (animated picture: slides, web pages)"),
    "mp4": QT_TRANSLATE_NOOP("RecordDialog", "MP4 (video)"),
}


def formats_text(formats: list[str] | None = None) -> str:
    """What the menu entry's status tip says about formats: "GIF or MP4", or "GIF (MP4 needs:
    pip install reludesk[video])" without the extra; in the language chosen (ask again after
    a change of language)."""
    formats = available_formats() if formats is None else formats
    if "mp4" in formats:
        return translate("RecordDialog", "Record the window or one panel as a GIF or MP4")
    return translate("RecordDialog", "Record the window or one panel as a GIF ({hint})").format(
        hint=translate("Frames", MP4_HINT))


@dataclass(frozen=True)
class RecordChoice:
    """What the dialog was told: the target's name and widget, "gif" or "mp4", frames a
    second, the longest length in seconds, and the file."""

    target: str
    widget: QWidget
    format: str
    fps: int
    seconds: int
    path: Path


class RecordDialog(QDialog):
    """Asks what to record: one of ``targets`` (name -> widget, e.g. "Whole window",
    "Network"), the format (only those ``formats`` lists: ``available_formats()`` by default;
    without MP4 it says how to get it), frames a second, length, and the file (``Choose…``
    opens a file dialog). The file name proposed is ``reludesk-<target>.<format>`` in
    ``folder`` (the user's videos folder by default); its suffix follows the format. Its words
    are translated when it is made: it is modal and made anew each time, so no change of
    language happens while it shows."""

    def __init__(self, targets: Mapping[str, QWidget], parent: QWidget | None = None, *,
                 formats: list[str] | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        if not targets:
            raise ValueError("nothing to record: give at least one target")
        self.setObjectName("recordDialog")
        self.setWindowTitle(translate("RecordDialog", "Record"))
        self._targets = dict(targets)
        self._formats = list(available_formats() if formats is None else formats)
        self._folder = Path(folder) if folder is not None else _videos_folder()
        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("recordTargetCombo")
        self.target_combo.addItems(list(self._targets))
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("recordFormatCombo")
        for kind in self._formats:
            text = translate("RecordDialog", FORMAT_TEXT[kind]) if kind in FORMAT_TEXT \
                else kind.upper()
            self.format_combo.addItem(text, kind)
        self.format_hint = QLabel(
            "" if "mp4" in self._formats else translate("Frames", MP4_HINT), self)
        self.format_hint.setObjectName("recordFormatHint")
        self.format_hint.setVisible("mp4" not in self._formats)
        self.fps_spin = QSpinBox(self)
        self.fps_spin.setObjectName("recordFpsSpin")
        self.fps_spin.setRange(1, MAX_FPS)
        self.fps_spin.setValue(DEFAULT_FPS)
        self.fps_spin.setSuffix(translate("RecordDialog", " frames a second"))
        self.length_spin = QSpinBox(self)
        self.length_spin.setObjectName("recordLengthSpin")
        self.length_spin.setRange(1, MAX_SECONDS)
        self.length_spin.setValue(DEFAULT_SECONDS)
        self.length_spin.setSuffix(translate("RecordDialog", " s at most (Esc stops sooner)"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("recordPathEdit")
        self.browse_button = QPushButton(translate("RecordDialog", "Choose…"), self)
        self.browse_button.setObjectName("recordBrowseButton")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("RecordDialog", "Record"))
        self._build_layout()
        self.browse_button.clicked.connect(self._on_browse)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.target_combo.currentIndexChanged.connect(self._on_target_changed)
        self.path_edit.textChanged.connect(self._on_path_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_target_changed()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("RecordDialog", "Record"), self.target_combo)
        form.addRow(translate("RecordDialog", "Format"), self.format_combo)
        form.addRow("", self.format_hint)
        form.addRow(translate("RecordDialog", "Speed"), self.fps_spin)
        form.addRow(translate("RecordDialog", "Length"), self.length_spin)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow(translate("RecordDialog", "File"), file_row)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.buttons)

    # --- public ---------------------------------------------------------------------------
    def format(self) -> str:
        """The chosen format: "gif" or "mp4"."""
        return str(self.format_combo.currentData())

    def choice(self) -> RecordChoice:
        """What the dialog says now (read it after ``exec`` returned Accepted)."""
        name = self.target_combo.currentText()
        return RecordChoice(name, self._targets[name], self.format(), self.fps_spin.value(),
                            self.length_spin.value(), self._path())

    # --- helpers --------------------------------------------------------------------------
    def _path(self) -> Path:
        """The file typed, with the format's suffix (added or put in place of another)."""
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() != f".{self.format()}":
            path = path.with_suffix(f".{self.format()}") if path.suffix.lower() in (
                ".gif", ".mp4") else path.with_name(f"{path.name}.{self.format()}")
        return path

    def _on_target_changed(self, _index: int = 0) -> None:
        # a proposed name follows the target; a name of the user's own is left alone
        text = self.path_edit.text().strip()
        if not text or Path(text).stem.startswith("reludesk-"):
            slug = "-".join(self.target_combo.currentText().lower().split()) or "recording"
            self.path_edit.setText(str(self._folder / f"reludesk-{slug}.{self.format()}"))

    def _on_format_changed(self, _index: int) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(self._path()))

    def _on_path_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def _on_browse(self) -> None:
        kind = self.format()
        path, _ = QFileDialog.getSaveFileName(
            self, translate("RecordDialog", "Record to"), str(self._path()),
            f"{kind.upper()} (*.{kind})"
        )
        if path:
            self.path_edit.setText(path)


def _videos_folder() -> Path:
    for location in (QStandardPaths.StandardLocation.MoviesLocation,
                     QStandardPaths.StandardLocation.PicturesLocation,
                     QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.cwd()


class RecordControl(QObject):
    """One recording at a time for a window (``parent``): the dialog, the recorder, the red
    dot. Wiring, in the window:

    * ``statusBar().addPermanentWidget(control.indicator)`` once;
    * File > Record… triggers ``control.ask(targets)`` (name -> widget);
    * a window-wide Esc shortcut, enabled by ``recordingChanged``, triggers ``control.stop()``;
    * ``message`` to the status bar, ``failed`` to a message box (one plain sentence).

    Signals: ``recordingChanged(bool)``, grabbing began (True) or ended (False: saving
    follows); ``message(str)``, a line for the status bar ("Recording the network…", "Saved
    burst.gif: 150 frames, 2.1 MB"); ``failed(str)``, why nothing was written.
    """

    recordingChanged = Signal(bool)
    message = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.indicator = RecordIndicator()
        self.recorder: Recorder | None = None

    def is_recording(self) -> bool:
        return self.recorder is not None and self.recorder.is_recording()

    def is_busy(self) -> bool:
        """Recording or still writing the last recording."""
        return self.recorder is not None and (self.recorder.is_recording()
                                              or self.recorder.is_saving())

    def ask(self, targets: Mapping[str, QWidget]) -> Recorder | None:
        """Open the dialog on ``targets``; if accepted, start recording (returns its Recorder)."""
        if self.is_busy():
            self.message.emit(translate(
                "RecordControl", "A recording is still being written; wait for it to finish"))
            return None
        dialog = RecordDialog(targets, self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
        finally:
            dialog.deleteLater()
        return self.start(choice)

    def start(self, choice: RecordChoice) -> Recorder | None:
        """Record as ``choice`` says; None (and ``failed``) if its file cannot be written."""
        if self.is_busy():
            return None
        recorder = Recorder(choice.widget, fps=choice.fps, seconds=choice.seconds, parent=self)
        recorder.elapsed.connect(self.indicator.show_elapsed)
        recorder.progress.connect(self.indicator.show_saving)
        recorder.stopped.connect(self._on_stopped)
        recorder.finished.connect(self._on_finished)
        recorder.failed.connect(self._on_failed)
        self.recorder = recorder
        if not recorder.start(choice.path):
            return None
        self.recordingChanged.emit(True)
        self.message.emit(translate(
            "RecordControl", "Recording {target} to {name}: press Esc to stop").format(
                target=choice.target.lower(), name=choice.path.name))
        return recorder

    def stop(self) -> None:
        """Stop recording and write the file (nothing happens when not recording)."""
        if self.recorder is not None:
            self.recorder.stop()

    def cancel(self) -> None:
        """Stop without writing anything (the window is closing)."""
        if self.recorder is not None:
            self.recorder.cancel()
        self.indicator.clear()

    def _on_stopped(self, frames: int) -> None:
        self.recordingChanged.emit(False)
        recorder = self.recorder
        assert recorder is not None
        said = (translate("RecordControl", "Writing {frames} frames to {name}… ({why})")
                if recorder.stopped_early
                else translate("RecordControl", "Writing {frames} frames to {name}…"))
        self.message.emit(said.format(frames=frames, name=recorder.path.name,
                                      why=recorder.stopped_early))

    def _on_finished(self, path: str) -> None:
        self.indicator.clear()
        frames = self.recorder.frame_count() if self.recorder is not None else 0
        size = Path(path).stat().st_size if Path(path).exists() else 0
        self.message.emit(translate("RecordControl", "Saved {name}: {frames} frames, {size}")
                          .format(name=Path(path).name, frames=frames, size=size_text(size)))

    def _on_failed(self, text: str) -> None:
        self.indicator.clear()
        self.failed.emit(text)
