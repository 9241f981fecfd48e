"""The small window API features are written against: the context and named actions."""
