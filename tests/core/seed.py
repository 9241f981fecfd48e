"""Where the bundled seed article lives, for the core tests."""

from __future__ import annotations

from pathlib import Path

SEED_PATH = Path(__file__).resolve().parents[2] / "seeds" / "socialist-worker-1929-victor-serge.txt"
