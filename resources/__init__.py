"""Icons, styles, fonts, translations and desktop metadata, shipped as package data."""
