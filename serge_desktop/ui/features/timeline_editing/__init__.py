"""Adding, editing, deleting and suggesting events; the table twin."""
