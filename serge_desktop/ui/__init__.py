"""Qt widgets, item models and undo commands; no SQL."""
