"""Starting the app: the library, one instance, guests, recovery."""
