"""The card browser's rows: each card's question, kind, state, due date, reviews and article."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from serge_desktop.services.cards.views import CardRow
from serge_desktop.ui.common.local_time import local_time_text

Index = QModelIndex | QPersistentModelIndex


class CardColumn(IntEnum):
    CARD = 0
    KIND = 1
    STATE = 2
    DUE = 3
    REVIEWS = 4
    LAPSES = 5
    ARTICLE = 6


class CardTableModel(QAbstractTableModel):
    """Rows of ``CardRow``; ``card_at(row)`` gives one back."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[CardRow] = []
        self._headlines: dict[str, str] = {}
        self._headers = {
            CardColumn.CARD: self.tr("Card"),
            CardColumn.KIND: self.tr("Kind"),
            CardColumn.STATE: self.tr("State"),
            CardColumn.DUE: self.tr("Due"),
            CardColumn.REVIEWS: self.tr("Reviews"),
            CardColumn.LAPSES: self.tr("Lapses"),
            CardColumn.ARTICLE: self.tr("Article"),
        }
        self._kinds = {
            "cloze": self.tr("Highlight"),
            "question": self.tr("Question"),
            "recall": self.tr("Note"),
            "when": self.tr("When?"),
            "order": self.tr("Which first?"),
        }
        self._states = {
            "new": self.tr("New"),
            "learning": self.tr("Learning"),
            "review": self.tr("Review"),
            "suspended": self.tr("Suspended"),
        }

    def set_rows(self, rows: Sequence[CardRow], headlines: Mapping[str, str]) -> None:
        """The cards to list, and each article's headline by its slug (shown for the article)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._headlines = dict(headlines)
        self.endResetModel()

    def card_at(self, row: int) -> CardRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, card_id: int) -> int | None:
        return next((i for i, card in enumerate(self._rows) if card.id == card_id), None)

    def state_text(self, card: CardRow) -> str:
        if card.source_state != "ok" and not card.is_suspended:
            return self.tr("Suspended (its source is gone)")
        return self._states.get(card.state, card.state)

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CardColumn)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self._headers.get(CardColumn(section)) if 0 <= section < len(CardColumn) else None
            )
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        card = self.card_at(index.row()) if index.isValid() else None
        if card is None:
            return None
        column = CardColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(card, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == CardColumn.CARD:
            return card.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            CardColumn.REVIEWS,
            CardColumn.LAPSES,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, card: CardRow, column: CardColumn) -> str:
        if column == CardColumn.CARD:
            return card.title
        if column == CardColumn.KIND:
            return self._kinds.get(card.kind, card.kind)
        if column == CardColumn.STATE:
            return self.state_text(card)
        if column == CardColumn.DUE:
            return self.tr("(new)") if card.state == "new" else local_time_text(card.due)
        if column == CardColumn.REVIEWS:
            return str(card.reps)
        if column == CardColumn.LAPSES:
            return str(card.lapses)
        return self._headlines.get(card.article_slug, card.article_slug)
