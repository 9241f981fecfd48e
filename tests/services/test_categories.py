"""Timeline categories per library: the seed's four, and the reader's own, with undo values."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.contrast import (
    MARK_CONTRAST,
    TIMELINE_BACKGROUND,
    contrast_ratio,
    legible_colour,
)
from serge_desktop.core.sidecar import sidecar_path_for as sidecar_of
from serge_desktop.services.errors import (
    CategoryColourError,
    CategoryExistsError,
    CategoryInUseError,
    CategoryNameError,
    UnknownCategoryError,
)
from serge_desktop.services.timeline_edits import EventFields
from serge_desktop.services.workspace import Workspace
from tests.services.test_timeline_edits import seed

# The colours the timeline has always drawn the seed's categories in.
SEED_COLOURS = {
    "life": "#0072b2",
    "politics": "#d55e00",
    "writing": "#009e73",
    "exile": "#cc79a7",
}


def categories(workspace: Workspace) -> dict[str, tuple[str, int]]:
    return {c.name: (c.color, c.event_count) for c in workspace.categories.list_categories()}


def test_a_library_starts_with_the_seeds_four_in_todays_colours(workspace: Workspace) -> None:
    found = workspace.categories.list_categories()
    assert [(c.name, c.color) for c in found] == list(SEED_COLOURS.items())
    assert sum(c.event_count for c in found) == 23
    for category in found:
        assert contrast_ratio(category.color, TIMELINE_BACKGROUND) >= MARK_CONTRAST
    article_id, _, _ = seed(workspace)
    [born] = [e for e in workspace.timeline.list_events(article_id) if e.edtf == "1890"]
    assert (born.category, born.category_color) == ("life", "#0072b2")


def test_add_rename_recolour_with_before_and_after(workspace: Workspace) -> None:
    service = workspace.categories
    added = service.add_category(name="  Ideas  ")
    assert added.name == "Ideas" and added.position == 5
    assert contrast_ratio(added.color, TIMELINE_BACKGROUND) >= MARK_CONTRAST
    article_id, _, _ = seed(workspace)
    made = workspace.timeline.create_event(
        article_id=article_id, fields=EventFields("1930", "1930", "Reads Marx", "IDEAS")
    )
    assert made.category == "Ideas"  # the library's own spelling

    renamed = service.rename_category(category_id=added.id, name="Thought")
    assert (renamed.before.name, renamed.after.name) == ("Ideas", "Thought")
    assert workspace.timeline.get_event(made.id).category == "Thought"
    service.rename_category(category_id=added.id, name=renamed.before.name)  # undo
    assert workspace.timeline.get_event(made.id).category == "Ideas"

    recoloured = service.recolor_category(category_id=added.id, color="#7F3C8D")
    assert (recoloured.before.color, recoloured.after.color) == (added.color, "#7f3c8d")
    assert workspace.timeline.get_event(made.id).category_color == "#7f3c8d"
    # The legend the timeline draws with: the same names and colours, in the same order.
    legend = service.legend()
    assert legend == [(c.name, c.color) for c in service.list_categories()]
    assert legend[-1] == ("Ideas", "#7f3c8d")


def test_names_are_unique_ignoring_case(workspace: Workspace) -> None:
    service = workspace.categories
    [life, politics, *_] = service.list_categories()
    with pytest.raises(CategoryExistsError) as error:
        service.add_category(name="LIFE")
    assert error.value.existing_id == life.id
    with pytest.raises(CategoryExistsError):
        service.rename_category(category_id=politics.id, name="Life")
    assert service.rename_category(category_id=life.id, name="Life").after.name == "Life"
    with pytest.raises(CategoryNameError):
        service.add_category(name="   ")


def test_a_faint_colour_is_refused_with_a_legible_one_to_offer(workspace: Workspace) -> None:
    [life, *_] = workspace.categories.list_categories()
    with pytest.raises(CategoryColourError) as error:
        workspace.categories.recolor_category(category_id=life.id, color="#f0e442")  # yellow
    assert error.value.ratio is not None and error.value.ratio < MARK_CONTRAST
    suggestion = error.value.suggestion
    assert suggestion is not None
    assert contrast_ratio(suggestion, TIMELINE_BACKGROUND) >= MARK_CONTRAST
    with pytest.raises(CategoryColourError):
        workspace.categories.add_category(name="Odd", color="yellow")
    assert categories(workspace)["life"][0] == "#0072b2"


def test_merge_moves_the_events_and_undo_moves_them_back(workspace: Workspace) -> None:
    service = workspace.categories
    by_name = {c.name: c for c in service.list_categories()}
    before = categories(workspace)
    merge = service.merge_categories(
        source_id=by_name["exile"].id, target_id=by_name["politics"].id
    )
    assert len(merge.event_ids) == before["exile"][1] > 0
    after = categories(workspace)
    assert "exile" not in after
    assert after["politics"][1] == before["politics"][1] + before["exile"][1]
    restored = service.unmerge_categories(merge)
    assert restored.id == by_name["exile"].id
    assert categories(workspace) == before


def test_only_an_unused_category_can_be_deleted(workspace: Workspace) -> None:
    service = workspace.categories
    [life, *_] = service.list_categories()
    with pytest.raises(CategoryInUseError):
        service.delete_category(category_id=life.id)
    spare = service.add_category(name="Spare", color="#3969ac")
    gone = service.delete_category(category_id=spare.id)
    assert "Spare" not in categories(workspace)
    assert service.restore_category(gone) == spare


def test_events_only_go_into_the_librarys_categories(workspace: Workspace) -> None:
    article_id, _, _ = seed(workspace)
    workspace.categories.add_category(name="Ideas")
    with pytest.raises(UnknownCategoryError) as error:
        workspace.timeline.create_event(
            article_id=article_id, fields=EventFields("1930", "1930", "Reads", "nonesuch")
        )
    assert error.value.known == ("life", "politics", "writing", "exile", "Ideas")


@given(st.integers(0, 0xFFFFFF))
def test_the_offered_colour_is_always_legible(value: int) -> None:
    colour = f"#{value:06x}"
    offered = legible_colour(colour)
    assert contrast_ratio(offered, TIMELINE_BACKGROUND) >= MARK_CONTRAST
    if contrast_ratio(colour, TIMELINE_BACKGROUND) >= MARK_CONTRAST:
        assert offered == colour


def test_a_sidecars_own_category_comes_in_with_its_colour(
    workspace: Workspace, tmp_path: Path
) -> None:
    article = tmp_path / "ghent.md"
    article.write_text("# A Life in Ghent\n\nHe was born in 1900 in Ghent.\n", encoding="utf-8")
    sidecar_of(article).write_text(
        '[article]\npublication = "P"\nissue = "1"\nseries = "S"\nseries_part = 1\n'
        'subject = "X"\nsource_file = "ghent.md"\ncredit = "C"\n\n'
        '[categories]\nscience = "#3969ac"\n\n'
        '[[events]]\nedtf = "1900"\ndate_text = "in 1900"\nlabel = "Born"\n'
        'category = "science"\ncontext = false\nevidence = "He was born in 1900 in Ghent."\n'
        'note = "In the old town."\n',
        encoding="utf-8",
    )
    outcome = workspace.importer.import_file(article)
    [event] = workspace.timeline.list_events(outcome.article.id)
    assert (event.category, event.category_color, event.description) == (
        "science", "#3969ac", "In the old town.",
    )  # fmt: skip
    assert categories(workspace)["science"] == ("#3969ac", 1)
