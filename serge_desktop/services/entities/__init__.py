"""The index of names: people, places, organisations and works across the library."""
