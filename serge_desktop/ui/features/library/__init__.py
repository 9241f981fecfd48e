"""The Library page, All notes and Conflicts, installed into the window."""
