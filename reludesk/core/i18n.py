"""The one door every user-facing sentence of reludesk goes through: ``translate``.

The core imports numpy and the standard library only, so it cannot call Qt's translator itself;
the window (or the command line) hands one in with ``set_translator`` (Qt's
``QCoreApplication.translate``), and until then the English source text is the text. Qt's
``pyside6-lupdate`` finds every ``translate("Context", "source text")`` call in the sources and
lists it for the translators, so the source text must be a literal (placeholders such as
``{name}`` are filled with ``str.format`` after translating, never with an f-string before).
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # Qt puts n in place of %n even without a translation: so does the English default
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (English, the source) in the language chosen, looked up under ``context``
    (a module's or a class's name); ``%n`` becomes ``n`` when n >= 0 (plural forms)."""
    return _translator(context, text, disambiguation, n)


def set_translator(translator: Translator | None) -> None:
    """Send every ``translate`` call to ``translator`` from now on (None: back to English)."""
    global _translator
    _translator = _english if translator is None else translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the very name lupdate looks for
    """Mark ``text`` for the translators without translating it now (a module-level table
    whose entries are translated where they are shown: ``translate(context, TABLE[key])``)."""
    return text
