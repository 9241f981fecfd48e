"""Finding the people, places, organisations and works an article names (pure Python, no DB)."""
