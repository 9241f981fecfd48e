"""The window's features; each installs itself with ``install(ctx)``."""
