"""The library administrator's policy: what patrons may do, and where their data lives.

This module holds the policy's values and the questions the rest of the app asks of it. Reading
the administrator's file (and reporting its mistakes) is ``services.policy_file``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Every export format the app can write; a policy's ``allow_export`` list names some of these.
# "pack" is a class pack (.sergepack).
EXPORT_FORMATS = ("markdown", "html", "pdf", "odt", "docx", "csv", "w3c", "anki", "print", "pack")


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

    def export_allowed(self, export_format: str) -> bool:
        if isinstance(self.allow_export, bool):
            return self.allow_export
        return export_format in self.allow_export

    @property
    def any_export_allowed(self) -> bool:
        return any(self.export_allowed(name) for name in EXPORT_FORMATS)

    def is_locked(self, setting: str) -> bool:
        return setting in self.locked_settings


DEFAULT_POLICY = Policy()
