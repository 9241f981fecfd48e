"""What marks a database file as ours: SQLite's magic string and our application id."""

from __future__ import annotations

APPLICATION_ID = 0x53455247  # "SERG": marks the file as ours (``file`` shows it too)
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100  # the database header; user_version at offset 60, application_id at 68
