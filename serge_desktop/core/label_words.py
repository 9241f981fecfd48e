"""The little words a drafted event label leaves out or looks for, in each language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from serge_desktop.core.languages import Language


@dataclass(frozen=True, slots=True)
class LabelWords:
    """What ``core.event_suggestions.draft_label`` needs to know of a language's words."""

    # Words that start a subordinate clause; a label reads better without them.
    leading: frozenset[str]
    # Words that end a cut-off clause ("of the"); dropped from a label's end.
    trailing: frozenset[str]
    # Subject pronouns: a clause starting with one says who did what.
    pronouns: frozenset[str]
    # A duration is part of what happened ("He spent four years"): kept in the label.
    duration: re.Pattern[str]
    # "shortly before ...": what follows is the other event, not this one.
    relative: tuple[str, ...]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH_LABEL_WORDS = LabelWords(
    leading=_words("and but once when while though although since as so"),
    trailing=_words("that and of the to in a an by for with at on"),
    pronouns=_words("he she they we i it"),
    duration=re.compile(r"[\w-]+\s+(?:years?|months?)", re.I),
    relative=("shortly", "just", "soon", "not long"),
)
FRENCH_LABEL_WORDS = LabelWords(
    leading=_words(
        "et mais puis alors quand lorsque tandis comme si où donc ainsi ensuite enfin car "
        "puisque bien que"
    ),
    trailing=_words(
        "que et ou de du des la le les à au aux en un une par pour avec sur dans sans sous "
        "vers chez entre qui dont ne se sa son ses ce cet cette leur leurs mais"
    ),
    pronouns=_words("il elle ils elles on nous je"),
    duration=re.compile(r"[\w-]+\s+(?:ans?|années?|mois)", re.I),
    relative=("peu", "juste", "bien peu", "quelque temps"),
)
LABEL_WORDS = {Language.ENGLISH: ENGLISH_LABEL_WORDS, Language.FRENCH: FRENCH_LABEL_WORDS}
