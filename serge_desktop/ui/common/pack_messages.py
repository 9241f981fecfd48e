"""The window's wording of why a class pack was refused, or a layer note left unchanged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from serge_desktop.core.errors import SergeError
from serge_desktop.services.packs.errors import PackError, PackTooNewError, ReadOnlyNoteError


def describe_pack_error(error: SergeError) -> str | None:
    """A translated sentence for a pack or layer error; None for any other error."""
    if isinstance(error, ReadOnlyNoteError):
        return QCoreApplication.translate(
            "PackMessages", "This note is from another author and cannot be changed. Copy it first."
        )
    if isinstance(error, PackTooNewError):
        return (
            QCoreApplication.translate(
                "PackMessages", "This pack needs Serge Desktop %1 or later; you have %2."
            )
            .replace("%1", error.needed)
            .replace("%2", error.have)
        )
    if not isinstance(error, PackError):
        return None
    reasons = {
        "not_zip": QCoreApplication.translate(
            "PackMessages", "This file is not a class pack (it is not a zip archive)."
        ),
        "too_large": QCoreApplication.translate("PackMessages", "The pack is larger than 200 MB."),
        "too_many_members": QCoreApplication.translate(
            "PackMessages", "The pack holds more than 10,000 files."
        ),
        "unsafe_member": QCoreApplication.translate(
            "PackMessages", "The pack holds a file with an unsafe name, or a link."
        ),
        "duplicate_member": QCoreApplication.translate(
            "PackMessages", "The pack holds two files with the same name."
        ),
        "bomb": QCoreApplication.translate(
            "PackMessages", "The pack unpacks to far more data than a class pack holds."
        ),
        "too_deep": QCoreApplication.translate(
            "PackMessages", "The pack's data is nested too deeply to be read safely."
        ),
        "checksum": QCoreApplication.translate(
            "PackMessages",
            "The pack is damaged or was altered: a file does not match its checksum.",
        ),
        "member_list": QCoreApplication.translate(
            "PackMessages", "The pack's files do not match its list of contents."
        ),
        "not_allowed": QCoreApplication.translate(
            "PackMessages", "This computer's policy does not allow class packs here."
        ),
        "bad_text": QCoreApplication.translate(
            "PackMessages", "The pack holds text that is not valid Unicode."
        ),
        "duplicate_article": QCoreApplication.translate(
            "PackMessages", "The pack lists the same article twice."
        ),
    }
    sentence = reasons.get(
        error.reason,
        QCoreApplication.translate("PackMessages", "The pack is damaged and cannot be read."),
    )
    if error.detail and error.reason not in ("too_large", "too_many_members", "not_allowed"):
        sentence += " (" + error.detail[:120] + ")"
    return sentence + " " + QCoreApplication.translate("PackMessages", "Nothing was changed.")
