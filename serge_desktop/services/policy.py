"""The library administrator's policy: what patrons may do, and where their data lives.

This module holds the policy's values and the questions the rest of the app asks of it. Reading
the administrator's file (and reporting its mistakes) is ``services.policy_file``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from serge_desktop.core.errors import SergeError

# Every export format the app can write; a policy's ``allow_export`` list names some of these.
# "pack" is a class pack (.sergepack); "png" and "svg" are timeline images, "timelinejs" a
# timeline as TimelineJS JSON (the command line's `timeline export`).
EXPORT_FORMATS = (
    "markdown",
    "html",
    "pdf",
    "odt",
    "docx",
    "csv",
    "w3c",
    "anki",
    "print",
    "pack",
    "png",
    "svg",
    "timelinejs",
)

# The reader settings an administrator may lock (``locked_settings``), with the type of value
# each takes. The Preferences dialog shows every one of them; a locked one is shown disabled.
TEXT_SIZE = "text_size"  # the reader's text size when the window opens, in percent
REOPEN_LAST_ARTICLE = "reopen_last_article"  # open the article read last, else the first one
THEME = "theme"  # the window's colours: one of THEMES
LOCKABLE_SETTINGS: dict[str, type] = {
    TEXT_SIZE: int,
    REOPEN_LAST_ARTICLE: bool,
    THEME: str,
}
# The themes by name; "system" follows the desktop's colours and is the default.
THEMES = ("system", "light", "sepia", "dark", "high_contrast")
TEXT_SIZE_RANGE = (70, 240)  # the reader's smallest and largest zoom, in percent


@dataclass(frozen=True, slots=True)
class Policy:
    """The policy in force; the defaults are what a machine without a policy file gets."""

    guest_mode: bool = False
    data_dir: str | None = None  # may contain {user} and {home}
    content_dir: str | None = None  # a shared read-only folder of articles shown to everyone
    allow_import: bool = True
    # True allows every format, False none; a tuple allows the formats it names.
    allow_export: bool | tuple[str, ...] = True
    idle_reset_minutes: int | None = None
    locked_settings: dict[str, object] = field(default_factory=dict)
    banner: str | None = None
    source: str | None = None  # the file it was read from, for Help ▸ About
    # What was wrong in that file and was left at its default, in plain words (Help ▸ About).
    problems: tuple[str, ...] = ()

    def export_allowed(self, export_format: str) -> bool:
        if isinstance(self.allow_export, bool):
            return self.allow_export
        return export_format in self.allow_export

    @property
    def any_export_allowed(self) -> bool:
        return any(self.export_allowed(name) for name in EXPORT_FORMATS)

    def is_locked(self, setting: str) -> bool:
        return setting in self.locked_settings

    def locked_value(self, setting: str, default: object) -> object:
        """The administrator's value for a locked setting, else ``default``."""
        return self.locked_settings.get(setting, default)

    def items(self) -> list[tuple[str, object]]:
        """The keys that differ from a machine without a policy, for Help ▸ About."""
        shown = []
        for name in POLICY_KEYS:
            value = getattr(self, name)
            if value != getattr(DEFAULT_POLICY, name):
                shown.append((name, value))
        return shown


class ImportNotAllowedError(SergeError):
    """The administrator's policy turns importing off (``allow_import: false``)."""

    def __init__(self) -> None:
        super().__init__("importing is turned off by the administrator")


class ExportNotAllowedError(SergeError):
    """The administrator's policy does not allow this export format."""

    def __init__(self, export_format: str) -> None:
        super().__init__(f"exporting as {export_format} is turned off by the administrator")
        self.export_format = export_format


# The keys a policy file may hold, in the order Help ▸ About lists them.
POLICY_KEYS = (
    "guest_mode",
    "data_dir",
    "content_dir",
    "allow_import",
    "allow_export",
    "idle_reset_minutes",
    "locked_settings",
    "banner",
)


DEFAULT_POLICY = Policy()
