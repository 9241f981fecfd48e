"""Importing article files from the window, on a worker thread."""
