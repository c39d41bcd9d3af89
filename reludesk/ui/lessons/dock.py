"""The lesson panel: what the student reads, what to watch, and the way to the next lesson.

It shows one :class:`~reludesk.core.lessons.Lesson` and asks for nothing itself: its buttons
emit signals; the controller (``reludesk.ui.lessons.controller``) opens lessons and passes the
burst on to the window.
Laid out as a wide strip (text on the left, what to watch and the buttons on the right) so it
can sit across the top of the window like the header of a slide. On a projector's stage the
text may fold away (``set_text_folded``): the title and what to watch stay, a "Lesson text"
button (T) unfolds it, and the network keeps the room the class is asked to watch.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reludesk.core.experiment import BURST_LR, BURST_STEPS
from reludesk.core.i18n import translate
from reludesk.core.lessons import Lesson
from reludesk.ui import theme
from reludesk.ui.widgets.language import live

TITLE_SCALE = 1.35
SLACK = 4  # px of height beyond the text's that are left alone
TEXT_SCALE = 1.1
WATCH_STYLE = (
    # its own colours, so the box reads the same on the light and the dark theme
    "QLabel {{ background: #E8F1F8; color: #10202C; border-left: 5px solid {edge}; "
    "border-radius: 3px; padding: 6px 8px; }}"
)


class LessonPanel(QWidget):
    """Title, text, "What to watch" and Previous / Burst / Next for one lesson.

    Signals: ``previousRequested``, ``nextRequested``, ``burstRequested``; ``tooTall`` when
    it was given more height than its text needs (the window shrinks the dock again);
    ``foldChanged(bool)`` when its text folded (True) or unfolded (its height changed).
    """

    previousRequested = Signal()
    tooTall = Signal()
    foldChanged = Signal(bool)
    nextRequested = Signal()
    burstRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self._lesson: Lesson | None = None
        self._index, self._count = 0, 0
        self._why_not = ""  # the Burst button's tooltip while it is disabled

        self.title = QLabel(self)
        self.title.setObjectName("lessonTitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * TITLE_SCALE)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.position = QLabel(self)
        self.position.setObjectName("lessonPosition")
        self.text = self._wrapped("lessonText", TEXT_SCALE)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.watch = self._wrapped("lessonWatch", TEXT_SCALE)
        self.watch.setStyleSheet(WATCH_STYLE.format(edge=theme.OKABE_ITO["blue"]))

        icon, pix = self.style().standardIcon, QStyle.StandardPixmap
        self.previous_button = self._button("lessonPreviousButton")
        self.previous_button.setIcon(icon(pix.SP_ArrowBack))
        self.next_button = self._button("lessonNextButton")
        self.next_button.setIcon(icon(pix.SP_ArrowForward))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # arrow after text
        self.burst_button = self._button("lessonBurstButton")
        bold = self.burst_button.font()
        bold.setBold(True)
        self.burst_button.setFont(bold)
        self.text_button = QToolButton(self)
        self.text_button.setObjectName("lessonTextButton")
        self.text_button.setCheckable(True)
        self.text_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.text_button.setArrowType(Qt.ArrowType.RightArrow)
        self.text_button.toggled.connect(lambda on: self._show_text(on))
        self.text_button.hide()  # only while the text may fold (the stage)
        self._folded = False
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button.clicked.connect(self.nextRequested)
        self.burst_button.clicked.connect(self.burstRequested)
        self._build_layout()
        live(self, lambda p: p._set_texts())

    def _wrapped(self, name: str, scale: float) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
        return label

    def _set_texts(self) -> None:
        """Every text of the panel in the language now chosen: the buttons' and, since the
        lesson shown is data in English, the lesson's."""
        for button, text, tip in (
            (self.previous_button, translate("LessonPanel", "Previous"),
             translate("LessonPanel", "Previous lesson (Alt+Left)")),
            (self.next_button, translate("LessonPanel", "Next"),
             translate("LessonPanel", "Next lesson (Alt+Right)")),
            # the key T is the window's action (Lessons menu), so F1 lists it
            (self.text_button, translate("LessonPanel", "Lesson text"),
             translate("LessonPanel", "Show or fold the lesson's text (T)")),
        ):
            button.setText(text)
            button.setToolTip(tip)
        self.burst_button.setText(translate("LessonPanel", "Burst"))
        self.burst_button.setToolTip(
            self._burst_tip() if self.burst_button.isEnabled() else self._why_not
        )
        self._heading.setText(translate("LessonPanel", "What to watch"))
        self._show_texts()

    def _burst_tip(self) -> str:
        return translate(
            "LessonPanel",
            "{steps} steps at learning rate {rate} for the networks shown, then back to their "
            "rate (B)",
        ).format(steps=BURST_STEPS, rate=f"{BURST_LR:g}")

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the window's shortcuts
        return button

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.setSpacing(4)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.title, stretch=1)
        heading_row.addWidget(self.text_button)
        left.addLayout(heading_row)
        left.addWidget(self.text, stretch=1)  # the spare height goes to the text, not a gap
        self._left = left

        buttons = QHBoxLayout()
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        for button in (self.previous_button, self.burst_button, self.next_button):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.setSpacing(6)
        heading = QLabel(self)
        heading.setObjectName("lessonWatchHeading")
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        right.addWidget(heading)
        right.addWidget(self.watch)
        self._right, self._heading = right, heading
        right.addStretch(1)
        right.addLayout(buttons)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 6)
        row.addLayout(left, stretch=3)
        row.addWidget(line)
        row.addLayout(right, stretch=2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    # --- public ---------------------------------------------------------------------------
    def lesson(self) -> Lesson | None:
        """The lesson shown, or None before the first one."""
        return self._lesson

    def show_lesson(self, lesson: Lesson, index: int, count: int) -> None:
        """Show ``lesson``, number ``index`` (from 0) of ``count``."""
        self._lesson, self._index, self._count = lesson, index, count
        self._show_texts()
        self.burst_button.setVisible(lesson.burst)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)

    def _show_texts(self) -> None:
        """Put the lesson's texts in the labels, in the language now chosen."""
        lesson = self._lesson
        if lesson is None:
            return
        self.title.setText(translate("Lessons", lesson.title))
        self.text.setText(translate("Lessons", lesson.text))
        self.watch.setText(translate("Lessons", lesson.watch))
        self.position.setText(translate("LessonPanel", "Lesson {number} of {count}").format(
            number=self._index + 1, count=self._count))

    def set_burst_available(self, available: bool, why_not: str = "") -> None:
        """Enable the Burst button, or disable it with ``why_not`` as its tooltip (the tab in
        front has no network to burst; the caller translates it and gives it again after a
        change of language)."""
        self._why_not = why_not
        self.burst_button.setEnabled(available)
        self.burst_button.setToolTip(self._burst_tip() if available else why_not)

    def set_text_folded(self, folded: bool | None) -> None:
        """Fold the lesson's text away (True), unfold it (False), or end folding (None: the
        "Lesson text" button goes too). Folded, what to watch moves under the title, where
        it has the width of a line, and the strip is two lines high."""
        self.text_button.setVisible(folded is not None)
        blocked = self.text_button.blockSignals(True)
        self.text_button.setChecked(not folded)
        self.text_button.blockSignals(blocked)
        self._show_text(not folded)

    def text_folded(self) -> bool:
        """True while the lesson's text is folded away."""
        return self._folded

    def _show_text(self, shown: bool) -> None:
        self._folded = not shown
        self.text.setVisible(shown)
        self._heading.setVisible(shown)
        self.text_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        # folded: "What to watch" is the one sentence left, under the title across the width
        (self._right if shown else self._left).insertWidget(1 if shown else 2, self.watch)
        self.updateGeometry()
        self._fit_height()
        self.foldChanged.emit(not shown)

    def height_for(self, width: int) -> int:
        """The height the panel needs at ``width`` pixels to show all its text."""
        layout = self.layout()
        wanted = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        return max(wanted, self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # a dock sizes by minimum heights, not by height-for-width: ask for what the wrapped
        # text needs at this width, so no line is ever cut off
        # (after this event: a resize from inside resizeEvent leaves the layout a step behind)
        needed = self.height_for(event.size().width())
        if needed != self.minimumHeight():
            QTimer.singleShot(0, self._fit_height)
        if event.size().height() > needed + SLACK:
            QTimer.singleShot(0, self._say_too_tall)  # the window hands the room to the plots

    def _fit_height(self) -> None:
        self.setMinimumHeight(self.height_for(self.width()))

    def _say_too_tall(self) -> None:
        if self.height() > self.height_for(self.width()) + SLACK:
            self.tooTall.emit()
