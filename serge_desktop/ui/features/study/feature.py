"""Study ▸ Review Cards (Ctrl+Shift+S), the Card Browser and Study Statistics.

The Review page is a page of the central area with its own undo stack, so Ctrl+Z there takes
back the last grade. Opening a card's passage shows the reader with a bar that leads back
(Escape). The browser and the statistics are dialogs that read again on ``Changes.cards``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from serge_desktop.services.changes import Changes
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.features.study.commands import MakeCardCommand
from serge_desktop.ui.features.study.passage_banner import PassageBanner
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext

if TYPE_CHECKING:
    # The dialogs load when first opened, not with the window (the browser alone brings the
    # scheduler, fsrs, and the cards' queries).
    from serge_desktop.ui.features.study.browser_dialog import CardBrowserDialog
    from serge_desktop.ui.features.study.review_page import ReviewPage
    from serge_desktop.ui.features.study.review_session import ReviewSession
    from serge_desktop.ui.features.study.statistics_dialog import StatisticsDialog

STUDY_MENU = "study"
REVIEW_PAGE = "review"
LIBRARY_MENU = "library"  # the library feature's menu, when it is installed


class StudyFeature(QObject):
    """Owns the Review page, its session and undo stack, the banner, and the study dialogs."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self.undo_stack = QUndoStack(self)
        # The page and its session are built when first shown (see ``page``): a start, and a
        # reader who never reviews, pay nothing for them.
        self._review: tuple[ReviewPage, ReviewSession] | None = None
        ctx.add_page(REVIEW_PAGE, lambda: self.page, self.tr("Review"), undo_stack=self.undo_stack)
        self.banner = PassageBanner(ctx.window())
        ctx.add_banner(self.banner)
        self.browser: CardBrowserDialog | None = None
        self.statistics: StatisticsDialog | None = None
        self.review_action = self._action(
            "study.review",
            self.tr("Re&view Cards"),
            "Ctrl+Shift+S",
            self.tr("Study the cards due: Space shows the answer, 1 to 4 grade (Ctrl+Shift+S)"),
            self.show_review,
        )
        self.review_action.setIconText(self.tr("Study"))
        self.browser_action = self._action(
            "study.browse",
            self.tr("Card &Browser…"),
            "Ctrl+Shift+B",
            self.tr("Every card: filter, edit, suspend, reset, delete (Ctrl+Shift+B)"),
            self.show_browser,
        )
        self.statistics_action = self._action(
            "study.statistics",
            self.tr("Study &Statistics…"),
            "",
            self.tr("Reviews per day, true retention, and the cards due in the next 30 days"),
            self.show_statistics,
        )
        self.options_action = self._action(
            "study.options",
            self.tr("Study &Options…"),
            "",
            self.tr("The retention aimed at, new cards a day, and fitting FSRS to your reviews"),
            self.show_options,
        )
        self.make_card_action = self._action(
            "study.make_card",
            self.tr("&Make a Card of This Note"),
            "",
            self.tr("Study the note chosen in the notes pane as a card of its own"),
            self.toggle_make_card,
        )
        self.make_card_action.setCheckable(True)
        ctx.actions.add("study.back", self.banner.back_action)
        menu = ctx.actions.add_menu(STUDY_MENU, self.tr("&Study"), before=MenuId.HELP)
        ctx.actions.add_to_menu(STUDY_MENU, [self.review_action])
        ctx.actions.add_to_menu(
            STUDY_MENU, [self.browser_action, self.statistics_action, self.options_action]
        )
        ctx.actions.add_to_menu(STUDY_MENU, [self.make_card_action])
        menu.aboutToShow.connect(self.update_make_card)
        ctx.actions.add_to_toolbar([self.review_action])
        if LIBRARY_MENU in ctx.actions.menus():
            ctx.actions.add_to_menu(LIBRARY_MENU, [self.review_action])
        self._tell_the_question_convention()
        self.banner.back_requested.connect(self.back_to_review)

    @property
    def page(self) -> ReviewPage:
        """The Review page, built (with its session) the first time it is shown or asked for."""
        return self._built()[0]

    @property
    def session(self) -> ReviewSession:
        """The study session that drives the page (built with it)."""
        return self._built()[1]

    def _built(self) -> tuple[ReviewPage, ReviewSession]:
        if self._review is not None:
            return self._review
        from serge_desktop.ui.features.study.review_page import ReviewPage
        from serge_desktop.ui.features.study.review_session import ReviewSession

        page = ReviewPage(self._ctx.window())
        page.hide()  # the window's until its tab shows it
        session = ReviewSession(self._ctx, page, self.undo_stack)
        self._review = page, session
        session.passage_opened.connect(self.banner.offer)
        page.shown.connect(self._on_page_shown)
        return self._review

    def _tell_the_question_convention(self) -> None:
        """The note editor's help says how a note becomes a question card, where it is written."""
        editor = self._ctx.notes.editor
        editor.setPlaceholderText(
            self.tr("Write your note… (a line “Q:” and a later line “A:” make a review card)")
        )
        help_text = self.tr(
            "Notes are Markdown. Written as a question and its answer, a line starting “Q:” "
            "and a later one starting “A:”, a note becomes a review card (Study ▸ Review Cards)."
        )
        editor.setToolTip(help_text)
        editor.setWhatsThis(help_text)
        editor.setAccessibleDescription(help_text)

    def _action(self, action_id: str, text: str, keys: str, tip: str, slot: object) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return self._ctx.actions.add(action_id, action)

    # Reviewing ----------------------------------------------------------------------------------

    def show_review(self) -> None:
        """The Review page: the card being studied, or what is due."""
        self._ctx.show_page(REVIEW_PAGE)
        if self.session.studying:
            self.page.card_view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.session.show_overview()

    def back_to_review(self) -> None:
        self.banner.withdraw()
        self.show_review()
        self.session.refresh_card()

    def _on_page_shown(self) -> None:
        self.banner.withdraw()
        # The card is set at the size the reader chose for the text (Ctrl+= and Ctrl+-).
        self.page.card_view.set_zoom(self._ctx.reader.zoom_factor())
        if not self.session.studying:
            self.session.refresh_counts()

    # Make a card --------------------------------------------------------------------------------

    def update_make_card(self) -> None:
        """Offer "Make a Card" for the reader's own note chosen, ticked if it is marked."""
        note = self._ctx.notes.current_note()
        own = note is not None and not note.is_read_only
        self.make_card_action.setEnabled(own)
        self.make_card_action.setChecked(bool(own and note is not None and note.makes_card))

    def toggle_make_card(self, checked: bool) -> None:
        note = self._ctx.notes.current_note()
        if note is None or note.is_read_only:
            return
        command = MakeCardCommand(
            self._ctx.workspace.notes, self._ctx.bus, note_id=note.id, makes_card=checked
        )
        self._ctx.undo_stack.push(command)
        if command.error is not None:
            self._ctx.show_error(self.tr("The note was not marked"), describe_error(command.error))
        elif checked:
            self._ctx.show_status(self.tr("The note is now a card. Ctrl+Z undoes."), 4000)

    # Dialogs ------------------------------------------------------------------------------------

    def show_browser(self) -> None:
        if self.browser is None:
            from serge_desktop.ui.features.study.browser_dialog import CardBrowserDialog

            self.browser = CardBrowserDialog(self._ctx, self._ctx.window())
        self.browser.reload()
        self.browser.show()
        self.browser.raise_()
        self.browser.activateWindow()

    def show_options(self) -> None:
        from serge_desktop.ui.features.study.options_dialog import StudyOptionsDialog

        dialog = StudyOptionsDialog(
            self._ctx.workspace.study, self._ctx.window(), tasks=self._ctx.tasks
        )
        if dialog.exec() == StudyOptionsDialog.DialogCode.Accepted:
            # New cards a day changes what is due now: the counts and statistics read again.
            self._ctx.bus.announce(Changes(cards=True))

    def show_statistics(self) -> None:
        if self.statistics is None:
            from serge_desktop.ui.features.study.statistics_dialog import StatisticsDialog

            self.statistics = StatisticsDialog(
                self._ctx.workspace, self._ctx.bus, self._ctx.window()
            )
        self.statistics.reload()
        self.statistics.show()
        self.statistics.raise_()
        self.statistics.activateWindow()


def install(ctx: WindowContext) -> QObject:
    return StudyFeature(ctx)
