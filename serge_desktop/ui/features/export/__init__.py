"""Exporting and printing notes, timelines and articles."""
