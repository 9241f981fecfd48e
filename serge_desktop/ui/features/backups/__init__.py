"""File ▸ Backups…: the dialog and restoring."""
