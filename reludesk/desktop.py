"""The app's own files (icon, desktop entry) and putting them where the user's desktop looks.

They live in ``reludesk/resources`` and are read with importlib.resources, so a source checkout,
an installed wheel and a PyInstaller bundle all find them in the package itself. Qt is not
imported here: the command line installs the entry without loading it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from reludesk.core.files import FileError, plain_problem, write_text_atomic

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable  # importlib.abc's on Python 3.10

ICON = "reludesk.svg"
ENTRY = "reludesk.desktop"
# where the XDG icon theme spec looks for a scalable application icon of the fallback theme
ICON_FOLDER = Path("icons", "hicolor", "scalable", "apps")

# characters that make an argument of a desktop entry's Exec key need double quotes
_RESERVED = frozenset(" \t\"'\\><~|&;$*?#()`")


def resource(name: str) -> Traversable:
    """The file ``name`` of the package's resources folder (it may not exist)."""
    return files("reludesk") / "resources" / name


def icon_file() -> Path | None:
    """The icon's path on disk, or None when it is missing or the package is not on a file
    system (Qt's SVG icon engine reads a file by name)."""
    ref = resource(ICON)
    return ref if isinstance(ref, Path) and ref.is_file() else None


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset, empty or relative (the XDG base
    directory spec says a relative value is to be ignored)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that started this process, as the desktop is to run it: a session's PATH is
    often not a terminal's (a venv's or uv's bin folder is missing), so the path is absolute."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own executable
        return [sys.executable]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.stem == "reludesk" and script.is_file():
        return [str(script.absolute())]  # not resolved: uv's link survives an upgrade
    return [sys.executable, "-m", "reludesk"]


def exec_value(command: list[str]) -> str:
    """``command`` as the value of a desktop entry's Exec key.

    Two levels of escaping, as the Desktop Entry spec has them: an argument with a reserved
    character goes in double quotes with ``"`$\\`` backslash-escaped, and then every backslash
    of the value is doubled because the key is a string (so a literal backslash becomes four).
    A percent sign would start a field code, so it is doubled.
    """
    parts = []
    for arg in command:
        if "\n" in arg or "\r" in arg:
            raise ValueError(f"cannot start {arg!r} from a desktop entry: it holds a line break")
        arg = arg.replace("%", "%%")
        if any(ch in _RESERVED for ch in arg):
            arg = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'
        parts.append(arg.replace("\\", "\\\\"))
    return " ".join(parts)


def entry_text(command: list[str]) -> str:
    """The packaged desktop entry with its Exec key set to ``command``."""
    lines = resource(ENTRY).read_text(encoding="utf-8").splitlines()
    lines = [f"Exec={exec_value(command)}" if ln.startswith("Exec=") else ln for ln in lines]
    return "\n".join(lines) + "\n"


def install(home: Path, command: list[str]) -> list[tuple[Path, bool]]:
    """Write the desktop entry (starting ``command``) to ``home``/applications and the icon
    to ``home``/icons/hicolor/scalable/apps, making the folders as needed.

    Returns (path, changed) for each file; a file already holding the same text is left as it
    is, so running it twice changes nothing. FileError (one line, naming the folder) if a
    folder cannot be made or written.
    """
    wanted = [
        (home / "applications" / ENTRY, entry_text(command)),
        (home / ICON_FOLDER / ICON, resource(ICON).read_text(encoding="utf-8")),
    ]
    done = []
    for path, text in wanted:
        try:
            if path.is_file() and path.read_text(encoding="utf-8") == text:
                done.append((path, False))
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, text)
        except OSError as exc:
            problem = plain_problem(exc, path, writing=True)
            raise FileError(
                f"cannot install the desktop entry in {path.parent}: {problem}", exc.errno
            ) from None
        done.append((path, True))
    return done
