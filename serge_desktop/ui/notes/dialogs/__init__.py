"""The notes' dialogs: the trash, a note's history, the tags."""
