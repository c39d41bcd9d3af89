"""The command line speaks the system's language (or the one RELUDESK_LANG forces): an error
line and the summary in German through a real subprocess, with a small German catalogue built
here by Qt's pyside6-lrelease and read from RELUDESK_TRANSLATIONS (the shipped translations are
the lead's); ``train --json`` keeps its keys and data values; English needs no catalogue."""

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from reludesk import cli_language
from reludesk.core import i18n

TASK_ALONE = ("--task says how to read the labels of --points FILE.csv; without --points the "
              "data set decides the task: leave --task out")
GERMAN = {
    "Cli": {
        "reludesk: error: {reason}": "reludesk: Fehler: {reason}",
        TASK_ALONE: "--task sagt, wie die Etiketten von --points DATEI.csv zu lesen sind; ohne "
                    "--points bestimmt der Datensatz die Aufgabe: --task weglassen",
        "train loss {loss}": "Trainingsverlust {loss}",
        "{n} steps": "{n} Schritte",
    },
}


def _ts(messages: dict[str, dict[str, str]]) -> str:
    contexts = "".join(
        f"<context><name>{name}</name>"
        + "".join(f"<message><source>{escape(s)}</source><translation>{escape(t)}"
                  "</translation></message>" for s, t in texts.items())
        + "</context>"
        for name, texts in messages.items()
    )
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="de">{contexts}</TS>\n')


@pytest.fixture
def catalogues(tmp_path) -> Path:
    """A folder holding reludesk_de.qm (German for a few of the command line's words)."""
    ts = tmp_path / "reludesk_de.ts"
    ts.write_text(_ts(GERMAN), encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "reludesk_de.qm")],
                   check=True)
    return tmp_path


def _run(folder: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("RELUDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run(
        [sys.executable, "-m", "reludesk", "train", *args], capture_output=True, text=True,
        timeout=60, env={**clean, "RELUDESK_TRANSLATIONS": str(folder), **env},
    )


def test_an_error_line_in_german_when_forced(catalogues):
    proc = _run(catalogues, "--task", "regression", RELUDESK_LANG="de")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == ("reludesk: Fehler: --task sagt, wie die Etiketten von --points "
                           "DATEI.csv zu lesen sind; ohne --points bestimmt der Datensatz die "
                           "Aufgabe: --task weglassen\n")


def test_the_system_language_is_followed_and_english_is_the_default(catalogues):
    german = _run(catalogues, "--task", "regression", LANGUAGE="de", LANG="de_DE.UTF-8")
    assert german.stderr.startswith("reludesk: Fehler: --task sagt")
    english = _run(catalogues, "--task", "regression", LANG="C.UTF-8")
    assert english.stderr == f"reludesk: error: {TASK_ALONE}\n"
    # a language with no catalogue keeps the English source
    spanish = _run(catalogues, "--task", "regression", RELUDESK_LANG="es")
    assert spanish.stderr == english.stderr


def test_the_summary_is_german_and_the_json_keeps_its_keys(catalogues):
    args = ("--hidden", "4", "--steps", "2")
    summary = _run(catalogues, *args, RELUDESK_LANG="de")
    assert summary.returncode == 0, summary.stderr
    lines = summary.stdout.splitlines()
    assert lines[0].endswith(": 2 Schritte") and lines[1].startswith("Trainingsverlust ")
    german = json.loads(_run(catalogues, *args, "--json", RELUDESK_LANG="de").stdout)
    english = json.loads(_run(catalogues, *args, "--json", LANG="C.UTF-8").stdout)
    assert german == english


@pytest.mark.parametrize(("names", "code"), [
    (["de-AT", "en-US"], "de"), (["zh-TW"], "zh_CN"), (["zh_CN"], "zh_CN"),
    (["fr-FR", "es-MX"], "es"), (["de_DE.UTF-8"], "de"), (["fr", "C"], "en"), ([], "en"),
])
def test_the_closest_language(names, code):
    assert cli_language.closest(names) == code


def test_install_points_the_core_at_the_catalogue_and_uninstall_lets_go(catalogues):
    env = {"RELUDESK_LANG": "de_CH", "RELUDESK_TRANSLATIONS": str(catalogues)}
    try:
        assert cli_language.install(env) == "de"
        assert i18n.translate("Cli", "train loss {loss}") == "Trainingsverlust {loss}"
        # a text the catalogue lacks is its English source, with %n filled in
        assert i18n.translate("Cli", "%n more", None, 3) == "3 more"
    finally:
        cli_language.uninstall()
    assert i18n.translate("Cli", "train loss {loss}") == "train loss {loss}"
    assert cli_language.install({"RELUDESK_LANG": "de",
                                 "RELUDESK_TRANSLATIONS": str(catalogues / "none")}) == "en"
