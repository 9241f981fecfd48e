"""Saving a timeline as an image: the formats the administrator allows, and the file chosen.

The article's timeline and the series timeline save alike, so both ask here. A policy's
``allow_export`` names ``png`` and ``svg`` as it names the document formats: a format it leaves
out is neither offered in the save dialog nor written when its suffix is typed by hand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from serge_desktop.services.policy import Policy

IMAGE_FORMATS = ("png", "svg")


def allowed_image_formats(policy: Policy) -> tuple[str, ...]:
    """The image formats this policy lets the user write, PNG first."""
    return tuple(name for name in IMAGE_FORMATS if policy.export_allowed(name))


def image_format(path: Path) -> str:
    """The format a file is written in, by its suffix: SVG for ``.svg``, else PNG."""
    return "svg" if path.suffix.lower() == ".svg" else "png"


def refusal(path: Path, policy: Policy) -> str | None:
    """Why `path` may not be written under this policy, or None when it may."""
    if policy.export_allowed(image_format(path)):
        return None
    if image_format(path) == "svg":
        return QCoreApplication.translate(
            "ImageChoice", "Saving SVG drawings is turned off by your administrator."
        )
    return QCoreApplication.translate(
        "ImageChoice", "Saving PNG images is turned off by your administrator."
    )


def ask_image_path(
    parent: QWidget, title: str, suggested: Path, formats: tuple[str, ...]
) -> Path | None:
    """Ask where to save, offering `formats`; None when the user cancels."""
    filters = {
        "png": QCoreApplication.translate("ImageChoice", "PNG image (*.png)"),
        "svg": QCoreApplication.translate("ImageChoice", "SVG drawing (*.svg)"),
    }
    offered = [filters[name] for name in formats]
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, str(suggested.with_suffix(f".{formats[0]}")), ";;".join(offered)
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".svg" if chosen == filters["svg"] else ".png")
    return path
