"""Build the translations: compile the ``.ts`` sources into the ``.qm`` catalogues the app loads.

    uv run python tools/build_translations.py            # compile (CI and the wheel do this)
    uv run python tools/build_translations.py --update   # first gather new source texts

``--update`` runs Qt's ``pyside6-lupdate`` over ``reludesk/`` so every ``translate("Context",
"text")`` / ``self.tr("text")`` call is listed in ``reludesk/translations/reludesk_<code>.ts``
(texts that vanished are dropped); translators then fill the ``.ts`` files (by hand or with Qt
Linguist). Compiling runs ``pyside6-lrelease`` and writes ``reludesk_<code>.qm`` beside them.
The ``.qm`` files are built, not kept in git.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "reludesk"
FOLDER = PACKAGE / "translations"
CODES = ("de", "es", "zh_CN")


def tool(name: str) -> str:
    """The path of a PySide6 tool next to this Python, else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def update(codes: tuple[str, ...] = CODES) -> None:
    ts = [str((FOLDER / f"reludesk_{code}.ts").relative_to(ROOT)) for code in codes]
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                    "-ts", *ts], cwd=ROOT, check=True)


def compile_all(codes: tuple[str, ...] = CODES) -> list[Path]:
    built = []
    for code in codes:
        ts = FOLDER / f"reludesk_{code}.ts"
        if not ts.exists():
            continue
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true",
                        help="gather the source texts into the .ts files first")
    parser.add_argument("--only", choices=CODES, help="this language only")
    args = parser.parse_args(argv)
    codes = (args.only,) if args.only else CODES
    if args.update:
        update(codes)
    for qm in compile_all(codes):
        print(f"built {qm.relative_to(ROOT)} ({qm.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
