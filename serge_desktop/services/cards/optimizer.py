"""Optimising FSRS's parameters from the reader's own grades: offered only where it can run.

fsrs's optimiser needs PyTorch and pandas (the ``optimizer`` extra): far too heavy to bundle,
so the app offers it when they are installed and there are enough grades to learn from, and
otherwise says what is missing. It runs for seconds to minutes: the window runs it in its worker.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from dataclasses import dataclass
from typing import Any

from serge_desktop.services.cards.errors import NotEnoughReviewsError, OptimizerUnavailableError
from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m

OPTIMIZER_EXTRA = "optimizer"  # pip install 'serge-desktop[optimizer]'
MIN_REVIEWS = 1000  # below this, FSRS's defaults predict better than fitted parameters
_NEEDED_MODULES = ("torch", "pandas", "tqdm")


@dataclass(frozen=True, slots=True)
class OptimizerOffer:
    """Whether the window may offer "Optimise", and if not, why."""

    installed: bool
    reviews: int
    needed: int = MIN_REVIEWS
    extra: str = OPTIMIZER_EXTRA

    @property
    def available(self) -> bool:
        return self.installed and self.reviews >= self.needed


def optimizer_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in _NEEDED_MODULES)


def optimizer_offer() -> OptimizerOffer:
    return OptimizerOffer(optimizer_installed(), int(m.CardReview.select().count()))


def optimal_parameters() -> tuple[float, ...]:
    """FSRS-6 parameters fitted to every grade in the library (nothing is stored here).

    Save them with the study settings to schedule with them from then on.
    """
    offer = optimizer_offer()
    if not offer.installed:
        raise OptimizerUnavailableError(OPTIMIZER_EXTRA)
    if offer.reviews < offer.needed:
        raise NotEnoughReviewsError(offer.reviews, offer.needed)
    from fsrs import Optimizer

    optimizer: Any = Optimizer(review_logs())
    return tuple(float(value) for value in optimizer.compute_optimal_parameters())


def review_logs() -> list[Any]:
    """The log as fsrs's ReviewLog values, oldest first (what its optimiser learns from)."""
    from fsrs import Rating, ReviewLog

    query = m.CardReview.select(
        m.CardReview.card, m.CardReview.grade, m.CardReview.reviewed_at, m.CardReview.duration_ms
    ).order_by(m.CardReview.reviewed_at, m.CardReview.id)
    return [
        ReviewLog(
            card_id=card_id,
            rating=Rating(grade),
            review_datetime=dt.datetime.fromtimestamp(at / 1000, dt.UTC),
            review_duration=duration,
        )
        for card_id, grade, at, duration in tuples(query)
    ]
