"""Help ▸ User Guide, Help ▸ Keyboard Shortcuts, and the first start's hint that points to both."""
