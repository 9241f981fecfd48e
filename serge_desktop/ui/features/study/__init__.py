"""Studying in the window: the review page, the card browser and the study statistics."""
