"""The words the window shows for each kind of name, translated."""

from __future__ import annotations

from PySide6.QtCore import QObject

from serge_desktop.core.entities.names import EntityKind


class KindWords(QObject):
    """Person, place, organisation, work: one word each, and their plurals for the filter."""

    def singular(self, kind: EntityKind) -> str:
        return {
            EntityKind.PERSON: self.tr("person"),
            EntityKind.PLACE: self.tr("place"),
            EntityKind.ORGANISATION: self.tr("organisation"),
            EntityKind.WORK: self.tr("work"),
        }[kind]

    def plural(self, kind: EntityKind) -> str:
        return {
            EntityKind.PERSON: self.tr("People"),
            EntityKind.PLACE: self.tr("Places"),
            EntityKind.ORGANISATION: self.tr("Organisations"),
            EntityKind.WORK: self.tr("Works"),
        }[kind]

    def guess(self, kind: EntityKind | None) -> str:
        """A suggestion's kind is a guess, and said to be one."""
        if kind is None:
            return self.tr("unknown")
        return self.tr("%1?").replace("%1", self.singular(kind))
