"""The library's own settings: values it must remember, read by the window and the command line."""

from __future__ import annotations

import peewee as pw

from serge_desktop.storage.models.base import BaseModel


class Setting(BaseModel):
    """A value the library itself must remember (the command line reads it too, without Qt)."""

    key = pw.TextField(primary_key=True)
    value = pw.TextField()
