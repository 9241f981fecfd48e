"""Pure-Python domain: article files, fuzzy dates and passage anchors (no Qt, no peewee)."""
