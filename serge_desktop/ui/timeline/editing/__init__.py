"""Editing events: the undoable commands, drafts, the editor and suggestions."""
