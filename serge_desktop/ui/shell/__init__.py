"""The main window: layout, actions, state, and the list of installers."""
