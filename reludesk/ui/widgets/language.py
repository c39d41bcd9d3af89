"""The language of the window: Qt's translators, and texts that follow a change at once.

Every user-facing string goes through ``reludesk.core.i18n.translate`` (the core's door, which
this module points at Qt's translator). A text set once at construction would stay in the old
language after a switch, so widgets set such texts through ``live(owner, fn)``: ``fn(owner)``
runs now and again after every switch (``set_language``), for as long as ``owner`` lives.
Texts that are rebuilt anyway (the step counter, the dead count) just call ``translate`` when
they are made. Compiled catalogues (``reludesk_<code>.qm``) live in the package's
``translations`` folder, built from the ``.ts`` sources there by ``tools/build_translations.py``.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from importlib import resources
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reludesk.core import i18n

# code -> the language's own name, as the Language menu lists it
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "zh_CN": "简体中文"}
SOURCE = "en"  # the language of the source texts: no catalogue needed
_ATTR = "_reludesk_live_texts"

_owners: weakref.WeakSet[Any] = weakref.WeakSet()
_installed: list[QTranslator] = []
_current = SOURCE


def live(owner: Any, fn: Callable[[Any], object]) -> None:
    """Run ``fn(owner)`` now and after every change of language while ``owner`` lives (a
    widget, an action, a plot item: any object that takes attributes and weak references)."""
    fn(owner)
    texts = owner.__dict__.setdefault(_ATTR, []) if hasattr(owner, "__dict__") else None
    if texts is None:  # pragma: no cover - Qt wrappers all have a __dict__
        raise TypeError(f"{type(owner).__name__} cannot hold live texts")
    texts.append(fn)
    _owners.add(owner)


def retranslate_all() -> int:
    """Run every live text again; returns how many ran. An owner whose Qt object is gone
    (RuntimeError from the binding) is forgotten."""
    ran = 0
    for owner in list(_owners):
        for fn in list(owner.__dict__.get(_ATTR, ())):
            try:
                fn(owner)
            except RuntimeError:  # its C++ object was deleted: nothing to show it on
                _owners.discard(owner)
                break
            ran += 1
    return ran


def catalogue(code: str) -> bytes | None:
    """The compiled catalogue of language ``code`` from the package, None if it has none."""
    entry = resources.files("reludesk") / "translations" / f"reludesk_{code}.qm"
    return entry.read_bytes() if entry.is_file() else None


def current() -> str:
    """The language in use (a ``LANGUAGES`` code)."""
    return _current


def system_choice(locale: QLocale | None = None) -> str:
    """The ``LANGUAGES`` code closest to the system's language (``locale``, default the
    system's): zh_CN for any Chinese, German for de_AT; English when none fits."""
    for name in (locale or QLocale.system()).uiLanguages():
        tag = name.replace("-", "_")
        if tag in LANGUAGES:
            return tag
        base = tag.split("_")[0]
        if base == "zh":
            return "zh_CN"
        if base in LANGUAGES:
            return base
    return SOURCE


def set_language(code: str) -> bool:
    """Translate the application into ``code`` now: Qt's own dialogs too, and every live
    text. False (and nothing changed) for a code without a catalogue."""
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose one of: {', '.join(LANGUAGES)}")
    ours = None
    if code != SOURCE:
        data = catalogue(code)
        if data is None:
            return False
        ours = QTranslator()
        if not ours.load(data):
            return False
        ours._data = data  # Qt reads the catalogue in place: it must outlive the translator
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if ours is not None:
        qt = QTranslator()
        # Qt's own words (dialog buttons) where the Qt installation has them
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
        _installed.append(ours)
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    _current = code
    i18n.set_translator(QCoreApplication.translate if app is not None else None)
    retranslate_all()
    return True
