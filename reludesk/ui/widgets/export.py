"""Export of plots as one figure (PNG or SVG, through pyqtgraph's exporters) and curves as CSV.

pyqtgraph exports one plot at a time; a figure here is several plots stacked top to bottom, so the
pieces are exported separately and then put together: images painted onto one canvas, SVG
documents as groups of one outer document.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from os import PathLike
from typing import Any

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtGui import QColor, QImage, QPainter

PathArg = str | PathLike[str]

# Exports are drawn larger than on screen so that they stay sharp in slides and print.
EXPORT_SCALE = 2


def _background(plot: pg.PlotWidget) -> QColor:
    return plot.backgroundBrush().color()


def export_png(plots: Sequence[pg.PlotWidget], path: PathArg) -> None:
    """Write ``plots`` stacked top to bottom as one PNG; raises OSError if it cannot be written."""
    images: list[QImage] = []
    for plot in plots:
        exporter = pyqtgraph.exporters.ImageExporter(plot.getPlotItem())
        width = max(1, int(plot.getPlotItem().sceneBoundingRect().width()) * EXPORT_SCALE)
        exporter.parameters()["width"] = width
        images.append(exporter.export(toBytes=True))
    width = max(image.width() for image in images)
    height = sum(image.height() for image in images)
    canvas = QImage(width, height, QImage.Format.Format_ARGB32)
    canvas.fill(_background(plots[0]))
    painter = QPainter(canvas)
    y = 0
    for image in images:
        painter.drawImage(0, y, image)
        y += image.height()
    painter.end()
    if not canvas.save(str(path), "PNG"):
        raise OSError(f"could not write the PNG file {path}")


_XML_DECL = re.compile(r"<\?xml[^>]*\?>\s*")
_ID = re.compile(r'\bid="([^"]+)"')
_REF = re.compile(r"url\(#([^)]+)\)")
_HREF = re.compile(r'href="#([^"]+)"')
_TITLE_DESC = re.compile(r"<(title|desc)>.*?</\1>\s*", re.DOTALL)
_CLOSE = re.compile(r"\s*[Zz]\s*")


def _svg_group(svg: str, prefix: str, y: float) -> str:
    """The drawing of one exported ``svg`` as a <g> moved down by ``y``.

    Its ids get ``prefix``, so the clip paths of two plots never clash. A group rather than a
    nested <svg>: SVG Tiny readers (Qt's own among them) skip nested documents.
    """
    svg = _XML_DECL.sub("", svg, count=1)
    svg = _ID.sub(lambda m: f'id="{prefix}{m.group(1)}"', svg)
    svg = _REF.sub(lambda m: f"url(#{prefix}{m.group(1)})", svg)
    svg = _HREF.sub(lambda m: f'href="#{prefix}{m.group(1)}"', svg)
    body = svg[svg.index(">", svg.index("<svg")) + 1 : svg.rindex("</svg>")]
    body = _TITLE_DESC.sub("", body)
    return f'<g id="{prefix}plot" transform="translate(0,{y:g})">\n{body}</g>\n'


@contextmanager
def _closed_paths_tolerated() -> Iterator[None]:
    """Let pyqtgraph 0.14's SVG exporter read paths that Qt closes with "Z".

    Qt 6.11 ends closed paths with a "Z" command, which pyqtgraph 0.14.0 cannot parse (pyqtgraph
    issue #3495: every ViewBox fails). The "Z" is dropped before pyqtgraph reads the path; the
    outlines concerned end where they started, so they look the same. Where pyqtgraph has no
    such function (a later version) nothing is changed.
    """
    module = sys.modules.get("pyqtgraph.exporters.SVGExporter")
    original = getattr(module, "correctCoordinates", None)
    if original is None:
        yield
        return

    def tolerant(node: Any, defs: Any, item: Any, options: Any) -> Any:
        for element in node.getElementsByTagName("path"):
            d = element.getAttribute("d")
            if "Z" in d or "z" in d:
                element.setAttribute("d", _CLOSE.sub(" ", d).strip())
        return original(node, defs, item, options)

    module.correctCoordinates = tolerant
    try:
        yield
    finally:
        module.correctCoordinates = original


def export_svg(plots: Sequence[pg.PlotWidget], path: PathArg) -> None:
    """Write ``plots`` stacked top to bottom as one SVG file (vector: lines stay sharp)."""
    parts: list[str] = []
    y = 0.0
    width = 0.0
    for k, plot in enumerate(plots):
        exporter = pyqtgraph.exporters.SVGExporter(plot.getPlotItem())
        w, h = float(exporter.parameters()["width"]), float(exporter.parameters()["height"])
        with _closed_paths_tolerated():
            svg = exporter.export(toBytes=True).decode("utf-8")
        parts.append(_svg_group(svg, f"p{k}_", y))
        y += h
        width = max(width, w)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'version="1.2" baseProfile="tiny" width="{width:g}" height="{y:g}" '
        f'viewBox="0 0 {width:g} {y:g}">\n'
        "<title>reludesk activation explorer</title>\n" + "".join(parts) + "</svg>\n"
    )
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(document)


def export_csv(z: np.ndarray, columns: Sequence[tuple[str, np.ndarray]], path: PathArg) -> None:
    """Write a CSV: a header row, then one row per z with the given columns beside it.

    Numbers are written with 17 significant digits, enough to read back the same float64.
    """
    data = np.column_stack([z, *(values for _, values in columns)])
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["z", *(title for title, _ in columns)])
        writer.writerows([f"{v:.17g}" for v in row] for row in data)
