"""The article view: its document, the notes' marks on it, the find bar, reading settings."""
