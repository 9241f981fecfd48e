"""Optimising FSRS's parameters from the reader's own grades: offered only where it can run.

fsrs's optimiser needs PyTorch and pandas (the ``optimizer`` extra): far too heavy to bundle,
so the app offers it when they are installed and there are enough grades to learn from, and
otherwise says what is missing. It runs for seconds to minutes: the window runs it in its worker.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib.util
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from serge_desktop.services.cards.errors import (
    NotEnoughReviewsError,
    OptimizationCancelledError,
    OptimizerUnavailableError,
)
from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m

OPTIMIZER_EXTRA = "optimizer"  # pip install 'serge-desktop[optimizer]'
MIN_REVIEWS = 1000  # below this, FSRS's defaults predict better than fitted parameters
_NEEDED_MODULES = ("torch", "pandas", "tqdm")
_PATCHING = threading.Lock()  # one run at a time replaces fsrs's pass counter
_PASS_COUNTER = "tqdm"  # the name fsrs.optimizer counts its passes with


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
    return fit_parameters(review_logs())


def fit_parameters(
    logs: Sequence[Any],
    *,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[float, ...]:
    """Run fsrs's optimiser on ``logs`` (``review_logs()``): no database, so on any thread.

    Each pass (epoch) is reported to ``progress``, and the run stops at the next pass after
    ``cancelled()`` (raising OptimizationCancelledError); see ``_passes_reported``.
    """
    if not optimizer_installed():
        raise OptimizerUnavailableError(OPTIMIZER_EXTRA)
    import fsrs.optimizer as fsrs_optimizer

    optimizer: Any = fsrs_optimizer.Optimizer(list(logs))
    with _passes_reported(fsrs_optimizer, progress=progress, cancelled=cancelled):
        fitted = optimizer.compute_optimal_parameters()
    if cancelled():
        raise OptimizationCancelledError
    return tuple(float(value) for value in fitted)


@contextlib.contextmanager
def _passes_reported(
    fsrs_optimizer: ModuleType,
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Iterator[None]:
    """For the block, fsrs's pass counter reports each pass and stops between two if cancelled.

    fsrs (6.3) takes no callback: ``compute_optimal_parameters`` counts its passes with the
    ``tqdm`` its module imported (disabled unless verbose), so that name is the one seam. Its
    epochs are the unit to report (PyTorch's optimiser hooks would count mini-batches, whose
    total only fsrs's internals know). The swap is held under a lock, one run at a time, and
    undone however the block ends. An fsrs that no longer counts that way still fits, without
    progress, and cancel discards what it found.
    """
    with _PATCHING:
        original = getattr(fsrs_optimizer, _PASS_COUNTER, None)
        if original is None:
            yield
            return
        counter = functools.partial(_passes, progress=progress, cancelled=cancelled)
        setattr(fsrs_optimizer, _PASS_COUNTER, counter)
        try:
            yield
        finally:
            setattr(fsrs_optimizer, _PASS_COUNTER, original)


def _passes(
    iterable: Iterable[Any],
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    **_tqdm_options: object,
) -> Iterator[Any]:
    """The optimiser's passes, each reported as it starts; cancelled between two."""
    items = list(iterable)
    for done, item in enumerate(items):
        if cancelled():
            raise OptimizationCancelledError
        progress(done, len(items))
        yield item
    progress(len(items), len(items))


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
