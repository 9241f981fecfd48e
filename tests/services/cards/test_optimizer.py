"""FSRS's optimiser: refused without its extra, cancellable, and what it fits schedules cards."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import fsrs.optimizer
import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards import optimizer
from serge_desktop.services.cards.errors import (
    OptimizationCancelledError,
    OptimizerUnavailableError,
)
from serge_desktop.services.cards.optimizer import fit_parameters, optimal_parameters
from serge_desktop.services.workspace import Workspace
from tests.services.cards.study_helpers import FixedClock, study_with

# FSRS-6's w3 is the first stability after "Easy", in days: doubled, a new card graded Easy
# comes back about twice as late.
SLOWER_EASY = (*DEFAULT_PARAMETERS[:3], DEFAULT_PARAMETERS[3] * 2, *DEFAULT_PARAMETERS[4:])


def test_parameters_kept_in_the_library_schedule_every_card(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    card = study.next_card()
    assert card is not None
    by_default = card.option(Grade.EASY).interval
    study.save_settings(dataclasses.replace(study.settings(), parameters=SLOWER_EASY))
    assert study.settings().parameters == SLOWER_EASY
    fitted = study.card(card_id=card.card_id).option(Grade.EASY)
    assert fitted.interval > by_default * 1.5
    outcome = study.grade(card_id=card.card_id, grade=Grade.EASY)
    assert (outcome.due, outcome.interval) == (fitted.due, fitted.interval)
    study.undo_grade(review_id=outcome.review_id)
    study.save_settings(dataclasses.replace(study.settings(), parameters=None))
    assert study.card(card_id=card.card_id).option(Grade.EASY).interval == by_default


@pytest.mark.skipif(optimizer.optimizer_installed(), reason="the optimiser extra is installed")
def test_without_its_extra_the_optimiser_says_what_to_install(workspace: Workspace) -> None:
    assert not optimizer.optimizer_offer().installed
    with pytest.raises(OptimizerUnavailableError) as raised:
        optimal_parameters()
    assert raised.value.extra == "optimizer"
    with pytest.raises(OptimizerUnavailableError):
        fit_parameters([])


class PassingOptimizer:
    """Stands in for fsrs's (which needs PyTorch): five passes counted as fsrs counts them."""

    passes_run = 0

    def __init__(self, logs: list[object]) -> None:
        self.logs = logs

    def compute_optimal_parameters(self, verbose: bool = False) -> list[float]:
        for _ in fsrs.optimizer.tqdm(range(5), desc="Optimizing", disable=not verbose):  # type: ignore[attr-defined]
            PassingOptimizer.passes_run += 1
        return list(SLOWER_EASY)


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(optimizer, "_NEEDED_MODULES", ())
    monkeypatch.setattr(fsrs.optimizer, "Optimizer", PassingOptimizer)
    monkeypatch.setattr(fsrs.optimizer, "tqdm", lambda iterable, **_: iterable, raising=False)
    PassingOptimizer.passes_run = 0
    yield


def test_each_pass_is_reported_and_cancel_stops_at_the_next(stand_in: None) -> None:
    seen: list[tuple[int, int]] = []
    assert fit_parameters([], progress=lambda d, t: seen.append((d, t))) == SLOWER_EASY
    assert seen == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    counter = fsrs.optimizer.tqdm  # type: ignore[attr-defined]
    seen.clear()
    with pytest.raises(OptimizationCancelledError):
        fit_parameters(
            [], progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) >= 2
        )
    assert seen == [(0, 5), (1, 5)]
    assert fsrs.optimizer.tqdm is counter  # type: ignore[attr-defined]  # fsrs's own again


class FailingOptimizer(PassingOptimizer):
    """Fails in its second pass, as a run out of memory would."""

    def compute_optimal_parameters(self, verbose: bool = False) -> list[float]:
        for done in fsrs.optimizer.tqdm(range(5), disable=not verbose):  # type: ignore[attr-defined]
            if done == 1:
                raise MemoryError
        return list(SLOWER_EASY)


def test_a_failing_run_leaves_fsrs_counting_its_own_passes(
    stand_in: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fsrs.optimizer, "Optimizer", FailingOptimizer)
    counter = fsrs.optimizer.tqdm  # type: ignore[attr-defined]
    seen: list[tuple[int, int]] = []
    with pytest.raises(MemoryError):
        fit_parameters([], progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 5), (1, 5)]
    assert fsrs.optimizer.tqdm is counter  # type: ignore[attr-defined]
    monkeypatch.setattr(fsrs.optimizer, "Optimizer", PassingOptimizer)
    assert fit_parameters([]) == SLOWER_EASY  # the next run is not locked out
