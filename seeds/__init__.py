"""Bundled articles and their curated sidecars, shipped inside the package as package data."""
