"""What can go wrong when the reader decides about names; data only, the UI words it."""

from __future__ import annotations

from serge_desktop.core.errors import SergeError


class EmptyNameError(SergeError):
    """A name with nothing in it (only spaces or control characters)."""


class NameTooLongError(SergeError):
    """A name longer than names are (a pasted passage)."""

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        super().__init__(f"name of {len(name)} characters; at most {limit}")


class UnknownKindError(SergeError):
    """A kind that is not person, place, organisation or work."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        super().__init__(f"unknown kind {kind!r}")


class NameTakenError(SergeError):
    """The name already belongs to another entity: merge instead of confirming it again."""

    def __init__(self, name: str, entity_id: int, entity_name: str) -> None:
        self.name = name
        self.entity_id = entity_id
        self.entity_name = entity_name
        super().__init__(f"{name!r} already names entity {entity_id} ({entity_name!r})")


class LastNameError(SergeError):
    """An entity's only name cannot be taken away (delete the entity instead)."""

    def __init__(self, entity_id: int) -> None:
        self.entity_id = entity_id
        super().__init__(f"entity {entity_id} has no other name")


class IndexCancelledError(SergeError):
    """The reader cancelled indexing; the articles indexed so far keep their mentions."""
