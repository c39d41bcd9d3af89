"""reludesk render through a subprocess: the GIF's frames, their size and the burst in the
caption; a PNG series in a folder; bad arguments one line on stderr, exit 2, no traceback."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageSequence

from reludesk.render import RenderError, check, default_every, frame_steps, parse_size

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "reludesk.render", *args], cwd=ROOT, env=environment,
        capture_output=True, text=True, timeout=300, check=False,
    )


def red_in_caption(frame: np.ndarray, strip: int = 16) -> int:
    """Pixels of the caption strip drawn in the burst's red."""
    bottom = frame[-strip:].astype(int)
    r, g, b = bottom[..., 0], bottom[..., 1], bottom[..., 2]
    return int(((r > 150) & (g < 110) & (b < 110)).sum())


def test_render_writes_a_gif_with_a_frame_per_mark_at_the_size_and_the_burst_marked(tmp_path):
    out = tmp_path / "burst.gif"
    result = run("--lesson", "dying_relu", "--burst-at", "20", "--steps", "40", "--every", "10",
                 "--panel", "network", "--size", "200x150", "--fps", "10", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith(f"wrote {out}")
    with Image.open(out) as gif:
        assert gif.size == (200, 150)
        frames = [np.asarray(f.convert("RGB")) for f in ImageSequence.Iterator(gif)]
        assert gif.info["loop"] == 0
    # steps 0, 10, 20, 30, 40; each frame's caption names its step, so none merges
    assert len(frames) == 5
    # the burst runs from step 20 for 100 steps, cut short at the run's end (40): the
    # caption is red at steps 20 and 30 only
    reds = [red_in_caption(f) for f in frames]
    assert [r > 20 for r in reds] == [False, False, True, True, False], reds
    # the network view above the caption changes as the network trains
    assert not np.array_equal(frames[0][:-20], frames[-1][:-20])


def test_render_into_a_folder_writes_a_png_series(tmp_path):
    result = run("--lesson", "relu", "--steps", "6", "--every", "3", "--panel", "loss",
                 "--size", "160x120", "--no-caption", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["frame_0000.png", "frame_0001.png", "frame_0002.png"]
    for name in names:
        with Image.open(tmp_path / name) as png:
            assert png.size == (160, 120)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--lesson", "nope"], ["unknown lesson 'nope'", "dying_relu", "leaky_relu"]),
        (["--panel", "lungs"], ["unknown panel 'lungs'", "network, output, tap, loss"]),
        (["--steps", "0"], ["--steps must be 1 to 1,000,000, got 0"]),
        (["--burst-at", "41"], ["--burst-at must be 0 to --steps (40), got 41"]),
        (["--burst-at", "-1"], ["--burst-at must be 0 to --steps (40), got -1"]),
        (["--size", "80x"], ["--size must be WIDTHxHEIGHT", "800x600", "'80x'"]),
        (["--size", "10x10"], ["--size sides must be 64 to 3840 pixels, got 10x10"]),
        (["--fps", "0"], ["--fps must be 1 to 60, got 0"]),
        (["--every", "0"], ["--every must be at least 1 step, got 0"]),
        (["--out", "{tmp}/missing/burst.gif"], ["the folder", "missing does not exist"]),
        (["--out", "{tmp}/burst.avi"], ["--out must end in .gif, .mp4 or .png"]),
        (["--steps", "zero"], ["argument --steps: invalid int value: 'zero'"]),
        (["--colour", "red"], ["unrecognized arguments: --colour red"]),
    ],
)
def test_bad_arguments_exit_2_with_one_line_and_no_traceback(tmp_path, args, words):
    base = {"--lesson": "dying_relu", "--burst-at": "20", "--steps": "40",
            "--panel": "network", "--out": str(tmp_path / "burst.gif")}
    argv: list[str] = []
    given = dict(zip(args[::2], args[1::2], strict=True))
    for key, value in {**base, **given}.items():
        argv += [key, value.replace("{tmp}", str(tmp_path))]
    result = run(*argv)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_mp4_without_the_video_extra_exits_2_saying_how_to_get_it(tmp_path):
    fake = tmp_path / "fake"
    (fake / "imageio").mkdir(parents=True)
    (fake / "imageio" / "__init__.py").write_text("raise ImportError('not installed')\n")
    env = {"PYTHONPATH": os.pathsep.join([str(fake), os.environ.get("PYTHONPATH", "")])}
    result = run("--lesson", "dying_relu", "--steps", "40", "--out",
                 str(tmp_path / "burst.mp4"), env=env)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "python -m reludesk.render: error: --out burst.mp4: MP4 needs: pip install "
        "reludesk[video]"
    ]


def test_frames_come_every_n_steps_and_at_the_last():
    assert frame_steps(40, 10) == [0, 10, 20, 30, 40]
    assert frame_steps(45, 10) == [0, 10, 20, 30, 40, 45]
    assert frame_steps(1, 5) == [0, 1]
    # the default: about 10 s at the frame rate
    assert default_every(3000, 15) == 20 and len(frame_steps(3000, 20)) == 151
    assert default_every(50, 15) == 1


def test_size_and_frame_count_checks():
    assert parse_size("800x600") == (800, 600)
    with pytest.raises(RenderError, match="WIDTHxHEIGHT"):
        parse_size("800")
    with pytest.raises(RenderError, match="at most 3,000: take --every 34 or more"):
        check("dying_relu", None, 100_000, "network", 15, 20)
    assert check("dying_relu", None, 3000, "network", 15, None) == 20
