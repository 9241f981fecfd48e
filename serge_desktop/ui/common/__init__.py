"""What every room of the window shares: colours, item painting, messages, undo and list bases."""
