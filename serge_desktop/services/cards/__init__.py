"""Review cards: made from notes and events, scheduled by FSRS, browsed, counted and carried."""
