"""The command line's language: the system's (or one forced for a run), without the window.

``reludesk`` speaks the language the window would pick (``reludesk.ui.widgets.language
.system_choice``), read with Qt's QtCore only so that ``reludesk train`` never loads the
widgets. Its words are looked up in the package's compiled catalogue ``reludesk_<code>.qm``
by a ``QTranslator`` asked directly: a QCoreApplication made here would stand in the way of the
window's QApplication (``reludesk`` without a command opens it in the same process), so none
is made, and the window installs its own translators when it starts.

Environment:
    RELUDESK_LANG=de              force a language (en, de, es, zh_CN; de_AT finds de), else
                                  the system's, as Qt reads it (LANGUAGE, LC_ALL, LANG, ...)
    RELUDESK_TRANSLATIONS=<dir>   read reludesk_<code>.qm from <dir> instead of the package
                                  (for tests, with a catalogue built in a temporary folder)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

from reludesk.core import i18n

FORCE = "RELUDESK_LANG"
FOLDER = "RELUDESK_TRANSLATIONS"
# the codes of reludesk.ui.widgets.language.LANGUAGES (kept apart: this module must not import
# the window's package); English is the source, it needs no catalogue
CODES = ("en", "de", "es", "zh_CN")
SOURCE = "en"

_kept: list[object] = []  # the translator and its catalogue's bytes, which Qt reads in place


def closest(names: Iterable[str]) -> str:
    """The code of ``CODES`` closest to the first fitting of ``names`` (locale names such as
    "de-AT", "zh_TW", "es"): any Chinese is zh_CN, de_AT is de; English when none fits."""
    for name in names:
        tag = name.replace("-", "_").split(".")[0]  # "de_DE.UTF-8" as LANG writes it
        if tag in CODES:
            return tag
        base = tag.split("_")[0]
        if base == "zh":
            return "zh_CN"
        if base in CODES:
            return base
    return SOURCE


def choice(environ: Mapping[str, str] | None = None) -> str:
    """The language for this run: ``RELUDESK_LANG`` if set, else the system's."""
    environ = os.environ if environ is None else environ
    forced = environ.get(FORCE, "").strip()
    if forced:
        return closest([forced])
    from PySide6.QtCore import QLocale

    return closest(QLocale.system().uiLanguages())


def catalogue(code: str, environ: Mapping[str, str] | None = None) -> bytes | None:
    """The compiled catalogue of ``code``: from ``RELUDESK_TRANSLATIONS`` when set, else the
    package's; None when there is none."""
    environ = os.environ if environ is None else environ
    name = f"reludesk_{code}.qm"
    folder = environ.get(FOLDER)
    if folder:
        path = Path(folder, name)
        return path.read_bytes() if path.is_file() else None
    entry = resources.files("reludesk") / "translations" / name
    return entry.read_bytes() if entry.is_file() else None


def install(environ: Mapping[str, str] | None = None) -> str:
    """Point the core's ``translate`` at the catalogue of this run's language (changes
    ``reludesk.core.i18n``'s translator); returns the code in use ("en" when the language has
    no catalogue, or Qt cannot read it: the English source texts stay)."""
    try:
        code = choice(environ)
        if code == SOURCE:
            return SOURCE
        data = catalogue(code, environ)
        if data is None:
            return SOURCE
        from PySide6.QtCore import QTranslator
    except (ImportError, OSError):  # no Qt, or an unreadable file: English is always there
        return SOURCE
    translator = QTranslator()
    if not translator.load(data):
        return SOURCE
    _kept[:] = [translator, data]

    def translate(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        # Qt answers "" for a text its catalogue lacks: the English source then, as in the
        # window; %n is filled in here, as QCoreApplication.translate would
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    i18n.set_translator(translate)
    return code


def uninstall() -> None:
    """English again, and the catalogue let go: before the window, which picks its own. Only
    undoes ``install``: a translator it did not put in place (the window's) is left alone."""
    if _kept:
        i18n.set_translator(None)
        _kept.clear()
