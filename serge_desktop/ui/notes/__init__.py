"""The notes pane: list, filter, editor, preview, tags, the undoable note commands."""
