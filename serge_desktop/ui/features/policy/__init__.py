"""The administrator's policy in the window: banner, locks, Preferences."""
