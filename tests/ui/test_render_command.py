"""``reludesk render`` is the render command of the reludesk program (issue 19, point 4): the
same options and messages as ``python -m reludesk.render``, listed by ``reludesk --help``."""

import os
import subprocess
import sys

from PIL import Image


def run(*args, cwd=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "reludesk", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=300)


def test_reludesk_render_writes_the_gif(tmp_path):
    out = tmp_path / "burst.gif"
    done = run("render", "--lesson", "dying_relu", "--burst-at", "20", "--steps", "40",
               "--panel", "network", "--every", "10", "--size", "240x160", "--out", str(out))
    assert done.returncode == 0, done.stderr
    with Image.open(out) as gif:
        assert gif.size == (240, 160) and gif.n_frames == 5  # steps 0, 10, 20, 30, 40


def test_bad_render_arguments_exit_2_with_one_line(tmp_path):
    done = run("render", "--lesson", "dying_relu", "--steps", "0", "--out", str(tmp_path / "x.gif"))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reludesk render: error: ")
    assert "Traceback" not in done.stderr and not (tmp_path / "x.gif").exists()


def test_the_help_lists_render():
    done = run("--help")
    assert done.returncode == 0 and "render" in done.stdout
