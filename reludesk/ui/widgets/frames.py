"""Frames of a recording, kept compressed, and written out as GIF, MP4 or a PNG series.

No Qt here: a frame arrives as the bytes of a 32-bit image whose bytes run B, G, R, X per pixel
(Qt's ``Format_RGB32`` on a little-endian machine), and leaves as a Pillow image. The recorder
(``recorder``) and ``reludesk render`` share it.

Memory: 20 s at 15 fps of a 1280x720 window is 300 frames of 3.7 MB, 1.1 GB raw. A frame is kept
as its difference from the one before (bytes XOR: zero wherever nothing changed), zlib-compressed
as it comes (level 1, in the recorder's worker thread; numpy and zlib let the GUI thread run
meanwhile), and only its rows where something changed: a window frame shrinks to about 30 kB
and 2-4 ms of the worker's time, where compressing the frame itself gives about 215 kB and
takes 15 ms. A store takes at most ``max_bytes`` of compressed
frames and says when it is full; a frame that repeats the one before costs no bytes at all.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import GifImagePlugin, Image, ImageChops

from reludesk.core.files import FileError, plain_problem
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

MAX_BYTES = 200_000_000  # compressed frames a store keeps at most (about 900 window frames)
# translated where shown: translate("Frames", MP4_HINT)
MP4_HINT = QT_TRANSLATE_NOOP("Frames", "MP4 needs: pip install reludesk[video]")
MAX_HEIGHT = 65535  # rows are numbered in 16 bits
FORMATS = ("gif", "mp4", "png")  # "png": a series of numbered files

Progress = Callable[[int, int], None]  # (frames written, frames in all)


class FrameStore:
    """Frames of one size, each kept as its compressed difference from the frame before; safe
    to fill from one thread while another reads ``len`` and ``nbytes``.

    A frame is (height, width, 4) uint8 as bytes B, G, R, X; ``images()`` gives them back as
    RGB Pillow images, one at a time, so that writing them holds two raw frames at most. Besides
    the compressed bytes the store holds one raw frame: the last, which the next is told from.
    """

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = int(max_bytes)
        self.size: tuple[int, int] | None = None  # (width, height) of the first frame
        self._blobs: list[tuple[bytes, bytes]] = []  # (rows that changed, their XOR, zlib)
        self._counts: list[int] = []  # how many frames each blob stands for (repeats)
        self._nbytes = 0
        self._last: np.ndarray | None = None  # the last frame, (height * width * 4,) uint8
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """Frames in the store, repeats counted."""
        with self._lock:
            return sum(self._counts)

    @property
    def nbytes(self) -> int:
        """Compressed bytes held."""
        return self._nbytes

    @property
    def stored(self) -> int:
        """Frames held as pictures (a repeat is no picture of its own)."""
        return len(self._blobs)

    @property
    def full(self) -> bool:
        """True once the compressed frames reached ``max_bytes``: add no more."""
        return self._nbytes >= self.max_bytes

    def add(self, bgrx: bytes | np.ndarray, width: int, height: int) -> bool:
        """Compress one frame (``width * height * 4`` bytes, B G R X, or a uint8 array of them
        in that order) and keep it; False (and nothing kept) when the store is full. A frame of
        another size is refused (ValueError): a video has one size. ``bgrx`` is copied."""
        if self.size is None:
            self.size = (width, height)
        elif self.size != (width, height):
            raise ValueError(f"frame is {width}x{height}, the recording {self.size[0]}x"
                             f"{self.size[1]}")
        if not 0 < height <= MAX_HEIGHT:
            raise ValueError(f"a frame is 1 to {MAX_HEIGHT} rows high, got {height}")
        given = np.asarray(bgrx, np.uint8) if isinstance(bgrx, np.ndarray) else np.frombuffer(
            bgrx, np.uint8)
        if given.size != width * height * 4:
            raise ValueError(f"a {width}x{height} frame has {width * height * 4} bytes, "
                             f"got {given.size}")
        if self.full:
            return False
        # its own copy, the base of the next frame's difference: the caller's may change; numpy
        # copies without the GIL
        frame = np.array(given, np.uint8).reshape(-1)
        # XOR with the frame before: what did not change is 0. Only the rows where something
        # changed are compressed (while training, a fifth to a third of the window's rows):
        # 2-4 ms a 1280x720 frame, where compressing all of it takes 7-11. numpy and zlib
        # let go of the GIL meanwhile, so the GUI thread trains on.
        delta = frame if self._last is None else np.bitwise_xor(frame, self._last)
        rows = delta.reshape(height, width * 4)
        changed = np.flatnonzero(rows.any(axis=1)).astype(np.uint16)
        blob = (changed.tobytes(), zlib.compress(rows[changed], 1))
        self._last = frame
        with self._lock:
            self._blobs.append(blob)
            self._counts.append(1)
            self._nbytes += len(blob[0]) + len(blob[1])
        return True

    def repeat_last(self, n: int = 1) -> None:
        """The last frame stands for ``n`` more (the clock moved on, nothing new was grabbed).
        Nothing happens before the first frame."""
        with self._lock:
            if self._counts and n > 0:
                self._counts[-1] += int(n)

    def images(self) -> Iterator[Image.Image]:
        """Every frame, repeats included, as an RGB image, decompressed as it is asked for."""
        if self.size is None:
            return
        width, height = self.size
        frame = np.zeros((height, width * 4), np.uint8)
        for (changed, blob), count in zip(list(self._blobs), list(self._counts), strict=True):
            rows = np.frombuffer(changed, np.uint16)
            frame[rows] ^= np.frombuffer(zlib.decompress(blob), np.uint8).reshape(len(rows),
                                                                                 width * 4)
            # its own bytes: the next frame is made in ``frame``, and a writer keeps the last
            image = Image.frombuffer("RGB", (width, height), frame.tobytes(), "raw", "BGRX", 0, 1)
            for _ in range(count):
                yield image


def mp4_available() -> bool:
    """True when MP4 can be written: imageio and its ffmpeg (the extra ``reludesk[video]``)."""
    try:
        import imageio.v2  # noqa: F401
        import imageio_ffmpeg

        imageio_ffmpeg.get_ffmpeg_exe()  # the package may be there without its binary
    except (ImportError, OSError, RuntimeError):
        return False
    return True


def available_formats() -> list[str]:
    """The video formats this installation writes: "gif" always, "mp4" with the extra."""
    return ["gif", "mp4"] if mp4_available() else ["gif"]


def format_of(path: Path) -> str:
    """"gif", "mp4" or "png" by ``path``'s suffix; ValueError naming the allowed ones."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(translate(
            "Frames", "{name}: the file name must end in .gif, .mp4 or .png").format(
                name=Path(path).name))
    return suffix


def gif_durations(n: int, fps: float) -> list[int]:
    """Milliseconds per frame for ``n`` frames at ``fps``. GIF counts time in hundredths of a
    second, so 15 fps (66.7 ms) cannot be one number: the frames end on the multiples of 10 ms
    nearest to k / fps, which alternates 60 and 70 ms and keeps the whole on time."""
    ends = [round(k * 100.0 / fps) * 10 for k in range(n + 1)]
    return [max(10, b - a) for a, b in itertools.pairwise(ends)]


def write(images: Iterable[Image.Image], count: int, path: Path, fps: float,
          progress: Progress | None = None) -> Path:
    """Write ``count`` frames of ``images`` to ``path`` (its suffix says the format: .gif, .mp4,
    or .png for a series ``name_0000.png``, ``name_0001.png``, ... beside it) and return it.

    The file appears whole or not at all (a temporary file, then renamed). ``progress(done,
    count)`` follows the frames. Errors raise FileError in plain words naming the file ("x.gif:
    the disk is full"); ValueError for a suffix that is no format or MP4 without the extra.
    """
    path = Path(path)
    kind = format_of(path)
    if kind == "mp4" and not mp4_available():
        hint = translate("Frames", MP4_HINT)
        raise ValueError(f"{path.name}: {hint}")
    if count < 1:
        raise ValueError(translate("Frames", "{name}: there are no frames to write").format(
            name=path.name))
    frames = _counted(images, count, progress)
    try:
        if kind == "png":
            _write_pngs(frames, path, count)
            return path
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=path.suffix)
        os.close(fd)
        try:
            if kind == "gif":
                _write_gif(frames, count, Path(temp), fps)
            else:
                _write_mp4(frames, Path(temp), fps)
            os.replace(temp, path)
        finally:
            if os.path.exists(temp):
                os.remove(temp)
    except FileError:
        raise
    except OSError as exc:
        raise plain_problem(exc, path, writing=True) from None
    return path


def _counted(images: Iterable[Image.Image], count: int, progress: Progress | None
             ) -> Iterator[Image.Image]:
    for done, image in enumerate(images, start=1):
        if done > count:
            return
        yield image
        if progress is not None:
            progress(done, count)


def _write_gif(frames: Iterator[Image.Image], count: int, path: Path, fps: float) -> None:
    """Stream ``frames`` into a GIF that loops forever, holding two raw frames at a time.

    Pillow's own ``save_all`` keeps every frame in memory until the end (300 frames of
    1280x720 would be 280 MB), so frames go out one by one through its GIF helpers
    ``getheader`` / ``getdata``: the first frame whole, then only the rectangle that changed
    since the frame before, each with its own palette of at most 256 colours (fast octree:
    10 ms for 1280x720; median cut takes 110). A frame equal to the one before is not written:
    the one before is shown longer."""
    durations = gif_durations(count, fps)
    with open(path, "wb") as fh:
        previous: Image.Image | None = None
        pending: list = []  # [paletted picture, offset, ms, own palette?] not yet written
        for k, image in enumerate(frames):
            if previous is None:
                first = _paletted(image)
                header, _ = GifImagePlugin.getheader(first, info={"loop": 0})
                fh.writelines(header)
                pending = [first, (0, 0), durations[k], False]
            else:
                box = ImageChops.difference(previous, image).getbbox()
                if box is None:
                    pending[2] += durations[k]
                    continue
                _write_gif_frame(fh, *pending)
                pending = [_paletted(image.crop(box)), box[:2], durations[k], True]
            previous = image
        if pending:
            _write_gif_frame(fh, *pending)
        fh.write(b";")  # the GIF trailer


def _paletted(image: Image.Image) -> Image.Image:
    return image.quantize(256, method=Image.Quantize.FASTOCTREE)


def _write_gif_frame(fh: BinaryIO, picture: Image.Image, offset: tuple[int, int], ms: int,
                     own_palette: bool) -> None:
    # disposal 1: the picture stays, and the next frame's rectangle is drawn over it
    fh.writelines(GifImagePlugin.getdata(picture, offset, duration=ms, disposal=1,
                                         include_color_table=own_palette))


def _write_mp4(frames: Iterator[Image.Image], path: Path, fps: float) -> None:
    import imageio.v2 as imageio

    # yuv420p (what every player reads) halves the colour resolution: the sides must be even
    writer = imageio.get_writer(path, format="FFMPEG", mode="I", fps=fps, codec="libx264",
                                pixelformat="yuv420p", macro_block_size=1, quality=8,
                                ffmpeg_log_level="error")
    try:
        for image in frames:
            pixels = np.asarray(image)
            height, width = pixels.shape[0] & ~1, pixels.shape[1] & ~1
            writer.append_data(np.ascontiguousarray(pixels[:height, :width]))
    finally:
        writer.close()


def png_names(path: Path, count: int) -> list[Path]:
    """The files of a PNG series for ``path`` (``name.png``): ``name_0000.png`` and on, four
    digits or more, beside it."""
    digits = max(4, len(str(max(count - 1, 0))))
    return [path.with_name(f"{path.stem}_{k:0{digits}d}.png") for k in range(count)]


def _write_pngs(frames: Iterator[Image.Image], path: Path, count: int) -> None:
    # streamed: one frame in memory at a time
    for name, image in zip(png_names(path, count), frames, strict=False):
        image.save(name, format="PNG")
