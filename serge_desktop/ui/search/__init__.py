"""Search everything: the dialog, its result model and delegate."""
