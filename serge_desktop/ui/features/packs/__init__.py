"""Class packs in the window: export, import, layers."""
