"""The toolbar's article switcher: every article offered from one list, cheap at any size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from serge_desktop.services.library_listing import ArticleChoice
from serge_desktop.ui.shell.library_switcher import ArticleChoicesModel, LibrarySwitcher

ARTICLES = [
    ArticleChoice("seeds", "He found the seeds of hope in Russia", "Socialist Worker"),
    ArticleChoice("brussels", "Notes from Brussels", None),
    ArticleChoice("lyon", "Letters from Lyon", "Le Libertaire"),
]


class RowsAsked(ArticleChoicesModel):
    """The model, noting which rows the combo box and its list ask about."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: set[int] = set()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        self.rows.add(index.row())
        return super().data(index, role)


def test_the_switcher_offers_each_article_by_headline_with_its_slug_and_publication(
    qtbot: QtBot,
) -> None:
    switcher = LibrarySwitcher()
    qtbot.addWidget(switcher)
    chosen: list[str] = []
    switcher.article_chosen.connect(chosen.append)
    switcher.set_articles(ARTICLES, "brussels")
    assert [switcher.itemText(i) for i in range(switcher.count())] == [a.headline for a in ARTICLES]
    assert switcher.currentText() == "Notes from Brussels"
    assert switcher.itemData(2, Qt.ItemDataRole.ToolTipRole) == "Letters from Lyon — Le Libertaire"
    assert switcher.itemData(1, Qt.ItemDataRole.ToolTipRole) is None
    assert switcher.offers("lyon") and not switcher.offers("gone")
    switcher.activated.emit(2)
    assert chosen == ["lyon"]
    switcher.set_articles(ARTICLES[:1], "brussels")  # no longer offered: nothing shown as open
    assert switcher.currentIndex() == -1 and not chosen[1:]


# Offscreen, an open combo box's list cannot grab the keyboard, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_laying_out_the_list_of_thousands_asks_about_a_few_rows(qtbot: QtBot) -> None:
    # Rows of one line: the list sizes them from the first, not by asking every row seven
    # questions (70,000 calls into Python at 10,000 articles when the window closed). Opening
    # the list still measures every headline, for its width: once, when the reader asks.
    switcher = LibrarySwitcher()
    qtbot.addWidget(switcher)
    model = RowsAsked()
    switcher.setModel(model)
    model.set_articles([ArticleChoice(f"a{n}", f"Article {n}", None) for n in range(5000)])
    switcher.show()
    switcher.showPopup()
    view = switcher.view()
    qtbot.waitUntil(view.isVisible)
    model.rows.clear()
    view.doItemsLayout()
    view.resize(view.width() + 40, view.height() + 40)
    qtbot.wait(10)
    switcher.hidePopup()
    assert 0 < len(model.rows) < 200
