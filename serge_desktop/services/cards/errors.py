"""What the cards services refuse, for the window and the command line to put into words."""

from __future__ import annotations

from serge_desktop.core.errors import SergeError


class CardNotStudiableError(SergeError):
    """The card is suspended, deleted, or its source is gone: it cannot be graded now."""

    def __init__(self, card_id: int) -> None:
        self.card_id = card_id
        super().__init__(f"card {card_id} is not one to study now")


class NotLastGradeError(SergeError):
    """Only a card's latest grade can be taken back (a later one stands on it)."""

    def __init__(self, review_id: int) -> None:
        self.review_id = review_id
        super().__init__(f"review {review_id} is not its card's latest grade")


class StudySettingError(SergeError):
    """A study setting outside what makes sense (``name`` says which, ``allowed`` the range)."""

    def __init__(self, name: str, value: object, allowed: str) -> None:
        self.name = name
        self.value = value
        self.allowed = allowed
        super().__init__(f"{name} must be {allowed}, not {value!r}")


class OptimizerUnavailableError(SergeError):
    """The optional optimiser is not installed (``extra`` names what to install)."""

    def __init__(self, extra: str) -> None:
        self.extra = extra
        super().__init__(f"the FSRS optimiser is not installed (install serge-desktop[{extra}])")


class NotEnoughReviewsError(SergeError):
    """Too few reviews for the optimiser to learn anything from them."""

    def __init__(self, found: int, needed: int) -> None:
        self.found = found
        self.needed = needed
        super().__init__(f"optimising needs {needed} reviews; the library has {found}")


class OptimizationCancelledError(SergeError):
    """The reader cancelled the optimiser: nothing was fitted, nothing changed."""

    def __init__(self) -> None:
        super().__init__("the optimisation was cancelled")
