"""A random id for the library, made once, so exported ids stay the same from export to export."""

from __future__ import annotations

import uuid

import peewee as pw

from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction
from serge_desktop.storage.errors import StorageError

LIBRARY_ID_KEY = "library_id"
# The namespace of the UUIDs derived from a library id (uuid5), fixed for good: changing it
# would give every exported annotation a new id and every Anki card a duplicate.
EXPORT_NAMESPACE = uuid.UUID("6f1d3c52-9a57-4c8e-b0c2-5e4f2d7a9b10")


def library_id(db: pw.SqliteDatabase) -> str:
    """The open library's id, created (in its own transaction) the first time it is asked for.

    A library that cannot be written (opened read-only) gets one derived from its file's path:
    stable on that machine, which is the best it can do without storing anything.
    """
    found = m.Setting.get_or_none(m.Setting.key == LIBRARY_ID_KEY)
    if found is not None:
        return str(found.value)
    try:
        with write_transaction(db):
            found = m.Setting.get_or_none(m.Setting.key == LIBRARY_ID_KEY)
            if found is None:  # another process may have made it between the two reads
                found = m.Setting.create(key=LIBRARY_ID_KEY, value=str(uuid.uuid4()))
    except StorageError:
        return str(uuid.uuid5(EXPORT_NAMESPACE, str(db.database)))
    return str(found.value)


def stable_urn(library: str, kind: str, key: object) -> str:
    """A urn:uuid that is the same for the same library, kind of thing and key."""
    return uuid.uuid5(EXPORT_NAMESPACE, f"{library}/{kind}/{key}").urn
